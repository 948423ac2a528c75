#pragma once
// The details panel: name, code, area and memberships of the selected region, each membership a
// link that selects that division; for a division, its member municipalities.
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

Q_SIGNALS:
    void regionRequested(const QString& code);

private:
    void refresh();

    const RegionModel& m_model;
    QString m_code;
    QString m_extraHtml;
};

} // namespace regio::ui
