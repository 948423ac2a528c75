#pragma once
// The details panel: name, code, area and memberships of the selected region, each membership a
// link that selects that division; for a division, its member municipalities.
#include "coverage/coverage.h"
#include "regions/region_model.h"

#include <QTextBrowser>

namespace regio::ui {

class RegionDetails : public QTextBrowser {
    Q_OBJECT
public:
    explicit RegionDetails(const RegionModel& model, QWidget* parent = nullptr);

    void showRegion(const QString& code);
    // Extra sections appended below the region facts (e.g. bodies, triangle summary), as HTML.
    void setExtraHtml(const QString& html);
    // The bodies that cover the selection (from coverage::coverageOf), smallest scale first, each a
    // link that shows its territory; national programmes as one line. nullptr clears the list.
    // `yearLabel`: "peiljaar 2014" in the heading, "" for today.
    void setCoverage(const registry::Registry* registry, const coverage::CoverageResult* result,
                     const QString& yearLabel = {});

Q_SIGNALS:
    void regionRequested(const QString& code);
    void bodyRequested(const QString& bodyId);

private:
    void refresh();

    const RegionModel& m_model;
    QString m_code;
    QString m_extraHtml;
};

} // namespace regio::ui
