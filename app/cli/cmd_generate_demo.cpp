// regio generate-demo: (re)writes the CSV files of the synthetic demonstration economy.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"

#include "economy/demo_economy.h"
#include "io/input_error.h"
#include "io/safe_write.h"

#include <QDir>

namespace regio::cli {

int runGenerateDemo(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption outDirOption(QStringLiteral("out-dir"),
        QCoreApplication::translate("regio::cli", "Map waarin de bestanden komen (verplicht; wordt zo nodig aangemaakt)."),
        QStringLiteral("map"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QCoreApplication::translate("regio::cli", "Startwaarde van de toevalsgenerator (standaard %1, die van de ingebouwde bestanden).")
            .arg(economy::kDemoSeed),
        QStringLiteral("getal"));
    parser.addOptions({outDirOption, seedOption});
    if (!parseArguments(parser, QStringLiteral("generate-demo"),
                        QCoreApplication::translate("regio::cli", "Schrijft de synthetische demonstratie-economie (SBI 2008-afdelingen × 40\n"
                                       "COROP-gebieden) als CSV: demo-employment.csv, demo-flows.csv, demo-sectors.csv\n"
                                       "en demo-regions.csv. De cijfers komen uit een gedocumenteerd model met een vaste\n"
                                       "startwaarde (docs/economy.md) en zijn op elk platform gelijk. Elk bestand begint\n"
                                       "met '# Demonstratiedata — geen officiële statistiek'. Met de standaardwaarde\n"
                                       "ontstaan precies de bestanden in resources/data/."),
                        args, io))
        return ExitOk;

    if (!parser.isSet(outDirOption))
        throw UsageError(QCoreApplication::translate("regio::cli", "--out-dir ontbreekt"));
    std::uint64_t seed = economy::kDemoSeed;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            throw UsageError(QCoreApplication::translate("regio::cli", "--seed moet een geheel getal ≥ 0 zijn, niet '%1'").arg(parser.value(seedOption)));
    }
    const QString dir = parser.value(outDirOption);
    if (!QDir().mkpath(dir))
        throw io::WriteError(dir, QCoreApplication::translate("regio::cli", "de map kan niet worden aangemaakt"));
    for (const auto& [name, content] : economy::demoCsvFiles(economy::generateDemoEconomy(seed), seed)) {
        const QString path = QDir(dir).filePath(name);
        io::writeFileAtomically(path, content);
        io.out << path << '\n';
    }
    return ExitOk;
}

} // namespace regio::cli
