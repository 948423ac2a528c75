// Facts of the embedded default registry (":/data/registry-default.json") against the embedded
// 2025 regions: it loads cleanly, every entry shows its source, and territories say what the
// SER advice (2017) and public knowledge say.
#include <doctest/doctest.h>

#include <QRegularExpression>

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

const Body* bodyWithId(const char* id)
{
    return defaultRegistry().find(QString::fromUtf8(id));
}

QStringList territoryOf(const char* id)
{
    const int i = defaultRegistry().indexOf(QString::fromUtf8(id));
    return i < 0 ? QStringList() : defaultIndex().municipalitiesOf(i);
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
        CHECK(r.bodies.size() >= 141); // 142 in format version 2 (Eurometropolis has no Dutch municipality)
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

// ---- The audit of issue #13 (docs/registry-sources.md). These facts hold in the version-1 view
// of the registry as well; the ones that need the version-2 fields follow further down.

TEST_CASE("audit: sources are cited in words, never as 'seed' or the old 'SER 2017' shorthand")
{
    const QRegularExpression oldShorthand(QStringLiteral("\\bSER 2017\\b"));
    for (const Body& b : defaultRegistry().bodies) {
        INFO(b.id.toStdString() << ": " << b.source.toStdString());
        CHECK_FALSE(b.source.contains(QStringLiteral("seed"), Qt::CaseInsensitive));
        CHECK_FALSE(b.source.contains(oldShorthand));
    }
    REQUIRE(bodyWithId("eb-utrecht") != nullptr);
    CHECK(bodyWithId("eb-utrecht")->source.startsWith(QStringLiteral("SER-advies 2017, fig. B.2 nr. 12")));
    REQUIRE(bodyWithId("proeftuin-zeeland") != nullptr);
    CHECK(bodyWithId("proeftuin-zeeland")->source.contains(QStringLiteral("Kamerbrief BZK 2017")));
}

TEST_CASE("audit: the provinciale SER'en connect economie, onderwijs and arbeidsmarkt (sect. 3.6.2)")
{
    int count = 0;
    for (const Body& b : defaultRegistry().bodies) {
        if (b.type != BodyType::ProvincialeSer)
            continue;
        INFO(b.id.toStdString());
        ++count;
        CHECK(b.domains.contains(Domain::Economie));
        CHECK(b.domains.contains(Domain::Onderwijs));
        CHECK(b.domains.contains(Domain::Arbeidsmarkt));
        CHECK(b.actors.contains(Actor::Werkgeversorganisaties));
        CHECK(b.actors.contains(Actor::Werknemersorganisaties));
    }
    CHECK(count == 5); // four SER'en and the Limburg initiative
}

TEST_CASE("audit: Economic Boards of fig. B.2 have the sect. 2.2 table, education only where a source says so")
{
    int count = 0;
    for (const Body& b : defaultRegistry().bodies) {
        if (b.type != BodyType::EconomicBoard || !b.source.contains(QStringLiteral("fig. B.2")))
            continue;
        INFO(b.id.toStdString());
        ++count;
        CHECK(b.actors.contains(Actor::Bedrijfsleven));
        CHECK(b.actors.contains(Actor::Kennisinstellingen));
        CHECK(b.actors.contains(Actor::Werkgeversorganisaties));
        const bool educationSourced = b.id == QLatin1String("eb-brainport") || b.id == QLatin1String("eb-diamant")
                                      || b.id == QLatin1String("eb-led");
        CHECK(b.actors.contains(Actor::Onderwijsinstellingen) == educationSourced);
    }
    CHECK(count == 20); // fig. B.2 nrs. 1, 2, 5-12, 15-17, 21 (Agrifood Capital), 22-27
}

TEST_CASE("audit: fig. B.2 places '21. Brainport Network-Board' among the strategic agendas")
{
    const Body* b = bodyWithId("eb-brainport-network");
    REQUIRE(b != nullptr);
    CHECK(b->name == QStringLiteral("Brainport Network-Board"));
    CHECK(b->type == BodyType::StrategischeAgenda);
    int agendas = 0;
    for (const Body& body : defaultRegistry().bodies)
        agendas += body.type == BodyType::StrategischeAgenda ? 1 : 0;
    CHECK(agendas == 5); // nrs. 14, 18, 19, 20 and 21
}

TEST_CASE("audit: Ommen-Hardenberg is a shared civil service, not a regional government")
{
    const Body* b = bodyWithId("ommen-hardenberg");
    REQUIRE(b != nullptr);
    CHECK(b->name == QStringLiteral("Bestuursdienst Ommen-Hardenberg"));
    CHECK(b->type != BodyType::Metropoolregio);
    CHECK(b->domains.size() == 3);
    // Bestuursdienst Ommen-Hardenberg: 2 July 2012 until 1 January 2019 (public record).
    CHECK(b->founded == 2012);
    CHECK(b->status == Status::Beeindigd);
    CHECK(territoryOf("ommen-hardenberg") == QStringList({QStringLiteral("GM0160"), QStringLiteral("GM0175")}));
}

TEST_CASE("audit: member lists as the bodies' own")
{
    // Holland Rijnland: its twelve municipalities, Voorschoten (GM0626) is not one of them.
    const QStringList hr = territoryOf("holland-rijnland");
    CHECK(hr.size() == 12);
    CHECK(hr.contains(QStringLiteral("GM0546"))); // Leiden
    CHECK_FALSE(hr.contains(QStringLiteral("GM0626")));
    CHECK_FALSE(territoryOf("investeringsprogramma-zuid-holland").contains(QStringLiteral("GM0626")));
    // LED: Zuid-Limburg without Vaals, whose council stopped its contribution end 2016 (sect. 3.4.2).
    const QStringList led = territoryOf("eb-led");
    CHECK(led.size() == 15);
    CHECK(led.contains(QStringLiteral("GM0935"))); // Maastricht
    CHECK_FALSE(led.contains(QStringLiteral("GM0981")));
}

TEST_CASE("audit: founding years — EBG 2014, the 35 werkbedrijven 2015 (Participatiewet)")
{
    const Body* ebg = bodyWithId("eb-groningen");
    REQUIRE(ebg != nullptr);
    CHECK(ebg->founded == 2014);
    int werkbedrijven = 0;
    for (const Body& b : defaultRegistry().bodies) {
        if (b.type != BodyType::RegionaalWerkbedrijf)
            continue;
        INFO(b.id.toStdString());
        ++werkbedrijven;
        CHECK(b.founded == 2015);
    }
    CHECK(werkbedrijven == 35);
}

TEST_CASE("audit: no national territory standing in for sites is trusted 'hoog'")
{
    for (const char* id : {"centres-of-expertise", "centra-innovatief-vakmanschap", "rif-mbo", "gb-greenport-holland",
                           "city-deal-kennis-maken"}) {
        const Body* b = bodyWithId(id);
        INFO(id);
        REQUIRE(b != nullptr);
        CHECK(b->territory.national);
        CHECK(b->confidence != Confidence::Hoog);
    }
}

TEST_CASE("audit: the bodies the sources name are in, each with its source")
{
    const struct {
        const char* id;
        const char* sourcePart;
    } expected[] = {
        {"noordvleugel-overleg", "Stadsregio Amsterdam 2012"},
        {"g4", "vier grote steden"},
        {"utrecht-development-board", "lijst van gesprekspartners"},
        {"sbb", "lijst van gesprekspartners"},
        {"kvk-regionale-adviesraden", "SER-advies 2017, sect. 2.2"},
        {"projectbureau-herstructurering-bedrijventerreinen", "bijlage 1 (Plabeka"},
        {"eindhoven-kenniswerkers-taiwan-canada", "Wisselende allianties Brainport Eindhoven"},
    };
    for (const auto& e : expected) {
        INFO(e.id);
        const Body* b = bodyWithId(e.id);
        REQUIRE(b != nullptr);
        CHECK(b->source.contains(QString::fromUtf8(e.sourcePart)));
    }
    CHECK(territoryOf("g4") == QStringList({QStringLiteral("GM0344"), QStringLiteral("GM0363"), QStringLiteral("GM0518"),
                                            QStringLiteral("GM0599")}));
    const Body* kenniswerkers = bodyWithId("eindhoven-kenniswerkers-taiwan-canada");
    CHECK(kenniswerkers->territory.abroad == QStringList({QStringLiteral("Taiwan"), QStringLiteral("Canada")}));
    CHECK(territoryOf("eindhoven-kenniswerkers-taiwan-canada") == QStringList{QStringLiteral("GM0772")});
    CHECK(bodyWithId("sbb")->territory.national);
}

// ---- Facts that need the version-2 loader (ended, legalForm, oversight, fundingSources,
// territory.kind, a body with only foreign territory). Written against the field names of
// docs/registry-format.md version 2; with a version-1 Body they are skipped with a message.

namespace {

template <typename B>
concept HasVersion2Fields = requires(const B& b) {
    b.ended;
    b.legalForm;
    b.legalFormSource;
    b.oversight;
    b.oversightSource;
    b.fundingSources;
    b.fundingSourcesSource;
    b.territory.kind;
};

} // namespace

TEST_CASE("audit (version 2): end years, legal forms, oversight, funding, site-only territories, Eurometropolis")
{
    const auto run = [](const auto& registry) {
        using B = std::decay_t<decltype(registry.bodies.front())>;
        if constexpr (!HasVersion2Fields<B>) {
            MESSAGE("skipped: the registry loader does not know format version 2 yet");
        } else {
            const auto find = [&](const char* id) -> const B* {
                for (const B& b : registry.bodies)
                    if (b.id == QLatin1String(id))
                        return &b;
                return nullptr;
            };
            CHECK(registry.bodies.size() == 142);

            // Every value that is set has its source; nothing is set without one.
            for (const B& b : registry.bodies) {
                INFO(b.id.toStdString());
                CHECK(b.legalForm.has_value() != b.legalFormSource.trimmed().isEmpty());
                CHECK(b.oversight.has_value() != b.oversightSource.trimmed().isEmpty());
                CHECK(b.fundingSources.has_value() != b.fundingSourcesSource.trimmed().isEmpty());
                if (b.ended)
                    CHECK(b.status == Status::Beeindigd);
                if (key(b.territory.kind) == QLatin1String("locaties"))
                    CHECK(b.confidence != Confidence::Hoog);
            }

            const B* sra = find("stadsregio-amsterdam");
            REQUIRE(sra != nullptr);
            CHECK(sra->ended == 2016); // opgeheven per 1 januari 2017
            REQUIRE(find("ommen-hardenberg") != nullptr);
            CHECK(find("ommen-hardenberg")->ended == 2018); // opgeheven per 1 januari 2019
            REQUIRE(sra->legalForm.has_value());
            CHECK(key(*sra->legalForm) == QLatin1String("gemeenschappelijke-regeling"));

            const B* mrdh = find("mrdh");
            REQUIRE(mrdh != nullptr);
            REQUIRE(mrdh->legalForm.has_value());
            CHECK(key(*mrdh->legalForm) == QLatin1String("gemeenschappelijke-regeling"));
            CHECK(mrdh->legalFormSource.contains(QStringLiteral("sect. 3.5")));
            REQUIRE(mrdh->oversight.has_value());
            CHECK(joinKeys(*mrdh->oversight, QStringLiteral(";")) == QLatin1String("gemeenteraden"));

            const B* mra = find("mra");
            REQUIRE(mra != nullptr);
            REQUIRE(mra->legalForm.has_value());
            CHECK(key(*mra->legalForm) == QLatin1String("convenant"));
            REQUIRE(mra->oversight.has_value());
            CHECK(joinKeys(*mra->oversight, QStringLiteral(";")) == QLatin1String("gemeenteraden;provinciale-staten"));

            const B* bd = find("brainport-development");
            REQUIRE(bd != nullptr);
            REQUIRE(bd->oversight.has_value());
            CHECK(joinKeys(*bd->oversight, QStringLiteral(";")) == QLatin1String("geen"));

            // ROMs: Rijk and provincie contribute (sect. 3.6.2).
            int roms = 0;
            for (const B& b : registry.bodies) {
                if (b.type != BodyType::Rom)
                    continue;
                INFO(b.id.toStdString());
                ++roms;
                REQUIRE(b.fundingSources.has_value());
                CHECK(joinKeys(*b.fundingSources, QStringLiteral(";")) == QLatin1String("provincie;rijk"));
            }
            CHECK(roms == 8);

            for (const char* id : {"centres-of-expertise", "centra-innovatief-vakmanschap", "rif-mbo", "seece", "chill"}) {
                INFO(id);
                REQUIRE(find(id) != nullptr);
                CHECK(key(find(id)->territory.kind) == QLatin1String("locaties"));
            }
            CHECK(key(find("sbb")->territory.kind) == QLatin1String("gebied"));

            const B* euro = find("eurometropolis-lille-kortrijk-tournai");
            REQUIRE(euro != nullptr);
            CHECK(euro->name == QStringLiteral("Eurometropolis Lille-Kortrijk-Tournai"));
            CHECK(euro->territory.municipalities.isEmpty());
            CHECK(euro->territory.divisions.isEmpty());
            CHECK_FALSE(euro->territory.national);
            CHECK(euro->territory.abroad == QStringList({QStringLiteral("Frankrijk"), QStringLiteral("België")}));
            CHECK(euro->founded == 2008);
            REQUIRE(euro->legalForm.has_value());
            CHECK(key(*euro->legalForm) == QLatin1String("egts"));
        }
    };
    run(defaultRegistry());
}
