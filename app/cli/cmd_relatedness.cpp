// regio relatedness: sector × sector relatedness from labour flows or from co-occurrence.
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/demo_economy.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"

namespace regio::cli {

int runRelatedness(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption methodOption(QStringLiteral("method"),
        QStringLiteral("Methode: flows (standaard), proximity, prob, association, cosine of jaccard."),
        QStringLiteral("methode"), QStringLiteral("flows"));
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QStringLiteral("Werkgelegenheid per regio en sector (CSV, breed of lang), voor de methoden op basis van "
                       "gezamenlijke specialisatie. Zonder deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
        QStringLiteral("Baanwisselaars tussen sectoren (CSV, breed 'from,<sectoren…>' of lang 'from,to,value'), "
                       "voor --method flows. Zonder deze optie: de ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    parser.addOptions({methodOption, employmentOption, flowsOption, outOption});
    if (!parseArguments(parser, QStringLiteral("relatedness"),
                        QStringLiteral("Berekent de verwantschap tussen sectoren als vierkante matrix (diagonaal 0):\n"
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

    const QString method = parser.value(methodOption).toLower();
    const QStringList methods{QStringLiteral("flows"), QStringLiteral("proximity"), QStringLiteral("prob"),
                              QStringLiteral("association"), QStringLiteral("cosine"), QStringLiteral("jaccard")};
    if (!methods.contains(method))
        throw UsageError(QStringLiteral("--method moet een van %1 zijn, niet '%2'")
                             .arg(methods.join(QStringLiteral(", ")), parser.value(methodOption)));

    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.flowsPath = parser.value(flowsOption);
    request.needFlows = method == QLatin1String("flows");
    request.needEmployment = !request.needFlows;
    const economy::EconomyData data = economy::loadEconomy(request);

    economy::Matrix result;
    if (method == QLatin1String("flows")) {
        result = economy::skillRelatedness(data.flows);
    } else {
        const economy::Matrix c = economy::coOccurrence(
            economy::binarySpecialisation(economy::locationQuotient(data.employment)));
        if (method == QLatin1String("proximity"))
            result = economy::proximity(c);
        else if (method == QLatin1String("prob"))
            result = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Probability);
        else if (method == QLatin1String("association"))
            result = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Association);
        else if (method == QLatin1String("cosine"))
            result = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Cosine);
        else
            result = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Jaccard);
    }

    const QString text = matrixCsv(result, QStringLiteral("sector"), data.demonstration);
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
