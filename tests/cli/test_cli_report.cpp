// regio report: the region profile PDF as a reader gets it — page count, text (pdftotext),
// rendering (pdftoppm) — and the batch over all arbeidsmarktregio's.
#include <doctest/doctest.h>

#include "cli_run.h"

#include "cli/cli.h"
#include "test_paths.h"
#include "ui/map/map_style.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

using namespace regio;

namespace {


std::optional<QString> tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext output as a reader would search it: typographic ligatures (ﬁ, ﬃ …, from the font)
// expanded and line breaks folded into spaces.
QString readable(QString text)
{
    const std::pair<const char16_t*, const char*> ligatures[] = {
        {u"\uFB00", "ff"}, {u"\uFB01", "fi"}, {u"\uFB02", "fl"}, {u"\uFB03", "ffi"}, {u"\uFB04", "ffl"}};
    for (const auto& [ligature, letters] : ligatures)
        text.replace(QString::fromUtf16(ligature), QLatin1String(letters));
    return text.simplified();
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

int pageCount(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf}).value_or(QString());
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

TEST_CASE("regio report: a multi-page profile of an arbeidsmarktregio with name, sources and demo notice")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("am28.pdf"));
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("AM28"), QStringLiteral("--out"), pdf});
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("pagina's")));
    REQUIRE(QFileInfo(pdf).size() > 10000);
    if (!havePoppler()) {
        MESSAGE("poppler-utils ontbreekt: PDF-inhoud niet gecontroleerd");
        return;
    }
    // Cover, triangle, bodies table (≥ 1 page), economy, sources; the network page when the
    // network view is registered.
    const int pages = pageCount(pdf);
    CHECK(pages >= 5);
    const QString text = readable(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).value_or(QString()));
    CHECK(text.contains(QStringLiteral("Regioprofiel Zuidoost-Brabant")));
    CHECK(text.contains(QStringLiteral("Bron: CBS/Kadaster (CC BY 4.0)")));
    CHECK(text.contains(QStringLiteral("Demonstratiedata — geen officiële statistiek")));
    CHECK(text.contains(QStringLiteral("Brainport")));          // a body of the region
    CHECK(text.contains(QStringLiteral("SER 2017")));           // its source
    CHECK(text.contains(QStringLiteral("Sterkte")));            // the SWOT
    CHECK(text.contains(QStringLiteral("Bronnen en methode")));
    // The real economy and the agenda (issues 9 and 10), with their source.
    CHECK(text.contains(QStringLiteral("Economische structuur 2024")));
    CHECK(text.contains(QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)")));
    CHECK(text.contains(QStringLiteral("Agenda 2010–2024")));
    CHECK(text.contains(QStringLiteral("Verbanden die kunnen handelen")));
    CHECK(text.contains(QStringLiteral("C Industrie")));
    CHECK(text.contains(QStringLiteral("pagina 1 van %1").arg(pages)));

    // The cover page rendered: not blank, with the map's selection colour.
    REQUIRE(tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                              QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("cover"))})
                .has_value());
    const QImage cover(dir.filePath(QStringLiteral("cover.png")));
    REQUIRE(!cover.isNull());
    int selection = 0, white = 0;
    const QRgb selectionColour = ui::MapStyle().selectionFill.rgb() & 0xFFFFFF;
    for (int y = 0; y < cover.height(); ++y)
        for (int x = 0; x < cover.width(); ++x) {
            const QRgb p = cover.pixel(x, y) & 0xFFFFFF;
            selection += p == selectionColour;
            white += p == 0xFFFFFF;
        }
    CHECK(selection > 500);
    CHECK(white < cover.width() * cover.height() * 0.8);
}

TEST_CASE("regio report: usage errors and bad input")
{
    QTemporaryDir dir;
    CHECK(regio::test::runRegio({QStringLiteral("report")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("XX01"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("wijk"), QStringLiteral("--out-dir"), dir.path()}).code == 2);
    // A damaged registry: exit 3 with the file named.
    const QString bad = dir.filePath(QStringLiteral("kapot.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"regioverkenner-register\", \"version\": 1, \"bodies\": [");
    f.close();
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("GM0363"), QStringLiteral("--registry"), bad,
                         QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(r.code == 3);
    CHECK(r.err.contains(bad));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("regio report --all arbeidsmarktregio: one profile per region, progress on stderr")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("amr"));
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("arbeidsmarktregio"),
                         QStringLiteral("--out-dir"), out});
    CHECK(r.code == 0);
    const QStringList files = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() == 35);
    CHECK(files.contains(QStringLiteral("AM18.pdf")));
    CHECK(r.err.contains(QStringLiteral("[35/35]")));
    CHECK(r.err.contains(QStringLiteral("35 profielen")));
}
