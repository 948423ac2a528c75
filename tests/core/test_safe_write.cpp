// Checked writes (issue 11, item 1): every step of a save is checked, a failed save leaves the
// previous file as it was, and the error names the file and the cause in Dutch.
#include "io/safe_write.h"
#include "registry/registry_json.h"

#include "small_tmpfs.h"

#include <doctest/doctest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace regio;
using regio::io::WriteError;
using regio::io::testing::WriteFault;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

registry::Registry bigRegistry()
{
    registry::Registry r;
    r.title = QStringLiteral("Groot register");
    r.description = QString(20000, QLatin1Char('x')); // ~20 KB of JSON
    return r;
}

} // namespace

TEST_CASE("writeFileAtomically writes the bytes and replaces the old file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("uit.csv"));
    io::writeFileAtomically(path, "oud\n");
    io::writeFileAtomically(path, "nieuw\n");
    CHECK(readAll(path) == "nieuw\n");
    io::writeFileAtomically(path, QByteArray());
    CHECK(QFileInfo(path).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("uit.csv")}); // no temp left
}

TEST_CASE("an injected failure at any step leaves the old file and names file and cause")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.json"));
    io::writeFileAtomically(path, "origineel");
    for (WriteFault fault : {WriteFault::Write, WriteFault::Flush, WriteFault::Sync, WriteFault::Commit}) {
        CAPTURE(int(fault));
        io::testing::injectWriteFault(fault);
        try {
            io::writeFileAtomically(path, QByteArray(5000, 'n'));
            FAIL("no WriteError");
        } catch (const WriteError& e) {
            CHECK(e.file() == path);
            CHECK(e.cause() == QStringLiteral("schijf vol"));
            CHECK(e.sentence() == QStringLiteral("kan %1 niet schrijven: schijf vol").arg(path));
            CHECK(e.message() == path + QStringLiteral(": kan niet schrijven: schijf vol"));
        }
        CHECK(readAll(path) == "origineel");
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("register.json")});
    }
    // The last check (size on disk) can only report; it must report.
    io::testing::injectWriteFault(WriteFault::SizeCheck);
    CHECK_THROWS_AS(io::writeFileAtomically(path, "nieuw"), WriteError);
    // The injection is spent after firing.
    io::writeFileAtomically(path, "weer goed");
    CHECK(readAll(path) == "weer goed");
}

TEST_CASE("the device variant renders in memory; a failed render writes nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kaart.svg"));
    io::writeFileAtomically(path, [](QIODevice& d) { return d.write("<svg/>") == 6; });
    CHECK(readAll(path) == "<svg/>");
    CHECK_THROWS_WITH_AS(io::writeFileAtomically(path, [](QIODevice& d) { d.write("half"); return false; },
                                                 QStringLiteral("PDF opmaken mislukt")),
                         (path + QStringLiteral(": kan niet schrijven: PDF opmaken mislukt")).toStdString().c_str(),
                         WriteError);
    CHECK(readAll(path) == "<svg/>");
}

TEST_CASE("a missing folder is reported in Dutch")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bestaat-niet/uit.csv"));
    const QString error = io::tryWriteFileAtomically(path, "x");
    CHECK(error == path + QStringLiteral(": kan niet schrijven: map bestaat niet"));
}

TEST_CASE("saving a registry on a full disk fails and keeps the original (tmpfs)")
{
    test::SmallTmpfs disk(64);
    if (!disk.mounted()) {
        MESSAGE("skipped: " << disk.whyNot().toStdString());
        return;
    }
    const QString path = disk.filePath(QStringLiteral("register.json"));
    registry::Registry original;
    original.title = QStringLiteral("Origineel");
    registry::saveRegistry(original, path);
    const QByteArray before = readAll(path);
    REQUIRE(!before.isEmpty());
    CHECK(disk.fill() > 0);

    try {
        registry::saveRegistry(bigRegistry(), path);
        FAIL("saving on a full disk reported success");
    } catch (const WriteError& e) {
        CHECK(e.cause() == QStringLiteral("schijf vol"));
        CHECK(e.file() == path);
    }
    CHECK(readAll(path) == before);

    // A small write that fits in Qt's buffer: the failure surfaces at flush, not at write().
    const QString small = disk.filePath(QStringLiteral("klein.csv"));
    CHECK(io::tryWriteFileAtomically(small, "a,b\n") == small + QStringLiteral(": kan niet schrijven: schijf vol"));
    CHECK_FALSE(QFileInfo::exists(small));
}
