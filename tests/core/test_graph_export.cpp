// JSON and GraphML output of a sector network (schema in docs/graph.md).
#include "graph/export.h"
#include "graph/sector_network.h"

#include <doctest/doctest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

using namespace regio::graph;

namespace {

// Two triangles {a,b,c}, {d,e,f} joined by c–d, plus an unrelated sector g.
SectorNetwork smallNetwork(int k = 3)
{
    const std::size_t n = 7;
    std::vector<double> m(n * n, -0.5);
    auto set = [&](std::size_t i, std::size_t j, double w) { m[i * n + j] = m[j * n + i] = w; };
    for (std::size_t i = 0; i < n; ++i)
        m[i * n + i] = 0.0;
    set(0, 1, 0.6), set(1, 2, 0.5), set(0, 2, 0.4), set(3, 4, 0.6), set(4, 5, 0.5), set(3, 5, 0.4), set(2, 3, 0.1);
    std::vector<SectorNode> nodes;
    for (std::size_t i = 0; i < n; ++i)
        nodes.push_back({QString(QLatin1Char(char('a' + i))), QStringLiteral("Sector <%1> & co").arg(i),
                         QStringLiteral("C"), 100.0 * double(i + 1)});
    NetworkOptions options;
    options.backboneK = k;
    return analyseSectorNetwork(m, nodes, options);
}

} // namespace

TEST_CASE("the analysis fills every per-node field")
{
    const SectorNetwork net = smallNetwork();
    CHECK(net.size() == 7);
    CHECK(boost::num_edges(net.network) == 7);
    CHECK(net.communities.count == 3); // two triangles and the loner
    CHECK(net.communities.modularity == doctest::Approx(modularity(net.network, net.communities.community)));
    CHECK(net.degree == std::vector<std::size_t>{2, 2, 3, 3, 2, 2, 0});
    CHECK(net.strength[2] == doctest::Approx(1.0));
    // c and d are the bridge: both lie between the triangles (backbone = all edges here).
    CHECK(net.betweenness[2] > net.betweenness[0]);
    CHECK(net.betweenness[3] == doctest::Approx(net.betweenness[2]));
    CHECK(net.layout.positions.size() == 7);
}

TEST_CASE("JSON export: documented schema, every node and edge, notice for demonstration data")
{
    const SectorNetwork net = smallNetwork();
    const QByteArray bytes = toJson(net, {QStringLiteral("flows"), true, false});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    CHECK(root.value("format").toString() == "regioverkenner-sector-network");
    const QJsonObject meta = root.value("metadata").toObject();
    CHECK(meta.value("method").toString() == "flows");
    CHECK(meta.value("threshold").toDouble() == 0.0);
    CHECK(meta.value("k").toInt() == 3);
    CHECK(meta.value("modularity").toDouble() == doctest::Approx(net.communities.modularity));
    CHECK(meta.value("notice").toString() == QStringLiteral("Demonstratiedata — geen officiële statistiek"));

    const QJsonArray nodes = root.value("nodes").toArray();
    REQUIRE(nodes.size() == 7);
    const QJsonObject c = nodes.at(2).toObject();
    for (const char* field : {"id", "label", "section", "weight", "x", "y", "community", "degree", "strength", "betweenness"})
        CHECK_MESSAGE(c.contains(QLatin1String(field)), field);
    CHECK(c.value("id").toString() == "c");
    CHECK(c.value("label").toString() == "Sector <2> & co");
    CHECK(c.value("weight").toDouble() == 300.0);
    CHECK(c.value("degree").toInt() == 3);
    CHECK(c.value("x").toDouble() == net.layout.positions[2].x); // shortest round-trip form

    const QJsonArray edges = root.value("edges").toArray();
    REQUIRE(edges.size() == 7);
    const QJsonObject first = edges.at(0).toObject();
    CHECK(first.value("source").toString() == "a");
    CHECK(first.value("target").toString() == "b");
    CHECK(first.value("weight").toDouble() == doctest::Approx(0.6));
    CHECK(first.value("backbone").toBool());

    // Real data: no notice. Backbone only: fewer edges when k = 0.
    const SectorNetwork sparse = smallNetwork(0);
    const QJsonObject plain = QJsonDocument::fromJson(toJson(sparse, {QStringLiteral("cosine"), false, true})).object();
    CHECK(!plain.value("metadata").toObject().contains("notice"));
    CHECK(plain.value("edges").toArray().size() == 5); // spanning forest of 6 connected sectors
}

TEST_CASE("GraphML export is well-formed XML with every data key declared")
{
    const SectorNetwork net = smallNetwork();
    const QByteArray bytes = toGraphMl(net, {QStringLiteral("flows"), true, false});
    QXmlStreamReader xml(bytes);
    QSet<QString> declared, used;
    int nodes = 0, edges = 0;
    QString notice;
    bool undirected = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        CHECK(xml.namespaceUri() == QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        const auto name = xml.name();
        if (name == QLatin1String("key"))
            declared.insert(xml.attributes().value("id").toString());
        else if (name == QLatin1String("graph"))
            undirected = xml.attributes().value("edgedefault") == QLatin1String("undirected");
        else if (name == QLatin1String("node"))
            ++nodes;
        else if (name == QLatin1String("edge"))
            ++edges;
        else if (name == QLatin1String("data")) {
            const QString key = xml.attributes().value("key").toString();
            used.insert(key);
            if (key == QLatin1String("notice"))
                notice = xml.readElementText();
        }
    }
    REQUIRE_MESSAGE(!xml.hasError(), xml.errorString().toStdString());
    CHECK(undirected);
    CHECK(nodes == 7);
    CHECK(edges == 7);
    CHECK(used.subtract(declared).isEmpty());
    CHECK(declared.contains("betweenness"));
    CHECK(notice == QStringLiteral("Demonstratiedata — geen officiële statistiek"));
    CHECK(bytes.contains("Sector &lt;2&gt; &amp; co"));
}

TEST_CASE("duplicate or empty sector ids fall back to n<index> keys")
{
    std::vector<double> m = {0, 0.5, 0.5, 0};
    const SectorNetwork net = analyseSectorNetwork(m, {{QString(), QStringLiteral("x"), {}, 1.0}, {QString(), QStringLiteral("y"), {}, 1.0}});
    const QJsonObject root = QJsonDocument::fromJson(toJson(net, {})).object();
    CHECK(root.value("nodes").toArray().at(1).toObject().value("id").toString() == "n1");
    CHECK(root.value("edges").toArray().at(0).toObject().value("target").toString() == "n1");
}
