#pragma once
// Boundary layers from any vector format GDAL's OGR opens (GeoPackage as published by PDOK/CBS,
// Shapefile, FlatGeobuf, GML, …). Polygon, MultiPolygon and curved polygons are read; the layer
// is reprojected to RD New (EPSG:28992) when its coordinate system says otherwise; without a
// coordinate system the extent decides, as for GeoJSON (lon/lat → WGS84, else RD New).
// Throws regio::InputError with `file:layer 'name'…: reason` in Dutch for a file OGR cannot
// open, a missing layer or field, another geometry type, an empty code/name or a failed
// reprojection. No GDAL header here: GDAL stays inside ogr_reader.cpp.
#include "geography/feature_layer.h"

#include <QString>
#include <QStringList>

namespace regio::geo {

struct OgrLayerOptions {
    QString layerName;           // which layer; required
    QStringList requiredFields;  // must exist in the layer and be filled in every feature
};

// The names of the vector layers in a file, in file order. Throws InputError when OGR cannot open it.
QStringList ogrLayerNames(const QString& path);

// Reads one layer. Properties carry every attribute field (text as strings, numbers as numbers).
// Feature::jsonPath is "laag 'NAME', object FID" for messages.
FeatureLayer readOgrLayer(const QString& path, const OgrLayerOptions& options);

// True when `path` is a file for the OGR reader rather than the TopoJSON/GeoJSON readers.
bool isOgrBoundaryFile(const QString& path);

} // namespace regio::geo
