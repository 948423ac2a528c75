// regio density: relatedness density (0–100) per region and sector.
#include "cli/cli.h"

#include <QCoreApplication>
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
        QStringLiteral("Verwantschapsmatrix (CSV of XLSX/ODS met kop 'sector,<sectorcodes…>', zoals 'regio relatedness' "
                       "die schrijft). Negatieve waarden tellen als 0; sectoren die ontbreken hebben geen buren."),
        QStringLiteral("bestand"));
    const QCommandLineOption methodOpt(QStringLiteral("method"),
        QCoreApplication::translate("regio::cli", "Zonder --relatedness: bereken de verwantschap zelf met deze methode "
                       "(flows, proximity, prob, association, cosine of jaccard; standaard prob)."),
        QStringLiteral("methode"), QStringLiteral("prob"));
    const QCommandLineOption employmentOption(QStringLiteral("employment"),
        QCoreApplication::translate("regio::cli", "Werkgelegenheid per regio en sector (CSV of XLSX/ODS-rekenblad, breed of lang). Zonder deze optie: de "
                       "ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"),
        QStringLiteral("Baanwisselaars tussen sectoren (CSV of XLSX/ODS), alleen voor --method flows. Zonder deze optie: de "
                       "ingebouwde demonstratie-economie."),
        QStringLiteral("bestand"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const DataChoice dataChoice;
    parser.addOptions({relatednessOption, methodOpt, employmentOption, flowsOption, outOption, dataChoice.data, dataChoice.year});
    if (!parseArguments(parser, QStringLiteral("density"),
                        QCoreApplication::translate("regio::cli", "Berekent de verwantschapsdichtheid per regio en sector (0–100):\n"
                                       "  RD[r,i] = 100 · Σ_j M[r,j]·w[i,j] / Σ_j w[i,j]   (j ≠ i, w ≥ 0),\n"
                                       "met M[r,j] = 1 als de regio in sector j gespecialiseerd is (LQ > 1) en w de\n"
                                       "verwantschap; 0 als een sector geen verwante sectoren heeft.\n"
                                       "Uitvoer: CSV met kop 'region,<sectorcodes…>'. Met de ingebouwde demonstratiedata\n"
                                       "begint de uitvoer met de regel '# Demonstratiedata — geen officiële statistiek'."),
                        args, io))
        return ExitOk;

    const economy::RelatednessMethod method = methodOption(parser, methodOpt);
    if (parser.isSet(relatednessOption) && (parser.isSet(methodOpt) || parser.isSet(flowsOption)))
        throw UsageError(QCoreApplication::translate("regio::cli", "--relatedness gaat niet samen met --method of --flows"));

    economy::EconomyRequest request;
    request.employmentPath = parser.value(employmentOption);
    request.flowsPath = parser.value(flowsOption);
    request.needFlows = !parser.isSet(relatednessOption) && method == economy::RelatednessMethod::Flows;
    applyDataChoice(parser, dataChoice, request);
    const economy::EconomyData data = economy::loadEconomy(request);
    const economy::Matrix m = economy::binarySpecialisation(data.locationQuotients());

    economy::Matrix w;
    if (parser.isSet(relatednessOption)) {
        economy::ImportOptions options;
        options.knownSectors = data.employment.colLabels();
        w = economy::alignSquare(economy::readRelatedness(parser.value(relatednessOption), options),
                                 data.employment.colLabels());
    } else {
        w = economy::relatednessFor(method, data);
    }
    const economy::Matrix rd = economy::relatednessDensity(m, w);

    const QString text = matrixCsv(rd, QStringLiteral("region"), dataHeader(data));
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
