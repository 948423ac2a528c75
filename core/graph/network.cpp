#include "graph/network.h"

#include <boost/graph/kruskal_min_spanning_tree.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <cmath>
#include <compare>
#include <iterator>
#include <stdexcept>
#include <string>

namespace regio::graph {

Graph buildNetwork(std::span<const double> relatedness, std::vector<SectorNode> nodes, double threshold)
{
    const std::size_t n = nodes.size();
    if (relatedness.size() != n * n)
        throw std::invalid_argument("buildNetwork: relatedness matrix has " + std::to_string(relatedness.size())
                                    + " entries, expected " + std::to_string(n) + "×" + std::to_string(n));
    if (!std::isfinite(threshold) || threshold < 0.0)
        throw std::invalid_argument("buildNetwork: threshold must be a finite number >= 0");

    // Vertices are inserted in matrix order, so vertex descriptor i is row i of the matrix and the
    // node order (and with it every tie-break downstream) does not depend on how the caller
    // stored its sectors.
    Graph g(n);
    for (std::size_t i = 0; i < n; ++i)
        g[i] = std::move(nodes[i]);

    // Edges in row-major upper-triangle order: edge index = rank of (i, j) in that order.
    std::size_t index = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double w = 0.5 * (relatedness[i * n + j] + relatedness[j * n + i]);
            if (!std::isfinite(w) || !(w > threshold))
                continue;
            boost::add_edge(i, j, Relation{w, false, index++}, g);
        }
    }
    return g;
}

namespace {

// Kruskal key: minimising (−w, index) maximises the weight and makes every key distinct, so the
// spanning forest does not depend on the priority queue's order among equal weights.
struct KruskalKey {
    double negatedWeight;
    std::size_t index;
    auto operator<=>(const KruskalKey&) const = default;
};

} // namespace

std::vector<Edge> maximumSpanningForest(const Graph& g)
{
    const EdgeWeightMap weight = edgeWeightMap(g);
    const EdgeIndexMap edgeIndex = edgeIndexMap(g);
    const auto key = boost::make_function_property_map<Edge, KruskalKey>(
        [weight, edgeIndex](const Edge& e) { return KruskalKey{-get(weight, e), get(edgeIndex, e)}; });
    std::vector<Edge> forest;
    forest.reserve(boost::num_vertices(g));
    boost::kruskal_minimum_spanning_tree(g, std::back_inserter(forest),
                                         boost::weight_map(key).vertex_index_map(vertexIndexMap(g)));
    return forest;
}

std::size_t markBackbone(Graph& g, int k)
{
    if (k < 0)
        throw std::invalid_argument("markBackbone: k must be >= 0");
    for (const Edge& e : boost::make_iterator_range(boost::edges(g)))
        g[e].backbone = false;
    for (const Edge& e : maximumSpanningForest(g))
        g[e].backbone = true;

    // Each node's k strongest edges: strongest first, ties by lower edge index.
    std::vector<Edge> incident;
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        incident.assign(boost::out_edges(v, g).first, boost::out_edges(v, g).second);
        const std::size_t take = std::min<std::size_t>(std::size_t(k), incident.size());
        std::partial_sort(incident.begin(), incident.begin() + std::ptrdiff_t(take), incident.end(),
                          [&g](const Edge& a, const Edge& b) {
                              if (g[a].weight != g[b].weight)
                                  return g[a].weight > g[b].weight;
                              return g[a].index < g[b].index;
                          });
        for (std::size_t i = 0; i < take; ++i)
            g[incident[i]].backbone = true;
    }

    std::size_t count = 0;
    for (const Edge& e : boost::make_iterator_range(boost::edges(g)))
        count += g[e].backbone ? 1 : 0;
    return count;
}

Graph backboneGraph(const Graph& g)
{
    const std::size_t n = boost::num_vertices(g);
    Graph b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = g[i];
    std::size_t index = 0;
    // edges(g) runs in insertion order (vecS edge list), so the backbone keeps the matrix order.
    for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
        if (!g[e].backbone)
            continue;
        boost::add_edge(boost::source(e, g), boost::target(e, g), Relation{g[e].weight, true, index++}, b);
    }
    return b;
}

double totalWeight(const Graph& g)
{
    double sum = 0.0;
    for (const Edge& e : boost::make_iterator_range(boost::edges(g)))
        sum += g[e].weight;
    return sum;
}

} // namespace regio::graph
