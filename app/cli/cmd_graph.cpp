// regio graph: the sector network (DESIGN.md §5 "Network") as JSON or GraphML — nodes with
// layout positions, Louvain community, degree, strength and betweenness; edges with relatedness
// and a backbone flag. The relatedness comes from core/economy, the network from core/graph.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/classification.h"
#include "economy/demo_economy.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"
#include "graph/export.h"
#include "graph/sector_network.h"

#include <QFileInfo>

#include <cmath>

namespace regio::cli {

namespace {

// One node per sector of the relatedness matrix: name and SBI section from the data's sector
// table or the SBI 2008 divisions; weight = national employment (or, without an employment table,
// the job switchers leaving and entering the sector).
std::vector<graph::SectorNode> sectorNodes(const economy::Matrix& relatedness, const economy::EconomyData& data)
{
    std::vector<graph::SectorNode> nodes;
    const QStringList& codes = relatedness.rowLabels();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        graph::SectorNode node;
        node.id = codes.at(i);
        node.label = data.sectorName(node.id);
        for (const economy::SectorInfo& s : data.sectors)
            if (s.code == node.id)
                node.section = s.section;
        if (node.section.isEmpty())
            for (const economy::SectorInfo& s : economy::sbiDivisions())
                if (s.code == node.id) {
                    node.section = s.section;
                    if (node.label.isEmpty() || node.label == node.id)
                        node.label = s.name;
                }
        if (node.label.isEmpty())
            node.label = node.id;
        if (!data.employment.empty()) {
            const qsizetype column = data.employment.colIndex(node.id);
            node.weight = column < 0 ? 0.0 : data.employment.colSum(std::size_t(column));
        } else {
            const qsizetype row = data.flows.rowIndex(node.id), column = data.flows.colIndex(node.id);
            node.weight = (row < 0 ? 0.0 : data.flows.rowSum(std::size_t(row)))
                        + (column < 0 ? 0.0 : data.flows.colSum(std::size_t(column)));
        }
        nodes.push_back(node);
    }
    return nodes;
}

} // namespace

int runGraph(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QCoreApplication::translate("regio::cli", "Werkgelegenheid regio × sector (CSV of XLSX/ODS-rekenblad, breed of lang). Zonder --employment en --flows: de ingebouwde demonstratie-economie."), QStringLiteral("bestand"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
        QCoreApplication::translate("regio::cli", "Baanwisselaars sector × sector (CSV of XLSX/ODS), nodig voor --method flows."), QStringLiteral("bestand"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
        QCoreApplication::translate("regio::cli", "Verwantschap: flows (skill-relatedness uit baanwisselingen, standaard), proximity, prob, association, cosine of jaccard (co-occurrence van specialisaties)."),
        QStringLiteral("methode"), QStringLiteral("flows"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
        QCoreApplication::translate("regio::cli", "Verwant als de verwantschap groter is dan deze drempel (>= 0; standaard 0)."),
        QStringLiteral("drempel"), QStringLiteral("0"));
    const QCommandLineOption kOption(QStringLiteral("backbone-k"),
        QCoreApplication::translate("regio::cli", "Ruggengraat: maximale opspannende boom plus de k sterkste verbindingen per sector (standaard 3)."), QStringLiteral("k"), QStringLiteral("3"));
    const QCommandLineOption edgesOption(QStringLiteral("edges"),
        QCoreApplication::translate("regio::cli", "Welke verbindingen: all (alle verwante paren, standaard) of backbone."),
        QStringLiteral("keuze"), QStringLiteral("all"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
        QCoreApplication::translate("regio::cli", "Uitvoerformaat: json of graphml (standaard: volgens de extensie van --out, anders json)."),
        QStringLiteral("formaat"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand (.json of .graphml) in plaats van stdout."), QStringLiteral("bestand"));
    const DataChoice dataChoice;
    parser.addOptions({employmentOption, flowsOption, methodOption, thresholdOption, kOption, edgesOption, formatOpt,
                       outOption, dataChoice.data, dataChoice.year});
    if (!parseArguments(parser, QStringLiteral("graph"),
                        QCoreApplication::translate("regio::cli", "Het sectornetwerk: sectoren zijn knopen (grootte = landelijke werkgelegenheid,\n"
                                       "kleur = SBI-sectie), verwante sectoren zijn verbonden. Met ruggengraat,\n"
                                       "vaste (reproduceerbare) layout, Louvain-gemeenschappen en centraliteit.\n"
                                       "Uitvoer: JSON of GraphML (schema in docs/graph.md)."),
                        args, io))
        return ExitOk;

    const economy::RelatednessMethod methodValue = cli::methodOption(parser, methodOption);
    const QString method = parser.value(methodOption).toLower();
    bool ok = false;
    const double threshold = parser.value(thresholdOption).toDouble(&ok);
    if (!ok || !std::isfinite(threshold) || threshold < 0.0)
        throw UsageError(QCoreApplication::translate("regio::cli", "--threshold moet een getal >= 0 zijn, niet '%1'").arg(parser.value(thresholdOption)));
    const int k = parser.value(kOption).toInt(&ok);
    if (!ok || k < 0)
        throw UsageError(QCoreApplication::translate("regio::cli", "--backbone-k moet een geheel getal >= 0 zijn, niet '%1'").arg(parser.value(kOption)));
    const QString edges = parser.value(edgesOption).toLower();
    if (edges != QLatin1String("all") && edges != QLatin1String("backbone"))
        throw UsageError(QCoreApplication::translate("regio::cli", "--edges moet all of backbone zijn, niet '%1'").arg(parser.value(edgesOption)));

    QString format;
    if (parser.isSet(formatOpt)) {
        format = formatOption(parser, {QStringLiteral("json"), QStringLiteral("graphml")});
    } else if (parser.isSet(outOption)) {
        const QString suffix = QFileInfo(parser.value(outOption)).suffix().toLower();
        if (suffix != QLatin1String("json") && suffix != QLatin1String("graphml"))
            throw UsageError(QCoreApplication::translate("regio::cli", "kan het formaat niet afleiden uit '%1': gebruik .json of .graphml, of --format")
                                 .arg(parser.value(outOption)));
        format = suffix;
    } else {
        format = QStringLiteral("json");
    }

    // What is not given comes from the embedded demonstration economy (then the output says so).
    // Employment gives the node weights; without it (only --flows given) the weights are the
    // job switchers per sector.
    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.flowsPath = parser.value(flowsOption);
    request.needFlows = methodValue == economy::RelatednessMethod::Flows;
    request.needEmployment = !request.needFlows || !request.employmentPath.isEmpty() || request.flowsPath.isEmpty();
    applyDataChoice(parser, dataChoice, request);
    const economy::EconomyData data = economy::loadEconomy(request);

    const economy::Matrix relatedness = economy::relatednessFor(methodValue, data);
    graph::NetworkOptions options;
    options.threshold = threshold;
    options.backboneK = k;
    const graph::SectorNetwork network =
        graph::analyseSectorNetwork(relatedness.data(), sectorNodes(relatedness, data), options);

    graph::ExportInfo info;
    info.method = method;
    info.demonstration = data.demonstration;
    info.source = data.source;
    info.backboneOnly = edges == QLatin1String("backbone");
    const QByteArray bytes = format == QLatin1String("graphml") ? graph::toGraphMl(network, info) : graph::toJson(network, info);
    writeOutput(parser, QString::fromUtf8(bytes), io);
    return ExitOk;
}

} // namespace regio::cli
