#pragma once
// What the GeoJSON and TopoJSON readers share: walking Polygon / MultiPolygon /
// GeometryCollection JSON (rings under "coordinates" as positions, or under "arcs" as arc
// indices), and finishing features and layers. Internal to core/geography.
#include "geography/feature_layer.h"
#include "io/input_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace regio::geo {

class PolygonJson {
public:
    // `member`: "coordinates" (GeoJSON) or "arcs" (TopoJSON); `readRing` decodes one ring.
    using RingReader = std::function<Ring(const QJsonValue& value, const QString& path)>;
    PolygonJson(QString source, QString member, RingReader readRing)
        : m_source(std::move(source)), m_member(std::move(member)), m_readRing(std::move(readRing))
    {
    }

    [[noreturn]] void fail(const QString& path, const QString& reason) const { throw InputError(m_source, path, reason); }

    // Appends the polygons of a geometry to `shape`. Points, lines and null geometries carry no
    // area and are skipped; a geometry without "type" is an error.
    void appendGeometry(const QJsonValue& value, const QString& path, MultiPolygon& shape) const
    {
        if (value.isNull() || value.isUndefined())
            return;
        if (!value.isObject())
            fail(path, QStringLiteral("geometrie is geen object"));
        const QJsonObject geometry = value.toObject();
        if (!geometry.contains(QStringLiteral("type")))
            fail(path, QStringLiteral("geometrie zonder 'type'"));
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonValue rings = geometry.value(m_member);
        const QString ringsPath = path + QLatin1Char('.') + m_member;
        if (type == QLatin1String("Polygon")) {
            appendPolygon(rings, ringsPath, shape);
        } else if (type == QLatin1String("MultiPolygon")) {
            if (!rings.isArray())
                fail(ringsPath, QStringLiteral("MultiPolygon zonder lijst van polygonen"));
            const QJsonArray parts = rings.toArray();
            for (qsizetype i = 0; i < parts.size(); ++i)
                appendPolygon(parts.at(i), QStringLiteral("%1[%2]").arg(ringsPath).arg(i), shape);
        } else if (type == QLatin1String("GeometryCollection")) {
            const QJsonArray geometries = geometry.value(QStringLiteral("geometries")).toArray();
            for (qsizetype i = 0; i < geometries.size(); ++i)
                appendGeometry(geometries.at(i), QStringLiteral("%1.geometries[%2]").arg(path).arg(i), shape);
        }
    }

private:
    void appendPolygon(const QJsonValue& value, const QString& path, MultiPolygon& shape) const
    {
        if (!value.isArray())
            fail(path, QStringLiteral("polygoon is geen lijst van ringen"));
        const QJsonArray rings = value.toArray();
        Polygon polygon;
        for (qsizetype r = 0; r < rings.size(); ++r) {
            Ring ring = m_readRing(rings.at(r), QStringLiteral("%1[%2]").arg(path).arg(r));
            if (!ring.empty() && !bg::equals(ring.front(), ring.back()))
                ring.push_back(ring.front());
            if (ring.size() < 4)
                continue; // degenerate ring (a sliver collapsed by quantisation)
            if (polygon.outer().empty())
                polygon.outer() = std::move(ring);
            else
                polygon.inners().push_back(std::move(ring));
        }
        if (!polygon.outer().empty())
            shape.push_back(std::move(polygon));
    }

    QString m_source;
    QString m_member;
    RingReader m_readRing;
};

// The "id" of a feature or geometry as text ("" when absent).
inline QString jsonIdText(const QJsonValue& id)
{
    return id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toDouble()) : QString();
}

// Orients the feature's shape, grows `extent` and appends the feature; a feature without area
// is dropped.
inline void appendFeature(FeatureLayer& layer, Feature&& feature, Box& extent)
{
    if (feature.shape.empty())
        return;
    bg::correct(feature.shape);
    bg::expand(extent, bounds(feature.shape));
    layer.features.push_back(std::move(feature));
}

// Sets the layer's CRS from the extent of its coordinates and projects to RD New when asked.
inline void finishLayer(FeatureLayer& layer, const Box& extent, Crs whenEmpty, bool toRd)
{
    layer.crs = layer.features.empty() ? whenEmpty : guessCrs(extent);
    if (toRd)
        projectToRd(layer);
}

} // namespace regio::geo
