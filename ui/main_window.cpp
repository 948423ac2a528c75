#include "ui/main_window.h"

#include "ui/registry/landscape_chart.h"

#include "ui/agenda/agenda_view.h"
#include "ui/economy/economy_view.h"
#include "ui/export/export_dialog.h"
#include "ui/help/manual_dialog.h"
#include "ui/map/map_widget.h"
#include "ui/registry/body_layers.h"
#include "ui/registry/registry_document.h"
#include "ui/registry/registry_editor.h"
#include "ui/report/profile_views.h"
#include "ui/report/region_profile.h"
#include "ui/triangle/triangle_view.h"
#include "ui/relatedness/network_view.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_view.h"
#include "ui/region_details.h"
#include "regions/name_search.h"
#include "registry/body.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace regio::ui {

namespace {

QString searchEntry(const Region& r)
{
    return QStringLiteral("%1 (%2) — %3").arg(r.name, r.code, levelLabel(r.level).toLower());
}

const QString bodyTargetPrefix = QStringLiteral("body:");
constexpr int searchTargetRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(const RegionModel& model, const StartOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_persistSettings(options.restoreSettings)
{
    setWindowTitle(tr("Regioverkenner"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/regioverkenner.svg")));

    m_registry = new RegistryDocument(m_model, this);
    m_map = new MapWidget(m_model, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_map->setObjectName(QStringLiteral("kaart"));
    m_tabs->addTab(m_map, tr("Kaart"));
    m_tabs->setTabToolTip(0, tr("Gemeenten en indelingen van Nederland (CBS 2025)"));
    m_exporters.insert(m_map, [this] { return mapExport(); });

    m_triangle = new TriangleView(m_model, this);
    m_triangle->setRegistry(&m_registry->registry(), &m_registry->index());
    addViewTab(m_triangle, QStringLiteral("driehoek"), tr("Driehoek"), [this] { return triangleExport(); });
    m_tabs->setTabToolTip(m_tabs->indexOf(m_triangle),
                          tr("Welke verbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken, wie aan tafel zit, lacunes en overlap"));
    connect(m_triangle, &TriangleView::bodyActivated, this, &MainWindow::showBodyOnMap);
    connect(m_registry, &RegistryDocument::changed, this,
            [this] { m_triangle->setRegistry(&m_registry->registry(), &m_registry->index()); });
    // The peiljaar is one per window: every view that counts bodies follows it.
    connect(m_registry, &RegistryDocument::referenceYearChanged, this, [this] {
        m_triangle->setCoverageOptions(m_registry->coverageOptions());
        updateDetailsBodies();
    });

    m_relatedness = new RelatednessView(this);
    addViewTab(m_relatedness, QStringLiteral("verwantschap"), tr("Verwantschap"), [this] { return relatednessExport(); });
    m_tabs->setTabToolTip(m_tabs->indexOf(m_relatedness),
                          tr("Verwante sectoren, specialisaties en SWOT per COROP-gebied (SER 2017, fig. B.7–B.9)"));
    connect(m_relatedness, &RelatednessView::regionChosen, this, [this](const QString& code) { selectRegion(code); });
    buildEconomyTab();
    buildAgendaTab();
    // The views under a title line that only presentation mode shows: the room must see which region it is.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_presentationTitle = new QLabel(central);
    m_presentationTitle->setObjectName(QStringLiteral("presentationTitle"));
    m_presentationTitle->setAlignment(Qt::AlignCenter);
    m_presentationTitle->setWordWrap(true);
    m_presentationTitle->setContentsMargins(12, 6, 12, 6);
    m_presentationTitle->hide();
    centralLayout->addWidget(m_presentationTitle);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updatePresentationTitle(); });

    m_details = new RegionDetails(m_model, this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {340}, Qt::Horizontal);

    buildRegistryDocks();
    installTableExports();
    buildActions();
    buildSearch();

    m_hoverLabel = new QLabel(this);
    m_positionLabel = new QLabel(this);
    statusBar()->addWidget(m_hoverLabel, 1);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(new QLabel(m_model.attribution(), this));

    connect(m_map, &MapWidget::regionClicked, this, [this](const QString& code) {
        // While the editor assigns a territory, a click on a municipality adds or removes it.
        if (m_registryEditor->isPickingOnMap() && levelOfCode(code) == Level::Gemeente) {
            m_registryEditor->toggleMunicipality(code);
            return;
        }
        selectRegion(code);
    });
    connect(m_map, &MapWidget::hoveredChanged, this, [this](const QString& code) {
        const Region* r = code.isEmpty() ? nullptr : m_model.region(code);
        const QString theme = r ? m_map->themeValue(r->code) : QString();
        m_hoverLabel->setText(!r ? QString()
                              : theme.isEmpty() ? QStringLiteral("%1 (%2)").arg(r->name, r->code)
                                                : QStringLiteral("%1 (%2) — %3").arg(r->name, r->code, theme));
    });
    connect(m_map, &MapWidget::cursorWorldPosition, this, [this](const QPointF& rd) {
        m_positionLabel->setText(tr("RD %1, %2").arg(qRound(rd.x())).arg(qRound(rd.y())));
    });
    connect(m_details, &RegionDetails::regionRequested, this, [this](const QString& code) { selectRegion(code, true); });
    connect(m_details, &RegionDetails::bodyRequested, this, &MainWindow::showBodyOnMap);

    if (options.restoreSettings)
        restoreSettings();
    else
        resize(1600, 1000);
    if (!options.layer.isEmpty())
        if (const auto level = levelFromKey(options.layer))
            setLayer(*level);
    if (!options.select.isEmpty())
        selectRegion(options.select, true);
    if (!options.tab.isEmpty())
        showTab(options.tab);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildRegistryDocks()
{
    m_registryEditor = new RegistryEditor(*m_registry);
    m_registryDock = new QDockWidget(tr("Register"), this);
    m_registryDock->setObjectName(QStringLiteral("registryDock"));
    m_registryDock->setWidget(m_registryEditor);
    // The editor's form is wide: it lives under the map, opened when needed (Beeld → Register).
    addDockWidget(Qt::BottomDockWidgetArea, m_registryDock);
    m_registryDock->hide();
    // Opened for the first time: half the window's height, so table, form and messages all show.
    connect(m_registryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_presentation || m_registryDock->property("sized").toBool())
            return;
        m_registryDock->setProperty("sized", true);
        resizeDocks({m_registryDock}, {height() / 2}, Qt::Vertical);
        // Then table and form share the dock: several rows above, the form with its messages below.
        QTimer::singleShot(0, this, [this] {
            if (auto* split = m_registryEditor->findChild<QSplitter*>(QStringLiteral("editorSplit")))
                split->setSizes({split->height() * 2 / 5, split->height() * 3 / 5});
        });
    });

    m_bodyPanel = new BodyLayerPanel(*m_registry);
    m_layersDock = new QDockWidget(tr("Lagen"), this);
    m_layersDock->setObjectName(QStringLiteral("bodyLayersDock"));
    m_layersDock->setWidget(m_bodyPanel);
    // Beside the details, as a second tab of the same dock area: the window then fits a laptop.
    addDockWidget(Qt::RightDockWidgetArea, m_layersDock);
    tabifyDockWidget(m_detailsDock, m_layersDock);
    m_detailsDock->raise();

    connect(m_bodyPanel, &BodyLayerPanel::colouringChanged, m_map, &MapWidget::setColouring);
    connect(m_bodyPanel, &BodyLayerPanel::divisionColouringRequested, m_map, &MapWidget::resetColouring);
    connect(m_bodyPanel, &BodyLayerPanel::bodyHighlighted, m_map, &MapWidget::setOutlinedMunicipalities);
    // An outline removed on the map is no longer the panel's current body: choosing it again shows it again.
    connect(m_map, &MapWidget::outlineChanged, this, [this](bool shown) {
        if (shown || !m_bodyPanel->tree()->currentItem())
            return;
        const QSignalBlocker block(m_bodyPanel->tree());
        m_bodyPanel->tree()->setCurrentItem(nullptr);
    });
    connect(m_registryEditor, &RegistryEditor::territoryPreview, this,
            [this](const QStringList& codes) { m_map->setOutlinedMunicipalities(codes, highlightColour()); });
    connect(m_registryEditor, &RegistryEditor::pickingOnMapChanged, this, [this](bool on) {
        if (on) {
            setLayer(Level::Gemeente); // clicks must hit municipalities
            m_tabs->setCurrentWidget(m_map);
        }
    });
    auto updateTitle = [this] { setWindowTitle(tr("Regioverkenner — %1[*]").arg(m_registry->displayName())); };
    connect(m_registry, &RegistryDocument::fileChanged, this, [this] {
        const QString path = m_registry->filePath();
        if (path.isEmpty())
            return;
        QStringList recent = QSettings().value(QStringLiteral("registry/recent")).toStringList();
        recent.removeAll(path);
        recent.prepend(path);
        QSettings().setValue(QStringLiteral("registry/recent"), QStringList(recent.mid(0, 8)));
    });
    connect(m_registry, &RegistryDocument::fileChanged, this, updateTitle);
    connect(m_registry, &RegistryDocument::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_registry, &RegistryDocument::changed, this, [this] {
        m_details->showRegion(m_map->selection());
        updateDetailsBodies();
    });
    updateTitle();
    if (!m_registry->loadError().isEmpty())
        statusBar()->showMessage(m_registry->loadError());
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&Bestand"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(tr("Register &openen…"), this, [this] { openRegistryInteractive(this, *m_registry, m_registryEditor); });
    QAction* saveRegistry = file->addAction(tr("Register op&slaan"), this, [this] { saveRegistryInteractive(this, *m_registry, m_registryEditor); });
    saveRegistry->setShortcut(QKeySequence::Save);
    QAction* saveRegistryAs = file->addAction(tr("Register opslaan &als…"), this, [this] { saveRegistryAsInteractive(this, *m_registry, m_registryEditor); });
    saveRegistryAs->setShortcut(QKeySequence::SaveAs);
    // The registers opened or saved before, newest first (a policy officer keeps her own file).
    QMenu* recent = file->addMenu(tr("&Recente registers"));
    recent->setObjectName(QStringLiteral("recentRegistries"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString& path : QSettings().value(QStringLiteral("registry/recent")).toStringList())
            if (QFileInfo::exists(path))
                recent->addAction(QDir::toNativeSeparators(path), this, [this, path] {
                    if (confirmDiscardOrSave(this, *m_registry, m_registryEditor))
                        openRegistryFile(path, true);
                });
        if (recent->isEmpty())
            recent->addAction(tr("(nog geen eigen registers)"))->setEnabled(false);
    });
    file->addAction(tr("Standaardregister herstellen"), this, [this] {
        if (confirmDiscardOrSave(this, *m_registry, m_registryEditor))
            m_registry->openDefault();
    });
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Exporteren (PDF, SVG, PNG)…"), this, &MainWindow::exportCurrentView);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("De huidige weergave als vector-PDF, SVG of PNG, met titel, legenda, bron en datum"));
    QMenu* charts = file->addMenu(tr("&Grafiek exporteren"));
    charts->addAction(tr("SWOT-kwadranten…"), this, [this] { exportChart(0); });
    charts->addAction(tr("Hoogste locatiequotiënten…"), this, [this] { exportChart(1); });
    charts->addAction(tr("Kansen (inbedding)…"), this, [this] { exportChart(2); });
    QAction* profileAction = file->addAction(tr("Exporteer &regioprofiel (PDF)…"), this, &MainWindow::exportRegionProfile);
    profileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    profileAction->setToolTip(tr("Een PDF van meerdere pagina's over het geselecteerde gebied"));
    QAction* copyAction = file->addAction(tr("&Kopiëren als afbeelding"), this, &MainWindow::copyCurrentView);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setToolTip(tr("Kopieer de huidige weergave naar het klembord, voor presentatiesoftware"));
    QMenu* tables = file->addMenu(tr("&Tabel exporteren"));
    tables->setObjectName(QStringLiteral("tableExportMenu"));
    QAction* tableExcel = tables->addAction(tr("Tabel van dit tabblad naar &Excel…"), this, [this] {
        const QString path = exportTablesInteractively(this, currentTables(), TableFileFormat::Xlsx);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Opgeslagen: %1").arg(path), 6000);
    });
    tableExcel->setToolTip(tr("De tabel van het huidige tabblad als Excel-werkmap; op de kaart: het register"));
    tables->addAction(tr("Tabel van dit tabblad als &CSV…"), this, [this] {
        const QString path = exportTablesInteractively(this, currentTables(), TableFileFormat::Csv);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Opgeslagen: %1").arg(path), 6000);
    });
    tables->addSeparator();
    tables->addAction(tr("&Register naar Excel…"), this, [this] {
        const QString path = exportTablesInteractively(this, registryTables(), TableFileFormat::Xlsx);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Opgeslagen: %1").arg(path), 6000);
    });
    tables->addAction(tr("Register als C&SV…"), this, [this] {
        const QString path = exportTablesInteractively(this, registryTables(), TableFileFormat::Csv);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Opgeslagen: %1").arg(path), 6000);
    });
    tables->addSeparator();
    QAction* comma = tables->addAction(tr("CSV met decimale komma"));
    comma->setCheckable(true);
    connect(tables, &QMenu::aboutToShow, comma, [comma] { comma->setChecked(csvDecimalComma()); });
    connect(comma, &QAction::toggled, this, [](bool on) { setCsvDecimalComma(on); });
    file->addSeparator();
    file->addActions(economyImportActions());
    file->addActions(m_relatedness->importActions());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Afsluiten"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("Be&werken"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_registry->undoAction());
    edit->addAction(m_registry->redoAction());

    QMenu* view = menuBar()->addMenu(tr("Beel&d"));
    QToolBar* toolbar = addToolBar(tr("Werkbalk"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);

    toolbar->addWidget(new QLabel(tr(" Indeling: "), toolbar));
    m_layerBox = new QComboBox(toolbar);
    m_layerBox->setToolTip(tr("Welke indeling de kaart toont (Ctrl+1 … Ctrl+4)"));
    auto* layerGroup = new QActionGroup(this);
    QMenu* layers = view->addMenu(tr("&Indeling"));
    int index = 0;
    for (Level level : allLevels) {
        m_layerBox->addItem(levelLabelPlural(level), levelKey(level));
        QAction* a = layers->addAction(levelLabelPlural(level));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        a->setData(levelKey(level));
        layerGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, level] { setLayer(level); });
        ++index;
    }
    layerGroup->actions().first()->setChecked(true);
    connect(m_layerBox, &QComboBox::currentIndexChanged, this, [this, layerGroup](int i) {
        const auto level = levelFromKey(m_layerBox->itemData(i).toString());
        if (!level)
            return;
        layerGroup->actions().at(i)->setChecked(true);
        m_map->setLayer(*level);
    });
    toolbar->addWidget(m_layerBox);
    toolbar->addSeparator();

    QAction* zoomIn = view->addAction(tr("In&zoomen"), this, [this] { m_map->zoomBy(1.5); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setToolTip(tr("Inzoomen (Ctrl++)"));
    QAction* zoomOut = view->addAction(tr("&Uitzoomen"), this, [this] { m_map->zoomBy(1 / 1.5); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Uitzoomen (Ctrl+−)"));
    QAction* fit = view->addAction(tr("&Heel Nederland"), this, [this] { m_map->zoomToFit(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setToolTip(tr("Zoom naar heel Nederland (Ctrl+0, of Home op de kaart)"));
    QAction* toSelection = view->addAction(tr("Zoom naar &selectie"), this, [this] {
        if (!m_map->selection().isEmpty())
            m_map->zoomToRegion(m_map->selection());
    });
    toSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // A body's territory stays outlined until the person removes it (also Esc on the map).
    QAction* clearOutline = view->addAction(tr("&Werkgebied van verband wissen"), m_map, &MapWidget::clearOutline);
    clearOutline->setObjectName(QStringLiteral("clearOutlineAction"));
    clearOutline->setToolTip(tr("Haal de omlijning van het werkgebied van een samenwerkingsverband van de kaart (Esc op de kaart)"));
    clearOutline->setEnabled(false);
    connect(m_map, &MapWidget::outlineChanged, clearOutline, &QAction::setEnabled);
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addAction(toSelection);
    view->addSeparator();
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_registryDock->toggleViewAction());
    view->addAction(m_layersDock->toggleViewAction());
    view->addAction(tr("Verloop van de verbanden per &jaar…"), this, [this] {
        auto* dialog = new LandscapeChartDialog(*m_registry, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    view->addSeparator();
    m_presentationAction = view->addAction(tr("&Presentatiemodus"), this, [this](bool on) { setPresentationMode(on); });
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(tr("Volledig scherm met grote letters en sterk contrast (F11; Esc verlaat)"));
    buildLanguageMenu(view);
    toolbar->addSeparator();
    toolbar->addAction(m_presentationAction);
    toolbar->addAction(exportAction);
    QAction* registryToggle = m_registryDock->toggleViewAction();
    registryToggle->setText(tr("Register bewerken"));
    registryToggle->setToolTip(tr("Toon of verberg de editor van het register van samenwerkingsverbanden"));
    toolbar->addAction(registryToggle);
    addAction(m_presentationAction); // the shortcut also works with the menu bar hidden
    // Esc only while presenting: otherwise it belongs to the fields and lists of the window.
    m_leavePresentation = new QAction(tr("Presentatiemodus verlaten"), this);
    m_leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QAction::triggered, this, [this] { setPresentationMode(false); });
    addAction(m_leavePresentation);
    auto* nextRegion = new QAction(tr("Volgend gebied"), this);
    nextRegion->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(nextRegion, &QAction::triggered, this, [this] { stepRegion(+1); });
    auto* previousRegion = new QAction(tr("Vorig gebied"), this);
    previousRegion->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previousRegion, &QAction::triggered, this, [this] { stepRegion(-1); });
    auto* nextTab = new QAction(tr("Volgende weergave"), this);
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextTab, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto* previousTab = new QAction(tr("Vorige weergave"), this);
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    view->addActions({nextRegion, previousRegion, nextTab, previousTab});
    // On the window too: presentation mode hides the menu bar, and a hidden menu's shortcuts are dead.
    addActions({nextRegion, previousRegion, nextTab, previousTab});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* manual = help->addAction(tr("&Handleiding"), this, [this] { showManual(); });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    addAction(manual); // F1 also in presentation mode
    help->addAction(tr("&Sneltoetsen"), this, [this] { showManual(QStringLiteral("sneltoetsen")); });
    help->addSeparator();
    help->addAction(tr("&Over Regioverkenner…"), this, &MainWindow::showAbout);
    help->addAction(tr("Over &Qt…"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildSearch()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Zoek gemeente, regio of samenwerkingsverband…"));
    m_search->setClearButtonEnabled(true);
    // A fixed width and the first place in the toolbar: the toolbar moves its last items into
    // the overflow menu when the window is narrow, never its first, so search stays visible.
    m_search->setFixedWidth(300);
    m_search->setToolTip(tr("Typ een deel van de naam of de CBS-code (GM0363, CR23, AM18, PV27), "
                            "of de naam van een samenwerkingsverband; Enter kiest de bovenste (Ctrl+F)"));
    m_searchModel = new QStandardItemModel(this);
    auto* completer = new QCompleter(m_searchModel, this);
    // The list is ranked by us (prefix before word start before contains); the completer shows it as is.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(14);
    // Wider than the field: body names are long and must be read in full.
    completer->popup()->setMinimumWidth(560);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::textEdited, this, [this, completer](const QString& text) {
        updateSearchCompletions(text);
        if (m_searchModel->rowCount() > 0)
            completer->complete();
    });
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { activateSearchTarget(index.data(searchTargetRole).toString()); });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::onSearchEntered);

    auto* find = new QAction(tr("&Zoeken…"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Zoek een gemeente, regio of samenwerkingsverband (Ctrl+F)"));
    connect(find, &QAction::triggered, this, [this] {
        if (m_presentation) // the search field is hidden for the room
            setPresentationMode(false);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find); // also with the menu bar hidden
    if (QMenu* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(find);
    }

    QAction* first = m_toolbar->actions().isEmpty() ? nullptr : m_toolbar->actions().first();
    m_toolbar->insertWidget(first, m_search);
    m_toolbar->insertSeparator(first);
}

void MainWindow::updateSearchCompletions(const QString& text)
{
    std::vector<SearchCandidate> candidates;
    QStringList entries, targets;
    auto add = [&](const QString& name, const QString& code, int group, const QString& entry, const QString& target) {
        candidates.push_back({name, code, group});
        entries << entry;
        targets << target;
    };
    for (const Municipality& m : m_model.municipalities())
        add(m.name, m.code, 0, searchEntry(m), m.code);
    for (Level level : divisionLevels)
        for (const Division& d : m_model.divisions(level))
            add(d.name, d.code, 1, searchEntry(d), d.code);
    for (const registry::Body& b : m_registry->registry().bodies) {
        const QString shortName = b.shortName.isEmpty() || b.shortName == b.name ? QString() : QStringLiteral(" (%1)").arg(b.shortName);
        add(b.name + shortName, QString(), 2, tr("%1%2 — %3").arg(b.name, shortName, registry::label(b.type).toLower()),
            bodyTargetPrefix + b.id);
    }
    m_searchModel->clear();
    for (int i : rankSearch(candidates, text, 60)) {
        auto* item = new QStandardItem(entries.at(i));
        item->setData(targets.at(i), searchTargetRole);
        m_searchModel->appendRow(item);
    }
}

void MainWindow::activateSearchTarget(const QString& target)
{
    if (target.startsWith(bodyTargetPrefix)) {
        const QString id = target.mid(bodyTargetPrefix.size());
        m_registryEditor->selectBody(id);
        showBodyOnMap(id);
        m_map->zoomToOutline(); // found by name: show where it works
    } else if (!target.isEmpty()) {
        selectRegion(target, true);
    }
}

void MainWindow::onSearchEntered()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // The entry chosen from the list, or a CBS code typed in full, or else the best match.
    for (int row = 0; row < m_searchModel->rowCount(); ++row)
        if (m_searchModel->item(row)->text() == text) {
            activateSearchTarget(m_searchModel->item(row)->data(searchTargetRole).toString());
            return;
        }
    static const QRegularExpression codeInText(QStringLiteral("^([A-Za-z]{2}\\d{2,4})$"));
    const auto match = codeInText.match(text);
    if (match.hasMatch() && m_model.region(match.captured(1).toUpper())) {
        selectRegion(match.captured(1).toUpper(), true);
        return;
    }
    updateSearchCompletions(text);
    if (m_searchModel->rowCount() == 0) {
        statusBar()->showMessage(tr("Geen gebied of samenwerkingsverband gevonden voor '%1'").arg(text), 5000);
        return;
    }
    QStandardItem* best = m_searchModel->item(0);
    m_search->setText(best->text());
    activateSearchTarget(best->data(searchTargetRole).toString());
}

bool MainWindow::selectRegion(const QString& code, bool zoom)
{
    const QString upper = code.trimmed().toUpper();
    const Region* r = upper.isEmpty() ? nullptr : m_model.region(upper);
    if (!upper.isEmpty() && !r)
        return false;
    // A division is shown on its own layer, so that its border is drawn.
    if (r && r->level != Level::Gemeente && r->level != m_map->layer())
        setLayer(r->level);
    m_map->setSelection(r ? r->code : QString());
    if (!m_search->hasFocus()) // the field must not name another region than the one selected
        m_search->clear();
    m_details->showRegion(r ? r->code : QString());
    updateDetailsBodies();
    m_triangle->setRegion(r ? r->code : QString());
    m_economy->setRegion(r ? r->code : QString());
    m_agenda->setRegion(r ? r->code : QString());
    // The economy is by COROP-gebied: a municipality shows its COROP-gebied's sectors.
    if (r && r->level == Level::Corop)
        m_relatedness->setRegion(r->code);
    else if (r && r->level == Level::Gemeente)
        m_relatedness->setRegion(static_cast<const Municipality*>(r)->membership(Level::Corop));
    // A provincie or arbeidsmarktregio is not a COROP-gebied: say so instead of silently showing another.
    if (r && r->level != Level::Corop && r->level != Level::Gemeente) {
        const Region* shown = m_model.region(m_relatedness->region());
        m_relatedness->setSelectionNote(
            tr("De economie is per COROP-gebied; %1 is een %2. Hier staat nog %3. Kies een gemeente of COROP-gebied "
               "van %1 om de sectoren daarvan te zien.")
                .arg(r->name, levelLabel(r->level).toLower(), shown ? shown->name : m_relatedness->region()));
    } else {
        m_relatedness->setSelectionNote(QString());
    }
    if (r && zoom)
        m_map->zoomToRegion(r->code);
    updatePresentationTitle();
    return true;
}

void MainWindow::updateDetailsBodies()
{
    const QString code = m_map->selection();
    if (code.isEmpty()) {
        m_details->setCoverage(nullptr, nullptr);
        return;
    }
    const coverage::CoverageResult result = coverage::coverageOf(m_model.municipalityCodesOf(code), m_registry->registry(),
                                                                 m_registry->index(), m_registry->coverageOptions());
    m_details->setCoverage(&m_registry->registry(), &result,
                           m_registry->referenceYear() ? m_registry->referenceYearLabel() : QString());
}

void MainWindow::setLayer(Level level)
{
    const int index = m_layerBox->findData(levelKey(level));
    if (index >= 0)
        m_layerBox->setCurrentIndex(index);
    m_map->setLayer(level);
}

void MainWindow::addViewTab(QWidget* view, const QString& key, const QString& label, std::function<ViewExport()> exporter)
{
    view->setObjectName(key);
    m_tabs->addTab(view, label);
    m_exporters.insert(view, std::move(exporter));
}

void MainWindow::showBodyOnMap(const QString& bodyId)
{
    const int index = m_registry->registry().indexOf(bodyId);
    if (index < 0)
        return;
    const QStringList municipalities = m_registry->index().municipalitiesOf(index);
    if (municipalities.isEmpty()) {
        // Abroad only, or sites somewhere in the Netherlands: listed, but nothing to show on the map.
        m_map->clearOutline();
        statusBar()->showMessage(tr("%1 ligt niet in een Nederlandse gemeente die bekend is: %2")
                                     .arg(m_registry->registry().bodies[size_t(index)].name,
                                          m_registry->registry().bodies[size_t(index)].territoryBasis),
                                 10000);
        return;
    }
    m_map->setOutlinedMunicipalities(municipalities, highlightColour());
    m_tabs->setCurrentWidget(m_map);
    statusBar()->showMessage(tr("Werkgebied van %1: %2 gemeenten (Esc op de kaart of Beeld → Werkgebied van verband wissen haalt het weg)")
                                 .arg(m_registry->registry().bodies[size_t(index)].name)
                                 .arg(municipalities.size()), 10000);
    m_map->setFocus(); // so that Esc reaches the map
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    m_leavePresentation->setEnabled(on);
    if (on) {
        m_stateBeforePresentation = saveState();
        m_geometryBeforePresentation = saveGeometry();
        m_maximizedBeforePresentation = isMaximized();
        m_detailsDock->hide();
        m_registryDock->hide();
        m_layersDock->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_toolbar->hide(); // with the search field: the room needs the view, not the controls
        m_tabs->tabBar()->hide();
        m_map->setMapStyle(MapStyle::presentation());
        m_relatedness->setPresentation(true);
        m_economy->setPresentation(true);
        m_agenda->setPresentation(true);
        m_triangle->setPresentation(true);
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        setFont(big);
        m_presentationTitle->show();
        updatePresentationTitle();
        showFullScreen();
    } else {
        m_map->setMapStyle(MapStyle::standard());
        m_relatedness->setPresentation(false);
        m_economy->setPresentation(false);
        m_agenda->setPresentation(false);
        m_triangle->setPresentation(false);
        setFont(QFont());
        m_presentationTitle->hide();
        menuBar()->show();
        statusBar()->show();
        m_toolbar->show();
        m_tabs->tabBar()->show();
        restoreState(m_stateBeforePresentation);
        // Back to the window as it was: maximised stays maximised, a normal window gets its geometry back.
        if (m_maximizedBeforePresentation) {
            showMaximized();
        } else {
            showNormal();
            restoreGeometry(m_geometryBeforePresentation);
        }
    }
}

void MainWindow::updatePresentationTitle()
{
    if (!m_presentation)
        return;
    const Region* r = m_map->selection().isEmpty() ? nullptr : m_model.region(m_map->selection());
    const QString view = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    m_presentationTitle->setText(r ? tr("%1 <span style='font-weight:normal'>— %2 · %3</span>")
                                         .arg(r->name.toHtmlEscaped(), levelLabel(r->level).toLower(), view.toHtmlEscaped())
                                   : tr("Nederland <span style='font-weight:normal'>— %1 · PageDown kiest het eerste gebied</span>")
                                         .arg(view.toHtmlEscaped()));
    QFont title = font();
    title.setPointSizeF(QFont().pointSizeF() * 2.4);
    title.setBold(true);
    m_presentationTitle->setFont(title);
}

void MainWindow::stepRegion(int delta)
{
    const Level level = m_map->layer();
    std::vector<const Region*> regions;
    if (level == Level::Gemeente)
        for (const Municipality& m : m_model.municipalities())
            regions.push_back(&m);
    else
        for (const Division& d : m_model.divisions(level))
            regions.push_back(&d);
    sortByName(regions);
    if (regions.empty())
        return;
    int index = -1;
    for (size_t i = 0; i < regions.size(); ++i)
        if (regions[i]->code == m_map->selection())
            index = int(i);
    const int n = int(regions.size());
    const int next = index < 0 ? (delta > 0 ? 0 : n - 1) : ((index + delta) % n + n) % n;
    selectRegion(regions[size_t(next)]->code, true);
}

bool MainWindow::showTab(const QString& key)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == key || m_tabs->tabText(i).remove(QLatin1Char('&')).compare(key, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showManual(const QString& section)
{
    if (!m_manual) {
        m_manual = new ManualDialog(this);
        m_manual->setObjectName(QStringLiteral("manual"));
    }
    // The shortcut overview is read from the actions as they are now.
    QList<QAction*> all = actions();
    for (QAction* top : menuBar()->actions())
        if (QMenu* menu = top->menu()) {
            all += menu->actions();
            for (QAction* sub : menu->actions())
                if (sub->menu())
                    all += sub->menu()->actions();
        }
    m_manual->setActions(all);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    if (!section.isEmpty())
        m_manual->showSection(section);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Over Regioverkenner"),
                       tr("<h3>Regioverkenner %1</h3>"
                          "<p>Verkenner van regionale samenwerking in Nederland: welke samenwerkingsverbanden "
                          "de driehoek economie – onderwijs – arbeidsmarkt afdekken, en hoe sectoren verwant zijn.</p>"
                          "<p><b>Gegevensbronnen</b></p><ul>"
                          "<li>Gemeenten, provincies, COROP-gebieden en arbeidsmarktregio's %2: %3. "
                          "Gegeneraliseerde grenzen (cartomap/nl, uit PDOK); lidmaatschappen afgeleid door Regioverkenner.</li>"
                          "<li>Samenwerkingsverbanden: register samengesteld uit het SER-advies <i>Regionaal samenwerken: "
                          "leren van praktijken</i> (2017) en openbare bronnen; bron en betrouwbaarheid per verband.</li>"
                          "<li>Economie (tab Economie, regioprofiel): CBS StatLine, tabel 83582NED <i>Banen van werknemers "
                          "in december; SBI2008, regio</i>, 2010–2024 (CC BY 4.0), per COROP-gebied en SBI-sectie; "
                          "geheime cellen blijven onbekend.</li>"
                          "<li>Verwantschap tussen sectoren (tab Verwantschap): een synthetische demonstratie-economie "
                          "(SBI 2008-afdelingen × COROP, met baanwisselingen) — <b>Demonstratiedata, geen officiële "
                          "statistiek</b> — tenzij eigen CSV-tabellen zijn ingelezen; baanwisselingen tussen sectoren "
                          "zijn niet openbaar.</li>"
                          "</ul>")
                           .arg(QStringLiteral(REGIO_VERSION))
                           .arg(m_model.year())
                           .arg(m_model.attribution().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved registry changes are never lost: save, discard on purpose, or stay.
    if (m_persistSettings && !confirmDiscardOrSave(this, *m_registry, m_registryEditor)) {
        event->ignore();
        return;
    }
    if (m_presentation)
        setPresentationMode(false);
    if (m_persistSettings)
        saveSettings();
    event->accept();
}

bool MainWindow::openRegistryFile(const QString& path, bool interactive)
{
    QString error;
    if (m_registry->open(path, &error))
        return true;
    const QString message = tr("Het register %1 is niet geopend; het huidige register blijft staan.").arg(QDir::toNativeSeparators(path));
    if (interactive)
        QMessageBox::warning(this, tr("Register niet geopend"), message + QStringLiteral("\n\n") + error.section(QLatin1Char('\n'), 0, 7));
    else
        statusBar()->showMessage(message, 15000);
    return false;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("registry/file"), m_registry->filePath()); // "" = the built-in one
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("map/layer"), levelKey(m_map->layer()));
    settings.setValue(QStringLiteral("map/selection"), m_map->selection());
}

QRect MainWindow::availableScreenGeometry() const
{
    const QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen();
    return s ? s->availableGeometry() : QRect(0, 0, 1366, 768);
}

void MainWindow::fitToScreen(bool firstStart)
{
    const QRect available = availableScreenGeometry();
    if (firstStart) {
        // 90% of what the screen offers, centred: fits a 1366×768 laptop as well as a large screen.
        const QSize size(available.width() * 9 / 10, available.height() * 9 / 10);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        return;
    }
    if (isMaximized() || isFullScreen())
        return;
    // Room for the window manager's title bar and frame, which geometry() does not include.
    const QSize room = available.size() - QSize(16, 40);
    QRect g = geometry();
    g.setSize(g.size().boundedTo(room));
    g.moveLeft(std::clamp(g.left(), available.left(), available.right() - g.width()));
    g.moveTop(std::clamp(g.top(), available.top() + 30, std::max(available.top() + 30, available.bottom() - g.height())));
    setGeometry(g);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        fitToScreen(true);
        statusBar()->showMessage(tr("Welkom. Ctrl+F zoekt een gemeente, regio of samenwerkingsverband; F1 opent de handleiding."), 30000);
    } else
        fitToScreen(false); // saved on a larger screen, it must not run off this one
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The person's own registry file, as she left it; the built-in one when it is gone or broken.
    const QString registryFile = settings.value(QStringLiteral("registry/file")).toString();
    if (!registryFile.isEmpty())
        openRegistryFile(registryFile, false);
    if (const auto level = levelFromKey(settings.value(QStringLiteral("map/layer")).toString()))
        setLayer(*level);
    const QString selection = settings.value(QStringLiteral("map/selection")).toString();
    if (!selection.isEmpty())
        selectRegion(selection);
}

} // namespace regio::ui
