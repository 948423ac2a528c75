// regio relatedness: sector × sector relatedness from labour flows or from co-occurrence.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/demo_economy.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"

namespace regio::cli {

int runRelatedness(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption methodOpt(QStringLiteral("method"),
        QCoreApplication::translate("regio::cli", "Methode: flows (standaard), proximity, prob, association, cosine of jaccard."),
        QStringLiteral("methode"), QStringLiteral("flows"));
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QStringLiteral("Werkgelegenheid per regio en sector (CSV of XLSX/ODS-rekenblad, breed of lang), voor de methoden op basis van "
                       "gezamenlijke specialisatie. Zonder deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
        QCoreApplication::translate("regio::cli", "Baanwisselaars tussen sectoren (CSV, breed 'from,<sectoren…>' of lang 'from,to,value'), "
                       "voor --method flows. Zonder deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const DataChoice dataChoice;
    parser.addOptions({methodOpt, employmentOption, flowsOption, outOption, dataChoice.data, dataChoice.year});
    if (!parseArguments(parser, QStringLiteral("relatedness"),
                        QCoreApplication::translate("regio::cli", "Berekent de verwantschap tussen sectoren als vierkante matrix (diagonaal 0):\n"
                                       "  flows        vaardigheidsverwantschap uit baanwisselingen (Neffke & Henning 2013),\n"
                                       "               genormaliseerd naar [-1, 1) en symmetrisch gemaakt;\n"
                                       "  proximity    Hidalgo et al. (2007): C[i,j] / max(C[i,i], C[j,j]);\n"
                                       "  prob, association, cosine, jaccard\n"
                                       "               de normalisaties van EconGeo relatedness() (Balland).\n"
                                       "C = Mᵀ·M telt de regio's die in beide sectoren gespecialiseerd zijn (LQ > 1).\n"
                                       "Uitvoer: CSV met kop 'sector,<sectorcodes…>'. Met de ingebouwde demonstratiedata\n"
                                       "begint de uitvoer met de regel '# Demonstratiedata — geen officiële statistiek'."),
                        args, io))
        return ExitOk;

    const economy::RelatednessMethod method = methodOption(parser, methodOpt);

    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.flowsPath = parser.value(flowsOption);
    request.needFlows = method == economy::RelatednessMethod::Flows;
    request.needEmployment = !request.needFlows;
    // An option that would be silently ignored is a mistake the user should hear about.
    if (request.needFlows && !request.employmentPath.isEmpty())
        throw UsageError(QCoreApplication::translate("regio::cli", "--employment wordt bij --method flows niet gebruikt; geef --flows of kies "
                                        "een methode op basis van gezamenlijke specialisatie"));
    applyDataChoice(parser, dataChoice, request);
    const economy::EconomyData data = economy::loadEconomy(request);
    const economy::Matrix result = economy::relatednessFor(method, data);

    const QString text = matrixCsv(result, QStringLiteral("sector"), dataHeader(data));
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
