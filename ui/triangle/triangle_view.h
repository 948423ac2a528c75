#pragma once
// The "Driehoek" tab (DESIGN.md §1 questions 1 and 2, §2 "Triangle view"): for the selected
// municipality or region, the drawn triangle with its gaps and overlaps in words, and below it
// "Aan tafel" (SER Table 2.1 for the selection), "Schakelen op schalen" (per municipality) and the
// list of bodies with their source. The registry is owned by the caller; the coverage comes from
// coverage::coverageOf.
#include "coverage/coverage.h"
#include "io/table.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QSplitter;
class QTabWidget;
class QTableWidget;

namespace regio {
class RegionModel;
}

namespace regio::ui {

class ActorGrid;
class ScalesView;
class TriangleDiagram;

class TriangleView : public QWidget {
    Q_OBJECT
public:
    explicit TriangleView(const RegionModel& regions, QWidget* parent = nullptr);

    // The registry and its index, owned by the caller; call again after every edit (nullptr: none).
    void setRegistry(const registry::Registry* registry, const registry::BodyIndex* index);
    // Which bodies count (the peiljaar); the title says it. Refreshes.
    void setCoverageOptions(const coverage::CoverageOptions& options);
    const coverage::CoverageOptions& coverageOptions() const { return m_options; }
    // Any GM/PV/CR/AM code; "" = nothing selected (a hint is shown).
    void setRegion(const QString& code);
    const QString& region() const { return m_code; }

    // The diagram with gaps and legend, for export and the region profile.
    void render(QPainter& painter, const QRectF& target) const;
    // A title for the export frame: "Driehoek economie–onderwijs–arbeidsmarkt — Eindhoven".
    QString exportTitle() const;
    // The bodies table and the triangle in numbers, for Excel/CSV (empty without a region).
    std::vector<io::Table> exportTables(const QString& sourceLine) const;

    // Presentation mode: the drawn triangle alone, full height, for the room; off shows the details again.
    void setPresentation(bool on);

    // Shows one of the detail tabs: "aan-tafel", "schalen", "verbanden". False when unknown.
    bool showDetail(const QString& key);

    TriangleDiagram* diagram() const { return m_diagram; }
    ActorGrid* actorGrid() const { return m_grid; }
    ScalesView* scalesView() const { return m_scales; }
    QTableWidget* bodiesTable() const { return m_table; }

    // Columns of the bodies table.
    enum Column { Naam, Type, Domeinen, Rol, Schaal, Dekking, Bron, Betrouwbaarheid, Rechtsvorm, Toezicht,
                  Geldbronnen, ColumnCount };

Q_SIGNALS:
    // A body was double-clicked (chip, scale cell or table row): show its territory on the map.
    void bodyActivated(const QString& bodyId);

private:
    void refresh();
    void showHint(const QString& title, const QString& hint);
    void fillTable(const coverage::CoverageResult& result);

    const RegionModel& m_regions;
    const registry::Registry* m_registry = nullptr;
    const registry::BodyIndex* m_index = nullptr;
    QString m_code;
    QString m_regionName;
    coverage::CoverageOptions m_options;
    QSplitter* m_splitter = nullptr;
    TriangleDiagram* m_diagram = nullptr;
    QTabWidget* m_details = nullptr;
    ActorGrid* m_grid = nullptr;
    ScalesView* m_scales = nullptr;
    QTableWidget* m_table = nullptr;
    // For a division: which of its municipalities "Schakelen op schalen" shows (the view is per municipality).
    QWidget* m_scalesPicker = nullptr;
    QComboBox* m_scalesMunicipality = nullptr;
    void showScalesOf(const QString& municipalityCode);

public:
    QComboBox* scalesMunicipalityChoice() const { return m_scalesMunicipality; }
};

} // namespace regio::ui
