// SER Table 2.1 for a selection (coverage/forms.h) on a hand-built registry, answers by hand:
//
//   0 board-a   economic-board         E O    GM0001         gemeenten, bedrijfsleven, kennisinstellingen
//   1 board-b   economic-board         E      GM0001,GM0002  provincie, bedrijfsleven
//   2 wb        regionaal-werkbedrijf  A      GM0001,GM0002  gemeenten, uwv, werkgevers-, werknemersorganisaties
//   3 elders    onderwijssamenwerking  O      GM0003         onderwijsinstellingen
#include <doctest/doctest.h>

#include "coverage/forms.h"
#include "regions/region_model.h"

using namespace regio;
using namespace regio::registry;
using namespace regio::coverage;

namespace {

RegionModel threeMunicipalities()
{
    RegionModel m;
    for (int i = 1; i <= 3; ++i) {
        Municipality g;
        g.code = QStringLiteral("GM%1").arg(i, 4, 10, QLatin1Char('0'));
        g.name = QStringLiteral("Gemeente %1").arg(i);
        m.addMunicipality(g);
    }
    return m;
}

Body body(const char* id, BodyType type, DomainSet domains, ActorSet actors, QStringList municipalities)
{
    Body b;
    b.id = QString::fromLatin1(id);
    b.name = b.id;
    b.type = type;
    b.domains = domains;
    b.actors = actors;
    b.status = Status::Actief;
    b.territory.municipalities = std::move(municipalities);
    return b;
}

} // namespace

TEST_CASE("formsOf: one row per body type present, counts of domains and actors, marks")
{
    const RegionModel regions = threeMunicipalities();
    Registry registry;
    registry.bodies.push_back(body("board-a", BodyType::EconomicBoard, {Domain::Economie, Domain::Onderwijs},
                                   {Actor::Gemeenten, Actor::Bedrijfsleven, Actor::Kennisinstellingen},
                                   {"GM0001"}));
    registry.bodies.push_back(body("board-b", BodyType::EconomicBoard, {Domain::Economie},
                                   {Actor::Provincie, Actor::Bedrijfsleven}, {"GM0001", "GM0002"}));
    registry.bodies.push_back(body("wb", BodyType::RegionaalWerkbedrijf, {Domain::Arbeidsmarkt},
                                   {Actor::Gemeenten, Actor::Uwv, Actor::Werkgeversorganisaties,
                                    Actor::Werknemersorganisaties},
                                   {"GM0001", "GM0002"}));
    registry.bodies.push_back(body("elders", BodyType::Onderwijssamenwerking, {Domain::Onderwijs},
                                   {Actor::Onderwijsinstellingen}, {"GM0003"}));
    const BodyIndex index(registry, regions);

    const CoverageResult result = coverageOf({"GM0001", "GM0002"}, registry, index);
    const std::vector<FormRow> rows = formsOf(result, registry);
    REQUIRE(rows.size() == 2); // the onderwijssamenwerking lies outside the selection
    CHECK(rows[0].type == BodyType::EconomicBoard);
    CHECK(rows[1].type == BodyType::RegionaalWerkbedrijf);

    const FormRow& boards = rows[0];
    CHECK(boards.bodies == std::vector<int>{0, 1});
    CHECK(boards.domainCounts == std::array<int, 3>{2, 1, 0});
    CHECK(boards.domain(Domain::Economie) == Mark::All);
    CHECK(boards.domain(Domain::Onderwijs) == Mark::Some);
    CHECK(boards.domain(Domain::Arbeidsmarkt) == Mark::None);
    CHECK(boards.actor(Actor::Bedrijfsleven) == Mark::All);
    CHECK(boards.actor(Actor::Gemeenten) == Mark::Some);
    CHECK(boards.actor(Actor::Provincie) == Mark::Some);
    CHECK(boards.actor(Actor::Uwv) == Mark::None);
    CHECK(boards.actorCounts[size_t(Actor::Bedrijfsleven)] == 2);

    const FormRow& werkbedrijf = rows[1];
    CHECK(werkbedrijf.bodies == std::vector<int>{2});
    CHECK(werkbedrijf.domain(Domain::Arbeidsmarkt) == Mark::All);
    CHECK(werkbedrijf.actor(Actor::Werknemersorganisaties) == Mark::All);
    CHECK(werkbedrijf.actor(Actor::Onderwijsinstellingen) == Mark::None);

    // Every actor present in some row is present in the coverage, and no other.
    ActorSet inRows;
    for (const FormRow& row : rows)
        for (Actor a : allActors)
            if (row.actor(a) != Mark::None)
                inRows.insert(a);
    CHECK(inRows == result.actorsPresent);
}

TEST_CASE("formsOf: an empty selection has no rows")
{
    const RegionModel regions = threeMunicipalities();
    Registry registry;
    const BodyIndex index(registry, regions);
    CHECK(formsOf(coverageOf({"GM0001"}, registry, index), registry).empty());
}
