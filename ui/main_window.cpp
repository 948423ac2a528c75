#include "ui/main_window.h"

#include "ui/economy/economy_view.h"
#include "ui/export/export_dialog.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolBar>

namespace regio::ui {

namespace {

QString searchEntry(const Region& r)
{
    return QStringLiteral("%1 (%2) — %3").arg(r.name, r.code, levelLabel(r.level).toLower());
}

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

    m_relatedness = new RelatednessView(this);
    addViewTab(m_relatedness, QStringLiteral("verwantschap"), tr("Verwantschap"), [this] { return relatednessExport(); });
    m_tabs->setTabToolTip(m_tabs->indexOf(m_relatedness),
                          tr("Verwante sectoren, specialisaties en SWOT per COROP-gebied (SER 2017, fig. B.7–B.9)"));
    connect(m_relatedness, &RelatednessView::regionChosen, this, [this](const QString& code) { selectRegion(code); });
    buildEconomyTab();
    setCentralWidget(m_tabs);

    m_details = new RegionDetails(m_model, this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {340}, Qt::Horizontal);

    buildRegistryDocks();
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
        m_hoverLabel->setText(r ? QStringLiteral("%1 (%2)").arg(r->name, r->code) : QString());
    });
    connect(m_map, &MapWidget::cursorWorldPosition, this, [this](const QPointF& rd) {
        m_positionLabel->setText(tr("RD %1, %2").arg(qRound(rd.x())).arg(qRound(rd.y())));
    });
    connect(m_details, &RegionDetails::regionRequested, this, [this](const QString& code) { selectRegion(code, true); });

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
    connect(m_registryEditor, &RegistryEditor::territoryPreview, this,
            [this](const QStringList& codes) { m_map->setOutlinedMunicipalities(codes, highlightColour()); });
    connect(m_registryEditor, &RegistryEditor::pickingOnMapChanged, this, [this](bool on) {
        if (on) {
            setLayer(Level::Gemeente); // clicks must hit municipalities
            m_tabs->setCurrentWidget(m_map);
        }
    });
    auto updateTitle = [this] { setWindowTitle(tr("Regioverkenner — %1[*]").arg(m_registry->displayName())); };
    connect(m_registry, &RegistryDocument::fileChanged, this, updateTitle);
    connect(m_registry, &RegistryDocument::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_registry, &RegistryDocument::changed, this, [this] { m_details->showRegion(m_map->selection()); });
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
    file->addSeparator();
    file->addActions(economyImportActions());
    file->addActions(m_relatedness->importActions());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Afsluiten"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("Be&werken"));
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
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addAction(toSelection);
    view->addSeparator();
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_registryDock->toggleViewAction());
    view->addAction(m_layersDock->toggleViewAction());
    view->addSeparator();
    m_presentationAction = view->addAction(tr("&Presentatiemodus"), this, [this](bool on) { setPresentationMode(on); });
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(tr("Volledig scherm met grote letters en sterk contrast (F11; Esc verlaat)"));
    toolbar->addSeparator();
    toolbar->addAction(m_presentationAction);
    toolbar->addAction(exportAction);
    QAction* registryToggle = m_registryDock->toggleViewAction();
    registryToggle->setText(tr("Register bewerken"));
    registryToggle->setToolTip(tr("Toon of verberg de editor van het register van samenwerkingsverbanden"));
    toolbar->addAction(registryToggle);
    addAction(m_presentationAction); // the shortcut also works with the menu bar hidden
    auto* leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presentation)
            setPresentationMode(false);
    });
    addAction(leave);
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

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Over Regioverkenner…"), this, &MainWindow::showAbout);
    help->addAction(tr("Over &Qt…"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildSearch()
{
    QStringList entries;
    for (const Municipality& m : m_model.municipalities())
        entries << searchEntry(m);
    for (Level level : divisionLevels)
        for (const Division& d : m_model.divisions(level))
            entries << searchEntry(d);
    entries.sort(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Zoek gemeente of regio (naam of CBS-code)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setToolTip(tr("Typ een deel van de naam of de code (GM0363, CR23, AM18, PV27); Ctrl+F"));
    auto* completer = new QCompleter(new QStringListModel(entries, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(14);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        static const QRegularExpression code(QStringLiteral("\\(([A-Z]{2}\\d+)\\)"));
        const auto match = code.match(text);
        if (match.hasMatch())
            selectRegion(match.captured(1), true);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::onSearchEntered);

    auto* find = new QAction(tr("Zoeken"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_search);
}

void MainWindow::onSearchEntered()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    static const QRegularExpression codeInText(QStringLiteral("\\b([A-Za-z]{2}\\d{2,4})\\b"));
    const auto match = codeInText.match(text);
    if (match.hasMatch() && m_model.region(match.captured(1).toUpper())) {
        selectRegion(match.captured(1).toUpper(), true);
        return;
    }
    // A name: exact match first (municipalities before divisions), then the only partial match.
    QStringList partial;
    auto consider = [&](const Region& r) -> bool {
        if (r.name.compare(text, Qt::CaseInsensitive) == 0) {
            selectRegion(r.code, true);
            return true;
        }
        if (r.name.contains(text, Qt::CaseInsensitive))
            partial << r.code;
        return false;
    };
    for (const Municipality& m : m_model.municipalities())
        if (consider(m))
            return;
    for (Level level : divisionLevels)
        for (const Division& d : m_model.divisions(level))
            if (consider(d))
                return;
    if (partial.size() == 1)
        selectRegion(partial.first(), true);
    else
        statusBar()->showMessage(partial.isEmpty() ? tr("Geen gebied gevonden voor '%1'").arg(text)
                                                   : tr("%1 gebieden passen bij '%2'; kies er een uit de lijst").arg(partial.size()).arg(text),
                                 5000);
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
    m_details->showRegion(r ? r->code : QString());
    m_triangle->setRegion(r ? r->code : QString());
    m_economy->setRegion(r ? r->code : QString());
    // The economy is by COROP-gebied: a municipality shows its COROP-gebied's sectors.
    if (r && r->level == Level::Corop)
        m_relatedness->setRegion(r->code);
    else if (r && r->level == Level::Gemeente)
        m_relatedness->setRegion(static_cast<const Municipality*>(r)->membership(Level::Corop));
    if (r && zoom)
        m_map->zoomToRegion(r->code);
    return true;
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
    m_map->setOutlinedMunicipalities(municipalities, highlightColour());
    m_tabs->setCurrentWidget(m_map);
    statusBar()->showMessage(tr("Werkgebied van %1: %2 gemeenten").arg(m_registry->registry().bodies[size_t(index)].name)
                                 .arg(municipalities.size()), 8000);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    if (on) {
        m_stateBeforePresentation = saveState();
        m_detailsDock->hide();
        m_registryDock->hide();
        m_layersDock->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_map->setMapStyle(MapStyle::presentation());
        m_relatedness->setPresentation(true);
        m_economy->setPresentation(true);
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        setFont(big);
        showFullScreen();
    } else {
        m_map->setMapStyle(MapStyle::standard());
        m_relatedness->setPresentation(false);
        m_economy->setPresentation(false);
        setFont(QFont());
        menuBar()->show();
        statusBar()->show();
        restoreState(m_stateBeforePresentation);
        showNormal();
    }
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

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("map/layer"), levelKey(m_map->layer()));
    settings.setValue(QStringLiteral("map/selection"), m_map->selection());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const auto level = levelFromKey(settings.value(QStringLiteral("map/layer")).toString()))
        setLayer(*level);
    const QString selection = settings.value(QStringLiteral("map/selection")).toString();
    if (!selection.isEmpty())
        selectRegion(selection);
}

} // namespace regio::ui
