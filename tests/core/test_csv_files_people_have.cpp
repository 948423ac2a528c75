// Files people actually have (issue 11, items 3 and 6): Excel's Dutch CSV (Windows-1252, ';',
// thousands separators), tab-separated files, CR-only line ends, UTF-16; absurd values refused.
#include <doctest/doctest.h>

#include "economy/economy_csv.h"
#include "io/csv.h"
#include "io/input_error.h"

#include <QStringEncoder>

#include <functional>

using namespace regio;
using namespace regio::economy;

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

// The expected matrix of the small texts below: CR01 / CR02 × A / B.
Matrix expected(double a1, double b1, double a2, double b2)
{
    Matrix m(QStringList{QStringLiteral("CR01"), QStringLiteral("CR02")}, QStringList{QStringLiteral("A"), QStringLiteral("B")});
    m(0, 0) = a1;
    m(0, 1) = b1;
    m(1, 0) = a2;
    m(1, 1) = b2;
    return m;
}

} // namespace

TEST_CASE("';' files: '.' groups thousands, ',' is the decimal mark")
{
    const Matrix m = parseEmployment("regio;A;B\nCR01;1.234;2.345.678\nCR02;1.234,5;0,25\n", QStringLiteral("nl.csv"));
    CHECK(m == expected(1234, 2345678, 1234.5, 0.25));
    // Not a thousands group (leading zero, or not three digits): a decimal point as before.
    const Matrix d = parseEmployment("regio;A;B\nCR01;0.123;1.5\nCR02;12.34;7\n", QStringLiteral("nl.csv"));
    CHECK(d == expected(0.123, 1.5, 12.34, 7));
    // Long format too.
    const Matrix l = parseEmployment("regio;sector;waarde\nCR01;A;1.234\nCR01;B;1\nCR02;A;2\nCR02;B;3.000,5\n", QStringLiteral("nl.csv"));
    CHECK(l == expected(1234, 1, 2, 3000.5));
    // In a ',' file "1.234" stays one point two three four.
    CHECK(parseEmployment("region,A,B\nCR01,1.234,1\nCR02,1,1\n", QStringLiteral("en.csv"))(0, 0) == doctest::Approx(1.234));
}

TEST_CASE("Excel's Dutch CSV in Windows-1252 is read")
{
    // "Fryslân" and "€" in Windows-1252, ';' separated, CRLF.
    const QByteArray cp1252("code;naam\r\nGM0080;Leeuwarden (Frysl\xe2n) \x80\r\n");
    const io::CsvDocument doc = io::parseCsv(cp1252, QStringLiteral("excel.csv"));
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.delimiter == QLatin1Char(';'));
    CHECK(doc.records[1].fields.at(1) == QStringLiteral("Leeuwarden (Fryslân) €"));
    const std::vector<RegionInfo> regions = parseRegionTable(cp1252, QStringLiteral("excel.csv"));
    REQUIRE(regions.size() == 1);
    CHECK(regions[0].name == QStringLiteral("Leeuwarden (Fryslân) €"));
}

TEST_CASE("tab-separated files are read")
{
    const Matrix m = parseEmployment("region\tA\tB\nCR01\t1\t2\nCR02\t\"3\"\t4\n", QStringLiteral("tab.txt"));
    CHECK(m == expected(1, 2, 3, 4));
    const io::CsvDocument doc = io::parseCsv("a\tb\n\"x y\"\t\"p,q\"\n", QStringLiteral("t.tsv"));
    CHECK(doc.delimiter == QLatin1Char('\t'));
    CHECK(doc.records[1].fields == QStringList{QStringLiteral("x y"), QStringLiteral("p,q")});
}

TEST_CASE("CR-only line ends are read, with line numbers")
{
    const Matrix m = parseEmployment("region,A,B\rCR01,1,2\rCR02,3,4\r", QStringLiteral("mac.csv"));
    CHECK(m == expected(1, 2, 3, 4));
    const InputError e = errorOf([] { parseEmployment("region,A,B\rCR01,1,2\rCR02,3,x\r", QStringLiteral("mac.csv")); });
    CHECK(e.location() == QStringLiteral("3"));
}

TEST_CASE("UTF-16 with a byte-order mark is decoded; without one it is named")
{
    const QString text = QStringLiteral("region;A;B\r\nCR01;1;2\r\nCR02;3;4,5\r\n");
    for (const auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder(text);
        CHECK(parseEmployment(bytes, QStringLiteral("utf16.csv")) == expected(1, 2, 3, 4.5));
    }
    QStringEncoder noBom(QStringEncoder::Utf16LE);
    const QByteArray bare = noBom(text);
    const InputError e = errorOf([&] { parseEmployment(bare, QStringLiteral("utf16.csv")); });
    CHECK(e.message() == QStringLiteral("utf16.csv:1: bestand is UTF-16 of bevat nul-tekens; sla op als UTF-8 of als "
                                        "CSV (gescheiden door lijstscheidingsteken)"));
}

TEST_CASE("values whose sums would overflow are refused with file and line")
{
    InputError e = errorOf([] { parseEmployment("region,A,B\nCR01,1,2\nCR02,1e308,1e308\n", QStringLiteral("groot.csv")); });
    CHECK(e.message() == QStringLiteral("groot.csv:3: onwaarschijnlijk grote werkgelegenheid 1e308 voor sector A in regio CR02 (grens 10^15)"));
    e = errorOf([] { parseFlows("from,A\nA,2e15\n", QStringLiteral("stromen.csv")); });
    CHECK(e.location() == QStringLiteral("2"));
    e = errorOf([] { parseEmployment("region,A\nCR01,inf\n", QStringLiteral("inf.csv")); });
    CHECK(e.reason().contains(QStringLiteral("geen getal")));
    // The largest allowed values still sum to a finite total.
    const Matrix m = parseEmployment("region,A,B\nCR01,1e15,1e15\nCR02,1e15,1e15\n", QStringLiteral("ok.csv"));
    CHECK(m(1, 1) == 1e15);
}

TEST_CASE("unknown region codes are refused when the regions are known")
{
    ImportOptions options;
    options.knownRegions = {QStringLiteral("CR01"), QStringLiteral("CR02")};
    const Matrix m = parseEmployment("region,A,B\nCR01,1,2\nCR02,3,4\n", QStringLiteral("ok.csv"), options);
    CHECK(m == expected(1, 2, 3, 4));
    InputError e = errorOf([&] { parseEmployment("region,A,B\nCR01,1,2\nXX99,3,4\n", QStringLiteral("w.csv"), options); });
    CHECK(e.message() == QStringLiteral("w.csv:3: onbekende regio XX99"));
    e = errorOf([&] { parseEmployment("region,sector,value\nCR01,A,1\nCR01,B,1\nR7,A,3\n", QStringLiteral("l.csv"), options); });
    CHECK(e.message() == QStringLiteral("l.csv:4: onbekende regio R7"));
}
