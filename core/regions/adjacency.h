#pragma once
// Which regions border each other, and a colouring in which neighbours differ (for maps).
#include "regions/region_model.h"

#include <vector>

namespace regio {

// Neighbours of each region: regions sharing at least two boundary vertices. The CBS files are
// topological (neighbours share arcs exactly), so shared vertices mean a shared border, and
// hashing vertices is linear where pairwise polygon tests would be quadratic.
std::vector<std::vector<int>> adjacency(const std::vector<const Region*>& regions);

// Greedy colouring in Welsh–Powell order (most neighbours first, ties by index): a class index
// in [0, paletteSize) per region such that neighbours differ, choosing among the free classes the
// least used one so that a map shows the whole palette. Deterministic. Falls back to classes
// ≥ paletteSize only when a region has more differently coloured neighbours than the palette has.
std::vector<int> colourClasses(const std::vector<std::vector<int>>& neighbours, int paletteSize = 4);

} // namespace regio
