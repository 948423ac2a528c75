#pragma once
// Modularity-based communities of the sector network (DESIGN.md §5): Louvain optimisation
// (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech. P10008) on edge weights, and
// Newman's modularity Q (Newman & Girvan 2004; Newman 2004 for weights).
#include "graph/network.h"

#include <vector>

namespace regio::graph {

struct Partition {
    // community[v] for every vertex, numbered 0..count-1 by size (largest first, ties by the
    // smallest vertex in the community), so colours are stable.
    std::vector<int> community;
    int count = 0;
    double modularity = 0.0; // Q of this partition, by modularity() below
};

// Q = 1/(2m) Σ_ij [A_ij − k_i k_j / (2m)] δ(c_i, c_j) with A the weight matrix, k_i the weighted
// degree (strength), m the total edge weight; equivalently Σ_c [L_c/m − (d_c/(2m))²] with L_c
// the weight inside c and d_c the strength summed over c. 0 for a graph without edges.
double modularity(const Graph& g, const std::vector<int>& community);

// Louvain: local moving of single nodes in vertex order (ties keep the current community, then
// take the lowest community number), then aggregation into a graph of communities, repeated
// until no node moves. Deterministic: no random node order. Isolated vertices form singleton
// communities. `resolution` is γ in the generalised gain k_i,in − γ·tot·k_i/(2m) (1 = standard).
Partition louvain(const Graph& g, double resolution = 1.0);

} // namespace regio::graph
