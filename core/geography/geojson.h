#pragma once
// GeoJSON reader (RFC 7946): a FeatureCollection (or a single Feature) of Polygon and
// MultiPolygon geometries. Other geometry types and null geometries are skipped. Coordinates in
// lon/lat are projected to RD New unless told otherwise. Throws regio::InputError.
#include "geography/feature_layer.h"

#include <QByteArray>
#include <QString>

namespace regio::geo {

struct GeoJsonOptions {
    bool projectToRd = true;
};

FeatureLayer readGeoJson(const QString& path, const GeoJsonOptions& options = {});
FeatureLayer parseGeoJson(const QByteArray& json, const QString& sourceName, const GeoJsonOptions& options = {});

} // namespace regio::geo
