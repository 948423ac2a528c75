// The table of `regio` subcommands. Each command lives in its own file cmd_<name>.cpp;
// add a line here when adding one.
#include "cli/cli.h"
#include "cli/commands.h"

namespace regio::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> table = {
        {QStringLiteral("regions"), QStringLiteral("gemeenten en indelingen met oppervlakte en lidmaatschappen"), runRegions},
        {QStringLiteral("convert-regions"), QStringLiteral("zet CBS-gebiedsindelingen (TopoJSON) om naar het ingebouwde formaat"), runConvertRegions},
    };
    return table;
}

} // namespace regio::cli
