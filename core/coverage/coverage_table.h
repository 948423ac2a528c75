#pragma once
// Coverage of a region as spreadsheet tables (io/table.h): the bodies that cover it (as the
// Driehoek tab's table) and the triangle in numbers (corners, sides, actors, gaps).
#include "coverage/coverage.h"
#include "io/table.h"

namespace regio::coverage {

// `regionName`: "Amsterdam (GM0363)"; `sourceLine`: the register and boundaries it rests on.
io::Table coverageBodiesTable(const CoverageResult& result, const Registry& registry, const QString& regionName,
                              const QString& sourceLine);
io::Table coverageSummaryTable(const CoverageResult& result, const Registry& registry, const QString& regionName,
                               const QString& sourceLine);

} // namespace regio::coverage
