#pragma once
// The region profile: a multi-page A4-landscape PDF about one region for a workshop or report —
// cover with the region on the map; bodies and triangle with gaps in words; the bodies table with
// sources; SWOT and top-LQ charts; the sector network with the region highlighted; sources and
// method notes. Used by Bestand → Exporteer regioprofiel… and by `regio report`.
#include "economy/demo_economy.h"
#include "economy/employment_panel.h"
#include "registry/registry.h"
#include "regions/region_model.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace regio::ui {

// Draws a view for a region into a rectangle; provided by the view modules (triangle, charts,
// network) so that the report shows exactly what the app shows.
using RegionRenderer = std::function<void(QPainter& painter, const QRectF& target, const QString& regionCode)>;

struct ProfileContext {
    const RegionModel* regions = nullptr;
    const registry::Registry* registry = nullptr;
    const registry::BodyIndex* index = nullptr;
    QString registrySource;                        // "register: <title> (<file>)"
    const economy::EconomyData* economy = nullptr; // may be null: economy pages say so
    const economy::EmploymentPanel* realEconomy = nullptr; // the real economy; null: the embedded CBS 83582NED
    std::optional<int> referenceYear; // the peiljaar; nullopt = huidig (set before addProfileViews)
    RegionRenderer triangle;   // optional: the Driehoek diagram
    RegionRenderer swotChart;  // optional: SWOT quadrant chart
    RegionRenderer lqChart;    // optional: top LQ bar chart
    RegionRenderer network;    // optional: sector network with the region highlighted
};

struct ProfileResult {
    QString error; // "" on success
    QString writeFailure; // when the file could not be written: the cause alone ("schijf vol")
    int pages = 0;
};

// Writes the profile of `regionCode` to `path` (atomically, every step checked: a failed write
// leaves an existing file as it was). Unknown codes are an error.
ProfileResult writeRegionProfile(const QString& regionCode, const QString& path, const ProfileContext& context);

// The source line every page carries: regions, registry and, where used, the demonstration notice.
QString profileSourceLine(const ProfileContext& context);

} // namespace regio::ui
