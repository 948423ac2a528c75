// Modularity (Newman) and Louvain communities (Blondel et al. 2008).
#include "graph/communities.h"
#include "graph/synthetic.h"

#include <doctest/doctest.h>

#include <map>

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

// Two triangles {0,1,2} and {3,4,5} joined by the edge 2–3.
Graph twoTriangles()
{
    return graphOf(6, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {2, 3, 1}});
}

// Whether two partitions group the vertices identically (labels may differ).
bool samePartition(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.size() != b.size())
        return false;
    std::map<int, int> ab, ba;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ab.try_emplace(a[i], b[i]).first->second != b[i] || ba.try_emplace(b[i], a[i]).first->second != a[i])
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("modularity of two triangles joined by one edge, natural split: Q = 5/14")
{
    // m = 7. Each triangle: 3 edges inside, degree sum 2+2+3 = 7.
    // Q = Σ_c [L_c/m − (d_c/2m)²] = 2·(3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
    const Graph g = twoTriangles();
    CHECK(modularity(g, {0, 0, 0, 1, 1, 1}) == doctest::Approx(5.0 / 14.0));
    // Everything in one community: 7/7 − 1² = 0.
    CHECK(modularity(g, {0, 0, 0, 0, 0, 0}) == doctest::Approx(0.0));
    // All singletons: −Σ (k_i/2m)² = −(4·2² + 2·3²)/14² = −34/196.
    CHECK(modularity(g, {0, 1, 2, 3, 4, 5}) == doctest::Approx(-34.0 / 196.0));
}

TEST_CASE("weighted modularity uses strengths")
{
    // One edge of weight 2 between two vertices: apart Q = −2·(2/4)² = −1/2, together 2/2 − 1 = 0.
    const Graph g = graphOf(2, {{0, 1, 2.0}});
    CHECK(modularity(g, {0, 1}) == doctest::Approx(-0.5));
    CHECK(modularity(g, {0, 0}) == doctest::Approx(0.0));
    // Two triangles whose bridge weighs 3: L = 3 in each, d = 2+2+5 = 9 each, m = 9:
    // Q = 2·(3/9 − (9/18)²) = 2/3 − 1/2 = 1/6.
    const Graph h = graphOf(6, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {2, 3, 3}});
    CHECK(modularity(h, {0, 0, 0, 1, 1, 1}) == doctest::Approx(1.0 / 6.0));
    CHECK_THROWS_AS(modularity(h, {0, 0}), std::invalid_argument);
}

TEST_CASE("Louvain finds the two triangles")
{
    const Partition p = louvain(twoTriangles());
    CHECK(p.count == 2);
    CHECK(p.community == std::vector<int>{0, 0, 0, 1, 1, 1});
    CHECK(p.modularity == doctest::Approx(5.0 / 14.0));
}

TEST_CASE("Louvain on edge cases: no vertices, no edges, isolated vertices")
{
    CHECK(louvain(Graph(0)).count == 0);
    const Partition empty = louvain(Graph(3));
    CHECK(empty.count == 3);
    CHECK(empty.community == std::vector<int>{0, 1, 2});
    CHECK(empty.modularity == 0.0);
    // Triangle plus an isolated vertex: one community of three, the loner alone.
    const Partition p = louvain(graphOf(4, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}));
    CHECK(p.community == std::vector<int>{0, 0, 0, 1});
}

TEST_CASE("Louvain recovers planted communities and is deterministic")
{
    // Well-separated latent clusters: the flow network is a planted partition.
    const SyntheticNetwork syn = syntheticNetwork({.sectors = 160, .communities = 4, .spread = 0.02, .reach = 0.05});
    Graph g(syn.nodes.size());
    std::size_t index = 0;
    const std::size_t n = syn.nodes.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (syn.relatedness[i * n + j] > 0.0)
                boost::add_edge(i, j, Relation{syn.relatedness[i * n + j], false, index++}, g);
    const Partition p = louvain(g);
    CHECK(p.count == 4);
    CHECK(samePartition(p.community, syn.planted));
    CHECK(p.modularity == doctest::Approx(modularity(g, syn.planted)));
    CHECK(p.modularity > 0.6);
    CHECK(louvain(g).community == p.community);
}

TEST_CASE("Louvain on the 443-sector synthetic network: Q well above zero, no worse than the planted split")
{
    const SyntheticNetwork syn = syntheticNetwork();
    const Graph g = buildNetwork(syn.relatedness, syn.nodes, 0.0);
    const Partition p = louvain(g);
    CHECK(p.modularity > 0.5);
    CHECK(p.modularity >= modularity(g, syn.planted) - 1e-9);
    // Numbered by size, largest first.
    std::vector<int> size(std::size_t(p.count), 0);
    for (const int c : p.community)
        ++size[std::size_t(c)];
    for (std::size_t c = 1; c < size.size(); ++c)
        CHECK(size[c - 1] >= size[c]);
}
