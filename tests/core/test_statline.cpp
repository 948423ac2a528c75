// StatLine importers (issue 9): the OData TypedDataSet CSV and datasets.cbs.nl Observations.csv,
// each with its malformed-input cases, and the shared CBS file as it comes.
#include <doctest/doctest.h>

#include "economy/employment_panel.h"
#include "economy/statline.h"
#include "io/input_error.h"
#include "regions/region_model.h"

#include "test_paths.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace regio;
using namespace regio::economy;

namespace {

const QByteArray kTyped = "ID,BedrijfstakkenBranchesSBI2008,RegioS,Perioden,BanenVanWerknemersInDecember_1\n"
                          "1,T001081,CR01  ,2010JJ00,47.7\n"
                          "2,307500 ,CR01  ,2010JJ00,\n"
                          "3,T001081,CR02  ,2010JJ00,20.1\n"
                          "4,307500 ,CR02  ,2010JJ00,3.5\n"
                          "5,T001081,CR99  ,2010JJ00,1.0\n"
                          "6,T001081,CR01  ,2011JJ00,48.0\n";

QString typedError(const QByteArray& text, const StatLineOptions& options = {})
{
    try {
        parseStatLineTyped(text, QStringLiteral("83582NED.csv"), options);
    } catch (const InputError& e) {
        return e.message();
    }
    return QString();
}

QString observationsError(const QByteArray& text, const StatLineOptions& options = {})
{
    try {
        parseStatLineObservations(text, QStringLiteral("Observations.csv"), options);
    } catch (const InputError& e) {
        return e.message();
    }
    return QString();
}

// The same numbers as datasets.cbs.nl would export them: ';', decimal comma, padded codes.
QByteArray asObservations(const EmploymentPanel& panel, double divideBy)
{
    QByteArray out = "Id;Measure;BedrijfstakkenBranchesSBI2008;RegioS;Perioden;Value;StringValue;ValueAttribute\n";
    int id = 0;
    const QLocale dutch(QLocale::Dutch);
    for (qsizetype y = 0; y < qsizetype(panel.years().size()); ++y)
        for (qsizetype r = 0; r < panel.regions().size(); ++r)
            for (qsizetype k = 0; k < qsizetype(panel.sectors().keys().size()); ++k) {
                const double v = panel.value(r, k, y);
                QString value = isKnown(v) ? QString::number(v / divideBy, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')) : QString();
                out += QStringLiteral("%1;M001;%2;%3;%4JJ00;%5;;%6\n")
                           .arg(id++)
                           .arg(panel.sectors().keys()[size_t(k)].key, panel.regions()[r].leftJustified(6))
                           .arg(panel.years()[size_t(y)])
                           .arg(value, isKnown(v) ? QStringLiteral("None") : QStringLiteral("Confidential"))
                           .toUtf8();
            }
    return out;
}

} // namespace

TEST_CASE("TypedDataSet: padded keys, × 1 000, suppressed stays unknown, CR99 skipped")
{
    const StatLineImport imp = parseStatLineTyped(kTyped, QStringLiteral("83582NED.csv"));
    CHECK(imp.measure == QStringLiteral("BanenVanWerknemersInDecember_1"));
    CHECK(imp.scale == 1000);
    CHECK(imp.panel.regions() == QStringList{QStringLiteral("CR01"), QStringLiteral("CR02")});
    CHECK(imp.panel.years() == std::vector<int>{2010, 2011});
    CHECK(imp.panel.value(QStringLiteral("CR01"), QStringLiteral("T001081"), 2010) == 47700);
    CHECK(imp.panel.value(QStringLiteral("CR02"), QStringLiteral("307500"), 2010) == 3500);
    CHECK_FALSE(isKnown(imp.panel.value(QStringLiteral("CR01"), QStringLiteral("307500"), 2010)));
    CHECK(imp.unknownCells == 1);
    CHECK(imp.ignoredRegions == QStringList{QStringLiteral("CR99")});
    CHECK(imp.notes.join(QLatin1Char(' ')).contains(QStringLiteral("1 waarden zijn geheim")));
    // A year filter, and an explicit scale.
    StatLineOptions only2011;
    only2011.years = {2011};
    only2011.scale = 1.0;
    const StatLineImport y = parseStatLineTyped(kTyped, QStringLiteral("x"), only2011);
    CHECK(y.panel.years() == std::vector<int>{2011});
    CHECK(y.panel.value(QStringLiteral("CR01"), QStringLiteral("T001081"), 2011) == 48.0);
}

TEST_CASE("TypedDataSet: malformed files give file:line: reason")
{
    CHECK(typedError("") == QStringLiteral("83582NED.csv:1: leeg bestand"));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n") == QStringLiteral("83582NED.csv:1: geen gegevens na de kopregel"));
    CHECK(typedError("ID,Sector,RegioS,Jaar,Banen\n1,T001081,CR01,2010,1\n").startsWith(QStringLiteral("83582NED.csv:1: kolom 'Perioden' ontbreekt")));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010,1\n")
          == QStringLiteral("83582NED.csv:2: periode '2010' is geen StatLine-periode (verwacht bijvoorbeeld 2024JJ00)"));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,-4\n").startsWith(QStringLiteral("83582NED.csv:2: negatieve waarde")));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,veel\n")
          == QStringLiteral("83582NED.csv:2: ongeldige waarde 'veel' (geen getal)"));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,1\n2,999999,CR01,2010JJ00,1\n")
          == QStringLiteral("83582NED.csv:3: onbekende sectorsleutel '999999' (niet in de SBI-indeling)"));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,1\n2,T001081,Utrecht,2010JJ00,1\n")
          .startsWith(QStringLiteral("83582NED.csv:3: 'Utrecht' is geen regiocode van CBS")));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,1\n2,T001081,CR01,2010JJ00,2\n")
          .startsWith(QStringLiteral("83582NED.csv:3: regio CR01, sector T001081, jaar 2010 staat er al op regel 2")));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen,Uren\n1,T001081,CR01,2010JJ00,1,2\n")
          == QStringLiteral("83582NED.csv:1: meerdere maten (Banen, Uren): kies er een met --measure"));
    StatLineOptions measure;
    measure.measure = QStringLiteral("Lonen");
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,1\n", measure)
          == QStringLiteral("83582NED.csv:1: maat 'Lonen' ontbreekt in de kopregel (wel: Banen)"));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010KW01,1\n")
          == QStringLiteral("83582NED.csv:2: geen jaarcijfers (JJ00): alleen kwartalen of maanden"));
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00\n")
          == QStringLiteral("83582NED.csv:2: regel heeft 4 velden, de kopregel 5"));
    StatLineOptions known;
    known.knownRegions = QStringList{QStringLiteral("CR01")};
    CHECK(typedError("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,1\n2,T001081,CR77,2010JJ00,1\n", known)
          == QStringLiteral("83582NED.csv:3: onbekende regio 'CR77' (niet in de regio-indeling van 2025)"));
    CHECK(typedError("ID,Sector,Perioden,Banen\n1,T001081,2010JJ00,1\n").contains(QStringLiteral("geen kolom met regiocodes")));
    // Absurd shapes are refused before a large allocation: 3 rows spread over 300+ years.
    QByteArray years = "ID,Sector,RegioS,Perioden,Banen\n";
    for (int y = 1800; y < 2110; ++y)
        years += QByteArray("1,T001081,CR01,") + QByteArray::number(y) + "JJ00,1\n";
    CHECK(typedError(years).contains(QStringLiteral("meer dan 300 verschillende jaren")));
}

TEST_CASE("Observations.csv: decimal comma, Measure column, padded region codes")
{
    const QByteArray obs = "Id;Measure;BedrijfstakkenBranchesSBI2008;RegioS;Perioden;Value;StringValue;ValueAttribute\n"
                           "0;M001;T001081;CR23  ;2023JJ00;1234,5;;None\n"
                           "1;M001;307500;CR23  ;2023JJ00;;;Confidential\n"
                           "2;M001;T001081;CR23  ;2023KW01;1,0;;None\n";
    const StatLineImport imp = parseStatLineObservations(obs, QStringLiteral("Observations.csv"));
    CHECK(imp.measure == QStringLiteral("M001"));
    CHECK(imp.scale == 1.0);
    CHECK(imp.panel.value(QStringLiteral("CR23"), QStringLiteral("T001081"), 2023) == doctest::Approx(1234.5));
    CHECK_FALSE(isKnown(imp.panel.value(QStringLiteral("CR23"), QStringLiteral("307500"), 2023)));
    CHECK(imp.unknownCells == 1);
    CHECK(imp.skippedPeriods == 1);
}

TEST_CASE("Observations.csv: malformed files give file:line: reason")
{
    const QByteArray head = "Id;Measure;Sector;RegioS;Perioden;Value;StringValue;ValueAttribute\n";
    CHECK(observationsError("Id;Sector;RegioS;Perioden;Value\n0;T001081;CR01;2010JJ00;1\n")
          == QStringLiteral("Observations.csv:1: kolom 'Measure' ontbreekt; is dit een Observations.csv van CBS?"));
    CHECK(observationsError(head + "0;M1;T001081;CR01;2010JJ00;1;;\n1;M2;T001081;CR01;2010JJ00;2;;\n")
          == QStringLiteral("Observations.csv:3: meerdere maten in het bestand ('M1' op regel 2, 'M2' hier): kies er een met --measure"));
    StatLineOptions m2;
    m2.measure = QStringLiteral("M2");
    const StatLineImport picked = parseStatLineObservations(head + "0;M1;T001081;CR01;2010JJ00;1;;\n1;M2;T001081;CR01;2010JJ00;2;;\n",
                                                            QStringLiteral("o.csv"), m2);
    CHECK(picked.panel.value(QStringLiteral("CR01"), QStringLiteral("T001081"), 2010) == 2);
    StatLineOptions m3;
    m3.measure = QStringLiteral("M3");
    CHECK(observationsError(head + "0;M1;T001081;CR01;2010JJ00;1;;\n", m3)
          == QStringLiteral("Observations.csv:1: maat 'M3' komt niet voor (wel: M1)"));
    CHECK(observationsError(head + "0;M1;T001081;CR01;2010JJ00;1.234;;\n")
          .startsWith(QStringLiteral("Observations.csv:2: waarde '1.234' heeft een punt")));
    CHECK(observationsError(head + "0;M1;T001081;CR01;20101;1;;\n").startsWith(QStringLiteral("Observations.csv:2: periode '20101'")));
    const QByteArray extra = "Id;Measure;Geslacht;Sector;RegioS;Perioden;Value;StringValue;ValueAttribute\n"
                             "0;M1;T001038;T001081;CR01;2010JJ00;1;;\n"
                             "1;M1;3000;T001081;CR01;2010JJ00;1;;\n";
    CHECK(observationsError(extra).startsWith(QStringLiteral("Observations.csv:3: kolom 'Geslacht' heeft meer dan één waarde")));
}

TEST_CASE("The shared CBS file as it comes, and both formats round-trip")
{
    const QString path = test::sharedFile(QStringLiteral("cbs-83582NED/83582NED_corop.csv"));
    if (!QFileInfo::exists(path)) {
        MESSAGE("../shared/data/cbs-83582NED ontbreekt; overgeslagen");
        return;
    }
    const StatLineImport imp = readStatLine(path);
    CHECK(imp.panel.regions().size() == 40);
    CHECK(imp.panel.years().size() == 15);
    CHECK(imp.unknownCells == 1364);
    CHECK(imp.ignoredRegions == QStringList{QStringLiteral("CR99")});
    // The embedded data is this file, converted.
    EmploymentPanel withSource = imp.panel;
    withSource.source = cbsAttribution();
    CHECK(withSource == cbsEmployment());
    // Unknown cells never become 0 anywhere in the panel.
    for (qsizetype k = 0; k < qsizetype(imp.panel.sectors().keys().size()); ++k)
        CHECK(isKnown(imp.panel.value(0, k, 0)) == isKnown(cbsEmployment().value(0, k, 0)));
    // Project format round trip.
    CHECK(parsePanel(panelToCsv(withSource).toUtf8(), QStringLiteral("p"), cbsSectorHierarchy()) == withSource);
    // Observations round trip: the same numbers in the other CBS format read back identically.
    StatLineOptions thousands;
    thousands.scale = 1000.0;
    const StatLineImport obs = parseStatLineObservations(asObservations(imp.panel, 1000.0), QStringLiteral("obs.csv"), thousands);
    CHECK(obs.unknownCells == 1364);
    EmploymentPanel obsPanel = obs.panel;
    obsPanel.measure = imp.panel.measure;
    CHECK(obsPanel == imp.panel);
}

TEST_CASE("The embedded key table is the shared one")
{
    const QString path = test::sharedFile(QStringLiteral("cbs-83582NED/sbi_keys.csv"));
    if (!QFileInfo::exists(path)) {
        MESSAGE("../shared/data/cbs-83582NED ontbreekt; overgeslagen");
        return;
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(parseSectorHierarchy(f.readAll(), path) == cbsSectorHierarchy());
}

TEST_CASE("The measures a file offers, to choose from before reading")
{
    QTemporaryDir dir;
    const QString typed = dir.filePath(QStringLiteral("typed.csv"));
    QFile f(typed);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("ID,Sector,RegioS,Perioden,Banen,Uren\n1,T001081,CR01,2010JJ00,1,2\n");
    f.close();
    CHECK(statLineMeasures(typed) == QStringList{QStringLiteral("Banen"), QStringLiteral("Uren")});
    StatLineOptions uren;
    uren.measure = QStringLiteral("Uren");
    CHECK(readStatLine(typed, uren).panel.value(QStringLiteral("CR01"), QStringLiteral("T001081"), 2010) == 2);
    const QString obs = dir.filePath(QStringLiteral("Observations.csv"));
    QFile g(obs);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write("Id;Measure;Sector;RegioS;Perioden;Value;StringValue;ValueAttribute\n"
            "0;M1;T001081;CR01;2010JJ00;1;;\n1;M2;T001081;CR01;2010JJ00;2;;\n2;M1;301000;CR01;2010JJ00;1;;\n");
    g.close();
    CHECK(statLineMeasures(obs) == QStringList{QStringLiteral("M1"), QStringLiteral("M2")});
}
