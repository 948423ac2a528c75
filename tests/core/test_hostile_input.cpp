// Hostile input (issue 11, item 2): small files that describe absurd shapes are refused quickly
// with file and line, before anything large is allocated.
#include <doctest/doctest.h>

#include "economy/economy_csv.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "regions/region_model.h"

#include <QDataStream>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

#include <functional>

using namespace regio;

namespace {

InputError errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError thrown");
    return InputError(QString(), QString(), QString());
}

// A long-format employment file with one line per (region i, sector j) pair from `pairs`.
QByteArray longEmployment(int lines, const std::function<QByteArray(int)>& pairOf)
{
    QByteArray text = "region,sector,value\n";
    for (int i = 0; i < lines; ++i)
        text += pairOf(i) + ",1\n";
    return text;
}

// "RVG1", version 1, then the payload compressed as the writer does.
QByteArray rvg(const QByteArray& payload)
{
    QByteArray bytes("RVG1");
    QDataStream header(&bytes, QIODevice::Append);
    header.setVersion(QDataStream::Qt_6_4);
    header << qint32(1);
    bytes.append(qCompress(payload, 9));
    return bytes;
}

// A payload written with `write`.
QByteArray payload(const std::function<void(QDataStream&)>& write)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    write(out);
    return bytes;
}

QString rvgError(const QByteArray& bytes)
{
    return errorOf([&] { RegionModel::fromBytes(bytes, QStringLiteral("vijandig.rvg")); }).message();
}

} // namespace

TEST_CASE("long employment: too many distinct regions is refused at the line that crosses the bound")
{
    const QByteArray text = longEmployment(20'001, [](int i) { return "R" + QByteArray::number(i) + ",A"; });
    const InputError e = errorOf([&] { economy::parseEmployment(text, QStringLiteral("lang.csv")); });
    CHECK(e.file() == QStringLiteral("lang.csv"));
    CHECK(e.location() == QStringLiteral("20002")); // header is line 1
    CHECK(e.reason().contains(QStringLiteral("meer dan 20000 verschillende codes in kolom 'region'")));
}

TEST_CASE("long employment: distinct codes on both axes (a sparse diagonal) are refused")
{
    // 3,000 lines name 3,000 regions and 3,000 sectors: 9 million cells for 3,000 values.
    const QByteArray text = longEmployment(3'000, [](int i) {
        return "R" + QByteArray::number(i) + ",S" + QByteArray::number(i);
    });
    const InputError e = errorOf([&] { economy::parseEmployment(text, QStringLiteral("diag.csv")); });
    CHECK(e.location() == QStringLiteral("3001"));
    CHECK(e.reason().contains(QStringLiteral("3000 × 3000 codes geeft 9000000 cellen voor maar 3000 gegevensregels")));

    // 8,000 × 8,000 crosses the 50-million-cell bound while reading, at the line that does it.
    const QByteArray big = longEmployment(8'000, [](int i) {
        return "R" + QByteArray::number(i) + ",S" + QByteArray::number(i);
    });
    const InputError e2 = errorOf([&] { economy::parseEmployment(big, QStringLiteral("groot.csv")); });
    CHECK(e2.location() == QStringLiteral("7073")); // 7072² > 50,000,000 ≥ 7071²
    CHECK(e2.reason().contains(QStringLiteral("de grens is 50000000")));
}

TEST_CASE("long employment: a realistic sparse table is still accepted")
{
    // 400 regions × 300 sectors, a third of the pairs present.
    QByteArray text = "region,sector,value\n";
    int lines = 0;
    for (int r = 0; r < 400; ++r)
        for (int s = r % 3; s < 300; s += 3, ++lines)
            text += "R" + QByteArray::number(r) + ",S" + QByteArray::number(s) + ",2\n";
    const economy::Matrix m = economy::parseEmployment(text, QStringLiteral("echt.csv"));
    CHECK(m.rows() == 400);
    CHECK(m.cols() == 300);
    CHECK(lines == 40'000);
}

TEST_CASE("wide files: too many sector columns is refused at the header")
{
    QByteArray text = "region";
    for (int i = 0; i < 20'001; ++i)
        text += ",S" + QByteArray::number(i);
    text += "\nR1" + QByteArray(",1").repeated(20'001) + "\n";
    const InputError e = errorOf([&] { economy::parseEmployment(text, QStringLiteral("breed.csv")); });
    CHECK(e.location() == QStringLiteral("1"));
    CHECK(e.reason() == QStringLiteral("kopregel heeft 20001 sectorcodes; de grens is 20000"));
}

TEST_CASE(".rvg: an announced uncompressed size far beyond the data is refused before allocating")
{
    // 24 bytes: magic, version, then 'uncompressed size' 0xFFFFFFF0 and a few bytes.
    QByteArray bytes("RVG1\0\0\0\1\xff\xff\xff\xf0zzzzzzzzzzzz", 24);
    CHECK(rvgError(bytes).contains(QStringLiteral("onmogelijke uitgepakte grootte 4294967280 bytes voor 12 bytes")));
    CHECK(rvgError(QByteArray("RVG1\0\0\0\1\0\0", 10)).contains(QStringLiteral("afgekapt")));
}

TEST_CASE(".rvg: every count is checked against the bytes that are left")
{
    SUBCASE("municipality count")
    {
        const QByteArray p = payload([](QDataStream& out) { out << qint32(2025) << QString() << quint32(90'000); });
        CHECK(rvgError(rvg(p)).contains(QStringLiteral("onwaarschijnlijk aantal gemeenten 90000")));
    }
    SUBCASE("polygon, ring and point counts")
    {
        for (const quint32 polygons : {quint32(9'000'000), quint32(1)}) {
            for (const quint32 points : {quint32(9'000'000), quint32(4)}) {
                if (polygons == 1 && points == 4)
                    continue;
                CAPTURE(polygons);
                CAPTURE(points);
                const QByteArray p = payload([&](QDataStream& out) {
                    out << qint32(2025) << QString() << quint32(1);
                    out << QStringLiteral("GM0001") << QStringLiteral("Een") << 0.0 << 0.0;
                    out << polygons << quint32(1) << points;
                });
                CHECK(rvgError(rvg(p)).contains(QStringLiteral("afgekapt of beschadigd bij de gemeenten")));
            }
        }
        const QByteArray manyRings = payload([&](QDataStream& out) {
            out << qint32(2025) << QString() << quint32(1);
            out << QStringLiteral("GM0001") << QStringLiteral("Een") << 0.0 << 0.0;
            out << quint32(1) << quint32(9'000'000) << quint32(0);
        });
        CHECK(rvgError(rvg(manyRings)).contains(QStringLiteral("afgekapt of beschadigd bij de gemeenten")));
    }
    SUBCASE("a member list that claims four billion entries")
    {
        const QByteArray p = payload([](QDataStream& out) {
            out << qint32(2025) << QString() << quint32(0) << quint32(1);
            out << QStringLiteral("PV20") << QStringLiteral("Groningen") << 0.0 << 0.0;
            out << quint32(0) << quint32(0xFFFFFFFFu);
        });
        CHECK(rvgError(rvg(p)).contains(QStringLiteral("afgekapt of beschadigd bij")));
    }
}

TEST_CASE("files too large to parse are refused before they are read")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Sparse files: the size is there, the disk space is not used.
    auto sparse = [&](const QString& name, qint64 size) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(size));
        return f.fileName();
    };
    const QString csv = sparse(QStringLiteral("groot.csv"), 65ll * 1024 * 1024);
    CHECK(errorOf([&] { economy::readEmployment(csv); }).message()
          == csv + QStringLiteral(": bestand is 65 MB; de grens voor economische gegevens is 64 MB"));
    const QString json = sparse(QStringLiteral("groot.topojson"), 300ll * 1024 * 1024);
    CHECK(errorOf([&] { geo::readTopoJson(json); }).message() == json + QStringLiteral(": bestand is 300 MB; de grens is 256 MB"));
}
