// Registry format version 2 (docs/registry-format.md): the new keys, reading version 1 and 2,
// writing 2, the validation of the new keys, the peiljaar (registry::presentIn), coverage of
// "locaties" and abroad-only bodies, democratic accountability per municipality and the number
// of bodies per type per year — every expected number worked out by hand from
// tests/data/registry/v2-valid.json:
//
//   id          type                   founded ended status     territory             oversight
//   board       economic-board         2012    -     actief     CR01 = {1,2}          geen
//   werkbedrijf regionaal-werkbedrijf  2015    -     actief     AM01 = {1,2,3}        gemeenteraden
//   oud         strategische-agenda    2010    2013  beëindigd  PV01 = {1,2,3,4}      gemeenteraden, PS
//   coe         onderwijssamenwerking  2016    -     actief     locaties: {2}         onbekend
//   euro        grensoverschrijdend    2008    -     actief     abroad only           onbekend
//   onbekend    programma              -       -     onbekend   {4}                   onbekend
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "test_paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace regio;
using namespace regio::registry;

namespace {

// Four municipalities; CR01 = {1, 2}, CR02 = {3, 4}, PV01 = all, AM01 = {1, 2, 3}.
const RegionModel& testRegions()
{
    static const RegionModel model = [] {
        RegionModel m;
        m.setYear(2025);
        for (int i = 1; i <= 4; ++i) {
            Municipality g;
            g.code = QStringLiteral("GM%1").arg(i, 4, 10, QLatin1Char('0'));
            g.name = QStringLiteral("Gemeente %1").arg(i);
            m.addMunicipality(g);
        }
        const auto division = [&m](const char* code, Level level, QStringList members) {
            Division d;
            d.code = QString::fromLatin1(code);
            d.name = d.code;
            d.level = level;
            d.members = std::move(members);
            m.addDivision(d);
        };
        division("PV01", Level::Provincie, {"GM0001", "GM0002", "GM0003", "GM0004"});
        division("CR01", Level::Corop, {"GM0001", "GM0002"});
        division("CR02", Level::Corop, {"GM0003", "GM0004"});
        division("AM01", Level::Arbeidsmarktregio, {"GM0001", "GM0002", "GM0003"});
        return m;
    }();
    return model;
}

QString fixture(const char* name)
{
    return test::testDataDir() + QStringLiteral("/registry/") + QString::fromLatin1(name);
}

QByteArray fixtureBytes(const char* name)
{
    QFile f(fixture(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Registry v2() { return loadRegistry(fixture("v2-valid.json"), testRegions()); }

// The problems of `bytes`, as "path: reason" lines (empty when it loads).
QStringList problemsOf(const QByteArray& bytes)
{
    try {
        parseRegistry(bytes, QStringLiteral("t.json"), testRegions());
    } catch (const RegistryError& e) {
        QStringList out;
        for (const RegistryProblem& p : e.problems())
            out << p.path + QStringLiteral(": ") + p.reason;
        return out;
    }
    return {};
}

// The fixture with body `index` changed by `edit`, and the version set.
QByteArray edited(int index, const std::function<void(QJsonObject&)>& edit, int version = 2)
{
    QJsonObject root = QJsonDocument::fromJson(fixtureBytes("v2-valid.json")).object();
    QJsonArray bodies = root.value(QStringLiteral("bodies")).toArray();
    QJsonObject body = bodies.at(index).toObject();
    edit(body);
    bodies.replace(index, body);
    root.insert(QStringLiteral("bodies"), bodies);
    root.insert(QStringLiteral("version"), version);
    return QJsonDocument(root).toJson();
}

bool anyStartsWith(const QStringList& lines, const QString& prefix)
{
    for (const QString& l : lines)
        if (l.startsWith(prefix))
            return true;
    return false;
}

} // namespace

TEST_CASE("version 2: the new keys are read")
{
    const Registry r = v2();
    REQUIRE(r.bodies.size() == 6);
    CHECK(r.version == 2);
    const Body& board = r.bodies[0];
    REQUIRE(board.legalForm.has_value());
    CHECK(*board.legalForm == LegalForm::Stichting);
    CHECK(board.legalFormSource == QStringLiteral("openbaar: KvK, inschrijving"));
    REQUIRE(board.oversight.has_value());
    CHECK(*board.oversight == OversightSet{Oversight::Geen});
    REQUIRE(board.fundingSources.has_value());
    CHECK(*board.fundingSources == FundingSourceSet{FundingSource::Gemeenten, FundingSource::Efro});
    CHECK(board.territory.kind == TerritoryKind::Gebied);
    const Body& oud = r.bodies[2];
    CHECK(oud.ended == 2013);
    CHECK(*oud.oversight == OversightSet{Oversight::Gemeenteraden, Oversight::ProvincialeStaten});
    CHECK(r.bodies[3].territory.kind == TerritoryKind::Locaties);
    CHECK(r.bodies[4].territory.abroad == QStringList{QStringLiteral("België"), QStringLiteral("Frankrijk")});
    CHECK(r.bodies[4].territory.municipalities.isEmpty());
    // Unknown stays unknown, never guessed.
    CHECK_FALSE(r.bodies[5].legalForm.has_value());
    CHECK_FALSE(r.bodies[5].oversight.has_value());
    CHECK_FALSE(r.bodies[5].fundingSources.has_value());
    CHECK_FALSE(r.bodies[5].ended.has_value());
}

TEST_CASE("version 2 round trip: the same registry and the same bytes")
{
    const Registry r = v2();
    const QByteArray once = registryToJson(r);
    CHECK(once.contains("\"version\": 2"));
    CHECK(once.contains("\"kind\": \"locaties\""));
    CHECK_FALSE(once.contains("\"kind\": \"gebied\"")); // the default stays implicit
    const Registry back = parseRegistry(once, QStringLiteral("t.json"), testRegions());
    CHECK(back == r);
    CHECK(registryToJson(back) == once);
}

TEST_CASE("a version-1 file is read and written as version 2 (migration)")
{
    const Registry old = loadRegistry(fixture("valid.json"), testRegions());
    CHECK(old.version == 1);
    const QByteArray written = registryToJson(old);
    CHECK(written.contains("\"version\": 2"));
    CHECK_FALSE(written.contains("\"version\": 1"));
    const Registry back = parseRegistry(written, QStringLiteral("t.json"), testRegions());
    CHECK(back.version == 2);
    CHECK(back == old); // nothing lost or added: every new key is unknown
    for (const Body& b : back.bodies) {
        CHECK_FALSE(b.legalForm.has_value());
        CHECK_FALSE(b.oversight.has_value());
        CHECK(b.territory.kind == TerritoryKind::Gebied);
    }
}

TEST_CASE("version-2 keys in a version-1 file are refused with the key and the fix")
{
    const QStringList p = problemsOf(edited(0, [](QJsonObject&) {}, 1));
    // board has legalForm, oversight, fundingSources; euro is abroad-only.
    CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].legalForm: sleutel 'legalForm' hoort bij registerversie 2")));
    CHECK(anyStartsWith(p, QStringLiteral("$.bodies[2].ended: sleutel 'ended' hoort bij registerversie 2")));
    CHECK(anyStartsWith(p, QStringLiteral("$.bodies[3].territory.kind: sleutel 'kind' hoort bij registerversie 2")));
    CHECK(anyStartsWith(p, QStringLiteral("$.bodies[4].territory: alleen buitenland: dat kan pas in registerversie 2")));
}

TEST_CASE("versions other than 1 and 2 are refused")
{
    const QStringList p3 = problemsOf(edited(0, [](QJsonObject&) {}, 3));
    REQUIRE(p3.size() == 1);
    CHECK(p3.front() == QStringLiteral("$.version: versie 3 wordt niet ondersteund; dit programma leest versie 1 tot en met 2"));
    CHECK_FALSE(problemsOf(edited(0, [](QJsonObject&) {}, 0)).isEmpty());
}

TEST_CASE("validation of the new keys, each at its JSON path")
{
    SUBCASE("a value without its source")
    {
        const QStringList p = problemsOf(edited(0, [](QJsonObject& b) {
            b.remove(QStringLiteral("legalFormSource"));
            b.insert(QStringLiteral("oversightSource"), QStringLiteral("  "));
            b.insert(QStringLiteral("fundingSourcesSource"), QJsonValue::Null);
        }));
        CHECK(p.size() == 3);
        CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].legalFormSource: bron ontbreekt")));
        CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].oversightSource: bron ontbreekt")));
        CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].fundingSourcesSource: bron ontbreekt")));
    }
    SUBCASE("'geen' with an elected council")
    {
        const QStringList p = problemsOf(edited(0, [](QJsonObject& b) {
            b.insert(QStringLiteral("oversight"), QJsonArray{QStringLiteral("geen"), QStringLiteral("gemeenteraden")});
        }));
        REQUIRE(p.size() == 1);
        CHECK(p.front() == QStringLiteral("$.bodies[0].oversight: 'geen' (geen gekozen raad direct) gaat niet samen met gemeenteraden of Provinciale Staten"));
    }
    SUBCASE("empty lists and unknown values")
    {
        const QStringList p = problemsOf(edited(0, [](QJsonObject& b) {
            b.insert(QStringLiteral("oversight"), QJsonArray{});
            b.insert(QStringLiteral("fundingSources"), QJsonArray{QStringLiteral("subsidie")});
            b.insert(QStringLiteral("legalForm"), QStringLiteral("bv-nv"));
        }));
        CHECK(p.size() == 3);
        CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].oversight: lege lijst")));
        CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].fundingSources[0]: onbekende geldbron 'subsidie'")));
        CHECK(anyStartsWith(p, QStringLiteral("$.bodies[0].legalForm: onbekende rechtsvorm 'bv-nv'")));
    }
    SUBCASE("end years")
    {
        CHECK(problemsOf(edited(2, [](QJsonObject& b) { b.insert(QStringLiteral("ended"), 2009); }))
              == QStringList{QStringLiteral("$.bodies[2].ended: eindjaar 2009 ligt vóór het oprichtingsjaar 2010")});
        CHECK(problemsOf(edited(0, [](QJsonObject& b) { b.insert(QStringLiteral("ended"), 2020); }))
              == QStringList{QStringLiteral("$.bodies[0].ended: eindjaar 2020 gegeven, maar de status is niet 'beëindigd'")});
        CHECK(anyStartsWith(problemsOf(edited(2, [](QJsonObject& b) { b.insert(QStringLiteral("ended"), 20130); })),
                            QStringLiteral("$.bodies[2].ended: onwaarschijnlijk eindjaar 20130")));
    }
    SUBCASE("an unknown territory kind; an empty territory stays an error in version 2")
    {
        CHECK(anyStartsWith(problemsOf(edited(3, [](QJsonObject& b) {
                  b.insert(QStringLiteral("territory"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("vestiging")},
                                                                    {QStringLiteral("municipalities"), QJsonArray{QStringLiteral("GM0002")}}});
              })),
              QStringLiteral("$.bodies[3].territory.kind: onbekende soort gebied 'vestiging'")));
        CHECK(problemsOf(edited(4, [](QJsonObject& b) { b.insert(QStringLiteral("territory"), QJsonObject{}); }))
              == QStringList{QStringLiteral("$.bodies[4].territory: leeg gebied: geen gemeenten, geen indelingen en niet national")});
    }
}

TEST_CASE("presentIn: the peiljaar rules")
{
    Body b;
    b.status = Status::Actief;
    CHECK(presentIn(b, 2010)); // founded unknown: counts as there
    b.founded = 2015;
    CHECK_FALSE(presentIn(b, 2014));
    CHECK(presentIn(b, 2015));
    CHECK(presentIn(b, 2030));
    b.status = Status::Beeindigd;
    CHECK_FALSE(presentIn(b, 2016)); // ended, year unknown: cannot be placed, left out
    b.ended = 2017;
    CHECK(presentIn(b, 2017)); // there in its last year
    CHECK_FALSE(presentIn(b, 2018));
    b = Body{};
    b.status = Status::Onbekend;
    CHECK(presentIn(b, 2012));
}

TEST_CASE("bodies per type per year, counted by hand")
{
    const Registry r = v2();
    const auto years = coverage::bodiesPerYear(r, 2010, 2016);
    REQUIRE(years.size() == 7);
    const auto count = [&](int year, BodyType t) { return years[size_t(year - 2010)].perType[size_t(t)]; };
    // 2010: oud, euro, onbekend (no founding year).
    CHECK(years[0].year == 2010);
    CHECK(years[0].total == 3);
    CHECK(count(2010, BodyType::StrategischeAgenda) == 1);
    CHECK(count(2010, BodyType::EconomicBoard) == 0);
    // 2013: board, oud (last year), euro, onbekend.
    CHECK(years[3].total == 4);
    CHECK(count(2013, BodyType::StrategischeAgenda) == 1);
    // 2014: oud gone, werkbedrijf not yet.
    CHECK(years[4].total == 3);
    CHECK(count(2014, BodyType::StrategischeAgenda) == 0);
    CHECK(count(2014, BodyType::RegionaalWerkbedrijf) == 0);
    // 2015: the werkbedrijf appears.
    CHECK(years[5].total == 4);
    CHECK(count(2015, BodyType::RegionaalWerkbedrijf) == 1);
    // 2016: and the centre of expertise.
    CHECK(years[6].total == 5);
    CHECK(count(2016, BodyType::Onderwijssamenwerking) == 1);
    CHECK(coverage::bodiesWithoutFoundingYear(r) == 1);
}

TEST_CASE("coverage: sites do not cover, abroad-only bodies are nowhere on the map, the peiljaar filters")
{
    const Registry r = v2();
    const BodyIndex index(r, testRegions());
    CHECK(index.municipalitiesOf(4).isEmpty()); // euro: abroad only
    CHECK(index.municipalitiesOf(3) == QStringList{QStringLiteral("GM0002")});

    coverage::CoverageOptions at2016;
    at2016.year = 2016;
    const auto gm2 = coverage::coverageOf({QStringLiteral("GM0002")}, r, index, at2016);
    REQUIRE(gm2.bodies.size() == 2); // board, werkbedrijf; not coe
    CHECK(gm2.bodies[0].body == 0);
    CHECK(gm2.bodies[1].body == 1);
    CHECK(gm2.sites == std::vector<int>{3});
    CHECK(gm2.corners.contains(Domain::Onderwijs)); // from board; coe is only a site
    coverage::CoverageOptions at2014;
    at2014.year = 2014;
    const auto gm2in2014 = coverage::coverageOf({QStringLiteral("GM0002")}, r, index, at2014);
    REQUIRE(gm2in2014.bodies.size() == 1); // board only
    CHECK(gm2in2014.sites.empty());
    CHECK_FALSE(gm2in2014.corners.contains(Domain::Arbeidsmarkt));
    coverage::CoverageOptions at2011;
    at2011.year = 2011;
    const auto gm3in2011 = coverage::coverageOf({QStringLiteral("GM0003")}, r, index, at2011);
    REQUIRE(gm3in2011.bodies.size() == 1); // oud, ended 2013, was there
    CHECK(gm3in2011.bodies[0].body == 2);
    // Without a peiljaar: the status decides (oud is beëindigd).
    const auto gm3 = coverage::coverageOf({QStringLiteral("GM0003")}, r, index);
    REQUIRE(gm3.bodies.size() == 1);
    CHECK(gm3.bodies[0].body == 1);

    const auto summary2014 = coverage::nationalSummary(testRegions(), r, index, at2014);
    REQUIRE(summary2014.size() == 4);
    CHECK(summary2014[0].bodies == 1); // board
    CHECK(summary2014[1].bodies == 1); // board (coe: sites, and not yet)
    CHECK(summary2014[2].bodies == 0);
    CHECK(summary2014[3].bodies == 1); // onbekend
    const auto summary2016 = coverage::nationalSummary(testRegions(), r, index, at2016);
    CHECK(summary2016[0].bodies == 2);
    CHECK(summary2016[1].bodies == 2);
    CHECK(summary2016[2].bodies == 1);
    CHECK(summary2016[3].bodies == 1);
}

TEST_CASE("democratic accountability per municipality, counted by hand")
{
    const Registry r = v2();
    const BodyIndex index(r, testRegions());
    CHECK(accountabilityOf(r.bodies[0]) == Accountability::NietGekozen);
    CHECK(accountabilityOf(r.bodies[1]) == Accountability::Gekozen);
    CHECK(accountabilityOf(r.bodies[2]) == Accountability::Gekozen);
    CHECK(accountabilityOf(r.bodies[5]) == Accountability::Onbekend);

    coverage::CoverageOptions at2016;
    at2016.year = 2016;
    const auto now = coverage::accountabilitySummary(testRegions(), r, index, at2016);
    REQUIRE(now.size() == 4);
    // GM0001: board (geen), werkbedrijf (gemeenteraden).
    CHECK(now[0].elected == 1);
    CHECK(now[0].notElected == 1);
    CHECK(now[0].unknown == 0);
    // GM0002: the same; coe is only a site and does not count.
    CHECK(now[1].elected == 1);
    CHECK(now[1].notElected == 1);
    CHECK(now[1].unknown == 0);
    // GM0003: werkbedrijf.
    CHECK(now[2].elected == 1);
    CHECK(now[2].total() == 1);
    // GM0004: onbekend only.
    CHECK(now[3].unknown == 1);
    CHECK(now[3].total() == 1);

    coverage::CoverageOptions at2012;
    at2012.year = 2012;
    const auto then = coverage::accountabilitySummary(testRegions(), r, index, at2012);
    // GM0001: board (geen) and oud (gemeenteraden, PS).
    CHECK(then[0].elected == 1);
    CHECK(then[0].notElected == 1);
    // GM0004: oud and onbekend.
    CHECK(then[3].elected == 1);
    CHECK(then[3].unknown == 1);
    CHECK(then[3].notElected == 0);
}
