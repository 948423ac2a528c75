#include "geography/feature_layer.h"

#include "geography/projection.h"

#include <QJsonValue>

namespace regio::geo {

QString FeatureLayer::propertyText(const Feature& feature, const QString& key)
{
    const QJsonValue value = feature.properties.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return QString();
}

Crs guessCrs(const Box& extent)
{
    const bool lonLat = extent.min_corner().x() >= -180.0 && extent.max_corner().x() <= 180.0
                        && extent.min_corner().y() >= -90.0 && extent.max_corner().y() <= 90.0;
    return lonLat ? Crs::Wgs84 : Crs::RdNew;
}

void projectToRd(FeatureLayer& layer)
{
    if (layer.crs == Crs::RdNew)
        return;
    for (Feature& feature : layer.features)
        projectWgs84ToRd(feature.shape);
    layer.crs = Crs::RdNew;
}

} // namespace regio::geo
