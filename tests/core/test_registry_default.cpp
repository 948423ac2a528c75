// Facts of the embedded default registry (":/data/registry-default.json") against the embedded
// 2025 regions: it loads cleanly, every entry shows its source, and territories say what the
// SER advice (2017) and public knowledge say.
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"

using namespace regio;
using namespace regio::registry;
using namespace regio::coverage;

namespace {

const RegionModel& regions()
{
    return RegionModel::embedded();
}

const Registry& defaultRegistry()
{
    static const Registry r = loadDefaultRegistry(regions());
    return r;
}

const BodyIndex& defaultIndex()
{
    static const BodyIndex index(defaultRegistry(), regions());
    return index;
}

// Indices of the bodies whose name contains `part` (names are more stable than ids while the
// registry is being curated).
std::vector<int> bodiesNamed(const QString& part)
{
    std::vector<int> out;
    for (size_t i = 0; i < defaultRegistry().bodies.size(); ++i)
        if (defaultRegistry().bodies[i].name.contains(part, Qt::CaseInsensitive))
            out.push_back(int(i));
    return out;
}

QStringList membersOf(const QStringList& divisionCodes)
{
    QStringList codes;
    for (const QString& code : divisionCodes)
        codes << regions().municipalityCodesOf(code);
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

} // namespace

TEST_CASE("the default registry loads without a single problem")
{
    try {
        const Registry& r = defaultRegistry();
        CHECK(r.bodies.size() >= 100);
        CHECK(r.regionsYear == regions().year());
        CHECK_FALSE(r.title.isEmpty());
        CHECK(validate(r, regions()).empty());
    } catch (const RegistryError& e) {
        FAIL(e.what());
    }
}

TEST_CASE("every body shows its source, its territory basis and a confidence")
{
    for (const Body& b : defaultRegistry().bodies) {
        INFO(b.id.toStdString());
        CHECK_FALSE(b.source.trimmed().isEmpty());
        CHECK_FALSE(b.territoryBasis.trimmed().isEmpty());
        CHECK_FALSE(b.domains.isEmpty());
        CHECK_FALSE(b.actors.isEmpty());
    }
}

TEST_CASE("the default registry round-trips without loss")
{
    const QByteArray text = registryToJson(defaultRegistry());
    CHECK(parseRegistry(text, QStringLiteral("kopie.json"), regions()) == defaultRegistry());
}

TEST_CASE("NOM covers exactly the municipalities of Groningen, Fryslân and Drenthe")
{
    const std::vector<int> nom = bodiesNamed(QStringLiteral("Noordelijke Ontwikkelingsmaatschappij"));
    REQUIRE(nom.size() == 1);
    const QStringList north = membersOf({QStringLiteral("PV20"), QStringLiteral("PV21"), QStringLiteral("PV22")});
    REQUIRE(north.size() > 30);
    CHECK(defaultIndex().municipalitiesOf(nom.front()) == north);
    CHECK(defaultRegistry().bodies[size_t(nom.front())].type == BodyType::Rom);
}

TEST_CASE("every municipality lies in exactly one regionaal werkbedrijf")
{
    int werkbedrijven = 0;
    for (const Body& b : defaultRegistry().bodies)
        werkbedrijven += b.type == BodyType::RegionaalWerkbedrijf && b.status == Status::Actief ? 1 : 0;
    CHECK(werkbedrijven == int(regions().divisions(Level::Arbeidsmarktregio).size())); // 35 in 2025

    for (const Municipality& m : regions().municipalities()) {
        int count = 0;
        for (int b : defaultIndex().bodiesIn(m.code)) {
            const Body& body = defaultRegistry().bodies[size_t(b)];
            count += body.type == BodyType::RegionaalWerkbedrijf && body.status == Status::Actief ? 1 : 0;
        }
        INFO(m.code.toStdString() << " " << m.name.toStdString());
        CHECK(count == 1);
    }
}

TEST_CASE("Brainport covers Eindhoven (GM0772), not Amsterdam")
{
    const std::vector<int> brainport = bodiesNamed(QStringLiteral("Brainport"));
    REQUIRE_FALSE(brainport.empty());
    const CoverageResult eindhoven = coverageOf({QStringLiteral("GM0772")}, defaultRegistry(), defaultIndex());
    bool found = false;
    for (int b : brainport) {
        found = found || eindhoven.find(b) != nullptr;
        const QStringList& territory = defaultIndex().municipalitiesOf(b);
        CHECK_FALSE(territory.contains(QStringLiteral("GM0363")));
    }
    CHECK(found);
    // Eindhoven has bodies on every corner of the triangle.
    CHECK(eindhoven.corners.size() == 3);
}

TEST_CASE("every municipality has its labour-market corner covered")
{
    const std::vector<MunicipalitySummary> summary = nationalSummary(regions(), defaultRegistry(), defaultIndex());
    REQUIRE(summary.size() == regions().municipalities().size());
    for (const MunicipalitySummary& s : summary) {
        INFO(s.code.toStdString());
        CHECK(s.bodies >= 1);
        const CoverageResult r = coverageOf({s.code}, defaultRegistry(), defaultIndex());
        CHECK(r.corners.contains(Domain::Arbeidsmarkt));
    }
}

TEST_CASE("Hardenberg switches scales: economy with Regio Zwolle, labour market with Emmen and Coevorden")
{
    // SER 2017 sect. 3.3: Hardenberg (GM0160) works with Regio Zwolle (GM0193) on the economy
    // but with Emmen (GM0114) and Coevorden (GM0109) on the labour market.
    const QString hardenberg = QStringLiteral("GM0160");
    bool economyWithZwolle = false;
    bool labourWithEmmen = false;
    for (const ScaleCell& cell : scalesOf(hardenberg, defaultRegistry(), defaultIndex())) {
        for (int b : cell.bodies) {
            const QStringList& territory = defaultIndex().municipalitiesOf(b);
            if (cell.domain == Domain::Economie && territory.contains(QStringLiteral("GM0193")))
                economyWithZwolle = true;
            if (cell.domain == Domain::Arbeidsmarkt && territory.contains(QStringLiteral("GM0114"))
                && territory.contains(QStringLiteral("GM0109")))
                labourWithEmmen = true;
        }
    }
    CHECK(economyWithZwolle);
    CHECK(labourWithEmmen);
}

TEST_CASE("Economic Boards and ROMs work on the economy")
{
    for (const Body& b : defaultRegistry().bodies) {
        if (b.type != BodyType::EconomicBoard && b.type != BodyType::Rom)
            continue;
        INFO(b.id.toStdString());
        CHECK(b.domains.contains(Domain::Economie));
    }
}
