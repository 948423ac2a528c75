// CSV reader (core/io/csv) and economy importers (core/economy/economy_csv): formats, and bad
// input refused with an InputError naming file and line.
#include <doctest/doctest.h>

#include "economy/economy_csv.h"
#include "io/csv.h"
#include "io/input_error.h"

#include "test_paths.h"

#include <cmath>

using namespace regio;
using namespace regio::economy;

namespace {

QString fixture(const char* name) { return test::testDataDir() + QStringLiteral("/economy/") + QLatin1String(name); }

// Runs `f`, expecting an InputError; returns it for inspection.
template <typename F>
InputError expectError(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError thrown");
    return InputError(QString(), QString(), QString());
}

InputError employmentError(const char* text)
{
    return expectError([&] { parseEmployment(QByteArray(text), QStringLiteral("werk.csv")); });
}

InputError flowsError(const char* text)
{
    return expectError([&] { parseFlows(QByteArray(text), QStringLiteral("stromen.csv")); });
}

const Matrix& smallEconomy()
{
    static const Matrix m = [] {
        Matrix e({"R1", "R2", "R3", "R4"}, {"A", "B", "C"});
        const double v[4][3] = {{10, 20, 70}, {30, 30, 40}, {50, 10, 40}, {10, 40, 50}};
        for (std::size_t r = 0; r < 4; ++r)
            for (std::size_t c = 0; c < 3; ++c)
                e(r, c) = v[r][c];
        return e;
    }();
    return m;
}

} // namespace

TEST_CASE("CSV reader: quoting, comments, blank lines, line numbers")
{
    const QByteArray text = "# comment\n"
                            "a,b,c\n"
                            "\n"
                            "\"x, y\",\"he said \"\"hi\"\"\",3\n"
                            "\"multi\nline\",2,3\n"
                            "last,,\r\n";
    const io::CsvDocument doc = io::parseCsv(text, QStringLiteral("t.csv"));
    CHECK(doc.delimiter == QLatin1Char(','));
    REQUIRE(doc.records.size() == 4);
    CHECK(doc.records[0].line == 2);
    CHECK(doc.records[0].fields == QStringList{"a", "b", "c"});
    CHECK(doc.records[1].line == 4);
    CHECK(doc.records[1].fields == QStringList{"x, y", "he said \"hi\"", "3"});
    CHECK(doc.records[2].line == 5);
    CHECK(doc.records[2].fields.first() == QStringLiteral("multi\nline"));
    CHECK(doc.records[3].line == 7);
    CHECK(doc.records[3].fields == QStringList{"last", "", ""});
}

TEST_CASE("CSV reader: BOM, semicolons, UTF-8, errors")
{
    const io::CsvDocument doc = io::parseCsv("\xef\xbb\xbfnaam;waarde\nFrysl\xc3\xa2n;1,5\n", QStringLiteral("t.csv"));
    CHECK(doc.delimiter == QLatin1Char(';'));
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[0].fields.first() == QStringLiteral("naam"));
    CHECK(doc.records[1].fields == QStringList{QStringLiteral("Fryslân"), QStringLiteral("1,5")});

    InputError e = expectError([] { io::parseCsv("a,b\n\"open,1\n2,3\n", QStringLiteral("t.csv")); });
    CHECK(e.message() == QStringLiteral("t.csv:2: aanhalingsteken wordt niet gesloten"));
    e = expectError([] { io::parseCsv("a,b\n\"x\"y,1\n", QStringLiteral("t.csv")); });
    CHECK(e.location() == QStringLiteral("2"));
    // Not UTF-8 is read as Windows-1252; a byte that is not Windows-1252 either is refused.
    e = expectError([] { io::parseCsv("a,b\nok,\xff\nbad\x81,2\n", QStringLiteral("t.csv")); });
    CHECK(e.message() == QStringLiteral("t.csv:3: ongeldige tekens: het bestand is geen UTF-8 en geen Windows-1252"));
    CHECK(io::csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(io::csvLine({QStringLiteral("x"), QStringLiteral("\"q\"")}) == QStringLiteral("x,\"\"\"q\"\"\"\n"));
}

TEST_CASE("employment: wide and long formats give the same matrix")
{
    const Matrix wide = readEmployment(fixture("employment-wide.csv"));
    CHECK(wide == smallEconomy());
    // Long, ';' separated, BOM, CRLF, decimal comma, quoted codes, Dutch column names.
    const Matrix longFormat = readEmployment(fixture("employment-long.csv"));
    CHECK(longFormat == smallEconomy());
    // Long format: absent pairs are 0, order of first appearance.
    const Matrix sparse = parseEmployment("region,sector,value\nX,10,5\nY,20,7\n", QStringLiteral("s.csv"));
    CHECK(sparse.rowLabels() == QStringList{"X", "Y"});
    CHECK(sparse.colLabels() == QStringList{"10", "20"});
    CHECK(sparse(0, 1) == 0);
    CHECK(sparse(1, 1) == 7);
}

TEST_CASE("flows: wide and long formats, rows absent in wide are 0")
{
    const Matrix wide = readFlows(fixture("flows-wide.csv"));
    CHECK(wide.rowLabels() == QStringList{"A", "B", "C"});
    CHECK(wide.colLabels() == QStringList{"A", "B", "C"});
    CHECK(wide(0, 1) == 10);
    CHECK(wide(1, 0) == 6);
    CHECK(wide(2, 2) == 99);
    const Matrix longFormat = readFlows(fixture("flows-long.csv"));
    CHECK(longFormat.rowLabels() == QStringList{"A", "B", "C"});
    CHECK(longFormat(0, 1) == 10);
    CHECK(longFormat(2, 1) == 4);
    CHECK(longFormat(0, 0) == 0);
    const Matrix partial = parseFlows("from,A,B\nB,3,0\n", QStringLiteral("p.csv"));
    CHECK(partial(0, 0) == 0);
    CHECK(partial(1, 0) == 3);
}

TEST_CASE("employment: bad input names file, line and what is wrong")
{
    CHECK(employmentError("").message() == QStringLiteral("werk.csv:1: leeg bestand: kopregel en gegevens ontbreken"));
    CHECK(employmentError("# alleen commentaar\n").location() == QStringLiteral("1"));
    CHECK(employmentError("# notitie\nregion,A\n").message() == QStringLiteral("werk.csv:2: geen gegevens na de kopregel"));
    CHECK(employmentError("gemeente,A\nX,1\n").location() == QStringLiteral("1"));
    CHECK(employmentError("region,A,B\nR1,1,x\n").message()
          == QStringLiteral("werk.csv:2: ongeldige werkgelegenheid 'x' voor sector B in regio R1 (geen getal)"));
    CHECK(employmentError("region,A,B\nR1,1,2\nR2,1,-5\n").message()
          == QStringLiteral("werk.csv:3: negatieve werkgelegenheid -5 voor sector B in regio R2"));
    // An empty employment cell is unknown (a suppressed CBS cell), never 0.
    CHECK(std::isnan(economy::parseEmployment("region,A,B\nR1,1,\n", QStringLiteral("werk.csv"))(0, 1)));
    CHECK(employmentError("region,A,B\nR1,1,nan\n").location() == QStringLiteral("2"));
    CHECK(employmentError("region,A,B\nR1,1,inf\n").location() == QStringLiteral("2"));
    CHECK(employmentError("region,A,B\nR1,1,2\nR2,1\n").message() == QStringLiteral("werk.csv:3: regel heeft 2 velden, de kopregel 3"));
    CHECK(employmentError("region,A,B\nR1,1,2,3\n").location() == QStringLiteral("2"));
    CHECK(employmentError("region,A,A\nR1,1,2\n").message()
          == QStringLiteral("werk.csv:1: sector A staat twee keer in de kopregel (kolom 2 en 3)"));
    CHECK(employmentError("region,A,\nR1,1,2\n").location() == QStringLiteral("1"));
    CHECK(employmentError("region,A\nR1,1\n\nR1,2\n").message() == QStringLiteral("werk.csv:4: regio R1 komt twee keer voor (ook op regel 2)"));
    CHECK(employmentError("region,A\n,1\n").location() == QStringLiteral("2"));
    CHECK(employmentError("region,sector,value\nR1,A,1\nR1,A,2\n").message()
          == QStringLiteral("werk.csv:3: combinatie regio R1 / sector A komt twee keer voor (ook op regel 2)"));
    CHECK(employmentError("region,sector,value\nR1,A,-1\n").message()
          == QStringLiteral("werk.csv:2: negatieve werkgelegenheid -1 voor sector A in regio R1"));
    // Known codes.
    ImportOptions known;
    known.knownSectors = QStringList{"A", "B"};
    known.knownRegions = QStringList{"R1"};
    InputError e = expectError([&] { parseEmployment("region,A,Z\nR1,1,2\n", QStringLiteral("k.csv"), known); });
    CHECK(e.message() == QStringLiteral("k.csv:1: onbekende sector Z"));
    e = expectError([&] { parseEmployment("region,sector,value\nR1,A,1\nR9,B,2\n", QStringLiteral("k.csv"), known); });
    CHECK(e.message() == QStringLiteral("k.csv:3: onbekende regio R9"));
    // Files from disk.
    e = expectError([] { readEmployment(fixture("employment-negative.csv")); });
    CHECK(e.file() == fixture("employment-negative.csv"));
    CHECK(e.location() == QStringLiteral("3"));
    CHECK(e.reason() == QStringLiteral("negatieve werkgelegenheid -5 voor sector B in regio R2"));
    e = expectError([] { readEmployment(fixture("employment-ragged.csv")); });
    CHECK(e.location() == QStringLiteral("3"));
    e = expectError([] { readEmployment(fixture("does-not-exist.csv")); });
    CHECK(e.location().isEmpty());
    CHECK(e.reason().startsWith(QStringLiteral("kan niet lezen")));
}

TEST_CASE("flows: bad input names file, line and what is wrong")
{
    CHECK(flowsError("region,A\nA,1\n").location() == QStringLiteral("1"));
    CHECK(flowsError("from,A,B\nA,0,1\nX,1,0\n").message()
          == QStringLiteral("stromen.csv:3: onbekende sector X in kolom 'from': staat niet in de kopregel"));
    CHECK(flowsError("from,A,B\nA,0,1\nB,-1,0\n").message()
          == QStringLiteral("stromen.csv:3: negatieve baanwisselingen -1 voor sector A in sector B"));
    CHECK(flowsError("from,to,value\nA,B,1\nA,B,2\n").location() == QStringLiteral("3"));
    CHECK(flowsError("from,to,value\nA,B,veel\n").message()
          == QStringLiteral("stromen.csv:2: ongeldige baanwisselingen 'veel' voor sector B in sector A (geen getal)"));
    CHECK(flowsError("from,A,B\nA,0,1\nA,1,0\n").location() == QStringLiteral("3"));
    const InputError e = expectError([] { readFlows(fixture("flows-unknown.csv")); });
    CHECK(e.location() == QStringLiteral("3"));
    ImportOptions known;
    known.knownSectors = QStringList{"A", "B"};
    CHECK(expectError([&] { parseFlows("from,to,value\nA,C,1\n", QStringLiteral("f.csv"), known); }).message()
          == QStringLiteral("f.csv:2: onbekende sector C"));
}

TEST_CASE("relatedness matrix round trip and sector/region tables")
{
    Matrix w({"A", "B"}, {"A", "B"});
    w(0, 1) = -0.125;
    w(1, 0) = 1.0 / 3.0;
    const QString text = matrixToCsv(w, QStringLiteral("sector"), {QStringLiteral("notitie")});
    CHECK(text.startsWith(QStringLiteral("# notitie\nsector,A,B\nA,0,-0.125\n")));
    const Matrix back = parseRelatedness(text.toUtf8(), QStringLiteral("w.csv"));
    CHECK(back == w);  // shortest representation reads back exactly
    CHECK(expectError([] { parseRelatedness("sector,A\nA,x\n", QStringLiteral("w.csv")); }).location() == QStringLiteral("2"));
    CHECK(expectError([] { parseRelatedness("from,A\nA,1\n", QStringLiteral("w.csv")); }).location() == QStringLiteral("1"));

    const auto sectors = parseSectorTable("# x\ncode,name,section,section_name\n10,\"Voeding, dranken\",C,Industrie\n", QStringLiteral("s.csv"));
    REQUIRE(sectors.size() == 1);
    CHECK(sectors[0].name == QStringLiteral("Voeding, dranken"));
    CHECK(sectors[0].sectionName == QStringLiteral("Industrie"));
    CHECK(expectError([] { parseSectorTable("code,name,section,section_name\n10,a,C,b\n10,a,C,b\n", QStringLiteral("s.csv")); })
              .location() == QStringLiteral("3"));
    const auto regions = parseRegionTable("code,name\nCR01,Oost-Groningen\n", QStringLiteral("r.csv"));
    REQUIRE(regions.size() == 1);
    CHECK(regions[0].name == QStringLiteral("Oost-Groningen"));
    CHECK(expectError([] { parseRegionTable("code\nCR01\n", QStringLiteral("r.csv")); }).location() == QStringLiteral("1"));
}
