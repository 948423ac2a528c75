// `regio bodies --year` and `regio coverage --year` (the peiljaar), and the version-2 keys in
// their output, on tests/data/registry/cli-years.json as seen from Eindhoven (GM0772):
//   brainport-test   economic-board         2010–        GM0772, GM0861   stichting, toezicht geen
//   werkbedrijf-zob  regionaal-werkbedrijf  2015–        AM28             toezicht gemeenteraden
//   agenda-oud       strategische-agenda    2011–2014    PV30             (beëindigd)
//   lille-test       grensoverschrijdend    2008–        alleen buitenland
#include <doctest/doctest.h>

#include "cli_run.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace regio;

namespace {

QString fixture() { return test::testDataDir() + QStringLiteral("/registry/cli-years.json"); }

// The ids in the first column of `regio bodies` CSV output.
QStringList bodyIds(const QStringList& extra)
{
    const test::CliResult r = test::runRegio(QStringList{QStringLiteral("bodies"), QStringLiteral("--registry"), fixture()} + extra);
    REQUIRE(r.code == 0);
    QStringList ids;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        ids << lines[i].section(QLatin1Char(','), 0, 0);
    return ids;
}

QJsonObject coverage(const QStringList& extra)
{
    const test::CliResult r = test::runRegio(QStringList{QStringLiteral("coverage"), QStringLiteral("--registry"), fixture(),
                                                         QStringLiteral("--region"), QStringLiteral("GM0772"),
                                                         QStringLiteral("--format"), QStringLiteral("json")} + extra);
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList ids(const QJsonValue& bodies)
{
    QStringList out;
    for (const QJsonValue& b : bodies.toArray())
        out << (b.isObject() ? b.toObject().value(QStringLiteral("id")).toString() : b.toString());
    return out;
}

} // namespace

TEST_CASE("regio bodies --year: the werkbedrijf founded in 2015 is absent in 2014 and present in 2016")
{
    CHECK(bodyIds({}) == QStringList{"brainport-test", "werkbedrijf-zob", "agenda-oud", "lille-test"});
    CHECK(bodyIds({QStringLiteral("--year"), QStringLiteral("2014")})
          == QStringList{"brainport-test", "agenda-oud", "lille-test"});
    CHECK(bodyIds({QStringLiteral("--year"), QStringLiteral("2016")})
          == QStringList{"brainport-test", "werkbedrijf-zob", "lille-test"});
    CHECK(bodyIds({QStringLiteral("--year"), QStringLiteral("2010")}) == QStringList{"brainport-test", "lille-test"});
}

TEST_CASE("regio coverage --year: the bodies that were there")
{
    const QJsonObject y2014 = coverage({QStringLiteral("--year"), QStringLiteral("2014")});
    CHECK(y2014.value(QStringLiteral("year")).toInt() == 2014);
    CHECK(y2014.value(QStringLiteral("bodies_count")).toInt() == 2);
    CHECK(ids(y2014.value(QStringLiteral("bodies"))) == QStringList{"brainport-test", "agenda-oud"});
    CHECK_FALSE(y2014.value(QStringLiteral("corners")).toObject().value(QStringLiteral("arbeidsmarkt")).toArray().size());

    const QJsonObject y2016 = coverage({QStringLiteral("--year"), QStringLiteral("2016")});
    CHECK(ids(y2016.value(QStringLiteral("bodies"))) == QStringList{"brainport-test", "werkbedrijf-zob"});
    CHECK(ids(y2016.value(QStringLiteral("corners")).toObject().value(QStringLiteral("arbeidsmarkt")))
          == QStringList{"werkbedrijf-zob"});

    const QJsonObject now = coverage({});
    CHECK(now.value(QStringLiteral("year")).isNull());
    CHECK(ids(now.value(QStringLiteral("bodies"))) == QStringList{"brainport-test", "werkbedrijf-zob"});
}

TEST_CASE("regio coverage: legal form, oversight and funding with their sources, or null")
{
    const QJsonArray bodies = coverage({}).value(QStringLiteral("bodies")).toArray();
    REQUIRE(bodies.size() == 2);
    const QJsonObject brainport = bodies.at(0).toObject();
    CHECK(brainport.value(QStringLiteral("legal_form")).toString() == QStringLiteral("stichting"));
    CHECK(brainport.value(QStringLiteral("oversight")).toArray() == QJsonArray{QStringLiteral("geen")});
    CHECK(brainport.value(QStringLiteral("funding_sources")).isNull());
    const QJsonObject werkbedrijf = bodies.at(1).toObject();
    CHECK(werkbedrijf.value(QStringLiteral("legal_form")).isNull());
    CHECK(werkbedrijf.value(QStringLiteral("oversight_source")).toString() == QStringLiteral("Wet SUWI (test)"));

    const test::CliResult text = test::runRegio({QStringLiteral("coverage"), QStringLiteral("--registry"), fixture(),
                                                 QStringLiteral("--region"), QStringLiteral("GM0772"),
                                                 QStringLiteral("--year"), QStringLiteral("2014")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Peiljaar: 2014")));
    CHECK(text.out.contains(QStringLiteral("Rechtsvorm: Stichting (bron: openbaar: Brainport Development, jaarverslag (test))")));
    CHECK(text.out.contains(QStringLiteral("Toezicht door gekozen raad: Geen gekozen raad direct (bron: SER-advies 2017, sect. 3.5 (test))")));
    CHECK(text.out.contains(QStringLiteral("Geldbronnen: onbekend")));
    CHECK_FALSE(text.out.contains(QStringLiteral("seed")));
    // The confidence levels explained in words.
    CHECK(text.out.contains(QStringLiteral("Betrouwbaarheid hoog: naam, deelnemers en gebied")));
    CHECK(text.out.contains(QStringLiteral("Betrouwbaarheid laag: ")));
}

TEST_CASE("migration on the command line: a version-1 registry comes out as version 2 and reads back the same")
{
    const QString v1 = test::testDataDir() + QStringLiteral("/registry/cli-small.json");
    const test::CliResult r = test::runRegio({QStringLiteral("bodies"), QStringLiteral("--registry"), v1,
                                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("version")).toInt() == 2);
    CHECK(root.value(QStringLiteral("bodies")).toArray().size() == 5);
    const registry::Registry before = registry::loadRegistry(v1, RegionModel::embedded());
    const registry::Registry after = registry::parseRegistry(r.out.toUtf8(), QStringLiteral("uit"), RegionModel::embedded());
    CHECK(before.version == 1);
    CHECK(after.version == 2);
    CHECK(after == before);
}

TEST_CASE("regio bodies CSV: an abroad-only body has 0 municipalities, the new columns are filled or empty")
{
    const test::CliResult r = test::runRegio({QStringLiteral("bodies"), QStringLiteral("--registry"), fixture()});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].endsWith(QStringLiteral("municipalities,ended,status,territory_kind,legal_form,legal_form_source,"
                                           "oversight,oversight_source,funding_sources,funding_sources_source")));
    CHECK(lines[3].startsWith(QStringLiteral("agenda-oud,")));
    CHECK(lines[3].contains(QStringLiteral(",2014,beëindigd,gebied,")));
    CHECK(lines[4].startsWith(QStringLiteral("lille-test,")));
    CHECK(lines[4].contains(QStringLiteral(",over de grens,0,,actief,gebied,")));
}

TEST_CASE("--year: a peiljaar outside 2010..now or with --include-ended is a usage error")
{
    for (const char* bad : {"2009", "elf", "3000"}) {
        const test::CliResult r = test::runRegio({QStringLiteral("bodies"), QStringLiteral("--registry"), fixture(),
                                                  QStringLiteral("--year"), QString::fromLatin1(bad)});
        CHECK(r.code != 0);
        CHECK(r.err.contains(QStringLiteral("--year: peiljaar")));
    }
    const test::CliResult both = test::runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("GM0772"),
                                                 QStringLiteral("--year"), QStringLiteral("2014"),
                                                 QStringLiteral("--include-ended")});
    CHECK(both.code != 0);
    CHECK(both.err.contains(QStringLiteral("--include-ended")));
}
