// regio density: relatedness density (0–100) per region and sector.
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/economy_output.h"

#include "economy/demo_economy.h"
#include "economy/economy_csv.h"
#include "economy/economy_load.h"
#include "economy/indicators.h"

namespace regio::cli {

int runDensity(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption relatednessOption(QStringLiteral("relatedness"),
        QStringLiteral("Verwantschapsmatrix (CSV met kop 'sector,<sectorcodes…>', zoals 'regio relatedness' "
                       "die schrijft). Negatieve waarden tellen als 0; sectoren die ontbreken hebben geen buren."),
        QStringLiteral("bestand"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
        QStringLiteral("Zonder --relatedness: bereken de verwantschap zelf met deze methode "
                       "(flows, proximity, prob, association, cosine of jaccard; standaard prob)."),
        QStringLiteral("methode"), QStringLiteral("prob"));
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QStringLiteral("Werkgelegenheid per regio en sector (CSV, breed of lang). Zonder deze optie: de "
                       "ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
        QStringLiteral("Baanwisselaars tussen sectoren (CSV), alleen voor --method flows. Zonder deze optie: de "
                       "ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    parser.addOptions({relatednessOption, methodOption, employmentOption, flowsOption, outOption});
    if (!parseArguments(parser, QStringLiteral("density"),
                        QStringLiteral("Berekent de verwantschapsdichtheid per regio en sector (0–100):\n"
                                       "  RD[r,i] = 100 · Σ_j M[r,j]·w[i,j] / Σ_j w[i,j]   (j ≠ i, w ≥ 0),\n"
                                       "met M[r,j] = 1 als de regio in sector j gespecialiseerd is (LQ > 1) en w de\n"
                                       "verwantschap; 0 als een sector geen verwante sectoren heeft.\n"
                                       "Uitvoer: CSV met kop 'region,<sectorcodes…>'. Met de ingebouwde demonstratiedata\n"
                                       "begint de uitvoer met de regel '# Demonstratiedata — geen officiële statistiek'."),
                        args, io))
        return ExitOk;

    const QString method = parser.value(methodOption).toLower();
    const QStringList methods{QStringLiteral("flows"), QStringLiteral("proximity"), QStringLiteral("prob"),
                              QStringLiteral("association"), QStringLiteral("cosine"), QStringLiteral("jaccard")};
    if (!methods.contains(method))
        throw UsageError(QStringLiteral("--method moet een van %1 zijn, niet '%2'")
                             .arg(methods.join(QStringLiteral(", ")), parser.value(methodOption)));
    if (parser.isSet(relatednessOption) && (parser.isSet(methodOption) || parser.isSet(flowsOption)))
        throw UsageError(QStringLiteral("--relatedness gaat niet samen met --method of --flows"));

    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.flowsPath = parser.value(flowsOption);
    request.needFlows = !parser.isSet(relatednessOption) && method == QLatin1String("flows");
    const economy::EconomyData data = economy::loadEconomy(request);
    const economy::Matrix m = economy::binarySpecialisation(economy::locationQuotient(data.employment));

    economy::Matrix w;
    if (parser.isSet(relatednessOption)) {
        economy::ImportOptions options;
        options.knownSectors = data.employment.colLabels();
        w = economy::alignSquare(economy::readRelatedness(parser.value(relatednessOption), options),
                                 data.employment.colLabels());
    } else if (method == QLatin1String("flows")) {
        w = economy::skillRelatedness(data.flows);
    } else {
        const economy::Matrix c = economy::coOccurrence(m);
        if (method == QLatin1String("proximity"))
            w = economy::proximity(c);
        else if (method == QLatin1String("prob"))
            w = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Probability);
        else if (method == QLatin1String("association"))
            w = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Association);
        else if (method == QLatin1String("cosine"))
            w = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Cosine);
        else
            w = economy::coOccurrenceRelatedness(c, economy::CoOccurrenceMethod::Jaccard);
    }
    const economy::Matrix rd = economy::relatednessDensity(m, w);

    const QString text = matrixCsv(rd, QStringLiteral("region"), data.demonstration);
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
