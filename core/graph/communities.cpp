#include "graph/communities.h"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <stdexcept>

namespace regio::graph {

double modularity(const Graph& g, const std::vector<int>& community)
{
    const std::size_t n = boost::num_vertices(g);
    if (community.size() != n)
        throw std::invalid_argument("modularity: partition size differs from the number of vertices");
    const double m = totalWeight(g);
    if (!(m > 0.0))
        return 0.0;
    const int count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
    std::vector<double> inside(std::size_t(std::max(count, 0)), 0.0);
    std::vector<double> strength(inside.size(), 0.0);
    for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
        const int cu = community[boost::source(e, g)];
        const int cv = community[boost::target(e, g)];
        const double w = g[e].weight;
        strength[std::size_t(cu)] += w;
        strength[std::size_t(cv)] += w;
        if (cu == cv)
            inside[std::size_t(cu)] += w;
    }
    double q = 0.0;
    for (std::size_t c = 0; c < inside.size(); ++c) {
        const double share = strength[c] / (2.0 * m);
        q += inside[c] / m - share * share;
    }
    return q;
}

namespace {

constexpr std::size_t None = std::size_t(-1);

// One level of the Louvain hierarchy: a weighted graph in compressed adjacency form. Each
// undirected edge appears in both endpoints' lists; a self-loop (weight inside an aggregated
// community) is kept apart in `loop`.
struct Level {
    std::vector<std::size_t> offset; // size n+1
    std::vector<std::size_t> target;
    std::vector<double> weight;
    std::vector<double> loop;
    std::size_t size() const { return loop.size(); }
};

Level levelFromGraph(const Graph& g)
{
    const std::size_t n = boost::num_vertices(g);
    Level level;
    level.offset.assign(n + 1, 0);
    level.loop.assign(n, 0.0);
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g)))
        level.offset[v + 1] = level.offset[v] + boost::out_degree(v, g);
    level.target.resize(level.offset[n]);
    level.weight.resize(level.offset[n]);
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        std::size_t at = level.offset[v];
        for (const Edge& e : boost::make_iterator_range(boost::out_edges(v, g))) {
            level.target[at] = boost::target(e, g);
            level.weight[at] = g[e].weight;
            ++at;
        }
    }
    return level;
}

// Phase 1 (local moving). Returns true when any node changed community; `community` gets
// community numbers in 0..n-1.
bool moveNodes(const Level& level, double resolution, std::vector<std::size_t>& community)
{
    const std::size_t n = level.size();
    std::vector<double> strength(n, 0.0); // k_i, a self-loop counted twice
    double twoM = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double k = 2.0 * level.loop[i];
        for (std::size_t a = level.offset[i]; a < level.offset[i + 1]; ++a)
            k += level.weight[a];
        strength[i] = k;
        twoM += k;
    }
    community.resize(n);
    std::iota(community.begin(), community.end(), std::size_t(0));
    if (!(twoM > 0.0))
        return false;

    std::vector<double> total = strength;     // Σ k over each community
    std::vector<double> linkTo(n, 0.0);       // weight from the current node to each community
    std::vector<std::size_t> seenBy(n, None); // marks communities already in `touched`
    std::vector<std::size_t> touched;
    touched.reserve(n);
    bool anyMove = false;
    // Stop when a sweep gains less than this (guards against moves on rounding noise), and
    // after a generous number of sweeps in any case.
    const double minGain = 1e-12 * twoM;
    for (int sweep = 0; sweep < 1000; ++sweep) {
        double sweepGain = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t own = community[i];
            touched.clear();
            touched.push_back(own);
            seenBy[own] = i;
            for (std::size_t a = level.offset[i]; a < level.offset[i + 1]; ++a) {
                const std::size_t c = community[level.target[a]];
                if (seenBy[c] != i) {
                    seenBy[c] = i;
                    touched.push_back(c);
                }
                linkTo[c] += level.weight[a];
            }
            // Take i out of its community, then put it where the gain
            // k_i,in(C) − γ·tot(C)·k_i/(2m) is largest (Blondel et al. 2008, eq. 2 up to
            // constants). Ties keep the current community, then the first community met in
            // adjacency order.
            total[own] -= strength[i];
            const double scale = resolution * strength[i] / twoM;
            std::size_t best = own;
            const double stayGain = linkTo[own] - total[own] * scale;
            double bestGain = stayGain;
            for (const std::size_t c : touched) {
                const double gain = linkTo[c] - total[c] * scale;
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            total[best] += strength[i];
            if (best != own) {
                community[i] = best;
                sweepGain += bestGain - stayGain;
                anyMove = true;
            }
            for (const std::size_t c : touched)
                linkTo[c] = 0.0;
        }
        if (sweepGain < minGain)
            break;
    }
    return anyMove;
}

// Renumbers community labels 0..c-1 in order of first appearance (vertex order).
std::size_t compact(std::vector<std::size_t>& community)
{
    std::vector<std::size_t> renumber(community.size(), None);
    std::size_t next = 0;
    for (std::size_t& c : community) {
        if (renumber[c] == None)
            renumber[c] = next++;
        c = renumber[c];
    }
    return next;
}

// Phase 2: one vertex per community; weights between communities summed, inside weight → loop.
Level aggregate(const Level& level, const std::vector<std::size_t>& community, std::size_t count)
{
    const std::size_t n = level.size();
    std::vector<std::vector<std::size_t>> members(count);
    for (std::size_t i = 0; i < n; ++i)
        members[community[i]].push_back(i);

    Level next;
    next.offset.assign(count + 1, 0);
    next.loop.assign(count, 0.0);
    std::vector<double> linkTo(count, 0.0);
    std::vector<std::size_t> seenBy(count, None);
    std::vector<std::size_t> touched;
    for (std::size_t c = 0; c < count; ++c) {
        touched.clear();
        for (const std::size_t i : members[c]) {
            next.loop[c] += level.loop[i];
            for (std::size_t a = level.offset[i]; a < level.offset[i + 1]; ++a) {
                const std::size_t d = community[level.target[a]];
                if (d == c) {
                    next.loop[c] += 0.5 * level.weight[a]; // seen from both ends
                    continue;
                }
                if (seenBy[d] != c) {
                    seenBy[d] = c;
                    touched.push_back(d);
                }
                linkTo[d] += level.weight[a];
            }
        }
        for (const std::size_t d : touched) {
            next.target.push_back(d);
            next.weight.push_back(linkTo[d]);
            linkTo[d] = 0.0;
        }
        next.offset[c + 1] = next.target.size();
    }
    return next;
}

} // namespace

Partition louvain(const Graph& g, double resolution)
{
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::size_t> membership(n); // vertex → community at the current top level
    std::iota(membership.begin(), membership.end(), std::size_t(0));

    Level level = levelFromGraph(g);
    std::vector<std::size_t> community;
    while (level.size() > 1) {
        if (!moveNodes(level, resolution, community))
            break;
        const std::size_t count = compact(community);
        for (std::size_t& c : membership)
            c = community[c];
        if (count == level.size())
            break;
        level = aggregate(level, community, count);
    }

    // Final numbering: by size (largest first), ties by smallest vertex.
    std::size_t count = 0;
    for (const std::size_t c : membership)
        count = std::max(count, c + 1);
    std::vector<std::size_t> size(count, 0);
    std::vector<std::size_t> first(count, n);
    for (std::size_t v = 0; v < n; ++v) {
        ++size[membership[v]];
        first[membership[v]] = std::min(first[membership[v]], v);
    }
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
    });
    std::vector<int> rank(count, 0);
    for (std::size_t r = 0; r < count; ++r)
        rank[order[r]] = int(r);

    Partition result;
    result.community.resize(n);
    for (std::size_t v = 0; v < n; ++v)
        result.community[v] = rank[membership[v]];
    result.count = int(count);
    result.modularity = modularity(g, result.community);
    return result;
}

} // namespace regio::graph
