#pragma once
// The "Economie" tab (issue 9): the real economy of the selected region of any level — sector
// structure against the Netherlands with full sector names, a table with jobs, shares, LQ,
// shift-share and entry/exit, a time-series chart, and the structure indices with a one-line
// explanation each. Every number comes from core (economy/regional_structure.h); the data source
// and the region's basis (exact or "benadering") are always on screen.
#include "economy/employment_panel.h"
#include "economy/regional_structure.h"
#include "io/table.h"

#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace regio {
class RegionModel;
}

namespace regio::ui {

class SectorBarsWidget;

class EconomyView : public QWidget {
    Q_OBJECT
public:
    explicit EconomyView(const RegionModel& regions, QWidget* parent = nullptr);

    // The panel shown: the embedded CBS table by default, or an imported one (kept by the view).
    void setPanel(economy::EmploymentPanel panel);
    void useEmbeddedPanel();
    const economy::EmploymentPanel& panel() const { return *m_panel; }
    bool usesEmbeddedPanel() const { return m_panel == &economy::cbsEmployment(); }

    // Any GM/PV/CR/AM code or NL01; "" = nothing selected (a hint is shown).
    void setRegion(const QString& code);
    const QString& region() const { return m_code; }
    const economy::PanelRegion& panelRegion() const { return m_region; }
    void setYears(int baseYear, int year);
    int year() const;
    int baseYear() const;
    // The section whose development the time-series chart shows (a key; "" = only the totals).
    void setTrendSector(const QString& key);

    void setPresentation(bool on);

    QTableWidget* table() const { return m_table; }
    SectorBarsWidget* bars() const { return m_bars; }
    QChartView* trendView() const { return m_trendView; }
    QTabWidget* pages() const { return m_charts; }
    QLabel* basisLabel() const { return m_basis; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* structureLabel() const { return m_structure; }

    // For export and the region profile: title, the lines under it, and the drawing.
    QString exportTitle() const;
    QString sourceLine() const;
    // The table as shown (sectors of the year, change since the base year), for Excel/CSV; no rows
    // when no region is chosen.
    io::Table exportTable() const;
    void renderExport(QPainter& painter, const QRectF& target) const;

    enum Column { Sector, Banen, Aandeel, AandeelNl, Lq, Verandering, Nationaal, Mix, Regionaal, Specialisatie, ColumnCount };

Q_SIGNALS:
    void regionActivated(const QString& code);

private:
    void refresh();
    void fillTable(const economy::SectorStructure& s, const economy::Growth& g);
    void fillTrend();
    void fillStructure(const economy::StructureIndices& s);
    void fillYearBoxes();

    const RegionModel& m_regions;
    const economy::EmploymentPanel* m_panel;
    economy::EmploymentPanel m_ownPanel;
    QString m_code;
    QString m_trendKey;
    economy::PanelRegion m_region;
    bool m_presentation = false;

    QLabel* m_title = nullptr;
    QLabel* m_basis = nullptr;
    QLabel* m_source = nullptr;
    QComboBox* m_yearBox = nullptr;
    QComboBox* m_baseBox = nullptr;
    QTabWidget* m_charts = nullptr;
    SectorBarsWidget* m_bars = nullptr;
    QComboBox* m_trendBox = nullptr;
    QChartView* m_trendView = nullptr;
    QLabel* m_structure = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace regio::ui
