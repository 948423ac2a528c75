#include "geography/topojson.h"

#include <QCoreApplication>

#include "geography/polygon_json.h"

#include "io/input_error.h"
#include "io/json_file.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace regio::geo {

namespace {

class TopologyDecoder {
public:
    explicit TopologyDecoder(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString& path, const QString& reason) const
    {
        throw InputError(m_source, path, reason);
    }

    void decodeArcs(const QJsonObject& topology)
    {
        const QJsonValue arcsValue = topology.value(QStringLiteral("arcs"));
        if (!arcsValue.isArray())
            fail(QStringLiteral("$.arcs"), QCoreApplication::translate("regio::geo", "'arcs' ontbreekt of is geen lijst"));
        const QJsonValue transform = topology.value(QStringLiteral("transform"));
        bool quantized = false;
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (transform.isObject()) {
            const QJsonArray scale = transform[QStringLiteral("scale")].toArray();
            const QJsonArray translate = transform[QStringLiteral("translate")].toArray();
            if (scale.size() != 2 || translate.size() != 2 || !scale[0].isDouble() || !scale[1].isDouble()
                || !translate[0].isDouble() || !translate[1].isDouble())
                fail(QStringLiteral("$.transform"), QCoreApplication::translate("regio::geo", "'transform' moet 'scale' en 'translate' met elk twee getallen hebben"));
            quantized = true;
            sx = scale[0].toDouble();
            sy = scale[1].toDouble();
            tx = translate[0].toDouble();
            ty = translate[1].toDouble();
        } else if (!transform.isUndefined() && !transform.isNull()) {
            fail(QStringLiteral("$.transform"), QCoreApplication::translate("regio::geo", "'transform' is geen object"));
        }

        const QJsonArray arcs = arcsValue.toArray();
        m_arcs.reserve(size_t(arcs.size()));
        for (qsizetype i = 0; i < arcs.size(); ++i) {
            const QJsonValue arcValue = arcs.at(i);
            if (!arcValue.isArray())
                fail(QStringLiteral("$.arcs[%1]").arg(i), QCoreApplication::translate("regio::geo", "boog is geen lijst van posities"));
            const QJsonArray positions = arcValue.toArray();
            std::vector<Point> points;
            points.reserve(size_t(positions.size()));
            double x = 0, y = 0;
            for (qsizetype k = 0; k < positions.size(); ++k) {
                const QJsonArray pos = positions.at(k).toArray();
                if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble())
                    fail(QStringLiteral("$.arcs[%1][%2]").arg(i).arg(k), QCoreApplication::translate("regio::geo", "positie moet twee getallen hebben"));
                if (quantized) {
                    x += pos.at(0).toDouble();
                    y += pos.at(1).toDouble();
                    points.emplace_back(x * sx + tx, y * sy + ty);
                } else {
                    points.emplace_back(pos.at(0).toDouble(), pos.at(1).toDouble());
                }
            }
            m_arcs.push_back(std::move(points));
        }
    }

    // A ring from arc indices; a negative index ~i is arc i reversed (TopoJSON spec §2.1.4).
    Ring stitchRing(const QJsonValue& value, const QString& path) const
    {
        if (!value.isArray())
            fail(path, QCoreApplication::translate("regio::geo", "ring is geen lijst van boogindexen"));
        const QJsonArray indices = value.toArray();
        Ring ring;
        for (qsizetype k = 0; k < indices.size(); ++k) {
            const QJsonValue iv = indices.at(k);
            const double d = iv.toDouble(std::nan(""));
            if (!iv.isDouble() || d != std::floor(d))
                fail(QStringLiteral("%1[%2]").arg(path).arg(k), QCoreApplication::translate("regio::geo", "boogindex is geen geheel getal"));
            // Range first: converting a huge double to an integer is undefined behaviour.
            const double arcCount = double(m_arcs.size());
            if (d >= arcCount || d < -arcCount - 1)
                fail(QStringLiteral("%1[%2]").arg(path).arg(k),
                     QCoreApplication::translate("regio::geo", "verwijzing naar boog %1, maar het bestand heeft %2 bogen")
                         .arg(QString::number(d, 'g', 17)).arg(m_arcs.size()));
            const qint64 index = qint64(d);
            const bool reversed = index < 0;
            const qint64 arcIndex = reversed ? ~index : index;
            if (arcIndex >= qint64(m_arcs.size()))
                fail(QStringLiteral("%1[%2]").arg(path).arg(k),
                     QCoreApplication::translate("regio::geo", "verwijzing naar boog %1, maar het bestand heeft %2 bogen").arg(index).arg(m_arcs.size()));
            const std::vector<Point>& arc = m_arcs[size_t(arcIndex)];
            const size_t skip = ring.empty() ? 0 : 1; // shared end point of consecutive arcs
            if (reversed) {
                for (auto it = arc.rbegin() + qsizetype(std::min(skip, arc.size())); it != arc.rend(); ++it)
                    ring.push_back(*it);
            } else {
                for (auto it = arc.begin() + qsizetype(std::min(skip, arc.size())); it != arc.end(); ++it)
                    ring.push_back(*it);
            }
        }
        return ring;
    }

private:
    QString m_source;
    std::vector<std::vector<Point>> m_arcs;
};

} // namespace

FeatureLayer parseTopoJson(const QByteArray& json, const QString& sourceName, const TopoJsonOptions& options)
{
    const QJsonDocument doc = parseJsonDocument(json, sourceName);
    if (!doc.isObject())
        throw InputError(sourceName, QStringLiteral("$"), QCoreApplication::translate("regio::geo", "geen TopoJSON: het document is geen object"));
    const QJsonObject topology = doc.object();
    if (topology.value(QStringLiteral("type")).toString() != QLatin1String("Topology"))
        throw InputError(sourceName, QStringLiteral("$.type"),
                         QCoreApplication::translate("regio::geo", "geen TopoJSON: 'type' is niet \"Topology\""));
    const QJsonObject objects = topology.value(QStringLiteral("objects")).toObject();
    if (objects.isEmpty())
        throw InputError(sourceName, QStringLiteral("$.objects"), QCoreApplication::translate("regio::geo", "TopoJSON zonder objecten"));

    QString objectName = options.objectName.isEmpty() ? objects.keys().first() : options.objectName;
    if (!objects.contains(objectName))
        throw InputError(sourceName, QStringLiteral("$.objects"),
                         QCoreApplication::translate("regio::geo", "object '%1' ontbreekt (wel: %2)").arg(objectName, objects.keys().join(QStringLiteral(", "))));

    TopologyDecoder decoder(sourceName);
    decoder.decodeArcs(topology);
    const PolygonJson walker(sourceName, QStringLiteral("arcs"),
                             [&decoder](const QJsonValue& v, const QString& p) { return decoder.stitchRing(v, p); });

    FeatureLayer layer;
    layer.sourceName = sourceName;
    layer.objectName = objectName;
    const QJsonObject object = objects.value(objectName).toObject();
    const QString base = QStringLiteral("$.objects.%1").arg(objectName);
    QJsonArray geometries;
    if (object.value(QStringLiteral("type")).toString() == QLatin1String("GeometryCollection"))
        geometries = object.value(QStringLiteral("geometries")).toArray();
    else
        geometries.append(object);

    layer.features.reserve(size_t(geometries.size()));
    Box extent;
    bg::assign_inverse(extent);
    for (qsizetype i = 0; i < geometries.size(); ++i) {
        const QString path = QStringLiteral("%1.geometries[%2]").arg(base).arg(i);
        if (!geometries.at(i).isObject())
            decoder.fail(path, QCoreApplication::translate("regio::geo", "geometrie is geen object"));
        const QJsonObject geometry = geometries.at(i).toObject();
        Feature feature;
        feature.jsonPath = path;
        feature.properties = geometry.value(QStringLiteral("properties")).toObject();
        feature.id = jsonIdText(geometry.value(QStringLiteral("id")));
        walker.appendGeometry(geometry, path, feature.shape);
        appendFeature(layer, std::move(feature), extent);
    }
    finishLayer(layer, extent, Crs::RdNew, options.projectToRd);
    return layer;
}

FeatureLayer readTopoJson(const QString& path, const TopoJsonOptions& options)
{
    return parseTopoJson(readFileBytes(path), path, options);
}

} // namespace regio::geo
