// Spreadsheet import through GDAL's XLSX and ODS drivers: workbooks are written inside the test
// with GDAL's own API, read as employment, flow and relatedness tables (the CSV importers'
// validation, `file:sheet:row: reason`) and as registry bodies (one per row).
#include <doctest/doctest.h>

#include "economy/economy_csv.h"
#include "gdal_fixture.h"
#include "io/input_error.h"
#include "io/spreadsheet.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "registry/registry_sheet.h"
#include "test_paths.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <functional>

using namespace regio;
using Rows = std::vector<std::vector<std::optional<QString>>>;

namespace {

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.message();
    }
    return QStringLiteral("(geen fout)");
}

QString opt(const char* s) { return QString::fromUtf8(s); }

// One workbook with the given sheets, in XLSX or ODS.
QString writeWorkbook(const QString& path, const std::vector<std::tuple<QString, QStringList, Rows>>& sheets, bool numbers = true)
{
    const QString driver = path.endsWith(QLatin1String(".ods")) ? QStringLiteral("ODS") : QStringLiteral("XLSX");
    GDALDatasetUniquePtr ds = test::createDataset(driver, path);
    for (const auto& [name, header, rows] : sheets)
        test::writeSheet(*ds, name, header, rows, numbers);
    return path;
}

const QStringList kWideHeader{QStringLiteral("region"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("G")};

} // namespace

TEST_CASE("Employment from XLSX and ODS: the same matrix as the CSV, unknown cells stay unknown")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Rows rows{{opt("GM0014"), opt("120"), opt("35.5"), std::nullopt},
                    {opt("GM0034"), opt("7"), opt("0"), opt("1250")}};
    const QString csv = QStringLiteral("region,A,C,G\nGM0014,120,35.5,\nGM0034,7,0,1250\n");
    const economy::Matrix expected = economy::parseEmployment(csv.toUtf8(), QStringLiteral("x.csv"));
    for (const char* suffix : {".xlsx", ".ods"}) {
        CAPTURE(std::string(suffix));
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("werk") + QLatin1String(suffix)),
                                           {{QStringLiteral("Banen"), kWideHeader, rows}});
        CHECK(io::spreadsheetSheetNames(path) == QStringList{QStringLiteral("Banen")});
        const economy::Matrix m = economy::readEmployment(path);
        REQUIRE(m.rows() == 2);
        REQUIRE(m.cols() == 3);
        CHECK(m.rowLabels() == expected.rowLabels());
        CHECK(m.colLabels() == expected.colLabels());
        CHECK(m(0, 0) == 120.0);
        CHECK(m(0, 1) == 35.5);
        CHECK(std::isnan(m(0, 2)));  // an empty cell is unknown, never 0
        CHECK(m(1, 2) == 1250.0);
        for (size_t r = 0; r < 2; ++r)
            for (size_t c = 0; c < 3; ++c)
                CHECK((std::isnan(m(r, c)) ? std::isnan(expected(r, c)) : m(r, c) == expected(r, c)));
    }
}

TEST_CASE("Flows (long form) and relatedness from a workbook; the first sheet with data is read")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeWorkbook(dir.filePath(QStringLiteral("stromen.xlsx")),
                                       {{QStringLiteral("Toelichting"), {QStringLiteral("x")}, {}},
                                        {QStringLiteral("Stromen"), {QStringLiteral("van"), QStringLiteral("naar"), QStringLiteral("waarde")},
                                         {{opt("A"), opt("C"), opt("12")}, {opt("C"), opt("A"), opt("3")}}}},
                                       false);
    const economy::Matrix flows = economy::readFlows(path);
    REQUIRE(flows.rows() == 2);
    CHECK(flows.at(flows.rowLabels().indexOf(QStringLiteral("A")), flows.colLabels().indexOf(QStringLiteral("C"))) == 12.0);
    CHECK(flows.at(flows.rowLabels().indexOf(QStringLiteral("C")), flows.colLabels().indexOf(QStringLiteral("A"))) == 3.0);

    const QString rel = writeWorkbook(dir.filePath(QStringLiteral("verwant.ods")),
                                      {{QStringLiteral("W"), {QStringLiteral("sector"), QStringLiteral("A"), QStringLiteral("C")},
                                        {{opt("A"), opt("1"), opt("-0.25")}, {opt("C"), opt("-0.25"), opt("1")}}}});
    const economy::Matrix w = economy::readRelatedness(rel);
    REQUIRE(w.rows() == 2);
    CHECK(w(0, 1) == -0.25);
}

TEST_CASE("Malformed sheets: file:sheet:row: reason, as for CSV")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SUBCASE("text where a number belongs, on the sheet's own row number")
    {
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("tekst.xlsx")),
                                           {{QStringLiteral("Blad1"), kWideHeader,
                                             {{opt("GM0014"), opt("1"), opt("2"), opt("3")}, {opt("GM0034"), opt("veel"), opt("2"), opt("3")}}}});
        CHECK(errorOf([&] { economy::readEmployment(path); })
              == path + QStringLiteral(":Blad1:3: ongeldige werkgelegenheid 'veel' voor sector A in regio GM0034 (geen getal)"));
    }
    SUBCASE("an unknown region code against the regions in use")
    {
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("onbekend.ods")),
                                           {{QStringLiteral("Werk"), kWideHeader, {{opt("GM9999"), opt("1"), opt("2"), opt("3")}}}});
        economy::ImportOptions options;
        options.knownRegions = {QStringLiteral("GM0014")};
        CHECK(errorOf([&] { economy::readEmployment(path, options); }) == path + QStringLiteral(":Werk:2: onbekende regio GM9999"));
    }
    SUBCASE("a header that is not an employment table")
    {
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("kop.xlsx")),
                                           {{QStringLiteral("Blad1"), {QStringLiteral("gemeente"), QStringLiteral("A")}, {{opt("GM0014"), opt("1")}}}});
        CHECK(errorOf([&] { economy::readEmployment(path); }).startsWith(path + QStringLiteral(":Blad1:1: kopregel moet beginnen met 'region'")));
    }
    SUBCASE("a negative count")
    {
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("negatief.xlsx")),
                                           {{QStringLiteral("Blad1"), kWideHeader, {{opt("GM0014"), opt("1"), opt("-2"), opt("3")}}}});
        CHECK(errorOf([&] { economy::readEmployment(path); })
              == path + QStringLiteral(":Blad1:2: negatieve werkgelegenheid -2 voor sector C in regio GM0014"));
    }
    SUBCASE("a file that is no workbook, a missing sheet, an empty workbook")
    {
        const QString broken = dir.filePath(QStringLiteral("kapot.xlsx"));
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 geen echt zip-archief");
        f.close();
        CHECK(errorOf([&] { economy::readEmployment(broken); }).startsWith(broken + QStringLiteral(": geen geldig XLSX-rekenblad")));
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("goed.xlsx")),
                                           {{QStringLiteral("Blad1"), kWideHeader, {{opt("GM0014"), opt("1"), opt("2"), opt("3")}}}});
        CHECK(errorOf([&] { io::readSpreadsheet(path, QStringLiteral("Blad9")); })
              == path + QStringLiteral(": werkblad 'Blad9' ontbreekt; wel aanwezig: Blad1"));
        CHECK(errorOf([&] { io::readSpreadsheet(dir.filePath(QStringLiteral("weg.ods"))); })
              .endsWith(QStringLiteral("weg.ods: bestand bestaat niet of is geen bestand")));
    }
}

namespace {

QStringList registryHeader()
{
    return registry::registrySheetColumns();
}

// A row of the sheet from a body, lists joined by "; ".
std::vector<std::optional<QString>> rowOf(const registry::Body& b)
{
    auto text = [](const QString& s) { return s.isEmpty() ? std::nullopt : std::optional<QString>(s); };
    auto joined = [](const QStringList& l) { return l.isEmpty() ? std::nullopt : std::optional<QString>(l.join(QStringLiteral("; "))); };
    return {text(b.id), text(b.name), text(b.shortName), registry::key(b.type), text(b.subtype),
            registry::joinKeys(b.domains, QStringLiteral("; ")), registry::joinKeys(b.actors, QStringLiteral("; ")),
            registry::joinKeys(b.roles, QStringLiteral("; ")), text(b.funding),
            b.fundingPerInhabitant ? std::optional<QString>(QString::number(*b.fundingPerInhabitant, 'g', 17)) : std::nullopt,
            b.founded ? std::optional<QString>(QString::number(*b.founded)) : std::nullopt, registry::key(b.status),
            b.territory.national ? QStringLiteral("ja") : QStringLiteral("nee"), joined(b.territory.municipalities),
            joined(b.territory.divisions), joined(b.territory.abroad), text(b.territoryBasis), registry::key(b.scale),
            text(b.source), registry::key(b.confidence), text(b.website), text(b.notes),
            // format version 2
            b.ended ? std::optional<QString>(QString::number(*b.ended)) : std::nullopt, registry::key(b.territory.kind),
            b.legalForm ? std::optional<QString>(registry::key(*b.legalForm)) : std::nullopt, text(b.legalFormSource),
            b.oversight ? std::optional<QString>(registry::joinKeys(*b.oversight, QStringLiteral("; "))) : std::nullopt,
            text(b.oversightSource),
            b.fundingSources ? std::optional<QString>(registry::joinKeys(*b.fundingSources, QStringLiteral("; "))) : std::nullopt,
            text(b.fundingSourcesSource)};
}

} // namespace

TEST_CASE("Registry bodies from XLSX and ODS: the default registry survives the round trip")
{
    const RegionModel& regions = RegionModel::embedded();
    const registry::Registry original = registry::loadDefaultRegistry(regions);
    REQUIRE(original.bodies.size() > 10);
    Rows rows;
    for (const registry::Body& b : original.bodies)
        rows.push_back(rowOf(b));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* suffix : {".xlsx", ".ods"}) {
        CAPTURE(std::string(suffix));
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("verbanden") + QLatin1String(suffix)),
                                           {{QStringLiteral("Verbanden"), registryHeader(), rows}}, false);
        const registry::Registry read = registry::loadRegistry(path, regions);  // the loader every caller uses
        CHECK(read.title == QStringLiteral("verbanden"));
        REQUIRE(read.bodies.size() == original.bodies.size());
        for (size_t i = 0; i < read.bodies.size(); ++i)
            CHECK_MESSAGE(read.bodies[i] == original.bodies[i], original.bodies[i].id.toStdString());
    }
}

TEST_CASE("Registry sheet: Dutch column names and labels, and every problem with its row")
{
    const RegionModel& regions = RegionModel::embedded();
    const registry::Body brainport = registry::loadDefaultRegistry(regions).bodies.front();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SUBCASE("Dutch headers and labels are accepted")
    {
        io::CsvDocument doc;
        doc.records.push_back({1, {QStringLiteral("Id"), QStringLiteral("Naam"), QStringLiteral("Vorm"), QStringLiteral("Domeinen"),
                                   QStringLiteral("Actoren"), QStringLiteral("Rollen"), QStringLiteral("Status"), QStringLiteral("Gemeenten"),
                                   QStringLiteral("Gebiedsbasis"), QStringLiteral("Schaal"), QStringLiteral("Bron"),
                                   QStringLiteral("Betrouwbaarheid")}});
        doc.records.push_back({2, {QStringLiteral("proef"), QStringLiteral("Proef"), registry::label(registry::BodyType::CityDeal),
                                   QStringLiteral("Economie, onderwijs"), QStringLiteral("gemeenten"), QStringLiteral("Uitvoerend"),
                                   QStringLiteral("actief"), QStringLiteral("gm0014\nGM0034"), QStringLiteral("twee gemeenten"),
                                   QStringLiteral("regio"), QStringLiteral("test"), QStringLiteral("Hoog")}});
        const registry::Registry r = registry::parseRegistryRows(doc, QStringLiteral("x.xlsx:Blad1"), regions);
        REQUIRE(r.bodies.size() == 1);
        CHECK(r.bodies[0].type == registry::BodyType::CityDeal);
        CHECK(r.bodies[0].domains == registry::DomainSet{registry::Domain::Economie, registry::Domain::Onderwijs});
        CHECK(r.bodies[0].territory.municipalities == QStringList{QStringLiteral("GM0014"), QStringLiteral("GM0034")});
    }
    SUBCASE("all problems at once, file:sheet:row: kolom 'x': reason")
    {
        Rows rows{rowOf(brainport), rowOf(brainport), rowOf(brainport)};
        rows[1][0] = QStringLiteral("tweede");
        rows[1][5] = QStringLiteral("economie; cultuur");      // unknown domain
        rows[1][14] = QStringLiteral("CR99");                   // unknown COROP code
        rows[2][18] = std::nullopt;                             // source empty; id repeats row 2's
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("fout.xlsx")), {{QStringLiteral("Blad1"), registryHeader(), rows}}, false);
        QStringList lines;
        try {
            registry::loadRegistry(path, regions);
        } catch (const registry::RegistryError& e) {
            lines = e.lines();
        }
        CAPTURE(lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE(lines.size() == 4);
        CHECK(lines[0].startsWith(path + QStringLiteral(":Blad1:3: kolom 'domains': onbekende waarde 'cultuur' (toegestaan: economie")));
        CHECK(lines[1] == path + QStringLiteral(":Blad1:3: kolom 'divisions': onbekende COROP-code CR99"));
        CHECK(lines[2] == path + QStringLiteral(":Blad1:4: kolom 'source': leeg; deze kolom is verplicht"));
        CHECK(lines[3] == path + QStringLiteral(":Blad1:4: kolom 'id': dubbele id '%1' (ook op rij 2)").arg(brainport.id));
    }
    SUBCASE("header problems: unknown and missing columns")
    {
        QStringList header = registryHeader();
        header[1] = QStringLiteral("naampje");
        const QString path = writeWorkbook(dir.filePath(QStringLiteral("kop.ods")), {{QStringLiteral("B"), header, {rowOf(brainport)}}}, false);
        QStringList lines;
        try {
            registry::loadRegistry(path, regions);
        } catch (const registry::RegistryError& e) {
            lines = e.lines();
        }
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].startsWith(path + QStringLiteral(":B:1: onbekende kolom 'naampje'")));
        CHECK(lines[1] == path + QStringLiteral(":B:1: verplichte kolom 'name' ontbreekt"));
    }
}

TEST_CASE("Registry rows from CSV records (the fuzz seed): only the bad row is reported, every problem of it")
{
    QFile seed(test::sourceDir() + QStringLiteral("/tests/fuzz/corpus/registry_sheet/bodies.csv"));
    REQUIRE(seed.open(QIODevice::ReadOnly));
    const io::CsvDocument doc = io::parseCsv(seed.readAll(), QStringLiteral("seed.csv"));
    QStringList lines;
    try {
        registry::parseRegistryRows(doc, QStringLiteral("seed.csv"), RegionModel::embedded());
    } catch (const registry::RegistryError& e) {
        lines = e.lines();
    }
    CAPTURE(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() >= 8);
    for (const QString& line : lines)
        CHECK(line.startsWith(QStringLiteral("seed.csv:3: kolom '")));
    CHECK(lines.contains(QStringLiteral("seed.csv:3: kolom 'landelijk': 'misschien' is geen ja of nee")));
    CHECK(lines.contains(QStringLiteral("seed.csv:3: kolom 'opgericht': 'twintig' is geen getal")));
    CHECK(lines.contains(QStringLiteral("seed.csv:3: kolom 'gemeenten': onbekende gemeentecode GM0001")));
    CHECK(lines.contains(QStringLiteral("seed.csv:3: kolom 'indelingen': onbekende provinciecode PV99")));

    // The good row alone loads, with the Dutch decimal comma and the list in one cell.
    io::CsvDocument good = doc;
    good.records.pop_back();
    const registry::Registry r = registry::parseRegistryRows(good, QStringLiteral("seed.csv"), RegionModel::embedded());
    REQUIRE(r.bodies.size() == 1);
    CHECK(r.bodies[0].fundingPerInhabitant == 1.5);
    CHECK(r.bodies[0].founded == 2019);
    CHECK(r.bodies[0].territory.municipalities == QStringList{QStringLiteral("GM0014"), QStringLiteral("GM0034")});
    CHECK(r.bodies[0].territory.abroad == QStringList{QStringLiteral("Duitsland")});
}
