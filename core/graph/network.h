#pragma once
// The sector network (DESIGN.md §5 "Network"): nodes are sectors (size = national employment,
// colour = SBI section), an undirected edge joins two sectors whose relatedness exceeds the
// threshold, edge weight = relatedness. The readable backbone is the maximum spanning forest plus
// each node's k strongest edges.
//
// The graph is a boost::adjacency_list with vecS vertex and edge storage, so vertex descriptors
// are the indices 0..n-1 of the relatedness matrix and edges keep their insertion order; property
// maps are spelled out below (as in LOOT's plugin graph) rather than picked up implicitly.
#include <QString>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graph_traits.hpp>

#include <cstddef>
#include <span>
#include <vector>

namespace regio::graph {

// One sector (vertex bundle).
struct SectorNode {
    QString id;          // sector code, e.g. "62"
    QString label;       // display name
    QString section;     // SBI 2008 section letter (A–U), may be empty
    double weight = 0.0; // national employment E[·,i]
};

// One related pair (edge bundle).
struct Relation {
    double weight = 0.0;   // relatedness w[i,j], > threshold
    bool backbone = false; // in the maximum spanning forest or among an endpoint's k strongest
    std::size_t index = 0; // 0..m-1 in insertion order: the edge index map for edge arrays
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, SectorNode, Relation,
                                    boost::no_property, boost::vecS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// The property maps every algorithm here uses, named once.
using VertexIndexMap = boost::property_map<Graph, boost::vertex_index_t>::const_type;
using EdgeWeightMap = boost::property_map<Graph, double Relation::*>::const_type;
using EdgeIndexMap = boost::property_map<Graph, std::size_t Relation::*>::const_type;
inline VertexIndexMap vertexIndexMap(const Graph& g) { return get(boost::vertex_index, g); }
inline EdgeWeightMap edgeWeightMap(const Graph& g) { return get(&Relation::weight, g); }
inline EdgeIndexMap edgeIndexMap(const Graph& g) { return get(&Relation::index, g); }

// Builds the network from a square relatedness matrix (row-major, n×n with n = nodes.size()).
// An edge i–j exists when w > threshold, where w = (m[i,j] + m[j,i]) / 2 (the symmetrisation of
// DESIGN.md §5; a symmetric matrix is unchanged). The diagonal and non-finite entries (a sector
// without any flows gives 0/0) never make an edge. Requires threshold >= 0 so that every edge
// weight is positive (modularity and 1/w distances need that). Throws std::invalid_argument on a
// wrong matrix size or a negative or non-finite threshold.
Graph buildNetwork(std::span<const double> relatedness, std::vector<SectorNode> nodes, double threshold);

// The maximum spanning forest (Kruskal 1956 via boost::kruskal_minimum_spanning_tree). Ties are
// broken by edge insertion order (lower index first), so the forest is unique and the same on
// every platform. Returned in the order Kruskal accepts the edges.
std::vector<Edge> maximumSpanningForest(const Graph& g);

// Marks Relation::backbone: the maximum spanning forest ∪ each node's k strongest edges (ties by
// lower edge index). k = 0 gives the forest alone. Returns the number of backbone edges.
std::size_t markBackbone(Graph& g, int k);

// A copy of g with the same vertices (same order, same bundles) and only the backbone edges,
// re-indexed 0..m'-1 in their original order.
Graph backboneGraph(const Graph& g);

// Sum of edge weights (each undirected edge once).
double totalWeight(const Graph& g);

} // namespace regio::graph
