#pragma once
// Writers for a computed sector network: JSON (schema in docs/graph.md) and GraphML
// (http://graphml.graphdrawing.org/, keys declared, undirected).
#include "graph/sector_network.h"

#include <QByteArray>
#include <QString>

namespace regio::graph {

struct ExportInfo {
    QString method;             // relatedness method, e.g. "flows"
    bool demonstration = false; // built from the synthetic demonstration economy
    bool backboneOnly = false;  // write only the backbone edges instead of every related pair
    QString source;             // attribution of real data, written as the notice when not demonstration
    QString notice() const;     // the demonstration notice, else the source ("" when neither)
};

// "Demonstratiedata — geen officiële statistiek" (DESIGN.md §4), written when demonstration.
QString demonstrationNotice();

QByteArray toJson(const SectorNetwork& net, const ExportInfo& info);
QByteArray toGraphMl(const SectorNetwork& net, const ExportInfo& info);

} // namespace regio::graph
