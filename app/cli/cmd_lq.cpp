// regio lq: location quotients (or binary specialisation) of a region × sector employment table.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/demo_economy.h"
#include "economy/economy_table.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"

namespace regio::cli {

int runLq(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QStringLiteral("Werkgelegenheid per regio en sector (CSV of XLSX/ODS-rekenblad, breed 'region,<sectoren…>' of lang "
                       "'region,sector,value'). Zonder deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption binaryOption(QStringLiteral("binary"),
        QCoreApplication::translate("regio::cli", "Schrijf 1 (gespecialiseerd, LQ > 1) of 0 in plaats van het quotiënt."));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const DataChoice dataChoice;
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("Uitvoerformaat: csv (standaard), xlsx (Excel, met --out) of excel-csv."),
                                       QStringLiteral("formaat"));
    const SpreadsheetOptions spreadsheet;
    parser.addOptions({employmentOption, binaryOption, outOption, dataChoice.data, dataChoice.year, formatOpt,
                       spreadsheet.decimalComma});
    if (!parseArguments(parser, QStringLiteral("lq"),
                        QCoreApplication::translate("regio::cli", "Berekent de locatiequotiënt (LQ) per regio en sector:\n"
                                       "  LQ[r,i] = (E[r,i] / E[r,·]) / (E[·,i] / E[·,·]),\n"
                                       "met E de werkgelegenheid; een regio is gespecialiseerd in een sector als LQ > 1.\n"
                                       "Uitvoer: CSV in het brede formaat van de invoer, kop 'region,<sectorcodes…>'.\n"
                                       "Met de ingebouwde demonstratiedata begint de uitvoer met de regel\n"
                                       "'# Demonstratiedata — geen officiële statistiek'."),
                        args, io))
        return ExitOk;

    const QString format = spreadsheetFormat(
        parser, formatOption(parser, {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("excel-csv")}), spreadsheet);
    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.needFlows = false;
    applyDataChoice(parser, dataChoice, request);
    const economy::EconomyData data = economy::loadEconomy(request);
    if (writeSpreadsheet(parser, format, spreadsheet, {economy::lqTable(data, parser.isSet(binaryOption))}, io))
        return ExitOk;
    economy::Matrix lq = data.locationQuotients();
    if (parser.isSet(binaryOption))
        lq = economy::binarySpecialisation(lq);
    writeOutput(parser, matrixCsv(lq, QStringLiteral("region"), dataHeader(data)), io);
    return ExitOk;
}

} // namespace regio::cli
