#include "geography/geojson.h"

#include <QCoreApplication>

#include "geography/polygon_json.h"

#include "io/input_error.h"
#include "io/json_file.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regio::geo {

namespace {

// A ring of [x, y] positions (GeoJSON RFC 7946 §3.1.6).
Ring readPositions(const QJsonValue& value, const QString& path, const QString& source)
{
    if (!value.isArray())
        throw InputError(source, path, QCoreApplication::translate("regio::geo", "ring is geen lijst van posities"));
    const QJsonArray positions = value.toArray();
    Ring result;
    result.reserve(size_t(positions.size()) + 1);
    for (qsizetype k = 0; k < positions.size(); ++k) {
        const QJsonArray pos = positions.at(k).toArray();
        if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble())
            throw InputError(source, QStringLiteral("%1[%2]").arg(path).arg(k), QCoreApplication::translate("regio::geo", "positie moet twee getallen hebben"));
        result.emplace_back(pos.at(0).toDouble(), pos.at(1).toDouble());
    }
    return result;
}

} // namespace

FeatureLayer parseGeoJson(const QByteArray& json, const QString& sourceName, const GeoJsonOptions& options)
{
    const QJsonDocument doc = parseJsonDocument(json, sourceName);
    if (!doc.isObject())
        throw InputError(sourceName, QStringLiteral("$"), QCoreApplication::translate("regio::geo", "geen GeoJSON: het document is geen object"));
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    QJsonArray features;
    if (type == QLatin1String("FeatureCollection")) {
        const QJsonValue list = root.value(QStringLiteral("features"));
        if (!list.isArray())
            throw InputError(sourceName, QStringLiteral("$.features"), QCoreApplication::translate("regio::geo", "'features' ontbreekt of is geen lijst"));
        features = list.toArray();
    } else if (type == QLatin1String("Feature")) {
        features.append(root);
    } else {
        throw InputError(sourceName, QStringLiteral("$.type"),
                         QCoreApplication::translate("regio::geo", "geen GeoJSON: 'type' is niet \"FeatureCollection\" of \"Feature\""));
    }

    const PolygonJson decoder(sourceName, QStringLiteral("coordinates"),
                              [&sourceName](const QJsonValue& v, const QString& p) { return readPositions(v, p, sourceName); });
    FeatureLayer layer;
    layer.sourceName = sourceName;
    Box extent;
    bg::assign_inverse(extent);
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString path = type == QLatin1String("Feature") ? QStringLiteral("$") : QStringLiteral("$.features[%1]").arg(i);
        if (!features.at(i).isObject())
            decoder.fail(path, QCoreApplication::translate("regio::geo", "feature is geen object"));
        const QJsonObject object = features.at(i).toObject();
        Feature feature;
        feature.jsonPath = path;
        feature.properties = object.value(QStringLiteral("properties")).toObject();
        feature.id = jsonIdText(object.value(QStringLiteral("id")));
        decoder.appendGeometry(object.value(QStringLiteral("geometry")), path + QStringLiteral(".geometry"), feature.shape);
        appendFeature(layer, std::move(feature), extent);
    }
    finishLayer(layer, extent, Crs::Wgs84, options.projectToRd);
    return layer;
}

FeatureLayer readGeoJson(const QString& path, const GeoJsonOptions& options)
{
    return parseGeoJson(readFileBytes(path), path, options);
}

} // namespace regio::geo
