// Triangle coverage (DESIGN.md §5) on a hand-built registry of five bodies over four
// municipalities, with answers worked out by hand.
//
//   GM0001 GM0002 | GM0003 GM0004      CR01 = {1,2}, CR02 = {3,4}, PV01 = {1,2,3}, PV02 = {4}
//
//   0 board-a      economic-board         E O    CR01            gemeenten, bedrijfsleven, kennisinstellingen
//   1 werkbedrijf  regionaal-werkbedrijf  A      AM01 = {1..4}   gemeenten, uwv, werkgevers-, werknemersorganisaties
//   2 board-b      economic-board         E      GM0002, GM0003  provincie, bedrijfsleven
//   3 pact         onderwijssamenwerking  E O A  GM0004          onderwijsinstellingen, bedrijfsleven
//   4 oud          city-deal (beëindigd)  O      national        rijk
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "registry/registry_validate.h"

using namespace regio;
using namespace regio::registry;
using namespace regio::coverage;

namespace {

const RegionModel& testRegions()
{
    static const RegionModel model = [] {
        RegionModel m;
        for (int i = 1; i <= 4; ++i) {
            Municipality g;
            g.code = QStringLiteral("GM%1").arg(i, 4, 10, QLatin1Char('0'));
            g.name = QStringLiteral("Gemeente %1").arg(i);
            m.addMunicipality(g);
        }
        const auto division = [&m](const char* code, Level level, QStringList members) {
            Division d;
            d.code = QString::fromLatin1(code);
            d.level = level;
            d.members = std::move(members);
            m.addDivision(d);
        };
        division("PV01", Level::Provincie, {"GM0001", "GM0002", "GM0003"});
        division("PV02", Level::Provincie, {"GM0004"});
        division("CR01", Level::Corop, {"GM0001", "GM0002"});
        division("CR02", Level::Corop, {"GM0003", "GM0004"});
        division("AM01", Level::Arbeidsmarktregio, {"GM0001", "GM0002", "GM0003", "GM0004"});
        return m;
    }();
    return model;
}

Body body(const char* id, BodyType type, DomainSet domains, ActorSet actors, Territory territory, Scale scale)
{
    Body b;
    b.id = QString::fromLatin1(id);
    b.name = QStringLiteral("Naam van ") + b.id;
    b.type = type;
    b.domains = domains;
    b.actors = actors;
    b.roles = {Role::Agenderend};
    b.status = Status::Actief;
    b.territory = std::move(territory);
    b.territoryBasis = QStringLiteral("handgemaakt");
    b.scale = scale;
    b.source = QStringLiteral("test");
    b.confidence = Confidence::Hoog;
    return b;
}

const Registry& testRegistry()
{
    static const Registry r = [] {
        Registry x;
        x.bodies.push_back(body("board-a", BodyType::EconomicBoard, {Domain::Economie, Domain::Onderwijs},
                                {Actor::Gemeenten, Actor::Bedrijfsleven, Actor::Kennisinstellingen},
                                Territory{false, {}, {"CR01"}, {}}, Scale::Regio));
        x.bodies.push_back(body("werkbedrijf", BodyType::RegionaalWerkbedrijf, {Domain::Arbeidsmarkt},
                                {Actor::Gemeenten, Actor::Uwv, Actor::Werkgeversorganisaties,
                                 Actor::Werknemersorganisaties},
                                Territory{false, {}, {"AM01"}, {}}, Scale::Regio));
        x.bodies.push_back(body("board-b", BodyType::EconomicBoard, {Domain::Economie},
                                {Actor::Provincie, Actor::Bedrijfsleven}, Territory{false, {"GM0002", "GM0003"}, {}, {}},
                                Scale::Subregio));
        x.bodies.push_back(body("pact", BodyType::Onderwijssamenwerking,
                                {Domain::Economie, Domain::Onderwijs, Domain::Arbeidsmarkt},
                                {Actor::Onderwijsinstellingen, Actor::Bedrijfsleven},
                                Territory{false, {"GM0004"}, {}, {}}, Scale::Gemeente));
        Body ended = body("oud", BodyType::CityDeal, {Domain::Onderwijs}, {Actor::Rijk}, Territory{true, {}, {}, {}},
                          Scale::Nationaal);
        ended.status = Status::Beeindigd;
        x.bodies.push_back(ended);
        return x;
    }();
    return r;
}

const BodyIndex& testIndex()
{
    static const BodyIndex index(testRegistry(), testRegions());
    return index;
}

using Ids = std::vector<int>;

CoverageResult of(const QStringList& codes, CoverageOptions options = {})
{
    return coverageOf(codes, testRegistry(), testIndex(), options);
}

} // namespace

TEST_CASE("the hand-built registry is itself valid")
{
    CHECK(validate(testRegistry(), testRegions()).empty());
}

TEST_CASE("one municipality: corners, sides, actors, gaps (GM0001)")
{
    const CoverageResult r = of({QStringLiteral("GM0001")});
    CHECK(r.municipalities == QStringList{QStringLiteral("GM0001")});
    REQUIRE(r.bodies.size() == 2);
    CHECK(r.bodies[0].body == 0);
    CHECK(r.bodies[1].body == 1);
    CHECK(r.bodies[0].wholeRegion);
    CHECK(r.drukte() == 2);

    CHECK(r.corners == DomainSet{Domain::Economie, Domain::Onderwijs, Domain::Arbeidsmarkt});
    CHECK(r.perCorner[indexOf(Domain::Economie)] == Ids{0});
    CHECK(r.perCorner[indexOf(Domain::Onderwijs)] == Ids{0});
    CHECK(r.perCorner[indexOf(Domain::Arbeidsmarkt)] == Ids{1});
    CHECK(r.cornerOnly[indexOf(Domain::Arbeidsmarkt)] == Ids{1});
    CHECK(r.cornerOnly[indexOf(Domain::Economie)].empty());
    CHECK(r.perSide[indexOf(Side::EconomieOnderwijs)] == Ids{0});
    CHECK(r.perSide[indexOf(Side::OnderwijsArbeidsmarkt)].empty());
    CHECK(r.integraal.empty());
    CHECK_FALSE(r.isIntegraal());

    CHECK(r.actorsPresent == ActorSet{Actor::Gemeenten, Actor::Bedrijfsleven, Actor::Kennisinstellingen, Actor::Uwv,
                                      Actor::Werkgeversorganisaties, Actor::Werknemersorganisaties});
    CHECK(r.actorsMissing == ActorSet{Actor::Provincie, Actor::Rijk, Actor::Onderwijsinstellingen,
                                      Actor::MaatschappelijkeOrganisaties});
    CHECK(r.overlaps.empty());

    // All three corners are covered, but not by one body; four actor types are absent.
    CHECK(gaps(r) == QStringList{"Geen samenwerkingsverband dat de hele driehoek afdekt", "Provincie niet betrokken",
                                 "Rijk niet betrokken", "Geen onderwijsinstellingen betrokken",
                                 "Geen maatschappelijke organisaties betrokken"});
}

TEST_CASE("two Economic Boards over one municipality are a same-type overlap (GM0002)")
{
    const CoverageResult r = of({QStringLiteral("GM0002")});
    CHECK(r.drukte() == 3);
    REQUIRE(r.overlaps.size() == 1);
    CHECK(r.overlaps[0].type == BodyType::EconomicBoard);
    CHECK(r.overlaps[0].bodies == Ids{0, 2});
    CHECK(r.overlaps[0].municipalities == QStringList{QStringLiteral("GM0002")});
    CHECK(r.perCorner[indexOf(Domain::Economie)] == Ids{0, 2});
    CHECK(r.cornerOnly[indexOf(Domain::Economie)] == Ids{2});
    CHECK(overlapSentences(r, testRegistry())
          == QStringList{QStringLiteral("2 Economic Boards: Naam van board-a, Naam van board-b")});
}

TEST_CASE("a national body does not make a same-type overlap")
{
    Registry r = testRegistry();
    r.bodies.push_back(body("landelijk-board", BodyType::EconomicBoard, {Domain::Economie}, {Actor::Rijk},
                            Territory{true, {}, {}, {}}, Scale::Nationaal));
    const BodyIndex index(r, testRegions());
    const CoverageResult gm1 = coverageOf({QStringLiteral("GM0001")}, r, index);
    CHECK(gm1.drukte() == 3); // it does count as a body here
    CHECK(gm1.overlaps.empty());
    const CoverageResult gm2 = coverageOf({QStringLiteral("GM0002")}, r, index);
    REQUIRE(gm2.overlaps.size() == 1);
    CHECK(gm2.overlaps[0].bodies == Ids{0, 2}); // the two regional boards only
    CHECK(nationalSummary(testRegions(), r, index)[0].overlaps == 0);
}

TEST_CASE("one body spanning all three corners is integraal (GM0004)")
{
    const CoverageResult r = of({QStringLiteral("GM0004")});
    CHECK(r.integraal == Ids{3});
    CHECK(r.isIntegraal());
    CHECK(r.perCorner[indexOf(Domain::Arbeidsmarkt)] == Ids{1, 3});
    CHECK(r.perSide[indexOf(Side::EconomieArbeidsmarkt)].empty()); // integraal is not on a side
    CHECK_FALSE(gaps(r).contains(QStringLiteral("Geen samenwerkingsverband dat de hele driehoek afdekt")));
}

TEST_CASE("a region: bodies covering the whole or a part, and partial corners (PV01)")
{
    const CoverageResult r = of(testRegions().municipalityCodesOf(QStringLiteral("PV01")));
    CHECK(r.municipalities == QStringList{"GM0001", "GM0002", "GM0003"});
    REQUIRE(r.bodies.size() == 3); // board-a, werkbedrijf, board-b; pact lies in GM0004 only
    CHECK(r.bodies[0].body == 0);
    CHECK(r.bodies[0].municipalities == 2);
    CHECK_FALSE(r.bodies[0].wholeRegion);
    CHECK(r.find(1)->wholeRegion);
    CHECK(r.find(1)->municipalities == 3);
    CHECK(r.find(2)->municipalities == 2);
    CHECK(r.find(3) == nullptr);

    CHECK(r.corners == DomainSet{Domain::Economie, Domain::Onderwijs, Domain::Arbeidsmarkt});
    CHECK(r.cornersWhole == DomainSet{Domain::Arbeidsmarkt});
    // Two boards, but they meet only in GM0002.
    REQUIRE(r.overlaps.size() == 1);
    CHECK(r.overlaps[0].bodies == Ids{0, 2});
    CHECK(r.overlaps[0].municipalities == QStringList{QStringLiteral("GM0002")});

    const QStringList g = gaps(r);
    CHECK(g.mid(0, 3) == QStringList{"Economie alleen in een deel van de regio vertegenwoordigd",
                                     "Onderwijs alleen in een deel van de regio vertegenwoordigd",
                                     "Geen samenwerkingsverband dat de hele driehoek afdekt"});
}

TEST_CASE("two same-type bodies side by side in a region do not overlap (CR02)")
{
    // In CR02 board-b holds GM0003 only; no other Economic Board is there.
    const CoverageResult r = of(testRegions().municipalityCodesOf(QStringLiteral("CR02")));
    CHECK(r.overlaps.empty());
    CHECK(r.integraal == Ids{3});
    CHECK_FALSE(r.find(3)->wholeRegion);
}

TEST_CASE("ended bodies count only when asked")
{
    CHECK(of({QStringLiteral("GM0003")}).drukte() == 2);
    const CoverageResult withEnded = of({QStringLiteral("GM0003")}, CoverageOptions{true, false, std::nullopt});
    CHECK(withEnded.drukte() == 3);
    CHECK(withEnded.find(4) != nullptr);
    CHECK(withEnded.actorsPresent.contains(Actor::Rijk));
}

TEST_CASE("no bodies at all: every corner and actor is a gap")
{
    const CoverageResult r = of({QStringLiteral("GM9999")});
    CHECK(r.drukte() == 0);
    CHECK(r.corners.isEmpty());
    CHECK(r.actorsMissing.size() == 10);
    const QStringList g = gaps(r);
    CHECK(g.size() == 1 + 3 + 1 + 10);
    CHECK(g.first() == QStringLiteral("Geen enkel samenwerkingsverband"));
    CHECK(g.contains(QStringLiteral("Onderwijs niet vertegenwoordigd")));
    CHECK(g.contains(QStringLiteral("Geen werknemersorganisaties betrokken")));
}

TEST_CASE("schakelen op schalen: a municipality's bodies by domain and scale (GM0002)")
{
    const std::vector<ScaleCell> cells = scalesOf(QStringLiteral("GM0002"), testRegistry(), testIndex());
    REQUIRE(cells.size() == 4);
    CHECK((cells[0].domain == Domain::Economie && cells[0].scale == Scale::Subregio && cells[0].bodies == Ids{2}));
    CHECK((cells[1].domain == Domain::Economie && cells[1].scale == Scale::Regio && cells[1].bodies == Ids{0}));
    CHECK((cells[2].domain == Domain::Onderwijs && cells[2].scale == Scale::Regio && cells[2].bodies == Ids{0}));
    CHECK((cells[3].domain == Domain::Arbeidsmarkt && cells[3].scale == Scale::Regio && cells[3].bodies == Ids{1}));
}

TEST_CASE("national summary per municipality, for choropleths")
{
    const std::vector<MunicipalitySummary> s = nationalSummary(testRegions(), testRegistry(), testIndex());
    REQUIRE(s.size() == 4);
    CHECK(s[0].code == QStringLiteral("GM0001"));
    CHECK((s[0].bodies == 2 && s[0].corners == 3 && !s[0].integraal && s[0].overlaps == 0));
    CHECK((s[1].bodies == 3 && s[1].corners == 3 && !s[1].integraal && s[1].overlaps == 1));
    CHECK((s[2].bodies == 2 && s[2].corners == 2 && !s[2].integraal && s[2].overlaps == 0));
    CHECK((s[3].bodies == 2 && s[3].corners == 3 && s[3].integraal && s[3].overlaps == 0));
    // The summary agrees with the full analysis.
    for (const MunicipalitySummary& m : s) {
        const CoverageResult r = of({m.code});
        CHECK(m.bodies == r.drukte());
        CHECK(m.corners == r.corners.size());
        CHECK(m.integraal == r.isIntegraal());
        CHECK(m.overlaps == int(r.overlaps.size()));
    }
}

TEST_CASE("sides are the three pairs of domains")
{
    CHECK(domainsOf(Side::OnderwijsArbeidsmarkt) == DomainSet{Domain::Onderwijs, Domain::Arbeidsmarkt});
    CHECK(key(Side::EconomieArbeidsmarkt) == QStringLiteral("economie-arbeidsmarkt"));
    CHECK(label(Side::EconomieOnderwijs) == QStringLiteral("Economie–Onderwijs"));
}

TEST_CASE("Coverage without national bodies: what the regional bodies cover")
{
    // Two municipalities; a national programme on Onderwijs and a regional board on Economie.
    Municipality a;
    a.code = QStringLiteral("GM0001");
    a.name = QStringLiteral("A");
    Municipality b;
    b.code = QStringLiteral("GM0002");
    b.name = QStringLiteral("B");
    RegionModel model;
    model.setMunicipalities({a, b});
    registry::Registry reg;
    registry::Body national;
    national.id = QStringLiteral("landelijk");
    national.domains.insert(registry::Domain::Onderwijs);
    national.status = registry::Status::Actief;
    national.territory.national = true;
    registry::Body board;
    board.id = QStringLiteral("board");
    board.domains.insert(registry::Domain::Economie);
    board.status = registry::Status::Actief;
    board.territory.municipalities = {QStringLiteral("GM0001")};
    reg.bodies = {national, board};
    const registry::BodyIndex index(reg, model);

    const auto all = coverage::coverageOf({QStringLiteral("GM0001")}, reg, index);
    CHECK(all.drukte() == 2);
    CHECK(all.corners.size() == 2);
    coverage::CoverageOptions regional;
    regional.excludeNational = true;
    const auto onlyRegional = coverage::coverageOf({QStringLiteral("GM0001")}, reg, index, regional);
    CHECK(onlyRegional.drukte() == 1);
    CHECK(onlyRegional.corners.size() == 1);
    CHECK(onlyRegional.corners.contains(registry::Domain::Economie));
    const auto summary = coverage::nationalSummary(model, reg, index, regional);
    REQUIRE(summary.size() == 2);
    CHECK(summary[0].corners == 1);
    CHECK(summary[1].corners == 0); // B only has the national programme
}
