// `regio bodies` and `regio coverage` (DESIGN.md §6) on the embedded 2025 regions, with small
// fixture registries in real codes (tests/data/registry/cli-*.json) and the embedded default.
//
// cli-small.json, as seen from Eindhoven (GM0772):
//   brainport-test  economic-board        E O A  GM0772, GM0861
//   werkbedrijf-zob regionaal-werkbedrijf A      AM28
//   board-zuidoost  economic-board        E      CR36
//   landelijk       programma             O      national
//   oud             city-deal (beëindigd) E      GM0772
#include <doctest/doctest.h>

#include "cli_run.h"

#include "cli/cli.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "test_paths.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace regio;

namespace {


QString fixture(const char* name)
{
    return test::testDataDir() + QStringLiteral("/registry/") + QString::fromLatin1(name);
}

QStringList idsOf(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

QJsonObject coverageJson(const QStringList& extra)
{
    const regio::test::CliResult r = regio::test::runRegio(QStringList{QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("regio coverage --region GM0772 on a small registry: the hand-worked answer")
{
    const QJsonObject c = coverageJson({QStringLiteral("--region"), QStringLiteral("GM0772"), QStringLiteral("--registry"),
                                        fixture("cli-small.json")});
    CHECK(c["region"]["code"].toString() == QStringLiteral("GM0772"));
    CHECK(c["region"]["name"].toString() == QStringLiteral("Eindhoven"));
    CHECK(c["municipalities"].toInt() == 1);
    CHECK(c["bodies_count"].toInt() == 4); // the ended City Deal does not count
    CHECK(idsOf(c["corners"]["economie"]) == QStringList{"brainport-test", "board-zuidoost"});
    CHECK(idsOf(c["corners"]["onderwijs"]) == QStringList{"brainport-test", "landelijk"});
    CHECK(idsOf(c["corners"]["arbeidsmarkt"]) == QStringList{"brainport-test", "werkbedrijf-zob"});
    CHECK(idsOf(c["corners_covered"]) == QStringList{"economie", "onderwijs", "arbeidsmarkt"});
    CHECK(idsOf(c["sides"]["economie-onderwijs"]).isEmpty());
    CHECK(idsOf(c["integraal"]) == QStringList{"brainport-test"});
    CHECK(idsOf(c["actors_missing"]) == QStringList{"maatschappelijke-organisaties"});
    CHECK(idsOf(c["actors_present"]).size() == 9);
    const QJsonArray overlaps = c["overlaps"].toArray();
    REQUIRE(overlaps.size() == 1);
    CHECK(overlaps[0]["type"].toString() == QStringLiteral("economic-board"));
    CHECK(idsOf(overlaps[0]["bodies"]) == QStringList{"brainport-test", "board-zuidoost"});
    CHECK(idsOf(c["gaps"]) == QStringList{"Geen maatschappelijke organisaties betrokken"});
    // Every body carries its source.
    for (const QJsonValue& b : c["bodies"].toArray())
        CHECK_FALSE(b["source"].toString().isEmpty());

    const QJsonObject all = coverageJson({QStringLiteral("--region"), QStringLiteral("GM0772"), QStringLiteral("--registry"),
                                          fixture("cli-small.json"), QStringLiteral("--include-ended")});
    CHECK(all["bodies_count"].toInt() == 5);
    CHECK(idsOf(all["actors_missing"]).isEmpty());
}

TEST_CASE("regio coverage for a division marks bodies covering part of it")
{
    const QJsonObject c = coverageJson({QStringLiteral("--region"), QStringLiteral("CR36"), QStringLiteral("--registry"),
                                        fixture("cli-small.json")});
    const int n = c["municipalities"].toInt();
    CHECK(n == RegionModel::embedded().municipalityCodesOf(QStringLiteral("CR36")).size());
    CHECK(n > 2);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& b : c["bodies"].toArray())
        byId.insert(b["id"].toString(), b.toObject());
    CHECK(byId["board-zuidoost"]["whole_region"].toBool());
    CHECK(byId["landelijk"]["whole_region"].toBool());
    CHECK_FALSE(byId["brainport-test"]["whole_region"].toBool());
    CHECK(byId["brainport-test"]["municipalities_in_region"].toInt() == 2);
    CHECK(idsOf(c["gaps"]).contains(QStringLiteral("Arbeidsmarkt alleen in een deel van de regio vertegenwoordigd")));
}

TEST_CASE("regio coverage text lists every body with its source")
{
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("gm0772"),
                            QStringLiteral("--registry"), fixture("cli-small.json")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Regio: Eindhoven (GM0772), gemeente; 1 gemeente")));
    CHECK(r.out.contains(QStringLiteral("Integraal (alle drie domeinen): Brainport (test)")));
    CHECK(r.out.contains(QStringLiteral("Aantal samenwerkingsverbanden (drukte): 4")));
    CHECK(r.out.contains(QStringLiteral("  - Brainport (test) [brainport-test] — Economic Board; Economie, Onderwijs, "
                                        "Arbeidsmarkt; hele regio\n      Bron: SER 2017, fig. B.2 (test) "
                                        "(betrouwbaarheid hoog)\n")));
    CHECK(r.out.count(QStringLiteral("Bron: ")) == 4);
}

TEST_CASE("regio coverage --region GM0772 on the default registry lists Brainport")
{
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("GM0772")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Brainport")));
    const QJsonObject c = coverageJson({QStringLiteral("--region"), QStringLiteral("GM0772")});
    bool brainport = false;
    for (const QJsonValue& b : c["bodies"].toArray()) {
        brainport = brainport || b["name"].toString().contains(QStringLiteral("Brainport"));
        CHECK_FALSE(b["source"].toString().isEmpty());
    }
    CHECK(brainport);
}

TEST_CASE("regio bodies: CSV columns, region and type filters")
{
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--region"), QStringLiteral("GM0772"),
                            QStringLiteral("--registry"), fixture("cli-small.json")});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    // Registry version 2 added columns after `municipalities`; the first twelve stay where they were.
    CHECK(lines.first() == QStringLiteral("id,name,type,domains,actors,roles,scale,founded,confidence,source,"
                                          "territory_basis,municipalities,ended,status,territory_kind,legal_form,"
                                          "legal_form_source,oversight,oversight_source,funding_sources,"
                                          "funding_sources_source"));
    CHECK(lines.size() == 1 + 5); // the registry listing shows ended bodies too
    // Lists inside a field are joined with ';' and quoted, so that a reader guessing the
    // delimiter (Dutch spreadsheets use ';') cannot mistake them for columns.
    CHECK(lines[1] == QStringLiteral("brainport-test,Brainport (test),economic-board,\"economie;onderwijs;arbeidsmarkt\","
                                     "\"gemeenten;bedrijfsleven;kennisinstellingen;onderwijsinstellingen\",agenderend,"
                                     "regio,2010,hoog,\"SER 2017, fig. B.2 (test)\",Eindhoven en Veldhoven (testgebied),2,"
                                     ",actief,gebied,,,,,,")); // version-1 file: every new value unknown (empty)
    CHECK(lines[3].startsWith(QStringLiteral("board-zuidoost,\"Board Zuidoost-Noord-Brabant, met \"\"aanhalingstekens\"\", en komma\",")));
    CHECK(lines[4].contains(QStringLiteral(",%1,,").arg(RegionModel::embedded().municipalities().size())));

    const regio::test::CliResult boards = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--type"), QStringLiteral("economic-board"),
                                 QStringLiteral("--registry"), fixture("cli-small.json")});
    REQUIRE(boards.code == 0);
    CHECK(boards.out.trimmed().split(QLatin1Char('\n')).size() == 1 + 2);

    // Amsterdam lies outside everything but the national programme.
    const regio::test::CliResult amsterdam = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--region"), QStringLiteral("GM0363"),
                                    QStringLiteral("--registry"), fixture("cli-small.json")});
    REQUIRE(amsterdam.code == 0);
    CHECK(amsterdam.out.trimmed().split(QLatin1Char('\n')).size() == 2);
    CHECK(amsterdam.out.contains(QStringLiteral("\nlandelijk,")));
}

TEST_CASE("regio bodies --format json writes a registry that loads again")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("selectie.json"));
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--type"), QStringLiteral("economic-board"),
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--registry"),
                            fixture("cli-small.json"), QStringLiteral("--out"), out});
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    const registry::Registry selection = registry::loadRegistry(out, RegionModel::embedded());
    const registry::Registry full = registry::loadRegistry(fixture("cli-small.json"), RegionModel::embedded());
    REQUIRE(selection.bodies.size() == 2);
    CHECK(selection.bodies[0] == full.bodies[0]);
    CHECK(selection.bodies[1] == full.bodies[2]);
    CHECK(selection.title == full.title);
}

TEST_CASE("bad input: every registry problem on stderr, exit 3")
{
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("GM0772"),
                            QStringLiteral("--registry"), fixture("cli-bad.json")});
    CHECK(r.code == 3);
    CHECK(r.out.isEmpty());
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("regio: %1:$.bodies[0].territory.municipalities[1]: onbekende gemeentecode GM9999")
                          .arg(fixture("cli-bad.json")));
    CHECK(lines[1] == QStringLiteral("regio: %1:$.bodies[1].territory.divisions[0]: onbekende arbeidsmarktregiocode AM99")
                          .arg(fixture("cli-bad.json")));

    const regio::test::CliResult missing = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--registry"), fixture("bestaat-niet.json")});
    CHECK(missing.code == 3);
    CHECK(missing.err == QStringLiteral("regio: %1: bestand bestaat niet\n").arg(fixture("bestaat-niet.json")));

    const regio::test::CliResult truncated = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--registry"), fixture("truncated.json")});
    CHECK(truncated.code == 3);
    CHECK(truncated.err.startsWith(QStringLiteral("regio: %1:23: ongeldige JSON").arg(fixture("truncated.json"))));
}

TEST_CASE("usage errors exit 2")
{
    CHECK(regio::test::runRegio({QStringLiteral("coverage")}).code == 2); // --region is required
    const regio::test::CliResult unknown = regio::test::runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("CR99")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("onbekende regiocode 'CR99'")));
    CHECK(regio::test::runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("GM0772"), QStringLiteral("--format"),
                 QStringLiteral("xml")})
              .code
          == 2);
    const regio::test::CliResult type = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--type"), QStringLiteral("board")});
    CHECK(type.code == 2);
    CHECK(type.err.contains(QStringLiteral("onbekend type 'board'")));
    CHECK(regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--region"), QStringLiteral("Eindhoven")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("overbodig")}).code == 2);
}

TEST_CASE("Dutch --help for both commands")
{
    const regio::test::CliResult bodies = regio::test::runRegio({QStringLiteral("bodies"), QStringLiteral("--help")});
    CHECK(bodies.code == 0);
    CHECK(bodies.out.contains(QStringLiteral("Toont de samenwerkingsverbanden uit het register")));
    CHECK(bodies.out.startsWith(QStringLiteral("Gebruik: regio bodies")));
    CHECK(bodies.out.contains(QStringLiteral("--registry <bestand>")));
    CHECK(bodies.out.contains(QStringLiteral("economic-board, gespecialiseerde-board")));
    const regio::test::CliResult coverage = regio::test::runRegio({QStringLiteral("coverage"), QStringLiteral("--help")});
    CHECK(coverage.code == 0);
    CHECK(coverage.out.contains(QStringLiteral("--include-ended")));
    CHECK(coverage.out.contains(QStringLiteral("actors_missing")));
    const regio::test::CliResult overview = regio::test::runRegio({QStringLiteral("--help")});
    CHECK(overview.out.contains(QStringLiteral("coverage")));
}
