// Sector network construction and backbone (DESIGN.md §5 "Network").
#include "graph/network.h"
#include "graph/synthetic.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <set>
#include <utility>

using namespace regio::graph;

namespace {

std::vector<SectorNode> nodes(std::size_t n)
{
    std::vector<SectorNode> result(n);
    for (std::size_t i = 0; i < n; ++i)
        result[i] = {QStringLiteral("s%1").arg(i), QStringLiteral("Sector %1").arg(i), QStringLiteral("C"), 1.0};
    return result;
}

// Symmetric n×n matrix from (i, j, w) triples; everything else `fill`.
std::vector<double> matrix(std::size_t n, std::initializer_list<std::tuple<int, int, double>> entries, double fill = -1.0)
{
    std::vector<double> m(n * n, fill);
    for (std::size_t i = 0; i < n; ++i)
        m[i * n + i] = 0.0;
    for (const auto& [i, j, w] : entries) {
        m[std::size_t(i) * n + std::size_t(j)] = w;
        m[std::size_t(j) * n + std::size_t(i)] = w;
    }
    return m;
}

std::set<std::pair<std::size_t, std::size_t>> edgeSet(const Graph& g, bool backboneOnly = false)
{
    std::set<std::pair<std::size_t, std::size_t>> result;
    for (const Edge& e : boost::make_iterator_range(boost::edges(g)))
        if (!backboneOnly || g[e].backbone)
            result.insert(std::minmax(boost::source(e, g), boost::target(e, g)));
    return result;
}

// 0–1 0.9, 1–2 0.8, 0–2 0.7, 1–3 0.5, 2–3 0.2: the maximum spanning tree is {01, 12, 13}, weight 2.2.
const std::vector<double> kSmall = matrix(4, {{0, 1, 0.9}, {1, 2, 0.8}, {0, 2, 0.7}, {1, 3, 0.5}, {2, 3, 0.2}});

} // namespace

TEST_CASE("an edge exists exactly where relatedness exceeds the threshold")
{
    const Graph g = buildNetwork(kSmall, nodes(4), 0.0);
    CHECK(boost::num_vertices(g) == 4);
    CHECK(boost::num_edges(g) == 5);
    CHECK(g[0].id == "s0");
    CHECK(totalWeight(g) == doctest::Approx(3.1));

    const Graph strict = buildNetwork(kSmall, nodes(4), 0.5); // 0.5 itself is not above 0.5
    CHECK(edgeSet(strict) == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {0, 2}});

    // Edge indices follow the row-major upper triangle.
    std::vector<std::size_t> indices;
    for (const Edge& e : boost::make_iterator_range(boost::edges(g)))
        indices.push_back(g[e].index);
    CHECK(indices == std::vector<std::size_t>{0, 1, 2, 3, 4});
    const auto first = *boost::edges(g).first;
    CHECK(boost::source(first, g) == 0);
    CHECK(boost::target(first, g) == 1);
}

TEST_CASE("an asymmetric matrix is symmetrised as the mean of both directions; NaN makes no edge")
{
    std::vector<double> m = {0.0, 0.6, std::numeric_limits<double>::quiet_NaN(),
                             0.2, 0.0, -0.3,
                             0.5, 0.4, 0.0};
    const Graph g = buildNetwork(m, nodes(3), 0.0);
    // 0–1: (0.6+0.2)/2 = 0.4; 0–2: NaN, no edge; 1–2: (−0.3+0.4)/2 = 0.05.
    REQUIRE(edgeSet(g) == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}});
    const auto [e01, found01] = boost::edge(0, 1, g);
    REQUIRE(found01);
    CHECK(g[e01].weight == doctest::Approx(0.4));
    const auto [e12, found12] = boost::edge(1, 2, g);
    REQUIRE(found12);
    CHECK(g[e12].weight == doctest::Approx(0.05));
    CHECK(boost::num_edges(buildNetwork(m, nodes(3), 0.1)) == 1);
}

TEST_CASE("buildNetwork refuses a wrong matrix size and a negative threshold")
{
    CHECK_THROWS_AS(buildNetwork(std::vector<double>(8, 0.0), nodes(3), 0.0), std::invalid_argument);
    CHECK_THROWS_AS(buildNetwork(kSmall, nodes(4), -0.1), std::invalid_argument);
    CHECK_THROWS_AS(buildNetwork(kSmall, nodes(4), std::numeric_limits<double>::quiet_NaN()), std::invalid_argument);
    CHECK(boost::num_vertices(buildNetwork({}, {}, 0.0)) == 0);
}

TEST_CASE("maximum spanning tree of a small graph: edges 0-1, 1-2, 1-3 with weight 2.2")
{
    const Graph g = buildNetwork(kSmall, nodes(4), 0.0);
    const std::vector<Edge> tree = maximumSpanningForest(g);
    REQUIRE(tree.size() == 3);
    double weight = 0.0;
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const Edge& e : tree) {
        weight += g[e].weight;
        pairs.insert(std::minmax(boost::source(e, g), boost::target(e, g)));
    }
    CHECK(weight == doctest::Approx(2.2));
    CHECK(pairs == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {1, 3}});
}

TEST_CASE("equal weights: the spanning tree takes edges in matrix order")
{
    // A 4-cycle 0-1-2-3-0 with equal weights; edges in index order are 01, 03, 12, 23.
    const Graph g = buildNetwork(matrix(4, {{0, 1, 0.5}, {1, 2, 0.5}, {2, 3, 0.5}, {0, 3, 0.5}}), nodes(4), 0.0);
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const Edge& e : maximumSpanningForest(g))
        pairs.insert(std::minmax(boost::source(e, g), boost::target(e, g)));
    CHECK(pairs == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}, {0, 3}, {1, 2}});
}

TEST_CASE("a disconnected network gets a spanning forest with one tree per component")
{
    const Graph g = buildNetwork(matrix(6, {{0, 1, 0.3}, {1, 2, 0.4}, {0, 2, 0.1}, {3, 4, 0.2}}), nodes(6), 0.0);
    CHECK(maximumSpanningForest(g).size() == 3); // 2 edges + 1 edge; vertex 5 is isolated
}

TEST_CASE("backbone = maximum spanning tree plus each node's k strongest edges")
{
    Graph g = buildNetwork(kSmall, nodes(4), 0.0);
    CHECK(markBackbone(g, 0) == 3);
    CHECK(edgeSet(g, true) == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {1, 3}});
    // k = 1: every node's strongest edge is already in the tree.
    CHECK(markBackbone(g, 1) == 3);
    // k = 2: node 0 adds 0–2 (0.7), node 3 adds 2–3 (0.2).
    CHECK(markBackbone(g, 2) == 5);
    CHECK_THROWS_AS(markBackbone(g, -1), std::invalid_argument);

    markBackbone(g, 0);
    const Graph b = backboneGraph(g);
    CHECK(boost::num_vertices(b) == 4);
    CHECK(edgeSet(b) == edgeSet(g, true));
    CHECK(b[3].id == "s3");
    std::vector<std::size_t> indices;
    for (const Edge& e : boost::make_iterator_range(boost::edges(b))) {
        CHECK(b[e].backbone);
        indices.push_back(b[e].index);
    }
    CHECK(indices == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("backbone of a synthetic 443-sector network is sparse, spans every component and is deterministic")
{
    const SyntheticNetwork syn = syntheticNetwork();
    Graph g1 = buildNetwork(syn.relatedness, syn.nodes, 0.0);
    Graph g2 = buildNetwork(syn.relatedness, syn.nodes, 0.0);
    const std::size_t m1 = markBackbone(g1, 3);
    const std::size_t m2 = markBackbone(g2, 3);
    CHECK(m1 == m2);
    CHECK(edgeSet(g1, true) == edgeSet(g2, true));
    CHECK(m1 <= 443 * 3 + 442);
    CHECK(m1 >= maximumSpanningForest(g1).size());
    CHECK(boost::num_edges(g1) > 3 * m1); // the backbone thins the network
}

TEST_CASE("synthetic relatedness follows the Neffke–Henning formula")
{
    // Flows: 0→1: 10, 1→0: 10, 0→2: 0, 2→0: 10, 1→2: 10, 2→1: 0. Totals: out = (10, 20, 10),
    // in = (20, 10, 10), total 40. SR[0,1] = 10·40/(10·10) = 4 → SR~ = 3/5; SR[1,0] = 10·40/(20·20)
    // = 1 → 0. Mean 0.3. SR[0,2] = 0 → −1; SR[2,0] = 10·40/(10·20) = 2 → 1/3; mean −1/3.
    const std::vector<double> flows = {0, 10, 0, 10, 0, 10, 10, 0, 0};
    const std::vector<double> sr = normalisedSkillRelatedness(flows, 3);
    CHECK(sr[0 * 3 + 1] == doctest::Approx(0.3));
    CHECK(sr[1 * 3 + 0] == doctest::Approx(0.3));
    CHECK(sr[0 * 3 + 2] == doctest::Approx(-1.0 / 3.0));
    CHECK(sr[0] == 0.0);

    const SyntheticNetwork a = syntheticNetwork({.sectors = 60, .communities = 3});
    const SyntheticNetwork b = syntheticNetwork({.sectors = 60, .communities = 3});
    CHECK(a.relatedness == b.relatedness);
    CHECK(a.nodes.size() == 60);
    CHECK(a.nodes[59].id == "S0060");
    for (const double v : a.relatedness) {
        CHECK(v >= -1.0);
        CHECK(v < 1.0);
    }
}
