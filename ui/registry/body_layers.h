#pragma once
// The registry on the map: national choropleths ("Aantal samenwerkingsverbanden", "Dekking van
// de driehoek"), the overlap of one body type, and a layer of chosen bodies — each a MapColouring
// with a legend that says what is counted and which register it comes from. Every number comes
// from coverage::nationalSummary or the BodyIndex (DESIGN.md §5, Triangle); nothing is analysed
// here. Also the BodyLayerPanel: the bodies grouped by type, to pick and show on the map.
#include "coverage/coverage.h"
#include "registry/registry.h"
#include "ui/map/map_colouring.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace regio {
class RegionModel;
}

namespace regio::ui {

class RegistryDocument;

// One class of a sequential choropleth: counts from..to (inclusive) get `fill`.
struct CountClass {
    int from = 0;
    int to = 0;
    QColor fill;
    QString label; // "0", "1–3", "13 of meer"
};

// Classes for counts 0..maxCount: 0 on its own (a gap is news), then equal-width integer classes
// from minCount (the lowest count above 0 that occurs) to maxCount, six classes in all, coloured
// with ColorBrewer YlGnBu (sequential, colour-blind safe).
std::vector<CountClass> countClasses(int maxCount, int minCount = 1);
// The class holding `count` (the last when above every class).
const CountClass& classOf(const std::vector<CountClass>& classes, int count);

// "register: <title>" for legends and sources.
QString registerSource(const registry::Registry& registry);

// Choropleth of drukte |B(m)| per municipality (DESIGN.md §5), classes from countClasses.
MapColouring bodyCountColouring(const RegionModel& regions, const registry::Registry& registry,
                                const registry::BodyIndex& index, const coverage::CoverageOptions& options = {});

// Triangle coverage per municipality: 0, 1, 2 or 3 corners, and 3 with an integraal body.
enum class TriangleClass { None, One, Two, ThreeSpread, Integraal };
TriangleClass triangleClassOf(const coverage::MunicipalitySummary& summary);
QColor triangleColour(TriangleClass c);
MapColouring triangleCoverageColouring(const RegionModel& regions, const registry::Registry& registry,
                                       const registry::BodyIndex& index,
                                       const coverage::CoverageOptions& options = {});

// Municipalities by how many bodies of `type` hold them: 0 / 1 / 2 or more (overlap). As in
// coverage::Overlap, ended bodies and bodies with a national territory are not counted.
// `options` gives the peiljaar (national bodies are always left out here).
MapColouring typeOverlapColouring(const RegionModel& regions, const registry::Registry& registry,
                                  const registry::BodyIndex& index, registry::BodyType type,
                                  const coverage::CoverageOptions& options = {});

// "Democratische verantwoording": per municipality, of the bodies covering it (coverage::counts
// under `options`: present in the peiljaar, working area, not sites), how many answer to an
// elected council and how many do not (coverage::accountabilitySummary). Colour by the known
// ones; the hover says all three counts in words, unknown included.
enum class AccountabilityClass { NoBodies, AllUnknown, OnlyElected, Mixed, OnlyNotElected };
AccountabilityClass accountabilityClassOf(const coverage::AccountabilityCount& count);
QColor accountabilityColour(AccountabilityClass c);
MapColouring accountabilityColouring(const RegionModel& regions, const registry::Registry& registry,
                                     const registry::BodyIndex& index, const coverage::CoverageOptions& options = {});

// " — peiljaar 2014" for a title, "" without a peiljaar.
QString referenceYearSuffix(const coverage::CoverageOptions& options);
// The confidence levels in words, one line each, for legends and source lines.
QString confidenceLegend();

// The territories of chosen bodies (registry indices) filled: held by one of them, or by two or
// more (overlap). An empty choice gives an all-neutral colouring that says "kies verbanden".
MapColouring bodiesColouring(const RegionModel& regions, const registry::Registry& registry,
                             const registry::BodyIndex& index, const std::vector<int>& bodies);

// Outline colour of a highlighted body (Okabe–Ito vermilion: visible on every fill above).
QColor highlightColour();

// The bodies by type in a checkable tree, and the map theme. Follows the document's changes.
class BodyLayerPanel : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Indeling, AantalVerbanden, DekkingDriehoek, OverlapPerType, GekozenVerbanden,
                       DemocratischeVerantwoording };

    explicit BodyLayerPanel(RegistryDocument& document, QWidget* parent = nullptr);

    Theme theme() const;
    // Selects a theme; for OverlapPerType `type` says which.
    void setTheme(Theme theme, registry::BodyType type = registry::BodyType::EconomicBoard);
    // Ids of the checked bodies.
    QStringList checkedBodies() const;
    void setBodyChecked(const QString& id, bool checked);
    // The colouring of the current theme (not meaningful for Indeling).
    MapColouring currentColouring() const;
    QTreeWidget* tree() const { return m_tree; }
    QComboBox* themeBox() const { return m_theme; }
    // The peiljaar control: "Huidig" (data -1) and 2010 up to this year; follows the document.
    QComboBox* yearBox() const { return m_year; }

Q_SIGNALS:
    // A choropleth or body layer to show (connect to MapWidget::setColouring).
    void colouringChanged(const regio::ui::MapColouring& colouring);
    // Theme "Indeling": the map should go back to its division colouring.
    void divisionColouringRequested();
    // The current body's territory to outline (empty list = none).
    void bodyHighlighted(const QStringList& municipalities, const QColor& colour);

private:
    void rebuildTree();
    void rebuildThemes();
    void emitColouring();
    void onCurrentItemChanged(QTreeWidgetItem* current);
    void showYearChart();

    RegistryDocument& m_doc;
    QComboBox* m_theme = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_source = nullptr;
    QComboBox* m_year = nullptr;
    bool m_building = false;
};

} // namespace regio::ui
