// CSV output that reads back as written (issue 11, item 5): '#' at the start of a field, and text
// a spreadsheet would run as a formula, neutralised without touching numbers.
#include "io/csv.h"

#include <doctest/doctest.h>

using namespace regio::io;

namespace {
QStringList roundTrip(const QStringList& fields)
{
    const QString line = csvLine(fields);
    const CsvDocument doc = parseCsv(QByteArray("a\n") + line.toUtf8(), QStringLiteral("t.csv"), QLatin1Char(','));
    REQUIRE(doc.records.size() == 2);
    return doc.records[1].fields;
}
} // namespace

TEST_CASE("a field starting with # is quoted and its row survives")
{
    CHECK(csvField(QStringLiteral("#A")) == QStringLiteral("\"#A\""));
    CHECK(csvField(QStringLiteral("  # B")) == QStringLiteral("\"  # B\""));
    CHECK(csvField(QStringLiteral("A#")) == QStringLiteral("A#"));
    const QStringList row{QStringLiteral("#01"), QStringLiteral("Landbouw"), QStringLiteral("12")};
    CHECK(roundTrip(row) == row);
    // Several such rows: none vanishes.
    const QString text = QStringLiteral("code,naam\n") + csvLine({QStringLiteral("#X"), QStringLiteral("een")})
                         + csvLine({QStringLiteral("# Y"), QStringLiteral("twee")});
    const CsvDocument doc = parseCsv(text.toUtf8(), QStringLiteral("t.csv"));
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[2].fields.first() == QStringLiteral("# Y"));
}

TEST_CASE("formula text is neutralised; numbers stay numbers")
{
    CHECK(csvField(QStringLiteral("=SUM(A1:A3)")) == QStringLiteral("\"'=SUM(A1:A3)\""));
    CHECK(csvField(QStringLiteral("+31 20 123")) == QStringLiteral("\"'+31 20 123\""));
    CHECK(csvField(QStringLiteral("-kop")) == QStringLiteral("\"'-kop\""));
    CHECK(csvField(QStringLiteral("@cmd")) == QStringLiteral("\"'@cmd\""));
    CHECK(csvField(QStringLiteral("\tx")) == QStringLiteral("\"'\tx\""));
    CHECK(csvField(QStringLiteral("-1.5")) == QStringLiteral("-1.5"));
    CHECK(csvField(QStringLiteral("+2")) == QStringLiteral("+2"));
    CHECK(csvField(QStringLiteral("-3e-5")) == QStringLiteral("-3e-5"));
    CHECK(csvField(QStringLiteral("a=b")) == QStringLiteral("a=b"));

    const QStringList row{QStringLiteral("=1+1"), QStringLiteral("-1.5"), QStringLiteral("@x"), QStringLiteral("'=al"),
                          QStringLiteral("''+twee"), QStringLiteral("-"), QStringLiteral("'"), QStringLiteral("\rz"),
                          QStringLiteral("gewoon")};
    CHECK(roundTrip(row) == row);
}

TEST_CASE("round trip of many awkward fields")
{
    const QStringList awkward{QStringLiteral("#"), QStringLiteral("="), QStringLiteral("+"), QStringLiteral("@"),
                              QStringLiteral("\"q\""), QStringLiteral("a,b"), QStringLiteral("a;b"),
                              QStringLiteral("regel\nbreuk"), QStringLiteral("'"), QStringLiteral("''"),
                              QStringLiteral("-0"), QStringLiteral("1.234"), QStringLiteral("é#=")};
    for (const QString& a : awkward)
        for (const QString& b : awkward) {
            const QStringList row{a, b};
            CAPTURE(csvLine(row).toStdString());
            CHECK(roundTrip(row) == row);
        }
}
