#pragma once
// Node centralities of the sector network: degree, strength (weighted degree, Barrat et al.
// 2004) and betweenness (Freeman 1977, computed with Brandes 2001 via
// boost::brandes_betweenness_centrality).
#include "graph/network.h"

#include <cstddef>
#include <vector>

namespace regio::graph {

// Number of edges at each vertex.
std::vector<std::size_t> degrees(const Graph& g);

// Sum of the edge weights at each vertex.
std::vector<double> strengths(const Graph& g);

enum class PathLength {
    Hops,          // every edge has length 1 (unweighted betweenness)
    InverseWeight, // edge length 1/w: strongly related sectors are close (Brandes 2001, Opsahl et al. 2010 α=1)
};

// Betweenness c_B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st over unordered pairs {s,t}, normalised to [0,1] for
// an undirected graph by dividing by (n−1)(n−2)/2, the number of pairs a vertex can lie between.
// All zeros when n < 3. With InverseWeight, paths of equal length are counted as equal only when
// their floating-point lengths are identical.
std::vector<double> betweenness(const Graph& g, PathLength length = PathLength::InverseWeight);

} // namespace regio::graph
