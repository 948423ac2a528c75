// regio lq: location quotients (or binary specialisation) of a region × sector employment table.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/demo_economy.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"

namespace regio::cli {

int runLq(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QCoreApplication::translate("regio::cli", "Werkgelegenheid per regio en sector (CSV, breed 'region,<sectoren…>' of lang "
                       "'region,sector,value'). Zonder deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption binaryOption(QStringLiteral("binary"),
        QCoreApplication::translate("regio::cli", "Schrijf 1 (gespecialiseerd, LQ > 1) of 0 in plaats van het quotiënt."));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const DataChoice dataChoice;
    parser.addOptions({employmentOption, binaryOption, outOption, dataChoice.data, dataChoice.year});
    if (!parseArguments(parser, QStringLiteral("lq"),
                        QCoreApplication::translate("regio::cli", "Berekent de locatiequotiënt (LQ) per regio en sector:\n"
                                       "  LQ[r,i] = (E[r,i] / E[r,·]) / (E[·,i] / E[·,·]),\n"
                                       "met E de werkgelegenheid; een regio is gespecialiseerd in een sector als LQ > 1.\n"
                                       "Uitvoer: CSV in het brede formaat van de invoer, kop 'region,<sectorcodes…>'.\n"
                                       "Met de ingebouwde demonstratiedata begint de uitvoer met de regel\n"
                                       "'# Demonstratiedata — geen officiële statistiek'."),
                        args, io))
        return ExitOk;

    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.needFlows = false;
    applyDataChoice(parser, dataChoice, request);
    const economy::EconomyData data = economy::loadEconomy(request);
    economy::Matrix lq = data.locationQuotients();
    if (parser.isSet(binaryOption))
        lq = economy::binarySpecialisation(lq);
    writeOutput(parser, matrixCsv(lq, QStringLiteral("region"), dataHeader(data)), io);
    return ExitOk;
}

} // namespace regio::cli
