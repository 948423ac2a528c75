// regio coverage: which bodies cover a municipality or region, and how they cover the triangle
// economy–education–labour market (DESIGN.md §5): corners, sides, integral bodies, actors present
// and missing, the number of bodies, same-type overlaps and the gaps in words.
#include "cli/cli.h"

#include <QCoreApplication>

#include "i18n/language.h"
#include "cli/commands.h"

#include "coverage/coverage.h"
#include "coverage/coverage_table.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regio::cli {

using namespace regio::registry;
using namespace regio::coverage;

namespace {

const char* const kDescription =
    "Dekking van de driehoek economie-onderwijs-arbeidsmarkt (SER 2017) in een gemeente of regio:\n"
    "welke samenwerkingsverbanden het gebied dekken (heel of voor een deel), welke hoeken van de\n"
    "driehoek zij afdekken, welke verbanden op een zijde (twee domeinen) of integraal (alle drie)\n"
    "werken, welke actoren aan tafel zitten en welke ontbreken, het aantal verbanden (drukte),\n"
    "overlap van verbanden van hetzelfde type, en de lacunes in woorden.\n"
    "\n"
    "--region is een gemeente (GM0772), provincie (PV30), COROP-gebied (CR36) of\n"
    "arbeidsmarktregio (AM28), codes van 2025. Standaard het ingebouwde register; met --registry\n"
    "een eigen registerbestand. Beëindigde verbanden tellen niet mee, tenzij --include-ended.\n"
    "Met --year Y (peiljaar) tellen de verbanden die er in Y waren: opgericht in of vóór Y (een\n"
    "onbekend oprichtingsjaar telt als er al) en niet beëindigd vóór Y (een beëindigd verband\n"
    "zonder eindjaar telt niet mee); --include-ended gaat daar niet mee samen.\n"
    "Een verband waarvan het gebied alleen zijn vestigingsplaatsen noemt (soort 'locaties'), dekt\n"
    "niets: het staat apart bij 'Vestigingen'. Per verband: rechtsvorm, toezicht door een gekozen\n"
    "raad en geldbronnen, met bron, of 'onbekend'.\n"
    "\n"
    "Formaten: text (standaard, leesbaar, met de bron van elk verband), json (hoeken, zijden,\n"
    "integraal, actors_present, actors_missing, bodies_count, overlaps, gaps) of csv (één regel\n"
    "per verband); xlsx (Excel, met --out: een blad met de verbanden en een met de driehoek) of\n"
    "excel-csv (de verbanden, voor Nederlandse Excel).";

QJsonArray idsOf(const std::vector<int>& bodies, const Registry& registry)
{
    QJsonArray out;
    for (int b : bodies)
        out.append(registry.bodies[size_t(b)].id);
    return out;
}

template <typename E>
QJsonArray keysOf(EnumSet<E> set)
{
    QJsonArray out;
    for (E v : set.values())
        out.append(registry::key(v));
    return out;
}

QString coverageWord(const BodyCoverage& c, const CoverageResult& result)
{
    return c.wholeRegion ? QCoreApplication::translate("regio::cli", "hele regio")
                         : QCoreApplication::translate("regio::cli", "%1 van %2 gemeenten").arg(c.municipalities).arg(result.municipalities.size());
}

// The accountability keys of a body: null where unknown.
void addAccountability(QJsonObject& o, const Body& b)
{
    o.insert(QStringLiteral("legal_form"), b.legalForm ? QJsonValue(registry::key(*b.legalForm)) : QJsonValue());
    o.insert(QStringLiteral("legal_form_source"), b.legalFormSource.isEmpty() ? QJsonValue() : QJsonValue(b.legalFormSource));
    o.insert(QStringLiteral("oversight"), b.oversight ? QJsonValue(keysOf(*b.oversight)) : QJsonValue());
    o.insert(QStringLiteral("oversight_source"), b.oversightSource.isEmpty() ? QJsonValue() : QJsonValue(b.oversightSource));
    o.insert(QStringLiteral("funding_sources"), b.fundingSources ? QJsonValue(keysOf(*b.fundingSources)) : QJsonValue());
    o.insert(QStringLiteral("funding_sources_source"),
             b.fundingSourcesSource.isEmpty() ? QJsonValue() : QJsonValue(b.fundingSourcesSource));
}

QString toJson(const Region& region, const CoverageResult& r, const Registry& registry, const CoverageOptions& options)
{
    QJsonArray bodies;
    for (const BodyCoverage& c : r.bodies) {
        const Body& b = registry.bodies[size_t(c.body)];
        QJsonObject o{{QStringLiteral("id"), b.id},
                                  {QStringLiteral("name"), b.name},
                                  {QStringLiteral("type"), registry::key(b.type)},
                                  {QStringLiteral("domains"), keysOf(b.domains)},
                                  {QStringLiteral("actors"), keysOf(b.actors)},
                                  {QStringLiteral("roles"), keysOf(b.roles)},
                                  {QStringLiteral("scale"), registry::key(b.scale)},
                                  {QStringLiteral("whole_region"), c.wholeRegion},
                                  {QStringLiteral("municipalities_in_region"), c.municipalities},
                                  {QStringLiteral("source"), b.source},
                                  {QStringLiteral("confidence"), registry::key(b.confidence)}};
        addAccountability(o, b);
        bodies.append(o);
    }
    QJsonArray sites;
    for (int s : r.sites)
        sites.append(registry.bodies[size_t(s)].id);
    QJsonObject corners;
    for (Domain d : allDomains)
        corners.insert(registry::key(d), idsOf(r.perCorner[size_t(indexOf(d))], registry));
    QJsonObject sides;
    for (Side s : allSides)
        sides.insert(coverage::key(s), idsOf(r.perSide[size_t(indexOf(s))], registry));
    QJsonArray overlaps;
    for (const Overlap& o : r.overlaps)
        overlaps.append(QJsonObject{{QStringLiteral("type"), registry::key(o.type)},
                                    {QStringLiteral("bodies"), idsOf(o.bodies, registry)},
                                    {QStringLiteral("municipalities"), QJsonArray::fromStringList(o.municipalities)}});
    const QJsonObject root{
        {QStringLiteral("region"), QJsonObject{{QStringLiteral("code"), region.code},
                                               {QStringLiteral("name"), region.name},
                                               {QStringLiteral("level"), levelKey(region.level)}}},
        {QStringLiteral("municipalities"), int(r.municipalities.size())},
        {QStringLiteral("registry"), registry.title},
        {QStringLiteral("year"), options.year ? QJsonValue(*options.year) : QJsonValue()},
        {QStringLiteral("sites"), sites},
        {QStringLiteral("bodies"), bodies},
        {QStringLiteral("corners"), corners},
        {QStringLiteral("corners_covered"), keysOf(r.corners)},
        {QStringLiteral("sides"), sides},
        {QStringLiteral("integraal"), idsOf(r.integraal, registry)},
        {QStringLiteral("actors_present"), keysOf(r.actorsPresent)},
        {QStringLiteral("actors_missing"), keysOf(r.actorsMissing)},
        {QStringLiteral("bodies_count"), r.drukte()},
        {QStringLiteral("overlaps"), overlaps},
        {QStringLiteral("gaps"), QJsonArray::fromStringList(gaps(r))},
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString toCsv(const CoverageResult& r, const Registry& registry)
{
    const QString sep = QStringLiteral(";");
    QString text = csvRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
                           QStringLiteral("domains"), QStringLiteral("actors"), QStringLiteral("whole_region"),
                           QStringLiteral("municipalities_in_region"), QStringLiteral("confidence"),
                           QStringLiteral("source")});
    for (const BodyCoverage& c : r.bodies) {
        const Body& b = registry.bodies[size_t(c.body)];
        text += csvRow({b.id, b.name, registry::key(b.type), joinKeys(b.domains, sep), joinKeys(b.actors, sep),
                        c.wholeRegion ? QStringLiteral("1") : QStringLiteral("0"), QString::number(c.municipalities),
                        registry::key(b.confidence), b.source});
    }
    return text;
}

QString namesOf(const std::vector<int>& bodies, const Registry& registry)
{
    if (bodies.empty())
        return QStringLiteral("—");
    QStringList names;
    for (int b : bodies)
        names << registry.bodies[size_t(b)].displayName();
    return names.join(QStringLiteral(", "));
}

QString toText(const Region& region, const CoverageResult& r, const Registry& registry, const CoverageOptions& options)
{
    QString t;
    const auto line = [&t](const QString& s) { t += s + QLatin1Char('\n'); };
    line(QCoreApplication::translate("regio::cli", "Dekking van de driehoek economie-onderwijs-arbeidsmarkt"));
    line(QCoreApplication::translate("regio::cli", "Regio: %1 (%2), %3; %4 %5")
             .arg(region.name, region.code, levelLabel(region.level).toLower())
             .arg(r.municipalities.size())
             .arg(r.municipalities.size() == 1 ? QCoreApplication::translate("regio::cli", "gemeente") : QCoreApplication::translate("regio::cli", "gemeenten")));
    line(QCoreApplication::translate("regio::cli", "Register: %1").arg(i18n::builtInText("regio::registry", registry.title)));
    line(options.year ? QCoreApplication::translate("regio::cli", "Peiljaar: %1").arg(*options.year)
                      : QCoreApplication::translate("regio::cli", "Peiljaar: huidige situatie"));
    line(QString());
    line(QCoreApplication::translate("regio::cli", "Hoeken (verbanden die op het domein werken):"));
    for (Domain d : allDomains) {
        const auto& bodies = r.perCorner[size_t(indexOf(d))];
        line(QStringLiteral("  %1 %2  %3").arg(registry::label(d), -14).arg(bodies.size(), 3).arg(namesOf(bodies, registry)));
    }
    line(QCoreApplication::translate("regio::cli", "Zijden (verbanden op precies twee domeinen):"));
    for (Side s : allSides) {
        const auto& bodies = r.perSide[size_t(indexOf(s))];
        line(QStringLiteral("  %1 %2  %3").arg(coverage::label(s), -24).arg(bodies.size(), 3).arg(namesOf(bodies, registry)));
    }
    line(QCoreApplication::translate("regio::cli", "Integraal (alle drie domeinen): %1").arg(namesOf(r.integraal, registry)));
    line(QCoreApplication::translate("regio::cli", "Actoren aanwezig: %1").arg(r.actorsPresent.isEmpty() ? QStringLiteral("—") : joinLabels(r.actorsPresent)));
    line(QCoreApplication::translate("regio::cli", "Actoren ontbrekend: %1").arg(r.actorsMissing.isEmpty() ? QStringLiteral("—") : joinLabels(r.actorsMissing)));
    line(QCoreApplication::translate("regio::cli", "Aantal samenwerkingsverbanden (drukte): %1").arg(r.drukte()));
    const QStringList overlaps = overlapSentences(r, registry);
    line(QCoreApplication::translate("regio::cli", "Overlap van hetzelfde type:%1").arg(overlaps.isEmpty() ? QStringLiteral(" geen") : QString()));
    for (const QString& s : overlaps)
        line(QStringLiteral("  - ") + s);
    const QStringList gapList = gaps(r);
    line(QStringLiteral("Lacunes:%1").arg(gapList.isEmpty() ? QStringLiteral(" geen") : QString()));
    for (const QString& s : gapList)
        line(QStringLiteral("  - ") + s);
    line(QString());
    line(QStringLiteral("Samenwerkingsverbanden:"));
    for (const BodyCoverage& c : r.bodies) {
        const Body& b = registry.bodies[size_t(c.body)];
        line(QStringLiteral("  - %1 [%2] — %3; %4; %5")
                 .arg(b.name, b.id, registry::label(b.type), joinLabels(b.domains), coverageWord(c, r)));
        line(QCoreApplication::translate("regio::cli", "      Bron: %1 (betrouwbaarheid %2)").arg(b.source, registry::label(b.confidence).toLower()));
        line(QCoreApplication::translate("regio::cli", "      Rechtsvorm: %1").arg(legalFormWithSource(b)));
        line(QCoreApplication::translate("regio::cli", "      Toezicht door gekozen raad: %1").arg(oversightWithSource(b)));
        line(QCoreApplication::translate("regio::cli", "      Geldbronnen: %1").arg(fundingSourcesWithSource(b)));
    }
    line(QString());
    for (Confidence c : allConfidences)
        line(QCoreApplication::translate("regio::cli", "Betrouwbaarheid %1.").arg(confidenceExplanation(c)));
    if (!r.sites.empty()) {
        line(QString());
        line(QCoreApplication::translate("regio::cli", "Vestigingen (tellen niet als dekking):"));
        for (int s : r.sites) {
            const Body& b = registry.bodies[size_t(s)];
            line(QCoreApplication::translate("regio::cli", "  - %1 [%2] — %3").arg(b.name, b.id, registry::label(b.type)));
        }
    }
    return t;
}

} // namespace

int runCoverage(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QCoreApplication::translate("regio::cli", "De gemeente of regio (GM-, PV-, CR- of AM-code); verplicht."),
                                          QStringLiteral("code"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QCoreApplication::translate("regio::cli", "Uitvoerformaat: text (standaard), json, csv, xlsx (Excel, met --out) of excel-csv."),
                                       QStringLiteral("formaat"));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
                                            QCoreApplication::translate("regio::cli", "Lees dit registerbestand in plaats van het ingebouwde (JSON, of een XLSX/ODS-rekenblad met één verband per rij)."),
                                            QStringLiteral("bestand"));
    const QCommandLineOption endedOption(QStringLiteral("include-ended"),
                                         QCoreApplication::translate("regio::cli", "Tel ook beëindigde samenwerkingsverbanden mee."));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const SpreadsheetOptions spreadsheet;
    const QCommandLineOption yearOption = referenceYearCommandOption();
    parser.addOptions({regionOption, yearOption, formatOpt, registryOption, endedOption, outOption, spreadsheet.decimalComma});
    if (!parseArguments(parser, QStringLiteral("coverage"), QString::fromUtf8(kDescription), args, io))
        return ExitOk;

    const QString format = spreadsheetFormat(parser, formatOption(parser, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("excel-csv")}), spreadsheet);
    const std::optional<int> year = referenceYearOption(parser, yearOption);
    if (year && parser.isSet(endedOption))
        throw UsageError(QCoreApplication::translate(
            "Cli", "--year en --include-ended gaan niet samen: met een peiljaar tellen de verbanden die er toen waren"));
    if (!parser.isSet(regionOption))
        throw UsageError(QCoreApplication::translate("regio::cli", "--region ontbreekt (bijvoorbeeld --region GM0772)"));
    const RegionModel& regions = RegionModel::embedded();
    const QString code = parser.value(regionOption).toUpper();
    const Region* region = regions.region(code);
    if (!region)
        throw UsageError(QCoreApplication::translate("regio::cli", "onbekende regiocode '%1' (verwacht een gemeente-, provincie-, COROP- of "
                                        "arbeidsmarktregiocode van %2, zoals GM0772 of CR36)")
                             .arg(parser.value(regionOption))
                             .arg(regions.year()));

    // A refused registry reaches run(), which prints each problem on its own line (exit 3).
    const Registry registry = parser.isSet(registryOption) ? loadRegistry(parser.value(registryOption), regions)
                                                           : loadDefaultRegistry(regions);
    const BodyIndex index(registry, regions);
    CoverageOptions options;
    options.includeEnded = parser.isSet(endedOption);
    options.year = year;
    const CoverageResult result = coverageOf(regions.municipalityCodesOf(code), registry, index, options);

    const QString regionName = QStringLiteral("%1 (%2)").arg(region->name, region->code);
    const QString source = QStringLiteral("Register: %1; gebieden: CBS/Kadaster %2 (CC BY 4.0)").arg(registry.title).arg(regions.year());
    if (writeSpreadsheet(parser, format, spreadsheet,
                         {coverageBodiesTable(result, registry, regionName, source),
                          coverageSummaryTable(result, registry, regionName, source)}, io))
        return ExitOk;
    QString text;
    if (format == QLatin1String("json"))
        text = toJson(*region, result, registry, options);
    else if (format == QLatin1String("csv"))
        text = toCsv(result, registry);
    else
        text = toText(*region, result, registry, options);
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
