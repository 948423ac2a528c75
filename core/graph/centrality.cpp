#include "graph/centrality.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/property_map.hpp>

namespace regio::graph {

std::vector<std::size_t> degrees(const Graph& g)
{
    std::vector<std::size_t> result(boost::num_vertices(g), 0);
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g)))
        result[v] = boost::out_degree(v, g);
    return result;
}

std::vector<double> strengths(const Graph& g)
{
    std::vector<double> result(boost::num_vertices(g), 0.0);
    for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
        result[boost::source(e, g)] += g[e].weight;
        result[boost::target(e, g)] += g[e].weight;
    }
    return result;
}

std::vector<double> betweenness(const Graph& g, PathLength length)
{
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> centrality(n, 0.0);
    if (n < 3)
        return centrality;
    const VertexIndexMap vertexIndex = vertexIndexMap(g);
    const auto centralityMap = boost::make_iterator_property_map(centrality.begin(), vertexIndex);

    if (length == PathLength::Hops) {
        boost::brandes_betweenness_centrality(g, boost::centrality_map(centralityMap).vertex_index_map(vertexIndex));
    } else {
        std::vector<double> distance(boost::num_edges(g), 1.0);
        for (const Edge& e : boost::make_iterator_range(boost::edges(g)))
            distance[g[e].index] = 1.0 / g[e].weight;
        const auto distanceMap = boost::make_iterator_property_map(distance.begin(), edgeIndexMap(g));
        boost::brandes_betweenness_centrality(
            g, boost::centrality_map(centralityMap).vertex_index_map(vertexIndex).weight_map(distanceMap));
    }
    // Boost already halves the counts for undirected graphs (each pair once); normalise by the
    // number of pairs not involving v.
    const double pairs = double(n - 1) * double(n - 2) / 2.0;
    for (double& c : centrality)
        c /= pairs;
    return centrality;
}

} // namespace regio::graph
