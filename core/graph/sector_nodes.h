#pragma once
// The nodes of the sector network for an economy (DESIGN.md §5 "Network": size = national
// employment, colour = SBI section): one SectorNode per column of the employment table, in that
// order, so vertex i of the network is sector column i of every indicator matrix.
#include "economy/demo_economy.h"
#include "graph/network.h"

#include <vector>

namespace regio::graph {

// id = sector code; label = the data's sector name, else the SBI 2008 division name, else the
// code; section = the data's SBI section, else the SBI 2008 division's; weight = E[·,i].
std::vector<SectorNode> sectorNodes(const economy::EconomyData& data);

} // namespace regio::graph
