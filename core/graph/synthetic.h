#pragma once
// Seeded synthetic sector networks for tests and benchmarks (never shown as data): sectors in a
// latent two-dimensional "skill space" with planted communities, job-switcher flows that fall
// off with latent distance (a gravity model), and skill-relatedness SR~ computed from those flows
// with the formula of DESIGN.md §5 (Neffke & Henning 2013). Same options → same numbers everywhere.
#include "graph/network.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace regio::graph {

struct SyntheticOptions {
    std::size_t sectors = 443;     // size of the network in SER 2017 fig. B.9
    std::size_t communities = 0;   // planted communities; 0 = about sqrt(sectors)/2, at least 2
    double spread = 0.05;          // standard deviation of a sector around its community centre
    double reach = 0.06;           // latent distance at which the flow kernel has fallen to 1/4
    double switchersPerSector = 500.0; // expected job switchers, in total, per sector
    std::uint64_t seed = 2017;
};

struct SyntheticNetwork {
    std::vector<SectorNode> nodes;   // ids "S0001"…, sections A–U, employment as weight
    std::vector<double> flows;       // n×n row-major, F[i,j] job switchers from i to j, diagonal 0
    std::vector<double> relatedness; // n×n symmetric SR~ in [−1, 1), diagonal 0
    std::vector<int> planted;        // planted community of each sector
};

SyntheticNetwork syntheticNetwork(const SyntheticOptions& options = {});

// Symmetrised normalised skill-relatedness from a flow matrix (DESIGN.md §5): SR[i,j] =
// F[i,j] / (F[i,·]·F[·,j] / F[·,·]), SR~ = (SR − 1)/(SR + 1), then the mean of both directions.
// A row or column without flows gives SR~ = −1 (unrelated). Diagonal 0. The application computes
// relatedness in core/economy; this copy keeps the graph library and its tests self-contained.
std::vector<double> normalisedSkillRelatedness(std::span<const double> flows, std::size_t n);

} // namespace regio::graph
