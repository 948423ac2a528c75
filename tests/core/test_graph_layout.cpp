// The deterministic force-directed layout: same input → identical positions, all inside [0,1]²,
// connected sectors closer than unconnected ones, components kept together.
#include "graph/layout.h"
#include "graph/network.h"
#include "graph/synthetic.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>

using namespace regio::graph;

namespace {

Graph graphOf(std::size_t n, const std::vector<std::pair<int, int>>& edges)
{
    Graph g(n);
    std::size_t index = 0;
    for (const auto& [u, v] : edges)
        boost::add_edge(std::size_t(u), std::size_t(v), Relation{1.0, true, index++}, g);
    return g;
}

Graph syntheticBackbone(std::size_t sectors)
{
    const SyntheticNetwork syn = syntheticNetwork({.sectors = sectors});
    Graph g = buildNetwork(syn.relatedness, syn.nodes, 0.0);
    markBackbone(g, 3);
    return backboneGraph(g);
}

void checkInUnitSquare(const std::vector<Point>& positions)
{
    for (const Point& p : positions) {
        REQUIRE(std::isfinite(p.x));
        REQUIRE(std::isfinite(p.y));
        CHECK(p.x >= 0.0);
        CHECK(p.x <= 1.0);
        CHECK(p.y >= 0.0);
        CHECK(p.y <= 1.0);
    }
}

bool bitIdentical(const std::vector<Point>& a, const std::vector<Point>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(Point)) == 0;
}

double distance(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

} // namespace

TEST_CASE("two runs give bit-identical positions; another seed gives another picture")
{
    const Graph g = syntheticBackbone(200);
    const Layout a = forceDirectedLayout(g);
    const Layout b = forceDirectedLayout(g);
    CHECK(bitIdentical(a.positions, b.positions));
    CHECK(a.iterations == b.iterations);
    LayoutOptions other;
    other.seed = 7;
    CHECK(!bitIdentical(a.positions, forceDirectedLayout(g, other).positions));
}

TEST_CASE("443-sector backbone: inside the unit square, connected sectors much closer than unconnected")
{
    const Graph g = syntheticBackbone(443);
    const Layout layout = forceDirectedLayout(g);
    REQUIRE(layout.positions.size() == 443);
    checkInUnitSquare(layout.positions);
    const LayoutQuality q = layoutQuality(g, layout.positions);
    CHECK(q.meanEdgeLength > 0.0);
    CHECK(q.meanEdgeLength < 0.25 * q.meanNonEdgeDistance);
    CHECK(layout.iterations > 0);
    CHECK(layout.iterations < LayoutOptions{}.maxIterations); // stopped on convergence
    // The picture fills the square along its longer side.
    double minX = 1, maxX = 0, minY = 1, maxY = 0;
    for (const Point& p : layout.positions) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    CHECK(std::max(maxX - minX, maxY - minY) == doctest::Approx(1.0));
}

TEST_CASE("no two sectors on the same spot: the leaves of a star are spread out")
{
    std::vector<std::pair<int, int>> star;
    for (int leaf = 1; leaf <= 12; ++leaf)
        star.push_back({0, leaf});
    const Layout layout = forceDirectedLayout(graphOf(13, star));
    checkInUnitSquare(layout.positions);
    double closest = 1.0;
    for (std::size_t i = 0; i < 13; ++i)
        for (std::size_t j = i + 1; j < 13; ++j)
            closest = std::min(closest, distance(layout.positions[i], layout.positions[j]));
    CHECK(closest > 0.05);
    // The centre is in the middle of its leaves.
    double cx = 0, cy = 0;
    for (std::size_t i = 1; i < 13; ++i) {
        cx += layout.positions[i].x / 12.0;
        cy += layout.positions[i].y / 12.0;
    }
    CHECK(distance({cx, cy}, layout.positions[0]) < 0.1);
}

TEST_CASE("disconnected components stay compact and apart; isolated sectors stay in the square")
{
    // Two 6-cycles, a pair and three isolated vertices.
    std::vector<std::pair<int, int>> edges;
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < 6; ++i)
            edges.push_back({6 * c + i, 6 * c + (i + 1) % 6});
    edges.push_back({12, 13});
    const Graph g = graphOf(17, edges);
    const Layout layout = forceDirectedLayout(g);
    checkInUnitSquare(layout.positions);
    const auto& p = layout.positions;
    // Within a cycle, neighbours are closer than the nearest vertex of the other cycle.
    double nearestOther = 1.0, longestEdge = 0.0;
    for (int i = 0; i < 6; ++i)
        for (int j = 6; j < 12; ++j)
            nearestOther = std::min(nearestOther, distance(p[std::size_t(i)], p[std::size_t(j)]));
    for (const auto& [u, v] : edges)
        longestEdge = std::max(longestEdge, distance(p[std::size_t(u)], p[std::size_t(v)]));
    CHECK(longestEdge < nearestOther);
    for (std::size_t i = 0; i < 17; ++i)
        for (std::size_t j = i + 1; j < 17; ++j) {
            INFO(i << " and " << j);
            CHECK(distance(p[i], p[j]) > 0.02);
        }
}

TEST_CASE("tiny graphs")
{
    CHECK(forceDirectedLayout(Graph(0)).positions.empty());
    CHECK(forceDirectedLayout(Graph(1)).positions == std::vector<Point>{{0.5, 0.5}});
    const Layout two = forceDirectedLayout(graphOf(2, {{0, 1}}));
    checkInUnitSquare(two.positions);
    CHECK(distance(two.positions[0], two.positions[1]) == doctest::Approx(1.0));
    const Layout triangle = forceDirectedLayout(graphOf(3, {{0, 1}, {1, 2}, {0, 2}}));
    checkInUnitSquare(triangle.positions);
    // Roughly equilateral.
    const double a = distance(triangle.positions[0], triangle.positions[1]);
    const double b = distance(triangle.positions[1], triangle.positions[2]);
    const double c = distance(triangle.positions[0], triangle.positions[2]);
    CHECK(std::min({a, b, c}) > 0.7 * std::max({a, b, c}));
}

TEST_CASE("unweighted layout also converges")
{
    LayoutOptions options;
    options.useWeights = false;
    const Graph g = syntheticBackbone(150);
    const Layout layout = forceDirectedLayout(g, options);
    checkInUnitSquare(layout.positions);
    const LayoutQuality q = layoutQuality(g, layout.positions);
    CHECK(q.meanEdgeLength < 0.3 * q.meanNonEdgeDistance);
}
