#pragma once
// A layer of polygon features as read from a boundary file: id, properties and shape.
#include "geography/geometry.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace regio::geo {

enum class Crs { RdNew, Wgs84 };

struct Feature {
    QString id;
    QJsonObject properties;
    MultiPolygon shape;  // in the layer's CRS until projected
    QString jsonPath;    // where the feature stands in its file, for error messages
};

struct FeatureLayer {
    QString sourceName;  // file name, for messages
    QString objectName;  // TopoJSON object name, or empty for GeoJSON
    Crs crs = Crs::RdNew;
    std::vector<Feature> features;

    // A property as text ("" when absent); numbers are rendered without a decimal point.
    static QString propertyText(const Feature& feature, const QString& key);
};

// Guesses the CRS of decoded coordinates: longitude/latitude ranges mean WGS84, anything else
// (metres in the hundreds of thousands) means RD New.
Crs guessCrs(const Box& extent);

// Projects a WGS84 layer to RD New in place (no-op for RD layers).
void projectToRd(FeatureLayer& layer);

} // namespace regio::geo
