#include "graph/sector_nodes.h"

#include "economy/classification.h"

namespace regio::graph {

std::vector<SectorNode> sectorNodes(const economy::EconomyData& data)
{
    std::vector<SectorNode> nodes;
    const QStringList& codes = data.employment.colLabels();
    nodes.reserve(std::size_t(codes.size()));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        SectorNode node;
        node.id = codes.at(i);
        for (const economy::SectorInfo& s : data.sectors)
            if (s.code == node.id) {
                node.label = s.name;
                node.section = s.section;
            }
        for (const economy::SectorInfo& s : economy::sbiDivisions())
            if (s.code == node.id) {
                if (node.label.isEmpty() || node.label == node.id)
                    node.label = s.name;
                if (node.section.isEmpty())
                    node.section = s.section;
            }
        if (node.label.isEmpty())
            node.label = node.id;
        node.weight = data.employment.colSum(std::size_t(i));
        nodes.push_back(node);
    }
    return nodes;
}

} // namespace regio::graph
