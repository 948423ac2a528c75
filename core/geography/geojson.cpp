#include "geography/geojson.h"

#include "io/input_error.h"
#include "io/json_file.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regio::geo {

namespace {

class GeoJsonDecoder {
public:
    explicit GeoJsonDecoder(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString& path, const QString& reason) const
    {
        throw InputError(m_source, path, reason);
    }

    Ring ring(const QJsonValue& value, const QString& path) const
    {
        if (!value.isArray())
            fail(path, QStringLiteral("ring is geen lijst van posities"));
        const QJsonArray positions = value.toArray();
        Ring result;
        result.reserve(size_t(positions.size()) + 1);
        for (qsizetype k = 0; k < positions.size(); ++k) {
            const QJsonArray pos = positions.at(k).toArray();
            if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble())
                fail(QStringLiteral("%1[%2]").arg(path).arg(k), QStringLiteral("positie moet twee getallen hebben"));
            result.emplace_back(pos.at(0).toDouble(), pos.at(1).toDouble());
        }
        if (!result.empty() && !bg::equals(result.front(), result.back()))
            result.push_back(result.front());
        return result;
    }

    Polygon polygon(const QJsonValue& value, const QString& path) const
    {
        if (!value.isArray())
            fail(path, QStringLiteral("polygoon is geen lijst van ringen"));
        const QJsonArray rings = value.toArray();
        Polygon polygon;
        for (qsizetype r = 0; r < rings.size(); ++r) {
            Ring rg = ring(rings.at(r), QStringLiteral("%1[%2]").arg(path).arg(r));
            if (rg.size() < 4)
                continue;
            if (polygon.outer().empty())
                polygon.outer() = std::move(rg);
            else
                polygon.inners().push_back(std::move(rg));
        }
        return polygon;
    }

    void appendGeometry(const QJsonValue& value, const QString& path, MultiPolygon& shape) const
    {
        if (value.isNull() || value.isUndefined())
            return;
        if (!value.isObject())
            fail(path, QStringLiteral("geometrie is geen object"));
        const QJsonObject geometry = value.toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
        if (type == QLatin1String("Polygon")) {
            Polygon p = polygon(coordinates, path + QStringLiteral(".coordinates"));
            if (!p.outer().empty())
                shape.push_back(std::move(p));
        } else if (type == QLatin1String("MultiPolygon")) {
            if (!coordinates.isArray())
                fail(path + QStringLiteral(".coordinates"), QStringLiteral("MultiPolygon zonder lijst van polygonen"));
            const QJsonArray parts = coordinates.toArray();
            for (qsizetype i = 0; i < parts.size(); ++i) {
                Polygon p = polygon(parts.at(i), QStringLiteral("%1.coordinates[%2]").arg(path).arg(i));
                if (!p.outer().empty())
                    shape.push_back(std::move(p));
            }
        } else if (type == QLatin1String("GeometryCollection")) {
            const QJsonArray geometries = geometry.value(QStringLiteral("geometries")).toArray();
            for (qsizetype i = 0; i < geometries.size(); ++i)
                appendGeometry(geometries.at(i), QStringLiteral("%1.geometries[%2]").arg(path).arg(i), shape);
        } else if (type.isEmpty()) {
            fail(path, QStringLiteral("geometrie zonder 'type'"));
        }
    }

private:
    QString m_source;
};

} // namespace

FeatureLayer parseGeoJson(const QByteArray& json, const QString& sourceName, const GeoJsonOptions& options)
{
    const QJsonDocument doc = parseJsonDocument(json, sourceName);
    if (!doc.isObject())
        throw InputError(sourceName, QStringLiteral("$"), QStringLiteral("geen GeoJSON: het document is geen object"));
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    QJsonArray features;
    if (type == QLatin1String("FeatureCollection")) {
        const QJsonValue list = root.value(QStringLiteral("features"));
        if (!list.isArray())
            throw InputError(sourceName, QStringLiteral("$.features"), QStringLiteral("'features' ontbreekt of is geen lijst"));
        features = list.toArray();
    } else if (type == QLatin1String("Feature")) {
        features.append(root);
    } else {
        throw InputError(sourceName, QStringLiteral("$.type"),
                         QStringLiteral("geen GeoJSON: 'type' is niet \"FeatureCollection\" of \"Feature\""));
    }

    GeoJsonDecoder decoder(sourceName);
    FeatureLayer layer;
    layer.sourceName = sourceName;
    Box extent;
    bg::assign_inverse(extent);
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString path = type == QLatin1String("Feature") ? QStringLiteral("$") : QStringLiteral("$.features[%1]").arg(i);
        if (!features.at(i).isObject())
            decoder.fail(path, QStringLiteral("feature is geen object"));
        const QJsonObject object = features.at(i).toObject();
        Feature feature;
        feature.jsonPath = path;
        feature.properties = object.value(QStringLiteral("properties")).toObject();
        const QJsonValue id = object.value(QStringLiteral("id"));
        feature.id = id.isString() ? id.toString() : id.isDouble() ? QString::number(id.toDouble()) : QString();
        decoder.appendGeometry(object.value(QStringLiteral("geometry")), path + QStringLiteral(".geometry"), feature.shape);
        if (feature.shape.empty())
            continue;
        bg::correct(feature.shape);
        bg::expand(extent, bounds(feature.shape));
        layer.features.push_back(std::move(feature));
    }
    layer.crs = layer.features.empty() ? Crs::Wgs84 : guessCrs(extent);
    if (options.projectToRd)
        projectToRd(layer);
    return layer;
}

FeatureLayer readGeoJson(const QString& path, const GeoJsonOptions& options)
{
    return parseGeoJson(readFileBytes(path), path, options);
}

} // namespace regio::geo
