// regio economy / growth / structure: the real economy of a region (CBS table 83582NED by default).
#include "cli/commands.h"

#include <QCoreApplication>
#include "cli/real_economy_input.h"

#include "economy/economy_table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regio::cli {

namespace {

QString jsonText(const QJsonObject& root) { return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)); }

QJsonObject regionJson(const RealEconomy& e)
{
    return QJsonObject{{QStringLiteral("code"), e.region.code},
                       {QStringLiteral("name"), e.region.name},
                       {QStringLiteral("basis"), e.region.basis},
                       {QStringLiteral("exact"), e.region.exact},
                       {QStringLiteral("corop"), QJsonArray::fromStringList(e.region.rows)}};
}

const QString kRegionHelp = QCoreApplication::translate("regio::cli", "Gebieden: een COROP-gebied is exact; een provincie en Nederland (NL01) zijn exacte sommen van\n"
    "COROP-gebieden; een arbeidsmarktregio of gemeente wordt benaderd door de COROP-gebieden die haar\n"
    "het best dekken (de uitvoer noemt welke, en hoeveel gemeenten daarin liggen).\n"
    "Geheime (onderdrukte) cellen van CBS blijven leeg: onbekend, nooit 0.\n"
    "De CSV-uitvoer begint met de regels '# Bron: …' en '# Gebied: …'.");

const QString kSpreadsheetFormats = QStringLiteral(
    "Uitvoerformaat: csv (standaard), json, xlsx (Excel, met --out; de tabel van het tabblad Economie) of excel-csv.");
const QStringList kSpreadsheetFormatKeys{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"),
                                         QStringLiteral("excel-csv")};

} // namespace

int runEconomy(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    RealEconomyOptions o;
    const QCommandLineOption yearOpt(QStringLiteral("year"), QCoreApplication::translate("regio::cli", "Jaar (standaard het laatste, 2024)."),
                                     QStringLiteral("jaar"));
    const SpreadsheetOptions spreadsheet;
    o.format.setDescription(kSpreadsheetFormats);
    parser.addOptions({o.region, yearOpt, o.statline, o.measure, o.format, o.out, spreadsheet.decimalComma});
    if (!parseArguments(parser, QStringLiteral("economy"),
                        QCoreApplication::translate("regio::cli", "De sectorstructuur van een gebied: per SBI-sectie de banen van werknemers, het aandeel\n"
                                       "in het gebied (E[r,i]/E[r,T]), het aandeel in Nederland, en de locatiequotiënt\n"
                                       "LQ = aandeel / aandeel NL (gespecialiseerd als LQ > 1).\n"
                                       "Kolommen: sector,name,jobs,share,share_nl,lq,status (status: ok, onderdrukt of benadering).\n")
                            + kRegionHelp,
                        args, io))
        return ExitOk;
    const QString format = spreadsheetFormat(parser, formatOption(parser, kSpreadsheetFormatKeys), spreadsheet);
    const RealEconomy e = loadRealEconomy(parser, o);
    const int year = yearOption(parser, yearOpt, *e.panel);
    const economy::SectorStructure s = economy::sectorStructure(*e.panel, e.region, year);
    if (format == QLatin1String("xlsx") || format == QLatin1String("excel-csv")) {
        // As the Economie tab: with the change since the panel's first year.
        const int first = e.panel->years().front();
        const economy::Growth g = first < year ? economy::growth(*e.panel, e.region, first, year) : economy::Growth{};
        writeSpreadsheet(parser, format, spreadsheet, {economy::sectorTable(s, g, e.region.name, e.region.basis, e.source)}, io);
        return ExitOk;
    }

    QString text;
    if (format == QLatin1String("json")) {
        QJsonArray sectors;
        for (const economy::SectorFigure& f : s.sectors)
            sectors.append(QJsonObject{{QStringLiteral("sector"), f.letters},
                                       {QStringLiteral("key"), f.key},
                                       {QStringLiteral("name"), f.title},
                                       {QStringLiteral("jobs"), jsonNumber(f.jobs)},
                                       {QStringLiteral("share"), jsonNumber(f.share)},
                                       {QStringLiteral("share_nl"), jsonNumber(f.shareNl)},
                                       {QStringLiteral("lq"), jsonNumber(f.lq)},
                                       {QStringLiteral("status"), economy::cellStatusKey(f.status)}});
        text = jsonText(QJsonObject{{QStringLiteral("source"), e.source},
                                    {QStringLiteral("region"), regionJson(e)},
                                    {QStringLiteral("year"), year},
                                    {QStringLiteral("total"), jsonNumber(s.total)},
                                    {QStringLiteral("total_nl"), jsonNumber(s.totalNl)},
                                    {QStringLiteral("sectors"), sectors}});
    } else {
        text = realEconomyHeader(e, QCoreApplication::translate("regio::cli", "Jaar: %1; banen van werknemers in december, totaal %2")
                                        .arg(year).arg(csvNumber(s.total)));
        text += csvRow({QStringLiteral("sector"), QStringLiteral("name"), QStringLiteral("jobs"), QStringLiteral("share"),
                        QStringLiteral("share_nl"), QStringLiteral("lq"), QStringLiteral("status")});
        for (const economy::SectorFigure& f : s.sectors)
            text += csvRow({f.letters, f.title, csvNumber(f.jobs), csvNumber(f.share), csvNumber(f.shareNl), csvNumber(f.lq),
                            economy::cellStatusKey(f.status)});
    }
    writeOutput(parser, text, io);
    return ExitOk;
}

int runGrowth(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    RealEconomyOptions o;
    const QCommandLineOption fromOpt(QStringLiteral("from"), QCoreApplication::translate("regio::cli", "Beginjaar (standaard het eerste, 2010)."),
                                     QStringLiteral("jaar"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QCoreApplication::translate("regio::cli", "Eindjaar (standaard het laatste, 2024)."),
                                   QStringLiteral("jaar"));
    const SpreadsheetOptions spreadsheet;
    o.format.setDescription(kSpreadsheetFormats);
    parser.addOptions({o.region, fromOpt, toOpt, o.statline, o.measure, o.format, o.out, spreadsheet.decimalComma});
    if (!parseArguments(parser, QStringLiteral("growth"),
                        QCoreApplication::translate("regio::cli", "De verandering van de banen per SBI-sectie tussen twee jaren, ontleed met de klassieke\n"
                                       "shift-share (Dunn 1960): met g de groei van alle banen in Nederland, g_i die van\n"
                                       "sector i in Nederland en g_ri die in het gebied:\n"
                                       "  national     = E0[r,i]·g            (had de sector als Nederland als geheel gegroeid)\n"
                                       "  industry_mix = E0[r,i]·(g_i − g)     (de sector groeide landelijk sneller of trager)\n"
                                       "  regional     = E0[r,i]·(g_ri − g_i)  (het gebied deed het beter of slechter)\n"
                                       "Samen gelijk aan change. specialisation: intrede (LQ ≤ 1 → > 1), uittrede (> 1 → ≤ 1),\n"
                                       "blijft, geen of onbekend.\n"
                                       "Kolommen: sector,name,jobs_from,jobs_to,change,national,industry_mix,regional,lq_from,lq_to,specialisation,status.\n"
                                       "Let op: COROP-grenzen volgen de indeling van elk jaar (gemeentelijke herindelingen).\n")
                            + kRegionHelp,
                        args, io))
        return ExitOk;
    const QString format = spreadsheetFormat(parser, formatOption(parser, kSpreadsheetFormatKeys), spreadsheet);
    const RealEconomy e = loadRealEconomy(parser, o);
    const int from = yearOption(parser, fromOpt, *e.panel, true);
    const int to = yearOption(parser, toOpt, *e.panel);
    if (from >= to)
        throw UsageError(QCoreApplication::translate("regio::cli", "--from (%1) moet vóór --to (%2) liggen").arg(from).arg(to));
    const economy::Growth g = economy::growth(*e.panel, e.region, from, to);
    if (writeSpreadsheet(parser, format, spreadsheet,
                         {economy::sectorTable(economy::sectorStructure(*e.panel, e.region, to), g, e.region.name,
                                               e.region.basis, e.source)}, io))
        return ExitOk;

    QString text;
    if (format == QLatin1String("json")) {
        QJsonArray sectors;
        for (const economy::GrowthFigure& f : g.sectors)
            sectors.append(QJsonObject{{QStringLiteral("sector"), f.letters},
                                       {QStringLiteral("key"), f.key},
                                       {QStringLiteral("name"), f.title},
                                       {QStringLiteral("jobs_from"), jsonNumber(f.jobsFrom)},
                                       {QStringLiteral("jobs_to"), jsonNumber(f.jobsTo)},
                                       {QStringLiteral("change"), jsonNumber(f.change)},
                                       {QStringLiteral("national"), jsonNumber(f.national)},
                                       {QStringLiteral("industry_mix"), jsonNumber(f.industryMix)},
                                       {QStringLiteral("regional"), jsonNumber(f.regional)},
                                       {QStringLiteral("lq_from"), jsonNumber(f.lqFrom)},
                                       {QStringLiteral("lq_to"), jsonNumber(f.lqTo)},
                                       {QStringLiteral("specialisation"), economy::specialisationChangeKey(f.specialisation)},
                                       {QStringLiteral("status"), economy::cellStatusKey(f.status)}});
        text = jsonText(QJsonObject{{QStringLiteral("source"), e.source},
                                    {QStringLiteral("region"), regionJson(e)},
                                    {QStringLiteral("from"), from},
                                    {QStringLiteral("to"), to},
                                    {QStringLiteral("total_from"), jsonNumber(g.totalFrom)},
                                    {QStringLiteral("total_to"), jsonNumber(g.totalTo)},
                                    {QStringLiteral("national_growth"), jsonNumber(g.nationalGrowth)},
                                    {QStringLiteral("sectors"), sectors}});
    } else {
        text = realEconomyHeader(e, QCoreApplication::translate("regio::cli", "Van %1 tot %2; groei van alle banen in Nederland %3")
                                        .arg(from).arg(to).arg(csvNumber(g.nationalGrowth)));
        text += csvRow({QStringLiteral("sector"), QStringLiteral("name"), QStringLiteral("jobs_from"), QStringLiteral("jobs_to"),
                        QStringLiteral("change"), QStringLiteral("national"), QStringLiteral("industry_mix"),
                        QStringLiteral("regional"), QStringLiteral("lq_from"), QStringLiteral("lq_to"),
                        QStringLiteral("specialisation"), QStringLiteral("status")});
        for (const economy::GrowthFigure& f : g.sectors)
            text += csvRow({f.letters, f.title, csvNumber(f.jobsFrom), csvNumber(f.jobsTo), csvNumber(f.change),
                            csvNumber(f.national), csvNumber(f.industryMix), csvNumber(f.regional), csvNumber(f.lqFrom),
                            csvNumber(f.lqTo), economy::specialisationChangeKey(f.specialisation),
                            economy::cellStatusKey(f.status)});
    }
    writeOutput(parser, text, io);
    return ExitOk;
}

int runStructure(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    RealEconomyOptions o;
    const QCommandLineOption yearOpt(QStringLiteral("year"), QCoreApplication::translate("regio::cli", "Jaar (standaard het laatste, 2024)."),
                                     QStringLiteral("jaar"));
    parser.addOptions({o.region, yearOpt, o.statline, o.measure, o.format, o.out});
    if (!parseArguments(parser, QStringLiteral("structure"),
                        QCoreApplication::translate("regio::cli", "Structuurmaten van een gebied, met p[r,i] = het aandeel van sectie i in de banen van\n"
                                       "de gepubliceerde secties van het gebied:\n"
                                       "  krugman            Σ|p[r,i] − p[NL,i]|: verschil met Nederland (0 = gelijk, 2 = niets gemeen)\n"
                                       "  herfindahl         Σ p²: concentratie (1 = één sector)\n"
                                       "  entropy            Σ p·log2(1/p): spreiding, in bits\n"
                                       "  related_variety    spreiding binnen de groepen A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U\n"
                                       "  unrelated_variety  spreiding over die groepen (Frenken, Van Oort & Verburg 2007);\n"
                                       "                     related + unrelated = entropy.\n"
                                       "Kolommen: krugman,herfindahl,entropy,related_variety,unrelated_variety,sections_used,sections_unknown.\n")
                            + kRegionHelp,
                        args, io))
        return ExitOk;
    const QString format = formatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    const RealEconomy e = loadRealEconomy(parser, o);
    const int year = yearOption(parser, yearOpt, *e.panel);
    const economy::StructureIndices s = economy::structureIndices(*e.panel, e.region, year);

    QString text;
    if (format == QLatin1String("json")) {
        text = jsonText(QJsonObject{{QStringLiteral("source"), e.source},
                                    {QStringLiteral("region"), regionJson(e)},
                                    {QStringLiteral("year"), year},
                                    {QStringLiteral("krugman"), jsonNumber(s.krugman)},
                                    {QStringLiteral("herfindahl"), jsonNumber(s.herfindahl)},
                                    {QStringLiteral("entropy"), jsonNumber(s.entropy)},
                                    {QStringLiteral("related_variety"), jsonNumber(s.relatedVariety)},
                                    {QStringLiteral("unrelated_variety"), jsonNumber(s.unrelatedVariety)},
                                    {QStringLiteral("sections_used"), s.sectionsUsed},
                                    {QStringLiteral("sections_unknown"), s.sectionsUnknown}});
    } else {
        text = realEconomyHeader(e, QCoreApplication::translate("regio::cli", "Jaar: %1; %2 secties gepubliceerd, %3 geheim")
                                        .arg(year).arg(s.sectionsUsed).arg(s.sectionsUnknown));
        text += csvRow({QStringLiteral("krugman"), QStringLiteral("herfindahl"), QStringLiteral("entropy"),
                        QStringLiteral("related_variety"), QStringLiteral("unrelated_variety"),
                        QStringLiteral("sections_used"), QStringLiteral("sections_unknown")});
        text += csvRow({csvNumber(s.krugman), csvNumber(s.herfindahl), csvNumber(s.entropy), csvNumber(s.relatedVariety),
                        csvNumber(s.unrelatedVariety), QString::number(s.sectionsUsed), QString::number(s.sectionsUnknown)});
    }
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
