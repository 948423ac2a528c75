// The embedded 2025 regions and the converter behind them, checked against the official CBS files.
#include <doctest/doctest.h>

#include "geography/dissolve.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "regions/region_builder.h"
#include "regions/region_model.h"
#include "test_paths.h"

#include <QFile>

using namespace regio;

namespace {

double totalArea(const std::vector<Division>& list)
{
    double sum = 0;
    for (const Division& d : list)
        sum += d.areaKm2;
    return sum;
}

QString cbs2025(const QString& stem) { return QStringLiteral("cbs-2025/%1_2025.topojson").arg(stem); }

} // namespace

TEST_CASE("Embedded 2025 regions: counts and attribution")
{
    const RegionModel& model = RegionModel::embedded();
    CHECK(model.year() == 2025);
    CHECK(model.attribution().contains(QStringLiteral("CBS/Kadaster")));
    CHECK(model.attribution().contains(QStringLiteral("CC BY 4.0")));
    CHECK(model.municipalities().size() == 342);
    CHECK(model.divisions(Level::Provincie).size() == 12);
    CHECK(model.divisions(Level::Corop).size() == 40);
    CHECK(model.divisions(Level::Arbeidsmarktregio).size() == 35);
    CHECK(model.divisions(Level::Gemeente).empty());
}

TEST_CASE("Embedded 2025 regions: known memberships")
{
    const RegionModel& model = RegionModel::embedded();
    const Municipality* amsterdam = model.municipality(QStringLiteral("GM0363"));
    REQUIRE(amsterdam);
    CHECK(amsterdam->name == QStringLiteral("Amsterdam"));
    CHECK(amsterdam->membership(Level::Provincie) == QStringLiteral("PV27"));
    CHECK(amsterdam->membership(Level::Corop) == QStringLiteral("CR23"));
    CHECK(amsterdam->membership(Level::Arbeidsmarktregio) == QStringLiteral("AM18"));

    const Municipality* rotterdam = model.municipality(QStringLiteral("gm0599")); // codes are case-blind
    REQUIRE(rotterdam);
    CHECK(rotterdam->membership(Level::Provincie) == QStringLiteral("PV28"));
    CHECK(rotterdam->membership(Level::Corop) == QStringLiteral("CR29"));

    const Municipality* zwolle = model.municipality(QStringLiteral("GM0193"));
    REQUIRE(zwolle);
    CHECK(zwolle->membership(Level::Provincie) == QStringLiteral("PV23"));
    CHECK(zwolle->membership(Level::Corop) == QStringLiteral("CR10"));

    // Every municipality belongs to exactly one division of each level, and divisions list it.
    for (const Municipality& m : model.municipalities())
        for (Level level : divisionLevels) {
            const Division* d = model.division(m.membership(level));
            REQUIRE_MESSAGE(d, m.code.toStdString());
            CHECK(d->members.contains(m.code));
        }
    for (Level level : divisionLevels) {
        qsizetype members = 0;
        for (const Division& d : model.divisions(level))
            members += d.members.size();
        CHECK(members == 342);
    }
    CHECK(model.municipalityCodesOf(QStringLiteral("PV24")).size() == 6); // Flevoland
    CHECK(model.municipalityCodesOf(QStringLiteral("GM0363")) == QStringList{QStringLiteral("GM0363")});
    CHECK(model.municipalityCodesOf(QStringLiteral("XX99")).isEmpty());
    CHECK(model.region(QStringLiteral("CR23"))->name == QStringLiteral("Groot-Amsterdam"));
}

TEST_CASE("Embedded 2025 regions: areas agree across levels and label points lie inside")
{
    const RegionModel& model = RegionModel::embedded();
    double municipalArea = 0;
    for (const Municipality& m : model.municipalities()) {
        municipalArea += m.areaKm2;
        CHECK_MESSAGE(geo::contains(m.shape, m.labelPoint), m.code.toStdString());
    }
    // The generalised CBS files cover about 35,076 km² (SOURCE.md of cbs-2025).
    CHECK(municipalArea == doctest::Approx(35075.7).epsilon(0.001));
    for (Level level : divisionLevels)
        CHECK(totalArea(model.divisions(level)) == doctest::Approx(municipalArea).epsilon(0.005));
}

TEST_CASE("Embedded data round-trips through its own format, and damage is reported")
{
    const RegionModel& model = RegionModel::embedded();
    const QByteArray bytes = model.toBytes();
    const RegionModel copy = RegionModel::fromBytes(bytes, QStringLiteral("kopie.rvg"));
    CHECK(copy.toBytes() == bytes);
    CHECK(copy.municipality(QStringLiteral("GM0014"))->areaKm2
          == doctest::Approx(model.municipality(QStringLiteral("GM0014"))->areaKm2));

    auto errorOf = [](const QByteArray& b) {
        try {
            RegionModel::fromBytes(b, QStringLiteral("kapot.rvg"));
        } catch (const InputError& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(errorOf(QByteArray("PK\x03\x04 geen regio's")).contains(QStringLiteral("kapot.rvg: geen geldig regiobestand")));
    CHECK(errorOf(bytes.left(bytes.size() / 2)).contains(QStringLiteral("kapot.rvg")));
    QByteArray wrongVersion = bytes;
    wrongVersion[7] = 9;
    CHECK(errorOf(wrongVersion).contains(QStringLiteral("formaatversie 9")));
}

TEST_CASE("Converter: rebuilding from the CBS 2025 files gives exactly the embedded data")
{
    if (!test::haveShared(cbs2025(QStringLiteral("gemeente")))) {
        MESSAGE("../shared/data/cbs-2025 ontbreekt: test overgeslagen");
        return;
    }
    const auto gemeente = geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("gemeente"))));
    const auto provincie = geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("provincie"))));
    const auto corop = geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("coropgebied"))));
    const auto amr = geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("arbeidsmarktregio"))));
    CHECK(gemeente.features.size() == 342);

    RegionBuildOptions options;
    options.attribution = RegionModel::embedded().attribution();
    RegionBuildReport report;
    const RegionModel rebuilt = buildRegionModel(gemeente, {&provincie, &corop, &amr}, options, &report);
    CHECK(report.unassigned.isEmpty());
    CHECK(report.emptyDivisions.isEmpty());
    CHECK(rebuilt.toBytes() == RegionModel::embedded().toBytes());

    // Each dissolved division overlaps its official polygon by at least 98% of area. The
    // denominator is the official area that the municipality file covers at all: the generalised
    // COROP file fills 24.6 km² of Zeeland water (Veerse Meer, Oosterschelde) that lies in no
    // municipality of the gemeente file, so no dissolve of municipalities can reach it.
    std::vector<const geo::MultiPolygon*> all;
    for (const geo::Feature& f : gemeente.features)
        all.push_back(&f.shape);
    const geo::MultiPolygon country = geo::dissolve(all);
    const std::array<const geo::FeatureLayer*, 3> official{&provincie, &corop, &amr};
    for (Level level : divisionLevels) {
        const geo::FeatureLayer& layer = *official[size_t(divisionIndex(level))];
        REQUIRE(layer.features.size() == rebuilt.divisions(level).size());
        for (const geo::Feature& feature : layer.features) {
            const QString code = geo::FeatureLayer::propertyText(feature, QStringLiteral("statcode"));
            const Division* d = rebuilt.division(code);
            REQUIRE_MESSAGE(d, code.toStdString());
            const double reachable = geo::overlapArea(feature.shape, country);
            CHECK_MESSAGE(reachable >= 0.97 * geo::area(feature.shape), code.toStdString());
            const double overlap = geo::overlapArea(d->shape, feature.shape);
            CHECK_MESSAGE(overlap >= 0.98 * reachable, code.toStdString());
            // The other way round the generalisations differ a little more along coasts (IJmond 97.7%).
            CHECK_MESSAGE(overlap >= 0.97 * geo::area(d->shape), code.toStdString());
        }
    }
}

TEST_CASE("Converter on the 2015 WGS84 fixture: 393 municipalities, memberships agree with CBS")
{
    const QString gm = QStringLiteral("cbs-2015/Gemeente_2015_layer_q1e3.json");
    if (!test::haveShared(gm)) {
        MESSAGE("../shared/data/cbs-2015 ontbreekt: test overgeslagen");
        return;
    }
    const auto gemeente = geo::readTopoJson(test::sharedFile(gm));
    const auto provincie = geo::readTopoJson(test::sharedFile(QStringLiteral("cbs-2015/Provincie_2015_layer_q1e3.json")));
    const auto corop = geo::readTopoJson(test::sharedFile(QStringLiteral("cbs-2015/CoropGebied_2015_layer_q1e3.json")));
    CHECK(gemeente.crs == geo::Crs::RdNew); // projected from WGS84 on reading
    REQUIRE(gemeente.features.size() == 393);
    CHECK(provincie.features.size() == 12);
    CHECK(corop.features.size() == 40);

    RegionBuildOptions options;
    options.year = 2015;
    const RegionModel model = buildRegionModel(gemeente, {&provincie, &corop, nullptr}, options);
    REQUIRE(model.municipalities().size() == 393);

    // Compare with the memberships CBS wrote into the fixture's own properties.
    int agreeProvince = 0, agreeCorop = 0;
    for (const geo::Feature& f : gemeente.features) {
        const Municipality* m = model.municipality(geo::FeatureLayer::propertyText(f, QStringLiteral("statcode")));
        REQUIRE(m);
        agreeProvince += m->membership(Level::Provincie) == geo::FeatureLayer::propertyText(f, QStringLiteral("provincie"));
        agreeCorop += m->membership(Level::Corop) == geo::FeatureLayer::propertyText(f, QStringLiteral("corop_gebied"));
    }
    CHECK(agreeProvince >= int(0.98 * 393));
    CHECK(agreeCorop >= int(0.98 * 393));
    MESSAGE("2015: provincie " << agreeProvince << "/393, COROP " << agreeCorop << "/393 in overeenstemming");

    // The country's area in the WGS84 fixture, projected, agrees with the 2025 RD data within 1%.
    double total = 0;
    for (const Municipality& m : model.municipalities())
        total += m.areaKm2;
    CHECK(total == doctest::Approx(35075.7).epsilon(0.01));
}

TEST_CASE("Converter: a feature without code or name is refused with its JSON path")
{
    const QByteArray noName = R"({"type":"Topology","arcs":[[[0,0],[0,10],[10,10],[10,0],[0,0]]],
        "objects":{"g":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0]],"properties":{"statcode":"GM0001"}}]}}})";
    const auto layer = geo::parseTopoJson(noName, QStringLiteral("zonder-naam.topojson"));
    try {
        buildRegionModel(layer, {nullptr, nullptr, nullptr}, {});
        FAIL("geen fout");
    } catch (const InputError& e) {
        CHECK(e.message() == QStringLiteral("zonder-naam.topojson:$.objects.g.geometries[0].properties: "
                                            "naam ontbreekt (eigenschap 'statnaam') bij GM0001"));
    }
}
