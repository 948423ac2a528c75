// regio agenda: the regional agenda (DESIGN.md §5 "Agenda", SER 2017 sect. 3.2–3.4) — strengths,
// threats and opportunities from the CBS economy, the bodies that can act on each and who is
// missing at their tables, neighbours, scale and the gaps in words. Definitions: docs/agenda.md.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/real_economy_input.h"

#include "agenda/agenda.h"
#include "agenda/agenda_table.h"
#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace regio::cli {

using namespace regio::agenda;

namespace {

const char* const kDescription =
    "De regionale agenda (SER 2017, par. 3.2-3.4): waar het gebied sterk in is en wat het kan worden,\n"
    "wie daarop kan handelen en wie aan tafel ontbreekt, welke buurregio's de sterktes delen of\n"
    "aanvullen, of de schaal van de samenwerkingsverbanden past, en de lacunes in woorden.\n"
    "\n"
    "  sterktes       secties met LQ > 1 in --to, met banen en verandering sinds --from\n"
    "  bedreigingen   sterktes die minder groeiden dan landelijk (g_ri < g_i)\n"
    "  kansen         secties met LQ <= 1 en een verwantschapsdichtheid boven de mediaan van het\n"
    "                 gebied; verwantschap = nabijheid (Hidalgo e.a. 2007) uit de specialisaties\n"
    "                 van de 40 COROP-gebieden in hetzelfde jaar\n"
    "  verbanden      verbanden die (een deel van) het gebied dekken op economie, onderwijs of\n"
    "                 arbeidsmarkt, met hun dekking en de actoren die aan tafel ontbreken\n"
    "  buurregio's    aangrenzende gebieden van hetzelfde niveau: gedeelde (beide LQ > 1) en\n"
    "                 aanvullende (buur LQ > 1, gebied <= 1) specialisaties\n"
    "  schaal         per domein: past, te klein / deels, veel groter (gebied > 2x), geen\n"
    "Volledige definities: docs/agenda.md. Landelijke verbanden tellen niet mee, tenzij\n"
    "--include-national; beëindigde niet, tenzij --include-ended.\n"
    "\n"
    "Met --all NIVEAU in plaats van --region: het landelijke kaartthema, per gebied de specialisaties\n"
    "zonder samenwerkingsverband op economie dat het hele gebied dekt.\n"
    "\n"
    "Formaten: text (standaard, leesbaar Nederlands) of json.\n";

QString jsonText(const QJsonObject& root) { return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)); }

template <typename E>
QJsonArray keysOf(registry::EnumSet<E> set)
{
    QJsonArray out;
    for (E v : set.values())
        out.append(registry::key(v));
    return out;
}

QJsonObject itemJson(const SectorItem& it)
{
    QJsonArray bodies;
    for (const ActingBody& b : it.bodies)
        bodies.append(QJsonObject{{QStringLiteral("id"), b.id},
                                  {QStringLiteral("name"), b.name},
                                  {QStringLiteral("coverage"), b.coverage},
                                  {QStringLiteral("municipalities"), b.municipalities},
                                  {QStringLiteral("whole_region"), b.wholeRegion},
                                  {QStringLiteral("territory_municipalities"), b.territoryMunicipalities},
                                  {QStringLiteral("roles"), keysOf(b.roles)},
                                  {QStringLiteral("missing_actors"), keysOf(b.missingActors)}});
    return QJsonObject{{QStringLiteral("sector"), it.letters},
                       {QStringLiteral("key"), it.key},
                       {QStringLiteral("name"), it.title},
                       {QStringLiteral("lq"), jsonNumber(it.lq)},
                       {QStringLiteral("lq_from"), jsonNumber(it.lqFrom)},
                       {QStringLiteral("jobs"), jsonNumber(it.jobs)},
                       {QStringLiteral("jobs_from"), jsonNumber(it.jobsFrom)},
                       {QStringLiteral("change"), jsonNumber(it.change)},
                       {QStringLiteral("growth"), jsonNumber(it.growth)},
                       {QStringLiteral("national_growth"), jsonNumber(it.nationalGrowth)},
                       {QStringLiteral("density"), jsonNumber(it.density)},
                       {QStringLiteral("knowledge_intensive"), it.knowledgeIntensive},
                       {QStringLiteral("source"), it.source},
                       {QStringLiteral("bodies"), bodies}};
}

QJsonArray itemsJson(const std::vector<SectorItem>& items)
{
    QJsonArray out;
    for (const SectorItem& it : items)
        out.append(itemJson(it));
    return out;
}

QJsonArray pairsJson(const std::vector<SectorPair>& pairs)
{
    QJsonArray out;
    for (const SectorPair& p : pairs)
        out.append(QJsonObject{{QStringLiteral("sector"), p.letters},
                               {QStringLiteral("key"), p.key},
                               {QStringLiteral("name"), p.title},
                               {QStringLiteral("lq_region"), jsonNumber(p.lqRegion)},
                               {QStringLiteral("lq_neighbour"), jsonNumber(p.lqNeighbour)}});
    return out;
}

QString toJson(const Agenda& a)
{
    QJsonArray neighbours;
    for (const Neighbour& n : a.neighbours)
        neighbours.append(QJsonObject{{QStringLiteral("code"), n.code},
                                      {QStringLiteral("name"), n.name},
                                      {QStringLiteral("basis"), n.basis},
                                      {QStringLiteral("shared"), pairsJson(n.shared)},
                                      {QStringLiteral("complementary"), pairsJson(n.complementary)}});
    QJsonObject scale;
    for (const DomainScale& s : a.scale) {
        QJsonArray bodies;
        for (const ScaleBody& b : s.bodies)
            bodies.append(QJsonObject{{QStringLiteral("id"), b.id},
                                      {QStringLiteral("name"), b.name},
                                      {QStringLiteral("fit"), scaleFitKey(b.fit)},
                                      {QStringLiteral("municipalities"), b.municipalities},
                                      {QStringLiteral("territory_municipalities"), b.territoryMunicipalities},
                                      {QStringLiteral("whole_region"), b.wholeRegion}});
        scale.insert(registry::key(s.domain), QJsonObject{{QStringLiteral("verdict"), scaleVerdictKey(s.verdict)},
                                                          {QStringLiteral("label"), scaleVerdictLabel(s.verdict)},
                                                          {QStringLiteral("bodies"), bodies}});
    }
    QJsonArray gaps, gapDetails;
    for (const Gap& g : a.gaps) {
        gaps.append(g.text);
        QJsonObject numbers;
        for (const auto& [name, value] : g.numbers)
            numbers.insert(name, jsonNumber(value));
        gapDetails.append(QJsonObject{{QStringLiteral("kind"), g.kind},
                                      {QStringLiteral("text"), g.text},
                                      {QStringLiteral("sectors"), QJsonArray::fromStringList(g.sectors)},
                                      {QStringLiteral("bodies"), QJsonArray::fromStringList(g.bodies)},
                                      {QStringLiteral("domain"), g.domain ? QJsonValue(registry::key(*g.domain)) : QJsonValue()},
                                      {QStringLiteral("numbers"), numbers}});
    }
    const QJsonObject region{{QStringLiteral("code"), a.code},
                             {QStringLiteral("name"), a.name},
                             {QStringLiteral("level"), a.level ? QJsonValue(levelKey(*a.level)) : QJsonValue()},
                             {QStringLiteral("municipalities"), int(a.municipalities.size())},
                             {QStringLiteral("economy_basis"), a.economyRegion.basis},
                             {QStringLiteral("economy_exact"), a.economyRegion.exact},
                             {QStringLiteral("corop"), QJsonArray::fromStringList(a.economyRegion.rows)}};
    return jsonText(QJsonObject{{QStringLiteral("region"), region},
                                {QStringLiteral("from"), a.from},
                                {QStringLiteral("to"), a.to},
                                {QStringLiteral("data_sources"), QJsonArray::fromStringList(a.dataSources)},
                                {QStringLiteral("density_median"), jsonNumber(a.densityMedian)},
                                {QStringLiteral("strengths"), itemsJson(a.strengths)},
                                {QStringLiteral("threats"), itemsJson(a.threats)},
                                {QStringLiteral("opportunities"), itemsJson(a.opportunities)},
                                {QStringLiteral("neighbours"), neighbours},
                                {QStringLiteral("scale"), scale},
                                {QStringLiteral("gaps"), gaps},
                                {QStringLiteral("gap_details"), gapDetails}});
}

QString bodyLine(const ActingBody& b, int regionSize)
{
    const QString cover = b.wholeRegion ? QCoreApplication::translate("regio::cli", "hele gebied")
                                        : QCoreApplication::translate("regio::cli", "%1 van %2 gemeenten").arg(b.municipalities).arg(regionSize);
    QString s = QStringLiteral("%1 [%2] — %3; %4").arg(b.name, b.id, cover, registry::joinLabels(b.roles).toLower());
    if (!b.missingActors.isEmpty())
        s += QStringLiteral("; ontbreekt: %1").arg(actorWords(b.missingActors));
    return s;
}

// "COROP-gebied" keeps its capitals, "Provincie" becomes "provincie".
QString levelWord(Level level)
{
    const QString l = levelLabel(level);
    return l.size() > 1 && l[1].isLower() ? l.left(1).toLower() + l.mid(1) : l;
}

QString jobsText(double v) { return economy::isKnown(v) ? dutchNumber(v, 0) : QStringLiteral("onbekend"); }

void itemsText(QString& t, const std::vector<SectorItem>& items, bool density)
{
    if (items.empty()) {
        t += QStringLiteral("  geen\n");
        return;
    }
    for (const SectorItem& it : items)
        t += QCoreApplication::translate("regio::cli", "  %1 — LQ %2; %3 banen (%4%5, %6; Nederland %7)%8\n")
                 .arg(it.title, dutchNumber(it.lq, 2), jobsText(it.jobs),
                      economy::isKnown(it.change) && it.change > 0 ? QStringLiteral("+") : QString(),
                      jobsText(it.change), dutchPercent(it.growth), dutchPercent(it.nationalGrowth),
                      density ? QStringLiteral("; dichtheid %1").arg(dutchNumber(it.density, 1)) : QString());
}

// The bodies are the same for every strength and opportunity (docs/agenda.md); only the missing
// actors differ, for knowledge-intensive sections. Text lists them once, with that difference.
void bodiesText(QString& t, const Agenda& a)
{
    std::vector<const SectorItem*> items;
    for (const SectorItem& it : a.strengths)
        items.push_back(&it);
    for (const SectorItem& it : a.opportunities)
        items.push_back(&it);
    if (items.empty())
        return;
    const SectorItem* plain = nullptr;
    const SectorItem* kis = nullptr;
    QStringList kisLetters;
    for (const SectorItem* it : items) {
        if (it->knowledgeIntensive) {
            kis = kis ? kis : it;
            kisLetters << it->letters;
        } else {
            plain = plain ? plain : it;
        }
    }
    const int n = int(a.municipalities.size());
    t += QCoreApplication::translate("regio::cli", "Wie kan handelen op de sterktes en kansen (dekking; rol; ontbrekende actoren):\n");
    const SectorItem* first = plain ? plain : kis;
    if (first->bodies.empty())
        t += QCoreApplication::translate("regio::cli", "  geen samenwerkingsverband\n");
    for (size_t k = 0; k < first->bodies.size(); ++k) {
        t += QStringLiteral("  - %1\n").arg(bodyLine(first->bodies[k], n));
        if (plain && kis) {
            ActorSet extra = kis->bodies[k].missingActors;
            for (registry::Actor x : plain->bodies[k].missingActors.values())
                extra.remove(x);
            if (!extra.isEmpty())
                t += QCoreApplication::translate("regio::cli", "      bij kennisintensieve secties (%1) ook: %2\n")
                         .arg(kisLetters.join(QStringLiteral(", ")), actorWords(extra));
        }
    }
}

QString pairsText(const std::vector<SectorPair>& pairs)
{
    QStringList parts;
    for (const SectorPair& p : pairs)
        parts << QStringLiteral("%1 (%2 / %3)").arg(p.title, dutchNumber(p.lqRegion, 2), dutchNumber(p.lqNeighbour, 2));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QString toText(const Agenda& a)
{
    QString t;
    const auto line = [&t](const QString& s) { t += s + QLatin1Char('\n'); };
    const int n = int(a.municipalities.size());
    line(a.dataSources.front());
    line(QCoreApplication::translate("regio::cli", "Regionale agenda: %1%2%3; %4 %5")
             .arg(a.name, a.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.code),
                  a.level ? QStringLiteral(", ") + levelWord(*a.level) : QString())
             .arg(n)
             .arg(n == 1 ? QCoreApplication::translate("regio::cli", "gemeente") : QCoreApplication::translate("regio::cli", "gemeenten")));
    line(QCoreApplication::translate("regio::cli", "Periode: %1–%2; economie: %3").arg(a.from).arg(a.to).arg(a.economyRegion.basis));
    for (qsizetype i = 1; i < a.dataSources.size(); ++i)
        line(a.dataSources[i]);
    line(QString());
    line(QCoreApplication::translate("regio::cli", "Sterktes (LQ > 1; banen %1, verandering sinds %2):").arg(a.to).arg(a.from));
    itemsText(t, a.strengths, false);
    line(QCoreApplication::translate("regio::cli", "Bedreigingen (sterktes die minder groeiden dan landelijk):"));
    itemsText(t, a.threats, false);
    line(QCoreApplication::translate("regio::cli", "Kansen (LQ ≤ 1, verwantschapsdichtheid boven de mediaan %1):").arg(dutchNumber(a.densityMedian, 1)));
    itemsText(t, a.opportunities, true);
    bodiesText(t, a);
    line(QCoreApplication::translate("regio::cli", "Buurregio's (LQ gebied / LQ buur):"));
    if (a.neighbours.empty())
        line(QStringLiteral("  geen"));
    for (const Neighbour& nb : a.neighbours) {
        line(QStringLiteral("  %1 (%2)").arg(nb.name, nb.code));
        line(QStringLiteral("      gedeeld: %1").arg(pairsText(nb.shared)));
        line(QStringLiteral("      aanvullend: %1").arg(pairsText(nb.complementary)));
    }
    line(QStringLiteral("Schaal:"));
    for (const DomainScale& s : a.scale) {
        QStringList bodies;
        for (const ScaleBody& b : s.bodies)
            bodies << QCoreApplication::translate("regio::cli", "%1 (%2 van %3 gemeenten; gebied %4)")
                          .arg(b.name).arg(b.municipalities).arg(n).arg(b.territoryMunicipalities);
        line(QStringLiteral("  %1: %2%3").arg(registry::label(s.domain), scaleVerdictLabel(s.verdict),
                                              bodies.isEmpty() ? QString() : QStringLiteral(" — ") + bodies.join(QStringLiteral(", "))));
    }
    line(QStringLiteral("Lacunes:%1").arg(a.gaps.empty() ? QStringLiteral(" geen") : QString()));
    for (const Gap& g : a.gaps)
        line(QStringLiteral("  - ") + g.text);
    return t;
}

// The national map theme (--all LEVEL): per region, the specialisations no body on Economie
// covering the whole region can take up.
QString themeText(const std::vector<ThemeEntry>& theme, const QString& format, const QString& source, Level level)
{
    if (format == QLatin1String("json")) {
        QJsonArray regionsJson;
        for (const ThemeEntry& e : theme)
            regionsJson.append(QJsonObject{{QStringLiteral("code"), e.code},
                                           {QStringLiteral("name"), e.name},
                                           {QStringLiteral("specialisations"), e.specialisations},
                                           {QStringLiteral("uncovered_count"), e.count()},
                                           {QStringLiteral("uncovered"), QJsonArray::fromStringList(e.uncovered)},
                                           {QStringLiteral("without_full_table"), QJsonArray::fromStringList(e.withoutFullTable)}});
        return jsonText(QJsonObject{{QStringLiteral("level"), levelKey(level)},
                                    {QStringLiteral("data_sources"), QJsonArray{source}},
                                    {QStringLiteral("regions"), regionsJson}});
    }
    QString t = source + QLatin1Char('\n');
    t += QCoreApplication::translate("regio::cli", "Specialisaties (LQ > 1) per %1: zonder samenwerkingsverband op economie dat het hele gebied "
                        "dekt; zonder zo'n verband met de volledige tafel (docs/agenda.md)\n")
             .arg(levelWord(level));
    const auto list = [](const QStringList& l) {
        return l.isEmpty() ? QString() : QStringLiteral(" (") + l.join(QStringLiteral(", ")) + QLatin1Char(')');
    };
    for (const ThemeEntry& e : theme)
        t += QCoreApplication::translate("regio::cli", "  %1 %2: %3 specialisaties; zonder verband %4%5; zonder volledige tafel %6%7\n")
                 .arg(e.code, e.name)
                 .arg(e.specialisations)
                 .arg(e.count())
                 .arg(list(e.uncovered))
                 .arg(e.withoutFullTable.size())
                 .arg(list(e.withoutFullTable));
    return t;
}

} // namespace

int runAgenda(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    RealEconomyOptions o;
    o.format.setDescription(QCoreApplication::translate("regio::cli", "Uitvoerformaat: text (standaard), json, xlsx (Excel, met --out: de sectoren en de "
                                           "lacunes) of excel-csv (de sectoren); xlsx en excel-csv alleen met --region."));
    const SpreadsheetOptions spreadsheet;
    const QCommandLineOption fromOpt(QStringLiteral("from"), QCoreApplication::translate("regio::cli", "Beginjaar (standaard het eerste, 2010)."),
                                     QStringLiteral("jaar"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QCoreApplication::translate("regio::cli", "Eindjaar (standaard het laatste, 2024)."),
                                   QStringLiteral("jaar"));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
                                            QCoreApplication::translate("regio::cli", "Lees dit registerbestand in plaats van het ingebouwde (JSON, of een XLSX/ODS-rekenblad met één verband per rij)."),
                                            QStringLiteral("bestand"));
    const QCommandLineOption endedOption(QStringLiteral("include-ended"),
                                         QCoreApplication::translate("regio::cli", "Tel ook beëindigde samenwerkingsverbanden mee."));
    const QCommandLineOption nationalOption(QStringLiteral("include-national"),
                                            QCoreApplication::translate("regio::cli", "Tel ook landelijke samenwerkingsverbanden mee."));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       QCoreApplication::translate("regio::cli", "In plaats van --region: het landelijke kaartthema voor alle gebieden van "
                                                      "een niveau (corop of arbeidsmarktregio): per gebied de specialisaties "
                                                      "zonder samenwerkingsverband op economie dat het hele gebied dekt."),
                                       QStringLiteral("niveau"));
    parser.addOptions({o.region, allOption, fromOpt, toOpt, o.format, registryOption, endedOption, nationalOption,
                       o.statline, o.measure, o.out, spreadsheet.decimalComma});
    if (!parseArguments(parser, QStringLiteral("agenda"), QString::fromUtf8(kDescription), args, io))
        return ExitOk;
    const QString format = spreadsheetFormat(
        parser, formatOption(parser, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("excel-csv")}),
        spreadsheet);
    std::optional<Level> allLevel;
    if (parser.isSet(allOption)) {
        if (parser.isSet(o.region))
            throw UsageError(QCoreApplication::translate("regio::cli", "--all en --region sluiten elkaar uit"));
        allLevel = levelFromKey(parser.value(allOption));
        if (!allLevel)
            throw UsageError(QCoreApplication::translate("regio::cli", "--all: onbekend niveau '%1' (gemeente, provincie, corop of arbeidsmarktregio)")
                                 .arg(parser.value(allOption)));
    }
    const RealEconomy e = loadRealEconomy(parser, o, allLevel.has_value());
    const int from = yearOption(parser, fromOpt, *e.panel, true);
    const int to = yearOption(parser, toOpt, *e.panel);
    if (from >= to)
        throw UsageError(QCoreApplication::translate("regio::cli", "--from (%1) moet vóór --to (%2) liggen").arg(from).arg(to));

    const RegionModel& regions = RegionModel::embedded();
    // A refused registry reaches run(), which prints each problem on its own line (exit 3).
    const registry::Registry registry = parser.isSet(registryOption) ? registry::loadRegistry(parser.value(registryOption), regions)
                                                                     : registry::loadDefaultRegistry(regions);
    AgendaOptions options;
    options.from = from;
    options.to = to;
    options.includeEnded = parser.isSet(endedOption);
    options.includeNational = parser.isSet(nationalOption);
    options.sourceLine = e.source;
    const AgendaContext context(regions, *e.panel, registry, options);
    const bool spreadsheetOut = format == QLatin1String("xlsx") || format == QLatin1String("excel-csv");
    if (allLevel && spreadsheetOut)
        throw UsageError(QStringLiteral("--format %1 kan alleen met --region, niet met --all").arg(format));
    if (allLevel) {
        writeOutput(parser, themeText(uncoveredSpecialisations(*allLevel, context), format, e.source, *allLevel), io);
        return ExitOk;
    }
    const Agenda a = agendaOf(e.region.code, context);
    if (writeSpreadsheet(parser, format, spreadsheet, agendaTables(a), io))
        return ExitOk;
    writeOutput(parser, format == QLatin1String("json") ? toJson(a) : toText(a), io);
    return ExitOk;
}

} // namespace regio::cli
