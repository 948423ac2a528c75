// regio swot: the SWOT grouping of a region's sectors (van Oort et al. 2016).
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/demo_economy.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"

#include <QLocale>

namespace regio::cli {

int runSwot(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption regionOption(QStringLiteral("region"),
        QCoreApplication::translate("regio::cli", "Code van de regio (verplicht), zoals in de werkgelegenheid; bij de demonstratiedata "
                       "een COROP-code CR01..CR40."),
        QStringLiteral("code"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
        QCoreApplication::translate("regio::cli", "Drempel voor 'goed ingebed' (0–100). Standaard: de mediaan van de inbedding over de "
                       "sectoren van de regio."),
        QStringLiteral("getal"));
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QCoreApplication::translate("regio::cli", "Werkgelegenheid per regio en sector (CSV, breed of lang). Zonder deze optie: de "
                       "ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
        QCoreApplication::translate("regio::cli", "Baanwisselaars tussen sectoren (CSV, breed of lang), met dezelfde sectorcodes. Zonder "
                       "deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const DataChoice dataChoice;
    parser.addOptions({regionOption, thresholdOption, employmentOption, flowsOption, outOption, dataChoice.data, dataChoice.year});
    if (!parseArguments(parser, QStringLiteral("swot"),
                        QCoreApplication::translate("regio::cli", "Deelt de sectoren van een regio in naar specialisatie en inbedding (van Oort et al.\n"
                                       "2016; SER 2017, fig. B.7):\n"
                                       "  Sterkte     gespecialiseerd (LQ > 1) en goed ingebed\n"
                                       "  Bedreiging  gespecialiseerd, maar slecht ingebed\n"
                                       "  Kans        niet gespecialiseerd, maar goed ingebed\n"
                                       "  Zwakte      niet gespecialiseerd en slecht ingebed\n"
                                       "Inbedding = verwantschapsdichtheid (0–100) met de vaardigheidsverwantschap uit\n"
                                       "baanwisselingen; 'goed ingebed' = boven de drempel.\n"
                                       "Uitvoer: CSV met kolommen sector, lq, embeddedness, quadrant. Met de ingebouwde\n"
                                       "demonstratiedata begint de uitvoer met de regel\n"
                                       "'# Demonstratiedata — geen officiële statistiek'."),
                        args, io))
        return ExitOk;

    if (!parser.isSet(regionOption))
        throw UsageError(QCoreApplication::translate("regio::cli", "--region ontbreekt"));
    std::optional<double> threshold;
    if (parser.isSet(thresholdOption)) {
        bool ok = false;
        const double t = QLocale::c().toDouble(parser.value(thresholdOption), &ok);
        if (!ok || !(t >= 0.0 && t <= 100.0))
            throw UsageError(QCoreApplication::translate("regio::cli", "--threshold moet een getal van 0 tot en met 100 zijn, niet '%1'")
                                 .arg(parser.value(thresholdOption)));
        threshold = t;
    }

    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.flowsPath = parser.value(flowsOption);
    applyDataChoice(parser, dataChoice, request);
    const economy::EconomyData data = economy::loadEconomy(request);
    const QString region = parser.value(regionOption);
    const qsizetype row = data.employment.rowIndex(region);
    if (row < 0)
        throw UsageError(QCoreApplication::translate("regio::cli", "onbekende regio '%1'").arg(region));

    const economy::Matrix lq = data.locationQuotients();
    const economy::Matrix emb = economy::embeddedness(economy::binarySpecialisation(lq),
                                                      economy::skillRelatedness(data.flows));
    const economy::SwotResult result = economy::swot(lq, emb, std::size_t(row), threshold);

    QString text = dataHeader(data);
    text += csvRow({QStringLiteral("sector"), QStringLiteral("lq"), QStringLiteral("embeddedness"), QStringLiteral("quadrant")});
    for (const economy::SwotEntry& e : result.entries)
        text += csvRow({e.sector, formatNumber(e.lq), formatNumber(e.embeddedness), economy::quadrantName(e.quadrant)});
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
