// The registry JSON (docs/registry-format.md): a valid file, round trips, every validation case
// with its JSON path, all problems at once, and atomic saving.
#include <doctest/doctest.h>

#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "test_paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <functional>
#include <limits>
#include <unistd.h>

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
            g.memberships = {QStringLiteral("PV01"), i <= 2 ? QStringLiteral("CR01") : QStringLiteral("CR02"),
                             QStringLiteral("AM01")};
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

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QJsonObject validJson()
{
    return QJsonDocument::fromJson(readAll(fixture("valid.json"))).object();
}

// Parses `root` and returns the problems it was refused for (none when it loads).
RegistryProblems problemsOf(const QJsonObject& root)
{
    try {
        parseRegistry(QJsonDocument(root).toJson(), QStringLiteral("test.json"), testRegions());
    } catch (const RegistryError& e) {
        return e.problems();
    }
    return {};
}

// `root` with body `index` changed by `edit`.
QJsonObject withBody(QJsonObject root, int index, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray bodies = root.value(QStringLiteral("bodies")).toArray();
    QJsonObject body = bodies.at(index).toObject();
    edit(body);
    bodies.replace(index, body);
    root.insert(QStringLiteral("bodies"), bodies);
    return root;
}

// A registry that uses every field, with text that needs escaping.
Registry everyField()
{
    Registry r;
    r.title = QStringLiteral("Alles \"erin\"");
    r.description = QStringLiteral("Regel 1\nRegel 2\t€ ë \\ /");
    r.regionsYear = 2025;
    Body b;
    b.id = QStringLiteral("alles");
    b.name = QStringLiteral("Samenwerking \"Één\"");
    b.shortName = QStringLiteral("Één");
    b.type = BodyType::CityDeal;
    b.subtype = QStringLiteral("City Deal Onderwijs");
    b.domains = {Domain::Onderwijs, Domain::Arbeidsmarkt};
    b.actors = {Actor::Rijk, Actor::Uwv, Actor::MaatschappelijkeOrganisaties};
    b.roles = {Role::Financierend, Role::Adviserend};
    b.funding = QStringLiteral("€ 0,10 per inwoner");
    b.fundingPerInhabitant = 0.1;
    b.founded = 2016;
    b.status = Status::Beeindigd;
    b.territory.municipalities = {QStringLiteral("GM0004"), QStringLiteral("GM0001")};
    b.territory.divisions = {QStringLiteral("CR01")};
    b.territory.abroad = {QStringLiteral("Duitsland"), QStringLiteral("België")};
    b.territoryBasis = QStringLiteral("twee gemeenten en CR01");
    b.scale = Scale::Grensoverschrijdend;
    b.source = QStringLiteral("SER 2017, sect. 2.4");
    b.confidence = Confidence::Middel;
    b.website = QStringLiteral("https://example.org/a?b=c&d");
    b.notes = QString(QChar(0x01)) + QStringLiteral(" control character");
    r.bodies.push_back(b);
    Body national = b;
    national.id = QStringLiteral("landelijk");
    national.territory = Territory{true, {}, {}, {}};
    national.fundingPerInhabitant.reset();
    national.founded.reset();
    national.shortName.clear();
    national.website.clear();
    r.bodies.push_back(national);
    return r;
}

} // namespace

TEST_CASE("a valid registry file loads with every field")
{
    const Registry r = loadRegistry(fixture("valid.json"), testRegions());
    CHECK(r.title == QStringLiteral("Testregister"));
    CHECK(r.regionsYear == 2025);
    REQUIRE(r.bodies.size() == 3);

    const Body& board = r.bodies[0];
    CHECK(board.id == QStringLiteral("board-west"));
    CHECK(board.shortName == QStringLiteral("EB West"));
    CHECK(board.displayName() == QStringLiteral("EB West"));
    CHECK(board.type == BodyType::EconomicBoard);
    CHECK(board.domains == DomainSet{Domain::Economie, Domain::Onderwijs});
    CHECK(board.actors == ActorSet{Actor::Gemeenten, Actor::Bedrijfsleven, Actor::Kennisinstellingen});
    CHECK(board.roles == RoleSet{Role::Agenderend});
    CHECK(board.fundingPerInhabitant == 1.25);
    CHECK(board.founded == 2013);
    CHECK(board.status == Status::Actief);
    CHECK(board.territory.divisions == QStringList{QStringLiteral("CR01")});
    CHECK(board.confidence == Confidence::Hoog);
    CHECK(board.notes == QStringLiteral("Regel één\nRegel \"twee\""));

    CHECK_FALSE(r.bodies[1].founded.has_value());
    CHECK(r.bodies[1].displayName() == r.bodies[1].name);
    CHECK(r.bodies[2].status == Status::Beeindigd);
    CHECK_FALSE(r.bodies[2].territory.national); // absent "national" means false
    CHECK(r.bodies[2].territory.abroad == QStringList{QStringLiteral("Duitsland")});

    CHECK(r.indexOf(QStringLiteral("werkbedrijf")) == 1);
    CHECK(r.find(QStringLiteral("grens")) == &r.bodies[2]);
    CHECK(r.find(QStringLiteral("bestaat-niet")) == nullptr);
    CHECK(validate(r, testRegions()).empty());
}

TEST_CASE("territories resolve to sorted unique municipalities, and the index inverts them")
{
    const Registry r = loadRegistry(fixture("valid.json"), testRegions());
    CHECK(resolveMunicipalities(r.bodies[0], testRegions()) == QStringList{"GM0001", "GM0002"});
    // GM0004 listed and AM01 = {1, 2, 3}: the union.
    CHECK(resolveMunicipalities(r.bodies[1], testRegions()) == QStringList{"GM0001", "GM0002", "GM0003", "GM0004"});
    Body national = r.bodies[0];
    national.territory = Territory{true, {}, {}, {}};
    CHECK(resolveMunicipalities(national, testRegions()).size() == 4);

    const BodyIndex index(r, testRegions());
    CHECK(index.bodyCount() == 3);
    CHECK(index.bodiesIn(QStringLiteral("GM0001")) == std::vector<int>{0, 1});
    CHECK(index.bodiesIn(QStringLiteral("GM0003")) == std::vector<int>{1, 2});
    CHECK(index.bodiesIn(QStringLiteral("GM9999")).empty());
    CHECK(index.municipalitiesOf(2) == QStringList{"GM0003", "GM0004"});
}

TEST_CASE("the registry round-trips without loss")
{
    const Registry original = loadRegistry(fixture("valid.json"), testRegions());
    const QByteArray saved = registryToJson(original);
    const Registry again = parseRegistry(saved, QStringLiteral("saved.json"), testRegions());
    CHECK(again == original);
    CHECK(registryToJson(again) == saved); // stable: the second save is byte for byte the first

    const Registry all = everyField();
    REQUIRE(validate(all, testRegions()).empty());
    const QByteArray text = registryToJson(all);
    CHECK(parseRegistry(text, QStringLiteral("alles.json"), testRegions()) == all);
    // Documented key order, pretty-printed, UTF-8 kept as is.
    CHECK(text.indexOf("\"format\"") < text.indexOf("\"version\""));
    CHECK(text.indexOf("\"id\"") < text.indexOf("\"name\""));
    CHECK(text.indexOf("\"name\"") < text.indexOf("\"type\""));
    CHECK(text.contains("\n    {\n      \"id\": \"alles\",\n"));
    CHECK(text.contains(QStringLiteral("\"shortName\": \"Één\"").toUtf8()));
    CHECK(text.contains("\\u0001 control character"));
    CHECK(text.contains("\"fundingPerInhabitant\": 0.1,"));
    CHECK(text.endsWith("}\n"));

    Registry empty;
    CHECK(parseRegistry(registryToJson(empty), QStringLiteral("leeg.json"), testRegions()) == empty);
}

TEST_CASE("long territory lists wrap and still round-trip")
{
    Registry r = everyField();
    r.bodies.resize(1);
    r.bodies[0].territory.municipalities.clear();
    for (int i = 0; i < 30; ++i)
        r.bodies[0].territory.municipalities << QStringLiteral("GM0001");
    // Repeated codes are an error to the loader, so compare the text, not validity.
    const QByteArray text = registryToJson(r);
    for (const QByteArray& line : text.split('\n'))
        CHECK(line.size() <= 100);
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    CHECK(doc.object()["bodies"][0]["territory"]["municipalities"].toArray().size() == 30);
}

TEST_CASE("a truncated file is refused with its line number")
{
    try {
        loadRegistry(fixture("truncated.json"), testRegions());
        FAIL("truncated file accepted");
    } catch (const RegistryError& e) {
        CHECK(e.file() == fixture("truncated.json"));
        CHECK(e.location() == QStringLiteral("23"));
        CHECK(e.reason().startsWith(QStringLiteral("ongeldige JSON")));
        CHECK(e.message() == fixture("truncated.json") + QStringLiteral(":23: ") + e.reason());
    }
}

TEST_CASE("whole-file problems: missing, empty, not an object, not a registry, wrong version")
{
    const auto refusal = [](const QByteArray& bytes) {
        try {
            parseRegistry(bytes, QStringLiteral("x.json"), testRegions());
        } catch (const RegistryError& e) {
            REQUIRE(e.problems().size() == 1);
            return e.problems().front();
        }
        FAIL("accepted");
        return RegistryProblem{};
    };
    CHECK(refusal("") == RegistryProblem{QString(), QStringLiteral("leeg bestand")});
    CHECK(refusal("  \n") == RegistryProblem{QString(), QStringLiteral("leeg bestand")});
    CHECK(refusal("[1, 2]").path == QStringLiteral("$"));
    CHECK(refusal(R"({"format": "iets-anders", "version": 1, "bodies": []})").path == QStringLiteral("$.format"));
    const RegistryProblem version = refusal(R"({"format": "regioverkenner-register", "version": 3, "bodies": [{}]})");
    CHECK(version.path == QStringLiteral("$.version"));
    CHECK(version.reason == QStringLiteral("versie 3 wordt niet ondersteund; dit programma leest versie 1 tot en met 2"));

    const QString missing = QDir::tempPath() + QStringLiteral("/regio-bestaat-niet.json");
    CHECK_THROWS_WITH_AS(loadRegistry(missing, testRegions()),
                         (missing + QStringLiteral(": bestand bestaat niet")).toStdString().c_str(), RegistryError);
}

TEST_CASE("each validation case names its JSON path")
{
    const QJsonObject valid = validJson();
    REQUIRE(problemsOf(valid).empty());
    const auto only = [](const RegistryProblems& problems) {
        REQUIRE(problems.size() == 1);
        return problems.front();
    };

    SUBCASE("missing required key")
    {
        const auto p = only(problemsOf(withBody(valid, 1, [](QJsonObject& b) { b.remove(QStringLiteral("source")); })));
        CHECK(p == RegistryProblem{QStringLiteral("$.bodies[1].source"), QStringLiteral("verplichte sleutel 'source' ontbreekt")});
    }
    SUBCASE("missing bodies")
    {
        QJsonObject root = valid;
        root.remove(QStringLiteral("bodies"));
        CHECK(only(problemsOf(root)).path == QStringLiteral("$.bodies"));
    }
    SUBCASE("unknown key")
    {
        const auto p = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("domain"), 1); })));
        CHECK(p == RegistryProblem{QStringLiteral("$.bodies[0].domain"), QStringLiteral("onbekende sleutel 'domain'")});
    }
    SUBCASE("unknown domain")
    {
        const auto p = only(problemsOf(withBody(valid, 1, [](QJsonObject& b) {
            b.insert(QStringLiteral("domains"), QJsonArray{QStringLiteral("zorg")});
        })));
        CHECK(p.path == QStringLiteral("$.bodies[1].domains[0]"));
        CHECK(p.reason == QStringLiteral("onbekend domein 'zorg' (toegestaan: economie, onderwijs, arbeidsmarkt)"));
    }
    SUBCASE("empty domains")
    {
        const auto p = only(problemsOf(withBody(valid, 1, [](QJsonObject& b) {
            b.insert(QStringLiteral("domains"), QJsonArray{});
        })));
        CHECK(p.path == QStringLiteral("$.bodies[1].domains"));
    }
    SUBCASE("unknown actor")
    {
        const auto p = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) {
            b.insert(QStringLiteral("actors"), QJsonArray{QStringLiteral("gemeenten"), QStringLiteral("banken")});
        })));
        CHECK(p.path == QStringLiteral("$.bodies[0].actors[1]"));
        CHECK(p.reason.startsWith(QStringLiteral("onbekende actor 'banken' (toegestaan: gemeenten, provincie, rijk, uwv,")));
    }
    SUBCASE("repeated actor")
    {
        const auto p = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) {
            b.insert(QStringLiteral("actors"), QJsonArray{QStringLiteral("uwv"), QStringLiteral("uwv")});
        })));
        CHECK(p == RegistryProblem{QStringLiteral("$.bodies[0].actors[1]"), QStringLiteral("dubbele waarde 'uwv'")});
    }
    SUBCASE("unknown type, status, scale, confidence")
    {
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("type"), QStringLiteral("board")); })))
                  .path == QStringLiteral("$.bodies[0].type"));
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("status"), QStringLiteral("slapend")); })))
                  .reason.startsWith(QStringLiteral("onbekende status 'slapend'")));
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("scale"), 3); })))
                  .reason.startsWith(QStringLiteral("onbekende schaal '3'")));
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("confidence"), QStringLiteral("zeker")); })))
                  .path == QStringLiteral("$.bodies[0].confidence"));
    }
    SUBCASE("wrong value types")
    {
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("founded"), 2013.5); })))
              == RegistryProblem{QStringLiteral("$.bodies[0].founded"), QStringLiteral("moet een geheel getal of null zijn")});
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("founded"), 1066); })))
                  .reason.startsWith(QStringLiteral("onwaarschijnlijk oprichtingsjaar 1066")));
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("name"), 5); })))
              == RegistryProblem{QStringLiteral("$.bodies[0].name"), QStringLiteral("moet een tekst zijn")});
        CHECK(only(problemsOf(withBody(valid, 0, [](QJsonObject& b) { b.insert(QStringLiteral("fundingPerInhabitant"), -1); })))
                  .path == QStringLiteral("$.bodies[0].fundingPerInhabitant"));
    }
    SUBCASE("badly formed and duplicate id")
    {
        CHECK(only(problemsOf(withBody(valid, 2, [](QJsonObject& b) { b.insert(QStringLiteral("id"), QStringLiteral("Grens Oost")); })))
                  .path == QStringLiteral("$.bodies[2].id"));
        const auto p = only(problemsOf(withBody(valid, 2, [](QJsonObject& b) { b.insert(QStringLiteral("id"), QStringLiteral("board-west")); })));
        CHECK(p == RegistryProblem{QStringLiteral("$.bodies[2].id"), QStringLiteral("dubbele id 'board-west' (ook in $.bodies[0])")});
    }
    SUBCASE("unknown municipality and division codes")
    {
        const auto gm = only(problemsOf(withBody(valid, 1, [](QJsonObject& b) {
            b.insert(QStringLiteral("territory"), QJsonObject{{QStringLiteral("municipalities"), QJsonArray{QStringLiteral("GM0001"), QStringLiteral("GM9999")}}});
        })));
        CHECK(gm == RegistryProblem{QStringLiteral("$.bodies[1].territory.municipalities[1]"), QStringLiteral("onbekende gemeentecode GM9999")});
        const auto cr = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) {
            b.insert(QStringLiteral("territory"), QJsonObject{{QStringLiteral("divisions"), QJsonArray{QStringLiteral("CR01"), QStringLiteral("CR99")}}});
        })));
        CHECK(cr == RegistryProblem{QStringLiteral("$.bodies[0].territory.divisions[1]"), QStringLiteral("onbekende COROP-code CR99")});
        const auto misplaced = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) {
            b.insert(QStringLiteral("territory"), QJsonObject{{QStringLiteral("divisions"), QJsonArray{QStringLiteral("GM0001")}}});
        })));
        CHECK(misplaced.reason == QStringLiteral("GM0001 is een gemeente; zet die onder territory.municipalities"));
        const auto nonsense = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) {
            b.insert(QStringLiteral("territory"), QJsonObject{{QStringLiteral("divisions"), QJsonArray{QStringLiteral("Twente")}}});
        })));
        CHECK(nonsense.path == QStringLiteral("$.bodies[0].territory.divisions[0]"));
    }
    SUBCASE("empty territory")
    {
        const auto p = only(problemsOf(withBody(valid, 0, [](QJsonObject& b) {
            b.insert(QStringLiteral("territory"), QJsonObject{{QStringLiteral("national"), false},
                                                              {QStringLiteral("abroad"), QJsonArray{QStringLiteral("Duitsland")}}});
        })));
        // valid.json is version 1: a body wholly abroad needs version 2 (test_registry_v2.cpp).
        CHECK(p == RegistryProblem{QStringLiteral("$.bodies[0].territory"),
                                   QStringLiteral("alleen buitenland: dat kan pas in registerversie 2 (zet \"version\": 2)")});
    }
    SUBCASE("regions of another year")
    {
        QJsonObject root = valid;
        root.insert(QStringLiteral("regionsYear"), 2024);
        CHECK(only(problemsOf(root)).path == QStringLiteral("$.regionsYear"));
    }
}

TEST_CASE("every problem of a file is reported at once, and nothing is loaded")
{
    const QString path = fixture("many-problems.json");
    try {
        loadRegistry(path, testRegions());
        FAIL("file with problems accepted");
    } catch (const RegistryError& e) {
        QStringList paths;
        for (const RegistryProblem& p : e.problems())
            paths << p.path;
        CHECK(paths == QStringList{"$.bodies[0].type", "$.bodies[0].domains[1]", "$.bodies[0].actors[1]",
                                   "$.bodies[0].territory.municipalities[1]", "$.bodies[0].territory.divisions[1]",
                                   "$.bodies[1].source", "$.bodies[1].territory", "$.bodies[2].id"});
        const QStringList lines = QString::fromStdString(e.what()).split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 8);
        CHECK(lines == e.lines());
        CHECK(lines[4] == path + QStringLiteral(":$.bodies[0].territory.divisions[1]: onbekende COROP-code CR99"));
        CHECK(lines[7] == path + QStringLiteral(":$.bodies[2].id: dubbele id 'board-west' (ook in $.bodies[0])"));
        CHECK(e.message() == QString::fromStdString(e.what()));
        CHECK(e.location() == QStringLiteral("$.bodies[0].type"));
        // A RegistryError is an InputError: the CLI reports it as bad input (exit 3).
        const InputError& base = e;
        CHECK(base.file() == path);
    }
}

TEST_CASE("validate reports per-field problems of an edited registry without throwing")
{
    Registry r = loadRegistry(fixture("valid.json"), testRegions());
    r.bodies[0].source.clear();
    r.bodies[1].territory = Territory{};
    r.bodies[2].id = r.bodies[0].id;
    const RegistryProblems problems = validate(r, testRegions());
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].path == QStringLiteral("$.bodies[0].source"));
    CHECK(problems[1].path == QStringLiteral("$.bodies[1].territory"));
    CHECK(problems[2].path == QStringLiteral("$.bodies[2].id"));
}

TEST_CASE("saving is atomic: a failed save leaves the old file intact")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.json"));
    const Registry original = loadRegistry(fixture("valid.json"), testRegions());
    saveRegistry(original, path);
    const QByteArray before = readAll(path);
    CHECK(loadRegistry(path, testRegions()) == original);

    SUBCASE("a value JSON cannot hold")
    {
        Registry broken = original;
        broken.bodies[1].fundingPerInhabitant = std::numeric_limits<double>::quiet_NaN();
        CHECK_THROWS_WITH_AS(saveRegistry(broken, path),
                             (path + QStringLiteral(":$.bodies[1].fundingPerInhabitant: geen eindig getal; kan niet "
                                                    "als JSON worden opgeslagen"))
                                 .toStdString()
                                 .c_str(),
                             InputError);
        CHECK(readAll(path) == before);
    }
    SUBCASE("the target is a directory")
    {
        const QString target = dir.filePath(QStringLiteral("map.json"));
        REQUIRE(QDir().mkdir(target));
        QFile(target + QStringLiteral("/binnen.txt")).open(QIODevice::WriteOnly);
        CHECK_THROWS_AS(saveRegistry(original, target), InputError);
        CHECK(QFileInfo(target).isDir());
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("register.json")}); // no temp left
    }
    SUBCASE("the directory is not writable")
    {
        if (::geteuid() == 0) {
            MESSAGE("skipped as root: permissions do not stop root from writing");
            return;
        }
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Registry changed = original;
        changed.title = QStringLiteral("Gewijzigd");
        CHECK_THROWS_AS(saveRegistry(changed, path), InputError);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("keys and labels: one table per concept, keys read back")
{
    for (Domain d : allDomains)
        CHECK(domainFromKey(key(d)) == d);
    for (Actor a : allActors)
        CHECK(actorFromKey(key(a)) == a);
    for (Role x : allRoles)
        CHECK(roleFromKey(key(x)) == x);
    for (BodyType t : allBodyTypes)
        CHECK(bodyTypeFromKey(key(t)) == t);
    for (Scale s : allScales)
        CHECK(scaleFromKey(key(s)) == s);
    for (Status s : allStatuses)
        CHECK(statusFromKey(key(s)) == s);
    for (Confidence c : allConfidences)
        CHECK(confidenceFromKey(key(c)) == c);
    CHECK(key(Actor::MaatschappelijkeOrganisaties) == QStringLiteral("maatschappelijke-organisaties"));
    CHECK(label(Role::Agenderend) == QStringLiteral("Agenderend/coördinerend"));
    CHECK(key(Status::Beeindigd) == QStringLiteral("beëindigd"));
    CHECK(absenceSentence(Actor::Werknemersorganisaties) == QStringLiteral("Geen werknemersorganisaties betrokken"));
    CHECK(joinKeys(DomainSet{Domain::Arbeidsmarkt, Domain::Economie}, QStringLiteral(";")) == QStringLiteral("economie;arbeidsmarkt"));
    CHECK_FALSE(domainFromKey(u"Economie")); // keys are lower case
    CHECK(actorKeys().size() == 10);
}
