#pragma once
// The registry as a spreadsheet table (io/table.h): one row per body with every field, set values
// as keys separated by ';' (as in the registry file), territories as codes. The column names are
// the Dutch names the spreadsheet import accepts (docs/registry-format.md, "Rekenblad"), so an
// exported workbook or Excel-CSV reads back as the same bodies.
#include "io/table.h"
#include "registry/registry.h"

#include <vector>

namespace regio::registry {

// `chosen`: indices into registry.bodies (empty = all bodies).
io::Table registryTable(const Registry& registry, const std::vector<int>& chosen = {});

} // namespace regio::registry
