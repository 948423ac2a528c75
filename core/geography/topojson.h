#pragma once
// TopoJSON reader (https://github.com/topojson/topojson-specification): quantized (transform,
// delta-encoded arcs) or not; Polygon, MultiPolygon and nested GeometryCollections; holes.
// Other geometry types and null geometries are skipped. Throws regio::InputError naming the file
// and the place (line for syntax errors, JSON path otherwise).
#include "geography/feature_layer.h"

#include <QByteArray>
#include <QString>

namespace regio::geo {

struct TopoJsonOptions {
    QString objectName;       // which object to read; empty = the first (alphabetically)
    bool projectToRd = true;  // project WGS84 input to RD New
};

FeatureLayer readTopoJson(const QString& path, const TopoJsonOptions& options = {});
FeatureLayer parseTopoJson(const QByteArray& json, const QString& sourceName, const TopoJsonOptions& options = {});

} // namespace regio::geo
