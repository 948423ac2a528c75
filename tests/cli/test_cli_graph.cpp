// `regio graph`: the sector network as JSON or GraphML, driven through the shipped CLI code.
#include "cli/cli.h"

#include <doctest/doctest.h>

#include "cli_run.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {


QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return file.fileName();
}

} // namespace

TEST_CASE("regio graph on the demonstration economy: JSON with positions, communities, centrality, notice")
{
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("graph")});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject meta = root.value("metadata").toObject();
    CHECK(meta.value("method").toString() == "flows");
    CHECK(meta.value("threshold").toDouble() == 0.0);
    CHECK(meta.value("k").toInt() == 3);
    CHECK(meta.value("modularity").toDouble() > 0.0);
    CHECK(meta.value("notice").toString() == QStringLiteral("Demonstratiedata — geen officiële statistiek"));
    const QJsonArray nodes = root.value("nodes").toArray();
    REQUIRE(nodes.size() > 10);
    for (const QJsonValue& v : nodes) {
        const QJsonObject node = v.toObject();
        CHECK(node.value("x").toDouble() >= 0.0);
        CHECK(node.value("x").toDouble() <= 1.0);
        CHECK(node.value("y").toDouble() >= 0.0);
        CHECK(node.value("y").toDouble() <= 1.0);
        CHECK(node.value("weight").toDouble() > 0.0);
        CHECK(!node.value("section").toString().isEmpty());
        CHECK(node.value("betweenness").toDouble() >= 0.0);
        CHECK(node.value("betweenness").toDouble() <= 1.0);
    }
    const QJsonArray edges = root.value("edges").toArray();
    REQUIRE(!edges.isEmpty());
    for (const QJsonValue& e : edges)
        CHECK(e.toObject().value("weight").toDouble() > 0.0); // related when SR~ > 0
    // Same input, same picture: byte-identical output.
    CHECK(regio::test::runRegio({QStringLiteral("graph")}).out == r.out);

    // A higher threshold keeps fewer edges; --edges backbone keeps only flagged ones.
    const regio::test::CliResult strict = regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--threshold"), QStringLiteral("0.3"),
                                 QStringLiteral("--edges"), QStringLiteral("backbone")});
    REQUIRE(strict.code == 0);
    const QJsonArray strictEdges = QJsonDocument::fromJson(strict.out.toUtf8()).object().value("edges").toArray();
    CHECK(strictEdges.size() < edges.size());
    for (const QJsonValue& e : strictEdges) {
        CHECK(e.toObject().value("backbone").toBool());
        CHECK(e.toObject().value("weight").toDouble() > 0.3);
    }
}

TEST_CASE("regio graph --out FILE.graphml writes well-formed GraphML")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.graphml"));
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--method"), QStringLiteral("cosine"),
                            QStringLiteral("--backbone-k"), QStringLiteral("1"), QStringLiteral("--out"), path});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.out.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int nodes = 0;
    QString method;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("node"))
            ++nodes;
        if (xml.name() == QLatin1String("data") && xml.attributes().value("key") == QLatin1String("method"))
            method = xml.readElementText();
    }
    REQUIRE_MESSAGE(!xml.hasError(), xml.errorString().toStdString());
    CHECK(nodes > 10);
    CHECK(method == "cosine");
}

TEST_CASE("regio graph with a user flow matrix: no demonstration notice, weights from switchers")
{
    QTemporaryDir dir;
    // Two pairs that exchange many workers: 62↔63 and 10↔11.
    const QString flows = write(dir, QStringLiteral("flows.csv"),
                                "from,to,value\n62,63,40\n63,62,40\n10,11,30\n11,10,30\n62,10,1\n10,62,1\n");
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--flows"), flows, QStringLiteral("--format"),
                            QStringLiteral("json")});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(!root.value("metadata").toObject().contains("notice"));
    const QJsonArray nodes = root.value("nodes").toArray();
    REQUIRE(nodes.size() == 4);
    const QJsonArray edges = root.value("edges").toArray();
    CHECK(edges.size() == 2); // 62–63 and 10–11 related; 62–10 below expectation
    CHECK(root.value("metadata").toObject().value("communities").toInt() == 2);
}

TEST_CASE("regio graph refuses bad options (exit 2) and bad input (exit 3)")
{
    CHECK(regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--method"), QStringLiteral("magic")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--threshold"), QStringLiteral("-0.5")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--threshold"), QStringLiteral("veel")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--backbone-k"), QStringLiteral("-1")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--out"), QStringLiteral("net.txt")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--format"), QStringLiteral("csv")}).code == 2);

    QTemporaryDir dir;
    const QString bad = write(dir, QStringLiteral("bad.csv"), "from,to,value\n62,63,-4\n");
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--flows"), bad});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: ") + bad));

    const regio::test::CliResult help = regio::test::runRegio({QStringLiteral("graph"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--backbone-k")));
}
