#include "geography/feature_layer.h"

#include "geography/projection.h"

#include <QJsonValue>

#include <cmath>

namespace regio::geo {

QString FeatureLayer::propertyText(const Feature& feature, const QString& key)
{
    const QJsonValue value = feature.properties.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Range-checked before the conversion (a huge number would overflow qint64: undefined
        // behaviour); integers beyond 2^53 are not exact anyway and are written as a double.
        constexpr double kExactIntegers = 9007199254740992.0; // 2^53
        if (std::abs(d) <= kExactIntegers && d == std::floor(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
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
