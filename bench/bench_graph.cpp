// Sector-network benchmarks (DESIGN.md §7): relatedness + backbone + communities + betweenness for
// 443 sectors (the network of SER 2017 fig. B.9), and the force-directed layout of the backbone
// for 443 and 2,000 sectors, on seeded synthetic economies (core/graph/synthetic.h).
//
//   bench_graph                      our figures, then igraph's (bench/igraph_anchor.py) on the
//                                    same backbones when python3-igraph is installed
//   bench_graph --runs N             repetitions per case (median reported; default 11)
//   bench_graph --write-edges DIR    also keep the backbone edge lists in DIR
//   bench_graph --no-anchor          skip igraph
//
// One line per case: name, median milliseconds, and what was measured.
#include "bench_util.h"

#include "economy/indicators.h"
#include "economy/matrix.h"
#include "graph/centrality.h"
#include "graph/communities.h"
#include "graph/layout.h"
#include "graph/network.h"
#include "graph/synthetic.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace regio;

namespace {

using bench::medianMs;

economy::Matrix flowMatrix(const graph::SyntheticNetwork& net)
{
    const std::size_t n = net.nodes.size();
    economy::Matrix flows(n, n);
    flows.data() = net.flows;
    QStringList codes;
    for (const graph::SectorNode& s : net.nodes)
        codes << s.id;
    flows.setRowLabels(codes);
    flows.setColLabels(codes);
    return flows;
}

struct Case {
    std::size_t sectors;
    graph::SyntheticNetwork synthetic;
    economy::Matrix flows;
    graph::Graph network;
    graph::Graph backbone;
};

Case prepare(std::size_t sectors)
{
    Case c;
    c.sectors = sectors;
    graph::SyntheticOptions options;
    options.sectors = sectors;
    c.synthetic = graph::syntheticNetwork(options);
    c.flows = flowMatrix(c.synthetic);
    const economy::Matrix relatedness = economy::skillRelatedness(c.flows);
    c.network = graph::buildNetwork(relatedness.data(), c.synthetic.nodes, 0.0);
    graph::markBackbone(c.network, 3);
    c.backbone = graph::backboneGraph(c.network);
    return c;
}

void writeEdges(const Case& c, const std::filesystem::path& dir)
{
    // Same attraction factors as our layout: w / mean(w), clamped to [0.1, 10].
    const double mean = graph::totalWeight(c.backbone) / double(boost::num_edges(c.backbone));
    std::ofstream out(dir / ("backbone_" + std::to_string(c.sectors) + ".tsv"));
    out << "# vertices " << boost::num_vertices(c.backbone) << '\n';
    for (const graph::Edge& e : boost::make_iterator_range(boost::edges(c.backbone)))
        out << boost::source(e, c.backbone) << '\t' << boost::target(e, c.backbone) << '\t'
            << std::clamp(c.backbone[e].weight / mean, 0.1, 10.0) << '\n';
}

void report(const char* name, double ms, const std::string& what)
{
    std::printf("%-34s %9.2f ms   %s\n", name, ms, what.c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    int runs = 11;
    std::string edgeDir;
    bool anchor = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--write-edges") == 0 && i + 1 < argc)
            edgeDir = argv[++i];
        else if (std::strcmp(argv[i], "--no-anchor") == 0)
            anchor = false;
        else {
            std::fprintf(stderr, "gebruik: bench_graph [--runs N] [--write-edges DIR] [--no-anchor]\n");
            return 2;
        }
    }

    std::vector<Case> cases;
    for (const std::size_t n : {std::size_t(443), std::size_t(2000)}) {
        cases.push_back(prepare(n));
        const Case& c = cases.back();
        const double pairs = double(n) * double(n - 1) / 2.0;
        std::printf("# %zu sectors: %zu related pairs (%.1f %%), backbone %zu edges\n", n,
                    boost::num_edges(c.network), 100.0 * double(boost::num_edges(c.network)) / pairs,
                    boost::num_edges(c.backbone));
    }

    for (const Case& c : cases) {
        const std::string n = std::to_string(c.sectors);
        // Relatedness (core/economy, SR~ from flows) + network + backbone + Louvain + betweenness.
        double modularity = 0.0;
        const double analysis = medianMs(runs, [&] {
            const economy::Matrix relatedness = economy::skillRelatedness(c.flows);
            graph::Graph g = graph::buildNetwork(relatedness.data(), c.synthetic.nodes, 0.0);
            graph::markBackbone(g, 3);
            const graph::Graph b = graph::backboneGraph(g);
            modularity = graph::louvain(g).modularity;
            const std::vector<double> bc = graph::betweenness(b);
            (void)bc;
        });
        report(("analysis_" + n).c_str(), analysis,
               "relatedness + network + backbone + Louvain + betweenness (Q = " + std::to_string(modularity) + ")");

        // The same steps one by one.
        economy::Matrix relatedness;
        const double relatednessMs = medianMs(runs, [&] { relatedness = economy::skillRelatedness(c.flows); });
        graph::Graph g;
        const double backboneMs = medianMs(runs, [&] {
            g = graph::buildNetwork(relatedness.data(), c.synthetic.nodes, 0.0);
            graph::markBackbone(g, 3);
        });
        const graph::Graph b = graph::backboneGraph(g);
        const double louvainMs = medianMs(runs, [&] { (void)graph::louvain(g); });
        const double betweennessMs = medianMs(runs, [&] { (void)graph::betweenness(b); });
        report(("  relatedness_" + n).c_str(), relatednessMs, "SR~ from flows (core/economy)");
        report(("  network_backbone_" + n).c_str(), backboneMs, "threshold network + maximum spanning forest + k = 3");
        report(("  louvain_" + n).c_str(), louvainMs, "Louvain on the related network");
        report(("  betweenness_" + n).c_str(), betweennessMs, "Brandes on the backbone, length 1/w");

        graph::Layout layout;
        const double layoutMs = medianMs(runs, [&] { layout = graph::forceDirectedLayout(c.backbone); });
        const graph::LayoutQuality q = graph::layoutQuality(c.backbone, layout.positions);
        report(("layout_" + n).c_str(), layoutMs,
               "backbone layout, " + std::to_string(layout.iterations) + " iterations, edge/non-edge distance "
                   + std::to_string(q.meanEdgeLength / q.meanNonEdgeDistance));

        const double pipeline = medianMs(std::max(1, runs / 2), [&] {
            const economy::Matrix sr = economy::skillRelatedness(c.flows);
            graph::Graph network = graph::buildNetwork(sr.data(), c.synthetic.nodes, 0.0);
            graph::markBackbone(network, 3);
            layout = graph::forceDirectedLayout(graph::backboneGraph(network));
        });
        report(("relatedness_backbone_layout_" + n).c_str(), pipeline, "issue item 6: relatedness + backbone + layout");
    }

    std::filesystem::path dir = edgeDir.empty() ? std::filesystem::temp_directory_path() / "regio-bench-graph"
                                                : std::filesystem::path(edgeDir);
    if (!edgeDir.empty() || anchor) {
        std::filesystem::create_directories(dir);
        for (const Case& c : cases)
            writeEdges(c, dir);
    }
    if (anchor) {
        const std::filesystem::path script = std::filesystem::path(__FILE__).parent_path() / "igraph_anchor.py";
        const std::string python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        const std::string command = python + " '" + script.string() + "' --runs " + std::to_string(std::max(3, runs / 2))
                                    + " '" + dir.string() + "'";
        std::fflush(stdout);
        if (std::system(command.c_str()) != 0)
            std::printf("# igraph anchor not run (needs python3-igraph: apt-get install -y python3-igraph)\n");
    }
    return 0;
}
