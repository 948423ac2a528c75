#pragma once
// Builds the region model from official boundary layers (the converter behind
// `regio convert-regions`): municipalities with code and name, memberships derived spatially,
// and division shapes dissolved from their member municipalities so borders coincide exactly.
#include "geography/feature_layer.h"
#include "regions/region_model.h"

#include <array>

namespace regio {

struct RegionBuildOptions {
    int year = 2025;
    QString attribution;
    QString codeKey = QStringLiteral("statcode");
    QString nameKey = QStringLiteral("statnaam");
};

struct RegionBuildReport {
    int byLabelPoint = 0;      // memberships found by the label point test
    int byLargestOverlap = 0;  // fallbacks: label point in no division polygon
    QStringList unassigned;    // "GM0001 → COROP-gebied" when nothing matched at all
    QStringList emptyDivisions;
};

// Code and name of a feature per `options`; throws InputError naming file and JSON path.
std::pair<QString, QString> featureCodeAndName(const geo::Feature& feature, const geo::FeatureLayer& layer,
                                               const RegionBuildOptions& options);

// The division (index into `divisions.features`) a municipality belongs to: the one whose
// polygon holds the municipality's label point, else the one it overlaps most; -1 when none.
int locateDivision(const Region& municipality, const geo::FeatureLayer& divisions,
                   const std::vector<geo::Box>& divisionBounds, bool* byOverlap = nullptr);

// Layers must be in RD New. `divisions` by divisionIndex(): provincie, COROP, arbeidsmarktregio.
RegionModel buildRegionModel(const geo::FeatureLayer& municipalities,
                             const std::array<const geo::FeatureLayer*, 3>& divisions,
                             const RegionBuildOptions& options, RegionBuildReport* report = nullptr);

} // namespace regio
