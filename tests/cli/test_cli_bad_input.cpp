// Silent acceptance (issue 11, item 3): employment naming regions the embedded model does not know
// is refused by every command that reads it, with file and line; the converter refuses files in
// which no municipality falls in any division; `regio --help` keeps names and summaries apart.
#include "cli_run.h"
#include "test_paths.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using regio::test::runRegio;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("employment with an unknown region code: exit 3 with file and line in every command")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Sector codes of the demonstration economy, so that only the region is wrong.
    const QString wide = writeFile(dir, QStringLiteral("werk.csv"), "region,A,C\nCR01,10,20\nXX99,5,5\nCR02,1,1\n");
    const QString longFile = writeFile(dir, QStringLiteral("lang.csv"), "regio;sector;waarde\nCR01;A;1\nGM9999;C;2\n");
    const QString pdf = dir.filePath(QStringLiteral("profiel.pdf"));
    const QString json = dir.filePath(QStringLiteral("net.json"));
    const QList<QStringList> invocations{
        {QStringLiteral("lq")},
        {QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR01")},
        {QStringLiteral("relatedness"), QStringLiteral("--method"), QStringLiteral("proximity")},
        {QStringLiteral("density")},
        {QStringLiteral("graph"), QStringLiteral("--method"), QStringLiteral("cosine"), QStringLiteral("--out"), json},
        {QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--out"), pdf},
    };
    for (const QStringList& base : invocations) {
        for (const auto& [file, line, code] : {std::tuple{wide, 3, QStringLiteral("XX99")}, std::tuple{longFile, 3, QStringLiteral("GM9999")}}) {
            QStringList args = base;
            args << QStringLiteral("--employment") << file;
            CAPTURE(args.join(QLatin1Char(' ')).toStdString());
            const auto r = runRegio(args);
            CHECK(r.code == 3);
            CHECK(r.err == QStringLiteral("regio: %1:%2: onbekende regio %3\n").arg(file).arg(line).arg(code));
        }
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(json));
    // An --employment that the chosen method would not use is a usage error, not ignored.
    const auto r = runRegio({QStringLiteral("relatedness"), QStringLiteral("--employment"), wide});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--employment wordt bij --method flows niet gebruikt")));
}

TEST_CASE("regio --help: every command name is apart from its summary")
{
    const auto r = runRegio({QStringLiteral("--help")});
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.out.contains(QStringLiteral("convert-regionszet")));
    CHECK(r.out.contains(QStringLiteral("  convert-regions  zet CBS-gebiedsindelingen")));
    CHECK(r.out.contains(QStringLiteral("  lq               locatiequotiënten")));
}

TEST_CASE("converter: divisions that hold no municipality at all are refused, nothing written")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Two municipalities near (0,0) and divisions far away: no membership can be found.
    const QByteArray municipalities =
        "{\"type\":\"FeatureCollection\",\"features\":["
        "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0001\",\"statnaam\":\"Een\"},\"geometry\":"
        "{\"type\":\"Polygon\",\"coordinates\":[[[100000,400000],[101000,400000],[101000,401000],[100000,401000],[100000,400000]]]}},"
        "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0002\",\"statnaam\":\"Twee\"},\"geometry\":"
        "{\"type\":\"Polygon\",\"coordinates\":[[[101000,400000],[102000,400000],[102000,401000],[101000,401000],[101000,400000]]]}}]}";
    const QByteArray far =
        "{\"type\":\"FeatureCollection\",\"features\":["
        "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"%1\",\"statnaam\":\"Ver weg\"},\"geometry\":"
        "{\"type\":\"Polygon\",\"coordinates\":[[[200000,500000],[201000,500000],[201000,501000],[200000,501000],[200000,500000]]]}}]}";
    const QString gm = writeFile(dir, QStringLiteral("gemeente.geojson"), municipalities);
    const QString pv = writeFile(dir, QStringLiteral("provincie.geojson"), QByteArray(far).replace("%1", "PV99"));
    const QString cr = writeFile(dir, QStringLiteral("corop.geojson"), QByteArray(far).replace("%1", "CR99"));
    const QString am = writeFile(dir, QStringLiteral("amr.geojson"), QByteArray(far).replace("%1", "AM99"));
    const QString out = dir.filePath(QStringLiteral("uit.rvg"));
    const auto r = runRegio({QStringLiteral("convert-regions"), QStringLiteral("--gemeente"), gm, QStringLiteral("--provincie"), pv,
                             QStringLiteral("--corop"), cr, QStringLiteral("--arbeidsmarktregio"), am, QStringLiteral("--out"), out});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("regio: %1: geen enkele gemeente uit %2 ligt in een van de").arg(pv, gm)));
    CHECK_FALSE(QFile::exists(out));
}
