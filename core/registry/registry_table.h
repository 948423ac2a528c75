#pragma once
// The registry as a spreadsheet table (io/table.h): one row per body with every field, set values
// as keys separated by ';' (as in the registry file), territories as codes.
#include "io/table.h"
#include "registry/registry.h"

#include <vector>

namespace regio::registry {

// `chosen`: indices into registry.bodies (empty = all bodies). `index` (may be null) adds the
// number of municipalities in each body's resolved territory.
io::Table registryTable(const Registry& registry, const BodyIndex* index = nullptr,
                        const std::vector<int>& chosen = {});

} // namespace regio::registry
