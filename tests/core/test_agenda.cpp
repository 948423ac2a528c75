// The regional agenda (docs/agenda.md) on a hand-made economy, region model and registry whose
// answers are worked out by hand below, and known facts of the embedded CBS data and registry.
//
// Regions (squares of 1 km; CR04 touches CR02 only at one corner, so is no neighbour):
//   CR04 |                       CR01 = {GM0001, GM0002}, CR02 = {GM0003, GM0004, GM0005},
//   CR01 | CR02 | CR03           CR03 = {GM0006}, CR04 = {GM0007}, PV01 = all seven.
//
// Employment 2020 (every row 100, every section 100 nationally, so LQ = E/25):
//          A   B   C   J        LQ > 1 (M)        2010:  A   B   C   J
//   CR01  10  30  40  20        B 1.2, C 1.6              30  30  20  20
//   CR02  40  10  40  10        A 1.6, C 1.6              40  10  50  10
//   CR03  10  30  10  50        B 1.2, J 2.0              15  30  15  50
//   CR04  40  30  10  20        A 1.6, B 1.2              40  30  15  20
//   NL   100 100 100 100                                 125 100 100 100
// Co-occurrence: ubiquity A 2, B 3, C 2, J 1; A·B 1 (CR04), A·C 1 (CR02), B·C 1 (CR01), B·J 1 (CR03).
// Proximity φ = C/max(C_ii, C_jj): A–B 1/3, A–C 1/2, B–C 1/3, B–J 1/3, A–J 0, C–J 0.
// Density of CR02 (M = {A, C}), RD = 100·Σ_j M_j φ_ij / Σ_j φ_ij:
//   A: (1/2)/(1/3+1/2) = 60; B: (1/3+1/3)/1 = 66.67; C: (1/2)/(1/2+1/3) = 60; J: 0/(1/3) = 0.
//   Median of {0, 60, 60, 66.67} = 60, so B (LQ 0.4, RD 66.67 > 60) is the one opportunity.
// Growth 2010–2020: CR02 C 50 → 40 (−20 %) against C nationally 100 → 100 (0 %): a threat;
//   CR02 A 40 → 40 (0 %) against A nationally 125 → 100 (−20 %): no threat.
#include <doctest/doctest.h>

#include "agenda/agenda.h"
#include "agenda/actor_needs.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"

#include <cmath>

using namespace regio;
using namespace regio::agenda;
using namespace regio::registry;
using economy::EmploymentPanel;

namespace {

geo::MultiPolygon square(double x, double y)
{
    geo::Polygon p;
    const double k = 1000.0;
    p.outer() = {{x * k, y * k}, {x * k, (y + 1) * k}, {(x + 1) * k, (y + 1) * k}, {(x + 1) * k, y * k}, {x * k, y * k}};
    return geo::MultiPolygon{p};
}

const RegionModel& handRegions()
{
    static const RegionModel model = [] {
        RegionModel m;
        const char* const corop[] = {"CR01", "CR01", "CR02", "CR02", "CR02", "CR03", "CR04"};
        for (int i = 1; i <= 7; ++i) {
            Municipality g;
            g.code = QStringLiteral("GM%1").arg(i, 4, 10, QLatin1Char('0'));
            g.name = QStringLiteral("Gemeente %1").arg(i);
            g.memberships[size_t(divisionIndex(Level::Provincie))] = QStringLiteral("PV01");
            g.memberships[size_t(divisionIndex(Level::Corop))] = QString::fromLatin1(corop[i - 1]);
            m.addMunicipality(g);
        }
        const auto division = [&m](const char* code, const char* name, Level level, QStringList members,
                                   geo::MultiPolygon shape) {
            Division d;
            d.code = QString::fromLatin1(code);
            d.name = QString::fromUtf8(name);
            d.level = level;
            d.members = std::move(members);
            d.shape = std::move(shape);
            m.addDivision(d);
        };
        division("CR01", "West", Level::Corop, {"GM0001", "GM0002"}, square(0, 0));
        division("CR02", "Midden", Level::Corop, {"GM0003", "GM0004", "GM0005"}, square(1, 0));
        division("CR03", "Oost", Level::Corop, {"GM0006"}, square(2, 0));
        division("CR04", "Noord", Level::Corop, {"GM0007"}, square(0, 1));
        division("PV01", "Provincie", Level::Provincie,
                 {"GM0001", "GM0002", "GM0003", "GM0004", "GM0005", "GM0006", "GM0007"}, geo::MultiPolygon{});
        return m;
    }();
    return model;
}

const EmploymentPanel& handPanel()
{
    static const EmploymentPanel panel = [] {
        const economy::SectorHierarchy h = economy::parseSectorHierarchy("key,title,sbi_letters,level,parent\n"
                                                                         "T,A-J Alles,A-J,totaal,\n"
                                                                         "A,A Landbouw,A,sectie,T\n"
                                                                         "B,B Delfstoffen,B,sectie,T\n"
                                                                         "C,C Industrie,C,sectie,T\n"
                                                                         "J,J Informatie,J,sectie,T\n",
                                                                         QStringLiteral("hand.csv"));
        return economy::parsePanel("# regioverkenner-panel 1\n"
                                   "# herkomst: Bron: handwerk\n"
                                   "region,year,T,A,B,C,J\n"
                                   "CR01,2010,100,30,30,20,20\n"
                                   "CR02,2010,110,40,10,50,10\n"
                                   "CR03,2010,110,15,30,15,50\n"
                                   "CR04,2010,105,40,30,15,20\n"
                                   "CR01,2020,100,10,30,40,20\n"
                                   "CR02,2020,100,40,10,40,10\n"
                                   "CR03,2020,100,10,30,10,50\n"
                                   "CR04,2020,100,40,30,10,20\n",
                                   QStringLiteral("hand-panel.csv"), h);
    }();
    return panel;
}

// Bodies, with what they mean for CR02 (3 municipalities):
//   0 board        E     gemeenten, bedrijfsleven, kennisinst.   CR02             whole, 3 → past
//   1 werkbedrijf  A     gemeenten, UWV, werkgeversorg.          GM0003, GM0004   2 of 3 → deels
//   2 ser          E A   werkgevers-, werknemersorg., kennisinst. PV01            whole, 7 > 2·3 → veel groter
//   3 landelijk    O     onderwijsinstellingen                   national         left out by default
//   4 elders       E     gemeenten                               CR01             not in CR02
//   5 pact         O     onderwijsinstellingen                   GM0005, GM0006   1 of 3 → deels
const char* const kRegistryJson = R"({
  "format": "regioverkenner-register", "version": 1, "title": "Handregister", "regionsYear": 2025,
  "bodies": [
    {"id": "board", "name": "Board Midden", "type": "economic-board", "domains": ["economie"],
     "actors": ["gemeenten", "bedrijfsleven", "kennisinstellingen"], "roles": ["agenderend"], "status": "actief",
     "territory": {"divisions": ["CR02"]}, "territoryBasis": "COROP Midden", "scale": "regio",
     "source": "test", "confidence": "hoog"},
    {"id": "werkbedrijf", "name": "Werkbedrijf", "type": "regionaal-werkbedrijf", "domains": ["arbeidsmarkt"],
     "actors": ["gemeenten", "uwv", "werkgeversorganisaties"], "roles": ["uitvoerend"], "status": "actief",
     "territory": {"municipalities": ["GM0003", "GM0004"]}, "territoryBasis": "twee gemeenten", "scale": "regio",
     "source": "test", "confidence": "hoog"},
    {"id": "ser", "name": "SER Provincie", "type": "provinciale-ser", "domains": ["economie", "arbeidsmarkt"],
     "actors": ["werkgeversorganisaties", "werknemersorganisaties", "kennisinstellingen"], "roles": ["adviserend"],
     "status": "actief", "territory": {"divisions": ["PV01"]}, "territoryBasis": "provincie", "scale": "provincie",
     "source": "test", "confidence": "hoog"},
    {"id": "landelijk", "name": "Landelijk", "type": "programma", "domains": ["onderwijs"],
     "actors": ["onderwijsinstellingen"], "roles": ["uitvoerend"], "status": "actief",
     "territory": {"national": true}, "territoryBasis": "Nederland", "scale": "nationaal",
     "source": "test", "confidence": "hoog"},
    {"id": "elders", "name": "Board West", "type": "economic-board", "domains": ["economie"],
     "actors": ["gemeenten"], "roles": ["agenderend"], "status": "actief",
     "territory": {"divisions": ["CR01"]}, "territoryBasis": "COROP West", "scale": "regio",
     "source": "test", "confidence": "hoog"},
    {"id": "pact", "name": "Onderwijspact", "type": "onderwijssamenwerking", "domains": ["onderwijs"],
     "actors": ["onderwijsinstellingen"], "roles": ["uitvoerend"], "status": "actief",
     "territory": {"municipalities": ["GM0005", "GM0006"]}, "territoryBasis": "twee gemeenten", "scale": "subregio",
     "source": "test", "confidence": "hoog"}
  ]
})";

const Registry& handRegistry()
{
    static const Registry r = parseRegistry(QByteArray(kRegistryJson), QStringLiteral("hand.json"), handRegions());
    return r;
}

QStringList idsOf(const std::vector<ActingBody>& bodies)
{
    QStringList out;
    for (const ActingBody& b : bodies)
        out << b.id;
    return out;
}

QStringList lettersOf(const std::vector<SectorItem>& items)
{
    QStringList out;
    for (const SectorItem& it : items)
        out << it.letters;
    return out;
}

QStringList lettersOf(const std::vector<SectorPair>& pairs)
{
    QStringList out;
    for (const SectorPair& p : pairs)
        out << p.letters;
    return out;
}

const ActingBody& bodyIn(const SectorItem& it, const char* id)
{
    for (const ActingBody& b : it.bodies)
        if (b.id == QLatin1String(id))
            return b;
    FAIL("body not found: " << id);
    return it.bodies.front();
}

} // namespace

TEST_CASE("actor needs follow the documented roles")
{
    CHECK(isKnowledgeIntensive(QStringLiteral("J")));
    CHECK(isKnowledgeIntensive(QStringLiteral("M")));
    CHECK_FALSE(isKnowledgeIntensive(QStringLiteral("C")));
    // An Economic Board with the triple helix lacks nothing for industry, but education
    // institutions for a knowledge-intensive section.
    const ActorSet helix{Actor::Gemeenten, Actor::Bedrijfsleven, Actor::Kennisinstellingen};
    CHECK(missingActors({Domain::Economie}, helix, false).isEmpty());
    CHECK(missingActors({Domain::Economie}, helix, true) == ActorSet{Actor::Onderwijsinstellingen});
    // Werkgeversorganisaties stand in for business; the provincie for government.
    CHECK(missingActors({Domain::Onderwijs}, {Actor::Onderwijsinstellingen, Actor::Werkgeversorganisaties}, false).isEmpty());
    CHECK(missingActors({Domain::Economie}, {Actor::Provincie, Actor::Bedrijfsleven}, false)
          == ActorSet{Actor::Kennisinstellingen});
    CHECK(missingActors({Domain::Arbeidsmarkt}, {Actor::Gemeenten}, false)
          == ActorSet{Actor::Uwv, Actor::Werkgeversorganisaties, Actor::Werknemersorganisaties});
}

TEST_CASE("hand-made agenda of CR02: strengths, threats, opportunities and densities")
{
    const AgendaContext ctx(handRegions(), handPanel(), handRegistry());
    CHECK(ctx.fromYear() == 2010);
    CHECK(ctx.toYear() == 2020);
    const Agenda a = agendaOf(QStringLiteral("CR02"), ctx);
    CHECK(a.name == QStringLiteral("Midden"));
    CHECK(a.municipalities == QStringList{"GM0003", "GM0004", "GM0005"});
    CHECK(a.dataSources.front() == QStringLiteral("Bron: handwerk"));

    // φ as worked out above.
    const economy::Matrix& phi = ctx.relatedness(2020);
    CHECK(phi(0, 1) == doctest::Approx(1.0 / 3.0));  // A–B
    CHECK(phi(0, 2) == doctest::Approx(0.5));        // A–C
    CHECK(phi(1, 2) == doctest::Approx(1.0 / 3.0));  // B–C
    CHECK(phi(1, 3) == doctest::Approx(1.0 / 3.0));  // B–J
    CHECK(phi(0, 3) == 0.0);
    CHECK(phi(2, 3) == 0.0);
    CHECK(a.densityMedian == doctest::Approx(60.0));

    REQUIRE(lettersOf(a.strengths) == QStringList{"A", "C"});  // equal LQ 1.6: section order
    CHECK(a.strengths[0].lq == doctest::Approx(1.6));
    CHECK(a.strengths[0].density == doctest::Approx(60.0));
    CHECK(a.strengths[0].lqFrom == doctest::Approx((40.0 / 110.0) / (125.0 / 425.0)));
    const SectorItem& c = a.strengths[1];
    CHECK(c.jobs == 40.0);
    CHECK(c.jobsFrom == 50.0);
    CHECK(c.change == -10.0);
    CHECK(c.growth == doctest::Approx(-0.2));
    CHECK(c.nationalGrowth == doctest::Approx(0.0));
    CHECK(a.strengths[0].nationalGrowth == doctest::Approx(-0.2));

    REQUIRE(lettersOf(a.threats) == QStringList{"C"});
    REQUIRE(lettersOf(a.opportunities) == QStringList{"B"});
    CHECK(a.opportunities[0].lq == doctest::Approx(0.4));
    CHECK(a.opportunities[0].density == doctest::Approx(200.0 / 3.0));
}

TEST_CASE("hand-made agenda of CR02: who can act, missing actors, scale, neighbours, gaps")
{
    const AgendaContext ctx(handRegions(), handPanel(), handRegistry());
    const Agenda a = agendaOf(QStringLiteral("CR02"), ctx);
    const SectorItem& c = a.strengths[1];
    // Whole region first (registry order), then by municipalities covered; national and CR01-only out.
    CHECK(idsOf(c.bodies) == QStringList{"board", "ser", "werkbedrijf", "pact"});
    CHECK(bodyIn(c, "board").coverage == 1.0);
    CHECK(bodyIn(c, "board").missingActors.isEmpty());
    CHECK(bodyIn(c, "ser").wholeRegion);
    CHECK(bodyIn(c, "ser").territoryMunicipalities == 7);
    CHECK(bodyIn(c, "ser").roles == DomainSet{Domain::Economie, Domain::Arbeidsmarkt});
    // Economie: no government (reported as gemeenten); Arbeidsmarkt: no UWV (and no gemeenten).
    CHECK(bodyIn(c, "ser").missingActors == ActorSet{Actor::Gemeenten, Actor::Uwv});
    CHECK(bodyIn(c, "werkbedrijf").coverage == doctest::Approx(2.0 / 3.0));
    CHECK(bodyIn(c, "werkbedrijf").missingActors == ActorSet{Actor::Werknemersorganisaties});
    CHECK(bodyIn(c, "pact").municipalities == 1);
    CHECK(bodyIn(c, "pact").missingActors == ActorSet{Actor::Bedrijfsleven});

    const DomainScale& eco = a.scale[0];
    const DomainScale& edu = a.scale[1];
    const DomainScale& lab = a.scale[2];
    CHECK(eco.verdict == ScaleVerdict::Past);
    CHECK(edu.verdict == ScaleVerdict::Deels);
    CHECK(lab.verdict == ScaleVerdict::VeelGroter);
    REQUIRE(lab.bodies.size() == 2);
    CHECK(lab.bodies[0].id == QStringLiteral("ser"));
    CHECK(lab.bodies[0].fit == ScaleFit::VeelGroter);
    CHECK(lab.bodies[1].fit == ScaleFit::Deels);
    CHECK(scaleVerdictLabel(edu.verdict) == QStringLiteral("te klein / deels"));

    // Neighbours: CR01 and CR03 border CR02; CR04 only touches a corner.
    REQUIRE(a.neighbours.size() == 2);
    CHECK(a.neighbours[0].code == QStringLiteral("CR01"));
    CHECK(lettersOf(a.neighbours[0].shared) == QStringList{"C"});
    CHECK(lettersOf(a.neighbours[0].complementary) == QStringList{"B"});
    CHECK(a.neighbours[0].complementary[0].lqNeighbour == doctest::Approx(1.2));
    CHECK(a.neighbours[1].code == QStringLiteral("CR03"));
    CHECK(a.neighbours[1].shared.empty());
    CHECK(lettersOf(a.neighbours[1].complementary) == QStringList{"B", "J"});

    REQUIRE(a.gaps.size() == 5);
    CHECK(a.gaps[0].kind == QStringLiteral("sterkte-zonder-onderwijsinstellingen"));
    CHECK(a.gaps[0].text == QStringLiteral("Sterk in A Landbouw (LQ 1,60) en C Industrie (LQ 1,60); geen "
                                           "samenwerkingsverband met onderwijsinstellingen dat heel Midden dekt"));
    CHECK(a.gaps[0].bodies == QStringList{"pact"});
    CHECK(a.gaps[0].sectors == QStringList{"A", "C"});
    CHECK(a.gaps[1].text == QStringLiteral("C Industrie (LQ 1,60) groeide 2010–2020 minder dan landelijk: "
                                           "-20,0% tegen 0,0% in Nederland"));
    CHECK(a.gaps[2].kind == QStringLiteral("ontbrekende-actoren"));
    CHECK(a.gaps[2].text == QStringLiteral("Bij SER Provincie (economie, arbeidsmarkt) ontbreken aan tafel: "
                                           "gemeenten, UWV"));
    CHECK(a.gaps[2].sectors == QStringList{"A", "C", "B"});
    CHECK(a.gaps[2].bodies == QStringList{"ser"});
    CHECK(a.gaps[3].text == QStringLiteral("Op onderwijs dekt geen samenwerkingsverband heel Midden: "
                                           "Onderwijspact (1 van 3 gemeenten)"));
    CHECK(a.gaps[4].text == QStringLiteral("Op arbeidsmarkt dekken alleen verbanden die veel groter zijn dan Midden "
                                           "(3 gemeenten) het hele gebied: SER Provincie (7 gemeenten)"));
}

TEST_CASE("hand-made agenda: a knowledge-intensive strength needs education institutions at the table")
{
    const AgendaContext ctx(handRegions(), handPanel(), handRegistry());
    const Agenda a = agendaOf(QStringLiteral("CR03"), ctx);
    REQUIRE(lettersOf(a.strengths) == QStringList{"J", "B"});  // LQ 2.0, 1.2
    CHECK(a.strengths[0].knowledgeIntensive);
    CHECK(bodyIn(a.strengths[0], "ser").missingActors
          == ActorSet{Actor::Gemeenten, Actor::Uwv, Actor::Onderwijsinstellingen});
    CHECK(bodyIn(a.strengths[1], "ser").missingActors == ActorSet{Actor::Gemeenten, Actor::Uwv});
    // The pact holds GM0006, all of CR03, with a territory of 2 ≤ 2·1 municipalities: it fits.
    CHECK(a.scale[1].verdict == ScaleVerdict::Past);
    // The SER lacks gemeenten and UWV for all, and education institutions for J only.
    bool found = false;
    for (const Gap& g : a.gaps)
        if (g.kind == QLatin1String("ontbrekende-actoren") && g.bodies == QStringList{"ser"}) {
            found = true;
            CHECK(g.text == QStringLiteral("Bij SER Provincie (economie, arbeidsmarkt) ontbreken aan tafel: gemeenten, UWV; "
                                           "voor J ook onderwijsinstellingen"));
        }
    CHECK(found);
    // No body on Economie covers CR03 except the far larger SER: economy gap absent, scale "veel groter".
    CHECK(a.scale[0].verdict == ScaleVerdict::VeelGroter);
}

TEST_CASE("hand-made agenda: national bodies on request, and the national map theme")
{
    AgendaOptions withNational;
    withNational.includeNational = true;
    const AgendaContext ctx(handRegions(), handPanel(), handRegistry(), withNational);
    const Agenda a = agendaOf(QStringLiteral("CR02"), ctx);
    CHECK(a.scale[1].verdict == ScaleVerdict::VeelGroter);  // the national body covers it all, 7 > 6

    const AgendaContext plain(handRegions(), handPanel(), handRegistry());
    const std::vector<ThemeEntry> theme = uncoveredSpecialisations(Level::Corop, plain);
    REQUIRE(theme.size() == 4);
    // CR01: Board West; CR02: Board Midden; CR03 and CR04: the provincial SER covers them wholly.
    for (const ThemeEntry& e : theme) {
        CHECK(e.specialisations == 2);
        CHECK(e.count() == 0);
    }
    // Full Economie table (government, business, knowledge institutions): only Board Midden has it.
    // Board West has gemeenten only; the SER lacks government.
    CHECK(theme[0].withoutFullTable == QStringList{"B", "C"});
    CHECK(theme[1].withoutFullTable.isEmpty());
    CHECK(theme[2].withoutFullTable == QStringList{"B", "J"});
    CHECK(theme[3].withoutFullTable == QStringList{"A", "B"});
    // Without the SER, CR03 (B, J) and CR04 (A, B) have specialisations no Economie body takes up.
    Registry less = handRegistry();
    less.bodies.erase(less.bodies.begin() + 2);
    const AgendaContext lessCtx(handRegions(), handPanel(), less);
    const std::vector<ThemeEntry> t2 = uncoveredSpecialisations(Level::Corop, lessCtx);
    CHECK(t2[0].count() == 0);
    CHECK(t2[2].uncovered == QStringList{"B", "J"});
    CHECK(t2[3].uncovered == QStringList{"A", "B"});
}

TEST_CASE("agenda of a body's territory: no neighbours, coverage against the territory")
{
    const AgendaContext ctx(handRegions(), handPanel(), handRegistry());
    const Agenda a = agendaOfMunicipalities({"GM0006", "GM0005"}, QStringLiteral("Pactgebied"), ctx);
    CHECK(a.municipalities == QStringList{"GM0005", "GM0006"});
    CHECK(a.neighbours.empty());
    CHECK_FALSE(a.level.has_value());
    CHECK(a.economyRegion.valid());
    // The same through the body's id: the pact holds GM0005 and GM0006.
    const Agenda b = agendaOfBody(QStringLiteral("pact"), ctx);
    CHECK(b.name == QStringLiteral("Onderwijspact"));
    CHECK(b.municipalities == a.municipalities);
    CHECK(lettersOf(b.strengths) == lettersOf(a.strengths));
    CHECK_THROWS_AS(agendaOfBody(QStringLiteral("bestaat-niet"), ctx), std::invalid_argument);
}

TEST_CASE("unknown region is refused")
{
    const AgendaContext ctx(handRegions(), handPanel(), handRegistry());
    CHECK_THROWS_AS(agendaOf(QStringLiteral("CR99"), ctx), std::invalid_argument);
}

// Embedded data: CBS 83582NED (2024) and the default registry. The expected densities and
// proximities were computed independently from resources/data/cbs-83582NED.csv (a short script
// doing the definitions of docs/agenda.md by hand).
TEST_CASE("embedded: Zuidoost-Noord-Brabant (CR36) is strong in C Industrie and Brainport can act")
{
    const RegionModel& regions = RegionModel::embedded();
    const Registry registry = loadDefaultRegistry(regions);
    const AgendaContext ctx(regions, economy::cbsEmployment(), registry);
    const economy::Matrix& phi = ctx.relatedness(2024);
    const QStringList sections = economy::cbsEmployment().sectors().sections();
    const auto at = [&](const char* i, const char* j) {
        return phi(size_t(sections.indexOf(QString::fromLatin1(i))), size_t(sections.indexOf(QString::fromLatin1(j))));
    };
    CHECK(at("307500", "403300") == doctest::Approx(2.0 / 27.0));  // C–M
    CHECK(at("391600", "396300") == doctest::Approx(3.0 / 7.0));   // J–K

    const Agenda a = agendaOf(QStringLiteral("CR36"), ctx);
    CHECK(a.dataSources.front() == economy::cbsAttribution());
    CHECK(lettersOf(a.strengths) == QStringList{"C", "E", "M", "N"});
    CHECK(a.strengths[0].lq == doctest::Approx(2.1834).epsilon(1e-4));
    CHECK(lettersOf(a.threats) == QStringList{"N"});
    CHECK(a.densityMedian == doctest::Approx(21.8773428));
    CHECK(lettersOf(a.opportunities) == QStringList{"H", "F", "G", "A", "Q", "R", "P", "J"});
    CHECK(a.opportunities[0].density == doctest::Approx(32.222).epsilon(1e-4));
    const QStringList ids = idsOf(a.strengths[0].bodies);
    CHECK(ids.contains(QStringLiteral("eb-brainport")));
    CHECK(ids.contains(QStringLiteral("brainport-development")));
    CHECK(!ids.contains(QStringLiteral("techniekpact")));  // national bodies are left out by default
}

TEST_CASE("embedded: Groot-Amsterdam (CR23) and its neighbour Zaanstreek (CR22)")
{
    const RegionModel& regions = RegionModel::embedded();
    const Registry registry = loadDefaultRegistry(regions);
    const AgendaContext ctx(regions, economy::cbsEmployment(), registry);
    const Agenda a = agendaOf(QStringLiteral("CR23"), ctx);
    CHECK(lettersOf(a.strengths).front() == QStringLiteral("K"));
    CHECK(lettersOf(a.threats) == QStringList{"D"});
    CHECK(a.densityMedian == doctest::Approx(62.1576930));
    CHECK(lettersOf(a.opportunities) == QStringList{"O", "P"});
    const Neighbour* zaan = nullptr;
    for (const Neighbour& n : a.neighbours)
        if (n.code == QLatin1String("CR22"))
            zaan = &n;
    REQUIRE(zaan);
    CHECK(lettersOf(zaan->shared) == QStringList{"L"});
    CHECK(lettersOf(zaan->complementary) == QStringList{"C", "F", "G", "O"});
}

TEST_CASE("hand-made agenda of CR04 without the provincial SER: every gap of an uncovered region")
{
    // CR04 (GM0007) has M = {A, B}. RD: A (1/3)/(5/6) = 40; B (1/3)/1 = 33.33; C (1/2+1/3)/(5/6) = 100;
    // J (1/3)/(1/3) = 100; median of {33.33, 40, 100, 100} = 70, so C and J are opportunities.
    // No body covers GM0007 once the SER is removed.
    Registry less = handRegistry();
    less.bodies.erase(less.bodies.begin() + 2);
    const AgendaContext ctx(handRegions(), handPanel(), less);
    const Agenda a = agendaOf(QStringLiteral("CR04"), ctx);
    CHECK(lettersOf(a.strengths) == QStringList{"A", "B"});
    CHECK(a.threats.empty());  // A 0 % against −20 %, B 0 % against 0 %
    CHECK(a.densityMedian == doctest::Approx(70.0));
    CHECK(lettersOf(a.opportunities) == QStringList{"C", "J"});
    CHECK(a.strengths[0].bodies.empty());
    CHECK(a.neighbours.size() == 1);  // CR01 only; CR02 touches a corner
    CHECK(a.neighbours[0].code == QStringLiteral("CR01"));
    REQUIRE(a.gaps.size() == 6);
    CHECK(a.gaps[0].kind == QStringLiteral("sterkte-zonder-economie"));
    CHECK(a.gaps[0].text == QStringLiteral("Sterk in A Landbouw (LQ 1,60) en B Delfstoffen (LQ 1,20); geen "
                                           "samenwerkingsverband op economie dat heel Noord dekt"));
    CHECK(a.gaps[0].numbers.size() == 2);
    CHECK(a.gaps[0].numbers[1].second == doctest::Approx(1.2));
    CHECK(a.gaps[1].kind == QStringLiteral("sterkte-zonder-onderwijsinstellingen"));
    CHECK(a.gaps[2].text == QStringLiteral("Kansen in C Industrie (dichtheid 100,0) en J Informatie (dichtheid 100,0) "
                                           "(mediaan 70,0); geen samenwerkingsverband op economie dat heel Noord dekt"));
    CHECK(a.gaps[3].text == QStringLiteral("Geen samenwerkingsverband op economie in Noord"));
    CHECK(a.gaps[4].text == QStringLiteral("Geen samenwerkingsverband op onderwijs in Noord"));
    CHECK(a.gaps[5].kind == QStringLiteral("schaal-geen"));
    for (const DomainScale& s : a.scale)
        CHECK(s.verdict == ScaleVerdict::Geen);
}
