#pragma once
// The "Verwantschap" tab (DESIGN.md §1 question 3, SER 2017 fig. B.7–B.9): which sectors are
// related, what the region is specialised in, and where it can diversify.
//   - top bar: region (COROP area) list, "side by side" with a second region, the SR~
//     threshold slider (0.00–0.60), the SWOT embeddedness threshold, the demonstration notice;
//   - the national sector network for the region (NetworkView), or two regions side by side on
//     the same node positions (default Groot-Amsterdam and Groot-Rijnmond, as fig. B.9);
//   - charts for the region: SWOT quadrant scatter, top-15 location quotients, opportunities;
//   - a side panel with the hovered or clicked sector: LQ, embeddedness, SWOT, related sectors.
// File → import: importActions() (employment and flows CSV; errors in a dialog, data kept).
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace regio::ui {

class NetworkView;
class RankingChartView;
class RelatednessModel;
class SwotChartView;

class RelatednessView : public QWidget {
    Q_OBJECT
public:
    explicit RelatednessView(QWidget* parent = nullptr);
    ~RelatednessView() override;

    // Selects the region (a COROP code such as "CR23", as the map reports it); codes the economy
    // does not have are ignored. Does not emit regionChosen.
    void setRegion(const QString& corpCode);
    QString region() const;
    // The region of the second network in side-by-side mode.
    void setComparisonRegion(const QString& code);
    QString comparisonRegion() const;
    void setSideBySide(bool on);
    bool sideBySide() const;
    // SR~ threshold of the network (snapped to the slider's 0.05 steps, 0.00–0.60).
    void setThreshold(double threshold);
    // A line above the charts saying why they show another region than the one selected
    // (e.g. a provincie is selected, the economy is per COROP-gebied); "" hides it.
    void setSelectionNote(const QString& note);
    QLabel* selectionNote() const { return m_selectionNote; }
    // Presentation mode: every font of the tab 1.5× larger; off restores them.
    void setPresentation(bool on);

    // "Werkgelegenheid importeren (CSV)…" and "Arbeidsstromen importeren (CSV)…" for the File menu.
    QList<QAction*> importActions() const { return m_importActions; }
    // The import behind the actions, without the file dialog; shows a warning dialog on failure
    // unless `quiet`. Returns whether the data was replaced.
    bool importFile(const QString& path, bool employment, bool quiet = false, QString* error = nullptr);

    // For export and tests.
    RelatednessModel* model() const { return m_model; }
    NetworkView* networkView() const { return m_viewA; }
    NetworkView* comparisonView() const { return m_viewB; }
    SwotChartView* swotChart() const { return m_swot; }
    RankingChartView* lqChart() const { return m_lqChart; }
    RankingChartView* opportunityChart() const { return m_opportunityChart; }
    QLabel* noticeLabel() const { return m_notice; }
    QTextBrowser* sectorPanel() const { return m_panel; }
    // Shows a sector in the side panel and selects it in the networks (-1 clears).
    void selectSector(int sector);

Q_SIGNALS:
    // The user chose a region in the list (so that the map can follow).
    void regionChosen(const QString& code);

private:
    void buildControls();
    void fillRegionLists();
    void applyRegion(const QString& code);
    void updatePanel();
    void updateNotice();
    QString regionRows(int sector) const;

    RelatednessModel* m_model = nullptr;
    QComboBox* m_regionBox = nullptr;
    QComboBox* m_compareBox = nullptr;
    QCheckBox* m_sideBySide = nullptr;
    QSlider* m_threshold = nullptr;
    QLabel* m_thresholdValue = nullptr;
    QDoubleSpinBox* m_embeddedness = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_selectionNote = nullptr;
    QSplitter* m_leftSplitter = nullptr; // network above the charts; side by side when presenting
    NetworkView* m_viewA = nullptr;
    NetworkView* m_viewB = nullptr;
    SwotChartView* m_swot = nullptr;
    RankingChartView* m_lqChart = nullptr;
    RankingChartView* m_opportunityChart = nullptr;
    QTabWidget* m_charts = nullptr;
    QTextBrowser* m_panel = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QList<QAction*> m_importActions;
    // The confirmation after an import: what was read, what it means for the tab, the data's source.
    QString importSummary(bool employment) const;
    int m_hovered = -1;
    int m_selected = -1;
};

} // namespace regio::ui
