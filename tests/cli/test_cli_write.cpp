// Failed writes (issue 11, item 1): exit 4 with `regio: kan <bestand> niet schrijven: <reden>`,
// and an existing --out file survives.
#include "cli_run.h"
#include "io/safe_write.h"
#include "small_tmpfs.h"

#include <doctest/doctest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using regio::test::runRegio;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("--help documents exit code 4 for a failed write")
{
    const auto r = runRegio({QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("4 = schrijven mislukt")));
}

TEST_CASE("--out into a missing folder: exit 4, file and reason named")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nergens/regios.csv"));
    const auto r = runRegio({QStringLiteral("regions"), QStringLiteral("--out"), path});
    CHECK(r.code == regio::cli::ExitWriteFailed);
    CHECK(r.code == 4);
    CHECK(r.err == QStringLiteral("regio: kan %1 niet schrijven: map bestaat niet\n").arg(path));
}

TEST_CASE("generate-demo with an injected full disk: exit 4, no truncated file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    regio::io::testing::injectWriteFault(regio::io::testing::WriteFault::Flush);
    const auto r = runRegio({QStringLiteral("generate-demo"), QStringLiteral("--out-dir"), dir.path()});
    CHECK(r.code == 4);
    CHECK(r.err.startsWith(QStringLiteral("regio: kan %1/").arg(dir.path())));
    CHECK(r.err.endsWith(QStringLiteral(" niet schrijven: schijf vol\n")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // the first file failed, nothing left
}

TEST_CASE("--out over an existing file on a full disk: exit 4, original intact (tmpfs)")
{
    regio::test::SmallTmpfs disk(64);
    if (!disk.mounted()) {
        MESSAGE("skipped: " << disk.whyNot().toStdString());
        return;
    }
    const QString path = disk.filePath(QStringLiteral("regios.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("origineel\n");
    }
    CHECK(disk.fill() > 0);
    const auto r = runRegio({QStringLiteral("regions"), QStringLiteral("--out"), path});
    CHECK(r.code == 4);
    CHECK(r.err == QStringLiteral("regio: kan %1 niet schrijven: schijf vol\n").arg(path));
    CHECK(readAll(path) == "origineel\n");
}

TEST_CASE("report: a PDF that cannot be written is exit 4, not a page count")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("weg/CR01.pdf"));
    auto r = runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--out"), path});
    CHECK(r.code == 4);
    CHECK(r.err == QStringLiteral("regio: kan %1 niet schrijven: map bestaat niet\n").arg(path));
    CHECK_FALSE(r.err.contains(QStringLiteral("pagina")));

    regio::test::SmallTmpfs disk(64);
    if (!disk.mounted()) {
        MESSAGE("skipped the full-disk part: " << disk.whyNot().toStdString());
        return;
    }
    const QString pdf = disk.filePath(QStringLiteral("CR01.pdf"));
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 oud\n");
    }
    CHECK(disk.fill() > 0);
    r = runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--out"), pdf});
    CHECK(r.code == 4);
    CHECK(r.err == QStringLiteral("regio: kan %1 niet schrijven: schijf vol\n").arg(pdf));
    CHECK(readAll(pdf) == "%PDF-1.4 oud\n");
}

TEST_CASE("output on stdout that cannot be written: exit 4")
{
    QBuffer out; // read-only: every write fails, as on a full disk
    QBuffer err;
    out.open(QIODevice::ReadOnly);
    err.open(QIODevice::WriteOnly);
    const int code = regio::cli::run({QStringLiteral("regio"), QStringLiteral("regions")}, out, err);
    CHECK(code == 4);
    CHECK(QString::fromUtf8(err.data()).startsWith(QStringLiteral("regio: kan de standaarduitvoer niet schrijven: ")));
}

TEST_CASE("an output folder that cannot be made: exit 4")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bestand"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString sub = file + QStringLiteral("/map");
    for (const QStringList& args : {QStringList{QStringLiteral("generate-demo"), QStringLiteral("--out-dir"), sub},
                                    QStringList{QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("provincie"),
                                                QStringLiteral("--out-dir"), sub}}) {
        const auto r = runRegio(args);
        CHECK(r.code == 4);
        CHECK(r.err == QStringLiteral("regio: kan %1 niet schrijven: de map kan niet worden aangemaakt\n").arg(sub));
    }
}
