#pragma once
// The main window: the map as central view (later tabs: Driehoek, Verwantschap), a details dock,
// a toolbar with layer choice, search and zoom, and remembered settings.
#include "regions/region_model.h"
#include "ui/export/table_export.h"
#include "ui/export/view_export.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTabWidget;
class QDockWidget;
class QToolBar;
class QAction;

class QMenu;

namespace regio::ui {

class MapWidget;
class RegionDetails;
class RelatednessView;
class TriangleView;
class RegistryDocument;
class RegistryEditor;
class BodyLayerPanel;
class EconomyView;
class AgendaView;
class ManualDialog;

struct StartOptions {
    QString select;          // region code to select at start
    QString layer;           // gemeente|provincie|corop|arbeidsmarktregio
    QString tab;             // kaart|...
    bool restoreSettings = true;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const RegionModel& model, const StartOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    MapWidget* map() const { return m_map; }
    RelatednessView* relatedness() const { return m_relatedness; }
    TriangleView* triangle() const { return m_triangle; }
    RegistryDocument* registryDocument() const { return m_registry; }
    RegistryEditor* registryEditor() const { return m_registryEditor; }
    BodyLayerPanel* bodyLayers() const { return m_bodyPanel; }
    RegionDetails* details() const { return m_details; }
    EconomyView* economy() const { return m_economy; }
    AgendaView* agenda() const { return m_agenda; }

    // Selects a region by CBS code (any level); "" clears. Returns false for an unknown code.
    bool selectRegion(const QString& code, bool zoom = false);
    void setLayer(Level level);
    // Shows a tab by key (kaart); returns false when unknown.
    bool showTab(const QString& key);

    // What the current tab exports: its renderer and the frame (title, source line).
    struct ViewExport {
        ViewRenderer renderer;
        ExportFrame frame;
    };
    ViewExport currentViewExport() const;
    // The tables of the current tab for Excel/CSV (the map tab: the registry); Bestand → Tabel
    // exporteren and the right-click menus of the tables use the same providers.
    std::vector<io::Table> currentTables() const;
    std::vector<io::Table> registryTables() const;
    // Adds a tab with the key used by --tab and how it exports.
    void addViewTab(QWidget* view, const QString& key, const QString& label,
                    std::function<ViewExport()> exporter);

    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    // Selects the next/previous region of the current layer (alphabetical), for the beamer.
    void stepRegion(int delta);
    // The clipboard copy as the menu does it (tests call it directly).
    void copyCurrentViewForTest() { copyCurrentView(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildRegistryDocks();
    void buildSearch();
    void buildLanguageMenu(QMenu* view); // main_window_language.cpp
    void onSearchEntered();
    // Fills the completion list for the typed text, best matches first (regions and bodies).
    void updateSearchCompletions(const QString& text);
    // A search result: a region code, or "body:" + a body id.
    void activateSearchTarget(const QString& target);
    void showAbout();
    // The manual, at a section ("" = the top); see ManualDialog::showSection.
    void showManual(const QString& section = {});
    void exportCurrentView();
    void copyCurrentView();
    ViewExport mapExport() const;
    ViewExport relatednessExport() const;
    ViewExport triangleExport() const;
    void showBodyOnMap(const QString& bodyId);
    // The Details dock's list of the bodies that cover the selection.
    void updateDetailsBodies();
    void exportChart(int which);
    void exportRegionProfile();
    void installTableExports();
    // The Economie tab and its import (main_window_economy.cpp).
    void buildEconomyTab();
    QList<QAction*> economyImportActions();
    void importStatLineInteractive();
    ViewExport economyExport() const;
    // The Agenda tab (main_window_agenda.cpp).
    void buildAgendaTab();
    ViewExport agendaExport() const;
    void saveSettings() const;
    // Opens a registry file; on failure says why (a dialog when interactive, else the status bar).
    bool openRegistryFile(const QString& path, bool interactive);
    QRect availableScreenGeometry() const;
    // First start: 90% of the available screen, centred; otherwise clamps the restored geometry to it.
    void fitToScreen(bool firstStart);
    void restoreSettings();

    const RegionModel& m_model;
    bool m_persistSettings = true;
    QTabWidget* m_tabs = nullptr;
    MapWidget* m_map = nullptr;
    RegionDetails* m_details = nullptr;
    RelatednessView* m_relatedness = nullptr;
    EconomyView* m_economy = nullptr;
    AgendaView* m_agenda = nullptr;
    TriangleView* m_triangle = nullptr;
    RegistryDocument* m_registry = nullptr;
    RegistryEditor* m_registryEditor = nullptr;
    BodyLayerPanel* m_bodyPanel = nullptr;
    QDockWidget* m_registryDock = nullptr;
    QDockWidget* m_layersDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QComboBox* m_layerBox = nullptr;
    QLineEdit* m_search = nullptr;
    QStandardItemModel* m_searchModel = nullptr;
    QLabel* m_hoverLabel = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_presentationTitle = nullptr; // the selected region's name, large, in presentation mode
    void updatePresentationTitle();
    QHash<QWidget*, std::function<ViewExport()>> m_exporters;
    QHash<QWidget*, TableProvider> m_tableExporters;
    bool m_presentation = false;
    QByteArray m_stateBeforePresentation;
    QByteArray m_geometryBeforePresentation;
    bool m_maximizedBeforePresentation = false;
    QAction* m_leavePresentation = nullptr;
    QAction* m_presentationAction = nullptr;
    QToolBar* m_toolbar = nullptr;
    ManualDialog* m_manual = nullptr;
};

} // namespace regio::ui
