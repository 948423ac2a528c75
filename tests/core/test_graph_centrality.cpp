// Degree, strength and betweenness (Freeman 1977; Brandes 2001), checked by hand on small graphs.
#include "graph/centrality.h"

#include <doctest/doctest.h>

using namespace regio::graph;

namespace {

Graph graphOf(std::size_t n, std::initializer_list<std::tuple<int, int, double>> edges)
{
    Graph g(n);
    std::size_t index = 0;
    for (const auto& [u, v, w] : edges)
        boost::add_edge(std::size_t(u), std::size_t(v), Relation{w, false, index++}, g);
    return g;
}

void checkAll(const std::vector<double>& actual, const std::vector<double>& expected)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        INFO("vertex " << i);
        CHECK(actual[i] == doctest::Approx(expected[i]));
    }
}

} // namespace

TEST_CASE("betweenness on a path of five: 0, 3/6, 4/6, 3/6, 0")
{
    // Vertex 1 lies between 0 and {2,3,4}: 3 pairs; vertex 2 between {0,1} and {3,4}: 4 pairs.
    // Normalised by (n−1)(n−2)/2 = 6.
    const Graph g = graphOf(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}});
    checkAll(betweenness(g, PathLength::Hops), {0.0, 0.5, 4.0 / 6.0, 0.5, 0.0});
    checkAll(betweenness(g, PathLength::InverseWeight), {0.0, 0.5, 4.0 / 6.0, 0.5, 0.0});
}

TEST_CASE("betweenness of a star: centre 1, leaves 0")
{
    const Graph g = graphOf(5, {{0, 1, 0.3}, {0, 2, 0.7}, {0, 3, 0.2}, {0, 4, 0.9}});
    checkAll(betweenness(g, PathLength::Hops), {1.0, 0.0, 0.0, 0.0, 0.0});
    checkAll(betweenness(g), {1.0, 0.0, 0.0, 0.0, 0.0});
}

TEST_CASE("weighted betweenness: a weak edge is a long path")
{
    // Square 0-1-2-3-0; 3–0 has relatedness 0.25, so length 4. Hop counts: each vertex carries half
    // of its opposite pair: 1/2 / 3 = 1/6. With length 1/w the route 0→3 goes 0-1-2-3 (3 < 4),
    // 0→2 via 1 (2 < 5), 1→3 via 2 (2 < 5): vertices 1 and 2 carry 2 pairs each, 2/3 normalised.
    const Graph g = graphOf(4, {{0, 1, 1.0}, {1, 2, 1.0}, {2, 3, 1.0}, {3, 0, 0.25}});
    checkAll(betweenness(g, PathLength::Hops), {1.0 / 6.0, 1.0 / 6.0, 1.0 / 6.0, 1.0 / 6.0});
    checkAll(betweenness(g, PathLength::InverseWeight), {0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0});
}

TEST_CASE("betweenness with fewer than three vertices or disconnected parts")
{
    checkAll(betweenness(graphOf(2, {{0, 1, 1}})), {0.0, 0.0});
    checkAll(betweenness(Graph(0)), {});
    // Two separate paths of three: middle vertices carry one pair each, normalised by 5·4/2 = 10.
    const Graph g = graphOf(6, {{0, 1, 1}, {1, 2, 1}, {3, 4, 1}, {4, 5, 1}});
    checkAll(betweenness(g), {0.0, 0.1, 0.0, 0.0, 0.1, 0.0});
}

TEST_CASE("degree and strength")
{
    const Graph g = graphOf(4, {{0, 1, 0.5}, {0, 2, 0.25}, {1, 2, 1.0}});
    CHECK(degrees(g) == std::vector<std::size_t>{2, 2, 2, 0});
    checkAll(strengths(g), {0.75, 1.5, 1.25, 0.0});
}
