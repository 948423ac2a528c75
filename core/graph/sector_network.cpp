#include "graph/sector_network.h"

namespace regio::graph {

SectorNetwork analyseSectorNetwork(std::span<const double> relatedness, std::vector<SectorNode> nodes,
                                   const NetworkOptions& options)
{
    SectorNetwork result;
    result.options = options;
    result.network = buildNetwork(relatedness, std::move(nodes), options.threshold);
    markBackbone(result.network, options.backboneK);
    result.backbone = backboneGraph(result.network);
    result.communities = louvain(result.network);
    result.degree = degrees(result.network);
    result.strength = strengths(result.network);
    result.betweenness = betweenness(result.backbone, options.betweennessLength);
    result.layout = forceDirectedLayout(result.backbone, options.layout);
    return result;
}

} // namespace regio::graph
