// Spreadsheet export (issue 12, item 3): the table abstraction and its two writers. The Excel-CSV
// bytes are checked exactly; the XLSX file is unpacked with our own zip reader (xlsx_reader.h,
// zlib) and its cells, types, number formats, header style and frozen row are checked; a full disk
// gives a WriteError and leaves no half file.
#include "economy/economy_table.h"
#include "io/safe_write.h"
#include "io/table.h"
#include "registry/registry_json.h"
#include "registry/registry_table.h"

// The spreadsheet import of the registry (issue 12: "any table goes to Excel and back"); the
// round-trip test below runs once that import is part of the build.
#if __has_include("registry/registry_sheet.h")
#include "regions/region_model.h"
#include "registry/registry_sheet.h"
#define REGIO_HAVE_REGISTRY_SHEET 1
#endif

#include "small_tmpfs.h"
#include "xlsx_reader.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace regio;
using io::TableCell;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

io::Table sample()
{
    io::Table t;
    t.title = QStringLiteral("Banen: Noord/Zuid [2024]");
    t.sourceLine = QStringLiteral("Bron: CBS; test");
    t.notes << QStringLiteral("Een noot");
    t.headers = {QStringLiteral("Naam"), QStringLiteral("Banen"), QStringLiteral("Aandeel"), QStringLiteral("Jaar"),
                 QStringLiteral("Opmerking")};
    t.rows.push_back({TableCell::fromText(QStringLiteral("Amsterdam; Noord")), TableCell::number(1234.5, 1),
                      TableCell::percentage(0.125, 1), TableCell::year(2024), TableCell::fromText(QStringLiteral("=SUM(A1)"))});
    t.rows.push_back({TableCell::fromText(QStringLiteral("-Min")), TableCell::missing(QStringLiteral("geheim")),
                      TableCell::percentage(-0.05, 1), TableCell::year(2010), TableCell::fromText(QStringLiteral("@cmd"))});
    t.rows.push_back({TableCell::fromText(QStringLiteral("Één \"x\"")), TableCell::number(-1.25),
                      TableCell::number(std::nan("")), TableCell::missing(), TableCell::fromText(QStringLiteral("\tTab"))});
    return t;
}

} // namespace

TEST_CASE("Excel-CSV: BOM, ';', CRLF, formula-safe text, empty missing cells, notes as '#' lines")
{
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "Naam;Banen;Aandeel;Jaar;Opmerking\r\n"
        "\"Amsterdam; Noord\";1234.5;12.5%;2024;\"'=SUM(A1)\"\r\n"
        "\"'-Min\";;-5.0%;2010;\"'@cmd\"\r\n"
        "\"\xC3\x89\xC3\xA9n \"\"x\"\"\";-1.25;;;\"'\tTab\"\r\n"
        "# Banen: Noord/Zuid [2024]\r\n"
        "# Bron: CBS; test\r\n"
        "# Een noot\r\n"
        "# Lege cel: geheim\r\n";
    CHECK(io::excelCsvBytes(sample()) == expected);

    io::ExcelCsvOptions comma;
    comma.decimalComma = true;
    QByteArray withComma = expected;
    withComma.replace("1234.5;12.5%", "1234,5;12,5%").replace("-5.0%", "-5,0%").replace("-1.25", "-1,25");
    CHECK(io::excelCsvBytes(sample(), comma) == withComma);
}

TEST_CASE("numbers as the CSV writes them")
{
    CHECK(io::formatTableNumber(0.1 + 0.2, -1, false) == QStringLiteral("0.3"));
    CHECK(io::formatTableNumber(-0.0001, 2, true) == QStringLiteral("0,00"));
    CHECK(io::formatTableNumber(1e6, -1, true) == QStringLiteral("1000000"));
    CHECK(io::formatTableNumber(2.5, 3, true) == QStringLiteral("2,500"));
}

TEST_CASE("sheet names: at most 31 characters, no forbidden characters, unique")
{
    CHECK(io::xlsxSheetName(QStringLiteral("Banen: Noord/Zuid [2024]")) == QStringLiteral("Banen Noord Zuid 2024"));
    const QString longName = io::xlsxSheetName(QStringLiteral("Economische structuur — Amsterdam-Amstelland, 2024"));
    CHECK(longName.size() <= 31);
    CHECK(longName.startsWith(QStringLiteral("Economische structuur")));
    CHECK(io::xlsxSheetName(QStringLiteral("'History'")) == QStringLiteral("Tabel"));
    CHECK(io::xlsxSheetName(QStringLiteral("*?")) == QStringLiteral("Tabel"));
    const QString second = io::xlsxSheetName(QStringLiteral("Economische structuur — Amsterdam-Amstelland, 2024"), {longName});
    CHECK(second.size() <= 31);
    CHECK(second.endsWith(QStringLiteral(" (2)")));
    CHECK(io::xlsxSheetName(QStringLiteral("tabel"), {QStringLiteral("Tabel")}) == QStringLiteral("tabel (2)"));
}

TEST_CASE("XLSX read back: values, types, number formats, bold frozen header, notes, comments")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("banen.xlsx"));
    io::Table second = sample();
    second.title = sample().title; // same title: the second sheet gets a unique name
    io::writeXlsx(path, {sample(), second});
    const test::XlsxBook book = test::readXlsx(readAll(path));
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets[0].name == QStringLiteral("Banen Noord Zuid 2024"));
    CHECK(book.sheets[1].name == QStringLiteral("Banen Noord Zuid 2024 (2)"));
    const test::XlsxSheet& s = book.sheets[0];

    // Header: strings, bold, and the first row frozen.
    CHECK(s.at(QStringLiteral("A1")).type == QStringLiteral("s"));
    CHECK(s.at(QStringLiteral("A1")).text == QStringLiteral("Naam"));
    CHECK(s.at(QStringLiteral("E1")).text == QStringLiteral("Opmerking"));
    CHECK(book.boldStyles.value(s.at(QStringLiteral("A1")).style));
    CHECK_FALSE(book.boldStyles.value(s.at(QStringLiteral("A2")).style));
    CHECK(s.xml.contains("state=\"frozen\""));
    CHECK(s.xml.contains("ySplit=\"1\""));
    CHECK(s.xml.contains("<col ")); // column widths

    // Numbers are numbers, with their formats.
    const test::XlsxCell jobs = s.at(QStringLiteral("B2"));
    CHECK(jobs.type == QStringLiteral("n"));
    CHECK(jobs.number() == doctest::Approx(1234.5));
    CHECK(book.numberFormats.value(jobs.style) == QStringLiteral("#,##0.0"));
    const test::XlsxCell share = s.at(QStringLiteral("C2"));
    CHECK(share.type == QStringLiteral("n"));
    CHECK(share.number() == doctest::Approx(0.125));
    CHECK(book.numberFormats.value(share.style) == QStringLiteral("0.0%"));
    CHECK(s.at(QStringLiteral("D2")).number() == 2024);
    CHECK(book.numberFormats.value(s.at(QStringLiteral("D2")).style) == QStringLiteral("0"));
    CHECK(s.at(QStringLiteral("B4")).number() == doctest::Approx(-1.25));

    // Formula-looking text is a string, never a formula.
    CHECK(s.at(QStringLiteral("E2")).type == QStringLiteral("s"));
    CHECK(s.at(QStringLiteral("E2")).text == QStringLiteral("=SUM(A1)"));
    CHECK_FALSE(s.xml.contains("<f>"));
    CHECK(s.at(QStringLiteral("A4")).text == QStringLiteral("Één \"x\""));

    // Missing values: no cell at all (never 0), a comment with the reason, and a note line.
    CHECK_FALSE(s.has(QStringLiteral("B3")));
    CHECK_FALSE(s.has(QStringLiteral("C4")));
    CHECK(book.files.value(QStringLiteral("xl/comments1.xml")).contains("geheim"));
    CHECK(s.at(QStringLiteral("A6")).text == QStringLiteral("Bron: CBS; test"));
    CHECK(s.at(QStringLiteral("A7")).text == QStringLiteral("Een noot"));
    CHECK(s.at(QStringLiteral("A8")).text == QStringLiteral("Lege cel: geheim"));
}

TEST_CASE("the LQ table keeps unknown values empty and the registry table has one row per body")
{
    economy::EconomyData data;
    data.employment = economy::Matrix({QStringLiteral("R1"), QStringLiteral("R2")}, {QStringLiteral("S1"), QStringLiteral("S2")});
    data.employment(0, 0) = 30;
    data.employment(0, 1) = 10;
    data.employment(1, 0) = 10;
    data.employment(1, 1) = std::nan("");
    data.source = QStringLiteral("Bron: test");
    const io::Table t = economy::lqTable(data);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.headers.size() == 4);
    // LQ[R1,S1] computed by hand: (30/40) / (40/50) — with R2's unknown cell left out of the totals
    // or not, R1,S1 must be a number and R2,S2 must stay empty.
    CHECK(t.rows[0][2].kind == io::CellKind::Number);
    CHECK(t.rows[1][3].kind == io::CellKind::Missing);
    CHECK(io::excelCsvBytes(t).contains("R2;;"));

    registry::Registry reg;
    reg.title = QStringLiteral("Testregister");
    registry::Body b;
    b.id = QStringLiteral("a");
    b.name = QStringLiteral("=Verband A");
    b.founded = 2015;
    b.domains.insert(registry::Domain::Economie);
    b.domains.insert(registry::Domain::Onderwijs);
    b.territory.municipalities = {QStringLiteral("GM0363"), QStringLiteral("GM0384")};
    reg.bodies.push_back(b);
    reg.bodies.push_back(registry::Body{});
    const io::Table r = registry::registryTable(reg);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0][1].text == QStringLiteral("=Verband A"));
    CHECK(r.rows[0][5].text == QStringLiteral("economie;onderwijs"));
    CHECK(r.rows[0][10].kind == io::CellKind::Year);
    CHECK(r.rows[1][10].kind == io::CellKind::Missing);
    CHECK(r.rows[0][14].text == QStringLiteral("GM0363;GM0384"));
    CHECK(io::excelCsvBytes(r).contains(";\"'=Verband A\";"));
}

TEST_CASE("a full disk: WriteError and no half file, for the target and for the temporary workbook")
{
    test::SmallTmpfs disk(64);
    if (!disk.mounted()) {
        MESSAGE("skipped: " << disk.whyNot().toStdString());
        return;
    }
    io::Table big = sample();
    for (int i = 0; i < 3000; ++i)
        big.rows.push_back({TableCell::fromText(QStringLiteral("Regel %1 met wat tekst erbij").arg(i)), TableCell::number(i),
                            TableCell::percentage(i / 3000.0), TableCell::year(2000 + i % 25),
                            TableCell::fromText(QString(40, QLatin1Char('x')) + QString::number(i))});
    const QString xlsx = disk.filePath(QStringLiteral("export.xlsx"));
    const QString csv = disk.filePath(QStringLiteral("export.csv"));
    io::writeXlsx(xlsx, sample());
    const QByteArray before = readAll(xlsx);
    REQUIRE(before.startsWith("PK"));
    CHECK(disk.fill() > 0);
    CHECK_THROWS_AS(io::writeXlsx(xlsx, big), io::WriteError);
    CHECK(readAll(xlsx) == before);
    CHECK_THROWS_AS(io::writeExcelCsv(csv, big), io::WriteError);
    CHECK_FALSE(QFileInfo::exists(csv));

    // libxlsxwriter's own temporary workbook on a full disk: an error, not a truncated file.
    QTemporaryDir out;
    REQUIRE(out.isValid());
    io::testing::xlsxTempFolderOverride() = QFileInfo(xlsx).absolutePath();
    const QString target = out.filePath(QStringLiteral("doel.xlsx"));
    try {
        io::writeXlsx(target, big);
        FAIL("a full temporary folder reported success");
    } catch (const io::WriteError& e) {
        CHECK(e.file() == target);
    }
    io::testing::xlsxTempFolderOverride().clear();
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("the registry as Excel-CSV reads back through the spreadsheet import as the same bodies")
{
#ifdef REGIO_HAVE_REGISTRY_SHEET
    const RegionModel& regions = RegionModel::embedded();
    const registry::Registry original = registry::loadDefaultRegistry(regions);
    for (const bool comma : {false, true}) {
        CAPTURE(comma);
        io::ExcelCsvOptions options;
        options.decimalComma = comma;
        const QByteArray csv = io::excelCsvBytes(registry::registryTable(original), options);
        const io::CsvDocument doc = io::parseCsv(csv, QStringLiteral("register.csv"), QLatin1Char(';'));
        const registry::Registry back = registry::parseRegistryRows(doc, QStringLiteral("register.csv"), regions);
        REQUIRE(back.bodies.size() == original.bodies.size());
        for (size_t i = 0; i < original.bodies.size(); ++i) {
            CAPTURE(original.bodies[i].id.toStdString());
            CHECK(back.bodies[i] == original.bodies[i]);
        }
    }
#else
    MESSAGE("skipped: this build has no spreadsheet import of the registry (registry/registry_sheet.h)");
#endif
}
