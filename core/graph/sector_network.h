#pragma once
// The whole sector-network analysis in one call, as the CLI and the network view need it:
// network from relatedness + threshold, backbone, layout of the backbone, Louvain communities,
// degree/strength/betweenness. What is computed on which graph (see docs/graph.md):
//   - communities, degree, strength: the related network (every pair above the threshold);
//   - layout and betweenness: the backbone (what is drawn; betweenness with length 1/w).
#include "graph/centrality.h"
#include "graph/communities.h"
#include "graph/layout.h"
#include "graph/network.h"

#include <cstddef>
#include <span>
#include <vector>

namespace regio::graph {

struct NetworkOptions {
    double threshold = 0.0; // related when w > threshold (SR~ > 0 by default, DESIGN.md §5)
    int backboneK = 3;      // strongest edges kept per node besides the maximum spanning forest
    LayoutOptions layout;
    PathLength betweennessLength = PathLength::InverseWeight;
};

struct SectorNetwork {
    NetworkOptions options;
    Graph network;   // all related pairs; Relation::backbone marks the backbone edges
    Graph backbone;  // same vertices, backbone edges only
    Layout layout;   // positions in [0,1]² (of the backbone)
    Partition communities;
    std::vector<std::size_t> degree;  // in the related network
    std::vector<double> strength;     // in the related network
    std::vector<double> betweenness;  // in the backbone, normalised to [0,1]

    std::size_t size() const { return boost::num_vertices(network); }
};

// relatedness: n×n row-major with n = nodes.size(). Throws std::invalid_argument like buildNetwork.
SectorNetwork analyseSectorNetwork(std::span<const double> relatedness, std::vector<SectorNode> nodes,
                                   const NetworkOptions& options = {});

} // namespace regio::graph
