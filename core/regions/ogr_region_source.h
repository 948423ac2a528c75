#pragma once
// The four boundary layers of a CBS gebiedsindelingen file in any vector format GDAL's OGR opens
// (the GeoPackage PDOK publishes), read for the converter (`regio convert-regions --from FILE`).
// Layers by name (defaults: the CBS names), codes and names from `statcode` / `statnaam`;
// everything reprojected to RD New. No GDAL header here (see geography/ogr_reader.h).
#include "geography/feature_layer.h"
#include "regions/level.h"

#include <QString>

#include <array>

namespace regio {

struct OgrRegionSource {
    QString path;
    // By allLevels order: gemeente, provincie, COROP, arbeidsmarktregio. An empty name means the
    // CBS default (defaultOgrLayerName), also tried in PDOK's "cbs_<level>_<year>_gegeneraliseerd" form.
    std::array<QString, 4> layerNames;
    QString codeField = QStringLiteral("statcode");
    QString nameField = QStringLiteral("statnaam");
    int year = 0;  // for PDOK's year-named layers; 0 = not known
};

struct OgrRegionLayers {
    geo::FeatureLayer municipalities;
    std::array<geo::FeatureLayer, 3> divisions;  // by divisionIndex()
    std::array<QString, 4> layerNames;           // the layers actually read
    // The year in CBS's `jrstatcode` field ("2025GM0014"), when the municipalities carry it and
    // agree on it; 0 otherwise.
    int yearInData = 0;
};

// The CBS layer name of a level: gemeente_gegeneraliseerd, provincie_gegeneraliseerd,
// coropgebied_gegeneraliseerd, arbeidsmarktregio_gegeneraliseerd.
QString defaultOgrLayerName(Level level);

// Reads the four layers. Throws InputError in Dutch for a file that cannot be read, a missing
// layer or field, another geometry type, an empty code or name, or a code that is not of the
// layer's level (a gemeente code begins with GM, provincie PV, COROP CR, arbeidsmarktregio AM).
OgrRegionLayers readOgrRegionLayers(const OgrRegionSource& source);

} // namespace regio
