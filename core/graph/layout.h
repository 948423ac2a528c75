#pragma once
// Deterministic force-directed layout of the sector network (DESIGN.md §5: a fixed seed so the
// picture is stable). Per connected component:
//   1. initial placement by pivot MDS on hop distances (Brandes & Pich 2007, "Eigensolver
//      methods for progressive multidimensional scaling of large data"), plus seeded jitter;
//   2. refinement with the spring–electrical forces of Fruchterman & Reingold (1991):
//      attraction w·d²/K along edges, repulsion K²/d between nodes closer than 2K found through
//      a uniform grid (FR's own grid variant), with Hu's (2005) adaptive step length and a
//      convergence stop when the mean movement falls below tolerance·K.
// Components are then packed in rows, largest first (isolated sectors last, as a grid), and all
// positions scaled uniformly into the unit square [0,1]².
//
// Same graph + same options → bit-identical positions on every platform: the PRNG is our own
// SplitMix64, iteration orders are fixed, and only +, −, ×, ÷ and sqrt (correctly rounded in
// IEEE 754) are used, with FMA contraction switched off in layout.cpp.
#include "graph/network.h"

#include <cstdint>
#include <vector>

namespace regio::graph {

struct Point {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point&) const = default;
};

struct LayoutOptions {
    std::uint64_t seed = 0x5EC70B5ULL; // jitter of the initial placement
    int maxIterations = 500;            // upper bound; the convergence test usually stops far sooner
    double tolerance = 0.01;            // stop when mean movement per node < tolerance × K
    bool useWeights = true;             // attraction ∝ w / mean(w); false: all edges equal
    int pivots = 50;                    // pivot count of the MDS initial placement
};

struct Layout {
    std::vector<Point> positions; // per vertex, in [0,1]²
    int iterations = 0;           // force iterations of the largest component
};

Layout forceDirectedLayout(const Graph& g, const LayoutOptions& options = {});

// Layout quality for tests and benchmarks: mean Euclidean length of the edges and mean distance
// between vertex pairs that are not adjacent (both 0 when there are none).
struct LayoutQuality {
    double meanEdgeLength = 0.0;
    double meanNonEdgeDistance = 0.0;
};
LayoutQuality layoutQuality(const Graph& g, const std::vector<Point>& positions);

} // namespace regio::graph
