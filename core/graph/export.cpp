#include "graph/export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamWriter>

namespace regio::graph {

namespace {

// Node keys for edges: the sector ids when they are unique and non-empty, else "n<index>".
QStringList nodeKeys(const Graph& g)
{
    QStringList keys;
    QSet<QString> seen;
    bool usable = true;
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const QString& id = g[v].id;
        usable = usable && !id.isEmpty() && !seen.contains(id);
        seen.insert(id);
        keys << id;
    }
    if (!usable)
        for (qsizetype i = 0; i < keys.size(); ++i)
            keys[i] = QStringLiteral("n%1").arg(i);
    return keys;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::size_t backboneEdgeCount(const SectorNetwork& net)
{
    return boost::num_edges(net.backbone);
}

} // namespace

QString ExportInfo::notice() const { return demonstration ? demonstrationNotice() : source; }

QString demonstrationNotice()
{
    return QStringLiteral("Demonstratiedata — geen officiële statistiek");
}

QByteArray toJson(const SectorNetwork& net, const ExportInfo& info)
{
    const Graph& g = net.network;
    const QStringList keys = nodeKeys(g);

    QJsonObject metadata;
    metadata.insert(QStringLiteral("method"), info.method);
    metadata.insert(QStringLiteral("threshold"), net.options.threshold);
    metadata.insert(QStringLiteral("k"), net.options.backboneK);
    metadata.insert(QStringLiteral("modularity"), net.communities.modularity);
    metadata.insert(QStringLiteral("communities"), net.communities.count);
    metadata.insert(QStringLiteral("communityAlgorithm"), QStringLiteral("louvain"));
    metadata.insert(QStringLiteral("betweenness"),
                    net.options.betweennessLength == PathLength::InverseWeight
                        ? QStringLiteral("backbone, path length 1/weight, normalised")
                        : QStringLiteral("backbone, hop count, normalised"));
    metadata.insert(QStringLiteral("nodeCount"), qint64(boost::num_vertices(g)));
    metadata.insert(QStringLiteral("edgeCount"), qint64(boost::num_edges(g)));
    metadata.insert(QStringLiteral("backboneEdgeCount"), qint64(backboneEdgeCount(net)));
    metadata.insert(QStringLiteral("edges"), info.backboneOnly ? QStringLiteral("backbone") : QStringLiteral("all"));
    if (!info.notice().isEmpty())
        metadata.insert(QStringLiteral("notice"), info.notice());

    QJsonArray nodes;
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const SectorNode& s = g[v];
        QJsonObject node;
        node.insert(QStringLiteral("id"), keys[qsizetype(v)]);
        node.insert(QStringLiteral("label"), s.label);
        node.insert(QStringLiteral("section"), s.section);
        node.insert(QStringLiteral("weight"), s.weight);
        node.insert(QStringLiteral("x"), net.layout.positions[v].x);
        node.insert(QStringLiteral("y"), net.layout.positions[v].y);
        node.insert(QStringLiteral("community"), net.communities.community[v]);
        node.insert(QStringLiteral("degree"), qint64(net.degree[v]));
        node.insert(QStringLiteral("strength"), net.strength[v]);
        node.insert(QStringLiteral("betweenness"), net.betweenness[v]);
        nodes.append(node);
    }
    QJsonArray edges;
    for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
        if (info.backboneOnly && !g[e].backbone)
            continue;
        QJsonObject edge;
        edge.insert(QStringLiteral("source"), keys[qsizetype(boost::source(e, g))]);
        edge.insert(QStringLiteral("target"), keys[qsizetype(boost::target(e, g))]);
        edge.insert(QStringLiteral("weight"), g[e].weight);
        edge.insert(QStringLiteral("backbone"), g[e].backbone);
        edges.append(edge);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("regioverkenner-sector-network"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("metadata"), metadata);
    root.insert(QStringLiteral("nodes"), nodes);
    root.insert(QStringLiteral("edges"), edges);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toGraphMl(const SectorNetwork& net, const ExportInfo& info)
{
    const Graph& g = net.network;
    const QStringList keys = nodeKeys(g);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));

    struct Key {
        const char* id;
        const char* domain;
        const char* type;
    };
    static const Key declared[] = {
        {"method", "graph", "string"},   {"threshold", "graph", "double"},  {"k", "graph", "int"},
        {"modularity", "graph", "double"}, {"notice", "graph", "string"},
        {"label", "node", "string"},     {"section", "node", "string"},     {"weight", "node", "double"},
        {"x", "node", "double"},         {"y", "node", "double"},           {"community", "node", "int"},
        {"degree", "node", "int"},       {"strength", "node", "double"},    {"betweenness", "node", "double"},
        {"relatedness", "edge", "double"}, {"backbone", "edge", "boolean"},
    };
    for (const Key& key : declared) {
        if (info.notice().isEmpty() && qstrcmp(key.id, "notice") == 0)
            continue;
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"),
                           qstrcmp(key.id, "relatedness") == 0 ? QStringLiteral("weight") : QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
        xml.writeEndElement();
    }
    auto data = [&xml](const QString& key, const QString& value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("sectors"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    data(QStringLiteral("method"), info.method);
    data(QStringLiteral("threshold"), number(net.options.threshold));
    data(QStringLiteral("k"), QString::number(net.options.backboneK));
    data(QStringLiteral("modularity"), number(net.communities.modularity));
    if (!info.notice().isEmpty())
        data(QStringLiteral("notice"), info.notice());
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const SectorNode& s = g[v];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), keys[qsizetype(v)]);
        data(QStringLiteral("label"), s.label);
        data(QStringLiteral("section"), s.section);
        data(QStringLiteral("weight"), number(s.weight));
        data(QStringLiteral("x"), number(net.layout.positions[v].x));
        data(QStringLiteral("y"), number(net.layout.positions[v].y));
        data(QStringLiteral("community"), QString::number(net.communities.community[v]));
        data(QStringLiteral("degree"), QString::number(net.degree[v]));
        data(QStringLiteral("strength"), number(net.strength[v]));
        data(QStringLiteral("betweenness"), number(net.betweenness[v]));
        xml.writeEndElement();
    }
    for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
        if (info.backboneOnly && !g[e].backbone)
            continue;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("source"), keys[qsizetype(boost::source(e, g))]);
        xml.writeAttribute(QStringLiteral("target"), keys[qsizetype(boost::target(e, g))]);
        data(QStringLiteral("relatedness"), number(g[e].weight));
        data(QStringLiteral("backbone"), g[e].backbone ? QStringLiteral("true") : QStringLiteral("false"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

} // namespace regio::graph
