// The table of `regio` subcommands. Each command lives in its own file cmd_<name>.cpp;
// add a line here when adding one.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "i18n/language.h"

#include <optional>

namespace regio::cli {

const std::vector<Command>& commands()
{
    // Rebuilt when the language changes (--lang, set before any command runs), so the summaries
    // follow it; never while a caller iterates over the table.
    static std::vector<Command> table;
    static std::optional<i18n::Language> builtFor;
    if (builtFor == i18n::currentLanguage())
        return table;
    builtFor = i18n::currentLanguage();
    table = {
        {QStringLiteral("regions"), QCoreApplication::translate("regio::cli", "gemeenten en indelingen met oppervlakte en lidmaatschappen"), runRegions},
        {QStringLiteral("bodies"), QCoreApplication::translate("regio::cli", "samenwerkingsverbanden uit het register, per regio of type"), runBodies},
        {QStringLiteral("coverage"), QCoreApplication::translate("regio::cli", "dekking van de driehoek economie-onderwijs-arbeidsmarkt in een regio"), runCoverage},
        {QStringLiteral("convert-regions"), QCoreApplication::translate("regio::cli", "zet CBS-gebiedsindelingen (TopoJSON) om naar het ingebouwde formaat"), runConvertRegions},
        {QStringLiteral("economy"), QCoreApplication::translate("regio::cli", "echte sectorstructuur van een gebied (CBS): banen, aandelen, LQ"), runEconomy},
        {QStringLiteral("growth"), QCoreApplication::translate("regio::cli", "verandering per sector tussen twee jaren: shift-share, in- en uittrede"), runGrowth},
        {QStringLiteral("structure"), QCoreApplication::translate("regio::cli", "structuurmaten: Krugman, Herfindahl, entropie, (on)verwante variëteit"), runStructure},
        {QStringLiteral("agenda"), QCoreApplication::translate("regio::cli", "regionale agenda: sterktes, kansen, bedreigingen, wie kan handelen, buren, schaal"), runAgenda},
        {QStringLiteral("import-statline"), QCoreApplication::translate("regio::cli", "lees een CBS StatLine-export zoals hij komt"), runImportStatLine},
        {QStringLiteral("lq"), QCoreApplication::translate("regio::cli", "locatiequotiënten per regio en sector (specialisatie)"), runLq},
        {QStringLiteral("relatedness"), QCoreApplication::translate("regio::cli", "verwantschap tussen sectoren (baanwisselingen of co-occurrence)"), runRelatedness},
        {QStringLiteral("density"), QCoreApplication::translate("regio::cli", "verwantschapsdichtheid per regio en sector (0-100)"), runDensity},
        {QStringLiteral("swot"), QCoreApplication::translate("regio::cli", "sterkte, zwakte, kans en bedreiging per sector van een regio"), runSwot},
        {QStringLiteral("generate-demo"), QCoreApplication::translate("regio::cli", "schrijf de synthetische demonstratie-economie als CSV"), runGenerateDemo},
        {QStringLiteral("graph"), QCoreApplication::translate("regio::cli", "sectornetwerk: ruggengraat, layout, gemeenschappen, centraliteit (JSON/GraphML)"), runGraph},
        {QStringLiteral("report"), QCoreApplication::translate("regio::cli", "regioprofiel als PDF, voor één gebied of alle gebieden van een niveau"), runReport},
    };
    return table;
}

} // namespace regio::cli
