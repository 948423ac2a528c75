// The table of `regio` subcommands. Each command lives in its own file cmd_<name>.cpp;
// add a line here when adding one.
#include "cli/cli.h"
#include "cli/commands.h"

namespace regio::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> table = {
        {QStringLiteral("regions"), QStringLiteral("gemeenten en indelingen met oppervlakte en lidmaatschappen"), runRegions},
        {QStringLiteral("bodies"), QStringLiteral("samenwerkingsverbanden uit het register, per regio of type"), runBodies},
        {QStringLiteral("coverage"), QStringLiteral("dekking van de driehoek economie-onderwijs-arbeidsmarkt in een regio"), runCoverage},
        {QStringLiteral("convert-regions"), QStringLiteral("zet CBS-gebiedsindelingen (TopoJSON) om naar het ingebouwde formaat"), runConvertRegions},
        {QStringLiteral("economy"), QStringLiteral("echte sectorstructuur van een gebied (CBS): banen, aandelen, LQ"), runEconomy},
        {QStringLiteral("growth"), QStringLiteral("verandering per sector tussen twee jaren: shift-share, in- en uittrede"), runGrowth},
        {QStringLiteral("structure"), QStringLiteral("structuurmaten: Krugman, Herfindahl, entropie, (on)verwante variëteit"), runStructure},
        {QStringLiteral("agenda"), QStringLiteral("regionale agenda: sterktes, kansen, bedreigingen, wie kan handelen, buren, schaal"), runAgenda},
        {QStringLiteral("import-statline"), QStringLiteral("lees een CBS StatLine-export zoals hij komt"), runImportStatLine},
        {QStringLiteral("lq"), QStringLiteral("locatiequotiënten per regio en sector (specialisatie)"), runLq},
        {QStringLiteral("relatedness"), QStringLiteral("verwantschap tussen sectoren (baanwisselingen of co-occurrence)"), runRelatedness},
        {QStringLiteral("density"), QStringLiteral("verwantschapsdichtheid per regio en sector (0-100)"), runDensity},
        {QStringLiteral("swot"), QStringLiteral("sterkte, zwakte, kans en bedreiging per sector van een regio"), runSwot},
        {QStringLiteral("generate-demo"), QStringLiteral("schrijf de synthetische demonstratie-economie als CSV"), runGenerateDemo},
        {QStringLiteral("graph"), QStringLiteral("sectornetwerk: ruggengraat, layout, gemeenschappen, centraliteit (JSON/GraphML)"), runGraph},
        {QStringLiteral("report"), QStringLiteral("regioprofiel als PDF, voor één gebied of alle gebieden van een niveau"), runReport},
    };
    return table;
}

} // namespace regio::cli
