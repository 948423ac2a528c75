#include "ui/triangle/triangle_view.h"

#include "coverage/coverage_table.h"

#include "regions/region_model.h"
#include "ui/triangle/actor_grid.h"
#include "ui/triangle/scales_view.h"
#include "ui/triangle/triangle_diagram.h"
#include "ui/triangle/triangle_style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace regio::ui {

using namespace triangle;

namespace {

// A table cell that sorts by `key` (scale and confidence in their natural order, not A–Z).
class SortItem : public QTableWidgetItem {
public:
    SortItem(const QString& text, int key)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole + 1, key);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole + 1).toInt() < other.data(Qt::UserRole + 1).toInt();
    }
};

QFont tableFont()
{
    QFont f = fontPx(Metrics::chipSize);
    return f;
}

} // namespace

TriangleView::TriangleView(const RegionModel& regions, QWidget* parent)
    : QWidget(parent)
    , m_regions(regions)
{
    setAccessibleName(tr("Driehoek"));
    m_diagram = new TriangleDiagram;
    m_grid = new ActorGrid;
    m_scales = new ScalesView;

    auto* gridScroll = new QScrollArea;
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    gridScroll->setFrameShape(QFrame::NoFrame);
    gridScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the grid fits its columns to the width

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Naam"), tr("Type"), tr("Domeinen"), tr("Rol"), tr("Schaal"), tr("Dekking"),
                                        tr("Bron"), tr("Betrouwbaarheid"), tr("Rechtsvorm"),
                                        tr("Toezicht door gekozen raad"), tr("Geldbronnen")});
    {
        QStringList meaning;
        for (registry::Confidence c : registry::allConfidences)
            meaning << registry::confidenceExplanation(c);
        m_table->horizontalHeaderItem(Betrouwbaarheid)
            ->setToolTip(tr("Hoe zeker de gegevens van het verband zijn:\n%1").arg(meaning.join(QLatin1Char('\n'))));
        m_table->horizontalHeaderItem(Rechtsvorm)->setToolTip(tr("Rechtsvorm, met bron; ‘onbekend’ als geen bron het zegt"));
        m_table->horizontalHeaderItem(Toezicht)
            ->setToolTip(tr("Welke gekozen raden (gemeenteraden, Provinciale Staten) direct toezicht houden, met bron"));
        m_table->horizontalHeaderItem(Geldbronnen)->setToolTip(tr("Waar het geld vandaan komt, met bron"));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setFont(tableFont());
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Bron, QHeaderView::Stretch); // the source gets the room left
    m_table->horizontalHeader()->setSortIndicator(Naam, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Samenwerkingsverbanden met bron"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_table->item(row, Naam))
            Q_EMIT bodyActivated(item->data(Qt::UserRole).toString());
    });

    m_details = new QTabWidget;
    m_details->setDocumentMode(true);
    m_details->addTab(gridScroll, tr("Aan tafel"));
    auto* scalesScroll = new QScrollArea;
    scalesScroll->setWidget(m_scales);
    scalesScroll->setWidgetResizable(true);
    scalesScroll->setFrameShape(QFrame::NoFrame);
    scalesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* scalesPage = new QWidget;
    auto* scalesLayout = new QVBoxLayout(scalesPage);
    scalesLayout->setContentsMargins(0, 0, 0, 0);
    m_scalesPicker = new QWidget;
    auto* pickerRow = new QHBoxLayout(m_scalesPicker);
    pickerRow->setContentsMargins(8, 6, 8, 0);
    auto* pickerLabel = new QLabel(tr("Gemeente:"));
    m_scalesMunicipality = new QComboBox;
    m_scalesMunicipality->setObjectName(QStringLiteral("scalesMunicipality"));
    m_scalesMunicipality->setToolTip(tr("Schakelen op schalen is per gemeente: kies een gemeente van deze regio"));
    m_scalesMunicipality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickerLabel->setBuddy(m_scalesMunicipality);
    pickerRow->addWidget(pickerLabel);
    pickerRow->addWidget(m_scalesMunicipality);
    pickerRow->addStretch(1);
    m_scalesPicker->hide();
    connect(m_scalesMunicipality, &QComboBox::activated, this,
            [this](int index) { showScalesOf(m_scalesMunicipality->itemData(index).toString()); });
    scalesLayout->addWidget(m_scalesPicker);
    scalesLayout->addWidget(scalesScroll, 1);
    m_details->addTab(scalesPage, tr("Schakelen op schalen"));
    m_details->addTab(m_table, tr("Samenwerkingsverbanden"));
    QFont tabFont = m_details->font();
    tabFont.setPointSizeF(std::max(tabFont.pointSizeF(), 11.0));
    m_details->tabBar()->setFont(tabFont);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_diagram);
    m_splitter->addWidget(m_details);
    // The triangle first: on a 768 px laptop it needs most of the height to show its bodies.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({660, 330});
    m_splitter->setChildrenCollapsible(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // On a short screen (a 1280×720 beamer, a laptop with the window not maximised) the triangle
    // keeps a height at which its bodies and gaps show, and the tab scrolls instead of cutting them.
    m_diagram->setMinimumHeight(440);
    m_details->setMinimumHeight(180);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("triangleScroll"));
    scroll->setWidget(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll);

    connect(m_diagram, &TriangleDiagram::bodyActivated, this, &TriangleView::bodyActivated);
    connect(m_scales, &ScalesView::bodyActivated, this, &TriangleView::bodyActivated);
    refresh();
}

void TriangleView::setRegistry(const registry::Registry* registry, const registry::BodyIndex* index)
{
    m_registry = registry;
    m_index = index;
    refresh();
}

void TriangleView::setCoverageOptions(const coverage::CoverageOptions& options)
{
    m_options = options;
    refresh();
}

void TriangleView::setRegion(const QString& code)
{
    m_code = code.trimmed().toUpper();
    refresh();
}

bool TriangleView::showDetail(const QString& key)
{
    const QStringList keys{QStringLiteral("aan-tafel"), QStringLiteral("schalen"), QStringLiteral("verbanden")};
    const int i = int(keys.indexOf(key));
    if (i < 0)
        return false;
    m_details->setCurrentIndex(i);
    return true;
}

QString TriangleView::exportTitle() const
{
    QString base = tr("Driehoek economie–onderwijs–arbeidsmarkt");
    if (m_options.year)
        base += tr(" (peiljaar %1)").arg(*m_options.year);
    return m_regionName.isEmpty() ? base : QStringLiteral("%1 — %2").arg(base, m_regionName);
}

std::vector<io::Table> TriangleView::exportTables(const QString& sourceLine) const
{
    const Region* region = m_code.isEmpty() ? nullptr : m_regions.region(m_code);
    if (!region || !m_registry || !m_index)
        return {};
    const coverage::CoverageResult result =
        coverage::coverageOf(m_regions.municipalityCodesOf(m_code), *m_registry, *m_index);
    const QString name = QStringLiteral("%1 (%2)").arg(region->name, region->code);
    return {coverage::coverageBodiesTable(result, *m_registry, name, sourceLine),
            coverage::coverageSummaryTable(result, *m_registry, name, sourceLine)};
}

void TriangleView::render(QPainter& painter, const QRectF& target) const
{
    m_diagram->render(painter, target);
}

void TriangleView::showHint(const QString& title, const QString& hint)
{
    m_diagram->clear(title, hint);
    m_grid->clear(hint);
    m_scales->showMessage(tr("Schakelen op schalen"), hint);
    m_table->setRowCount(0);
    m_details->setTabText(2, tr("Samenwerkingsverbanden"));
}

void TriangleView::refresh()
{
    m_regionName.clear();
    const QString title = tr("Driehoek economie – onderwijs – arbeidsmarkt");
    if (!m_registry || !m_index) {
        showHint(title, tr("Er is geen register met samenwerkingsverbanden geladen."));
        return;
    }
    if (m_code.isEmpty()) {
        showHint(title, tr("Kies een gemeente of regio op de kaart of via het zoekveld. Dan ziet u hier welke "
                           "samenwerkingsverbanden er werken aan economie, onderwijs en arbeidsmarkt, wie er aan "
                           "tafel zit en wat er ontbreekt."));
        return;
    }
    const Region* region = m_regions.region(m_code);
    const auto level = levelOfCode(m_code);
    if (!region || !level) {
        showHint(title, tr("Onbekende regiocode %1.").arg(m_code));
        return;
    }
    m_regionName = region->name;
    const QStringList municipalities = m_regions.municipalityCodesOf(m_code);
    const coverage::CoverageResult result = coverage::coverageOf(municipalities, *m_registry, *m_index, m_options);
    const bool municipality = *level == Level::Gemeente;
    QString kind = municipality ? levelLabel(*level)
                                : tr("%1 van %2 gemeenten").arg(levelLabel(*level)).arg(municipalities.size());
    if (m_options.year)
        kind += tr(" · peiljaar %1").arg(*m_options.year);
    m_diagram->setCoverage(*m_registry, result, region->name, kind);
    m_grid->setCoverage(*m_registry, result);
    m_scalesPicker->setVisible(!municipality);
    if (municipality) {
        m_scales->setMunicipality(*m_registry, *m_index, m_code, region->name, m_options);
    } else {
        // The view is per municipality: offer the division's own municipalities right here.
        std::vector<const Region*> members;
        for (const QString& code : municipalities)
            if (const Region* m = m_regions.region(code))
                members.push_back(m);
        sortByName(members);
        m_scalesMunicipality->clear();
        m_scalesMunicipality->addItem(tr("— kies een gemeente van %1 —").arg(region->name), QString());
        for (const Region* m : members)
            m_scalesMunicipality->addItem(m->name, m->code);
        m_scales->showMessage(tr("Schakelen op schalen — %1").arg(region->name),
                              tr("Deze weergave is per gemeente: kies hierboven een van de %1 gemeenten van %2 om te zien "
                                 "op welke schaal zij per thema samenwerkt — gemeente, subregio, regio, provincie, "
                                 "landsdeel, nationaal of over de grens.")
                                  .arg(members.size())
                                  .arg(region->name));
    }
    fillTable(result);
}

void TriangleView::setPresentation(bool on)
{
    m_details->setVisible(!on);
}

void TriangleView::showScalesOf(const QString& municipalityCode)
{
    const Region* m = municipalityCode.isEmpty() ? nullptr : m_regions.region(municipalityCode);
    if (m && m_registry && m_index)
        m_scales->setMunicipality(*m_registry, *m_index, m->code, m->name, m_options);
}

void TriangleView::fillTable(const coverage::CoverageResult& result)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(result.bodies.size() + result.sites.size()));
    const int regionSize = int(result.municipalities.size());
    int row = 0;
    // Bodies that only have a site here are listed after the covering ones; they cover nothing.
    std::vector<coverage::BodyCoverage> rows = result.bodies;
    for (int s : result.sites)
        rows.push_back({s, -1, false});
    for (const coverage::BodyCoverage& c : rows) {
        const registry::Body& body = m_registry->bodies[size_t(c.body)];
        const bool site = c.municipalities < 0;
        const QString tooltip = bodyTooltip(body, &c, regionSize);
        auto set = [&](int column, QTableWidgetItem* item) {
            item->setToolTip(tooltip);
            m_table->setItem(row, column, item);
        };
        auto* name = new QTableWidgetItem(body.name);
        name->setData(Qt::UserRole, body.id);
        set(Naam, name);
        set(Type, new QTableWidgetItem(registry::label(body.type)));
        set(Domeinen, new QTableWidgetItem(registry::joinLabels(body.domains)));
        set(Rol, new QTableWidgetItem(registry::joinLabels(body.roles)));
        set(Schaal, new SortItem(registry::label(body.scale), int(body.scale)));
        set(Dekking, site ? new SortItem(tr("alleen vestiging; telt niet als dekking"), 1)
                          : new SortItem(regionSize > 1 ? coverageText(&c, regionSize) : tr("hele gemeente"), -c.municipalities));
        set(Bron, new QTableWidgetItem(body.source.isEmpty() ? tr("(geen bron vermeld)") : body.source));
        auto* confidence = new SortItem(registry::label(body.confidence), int(body.confidence));
        set(Betrouwbaarheid, confidence);
        confidence->setToolTip(tr("Betrouwbaarheid %1").arg(registry::confidenceExplanation(body.confidence)));
        const auto accountability = [&](int column, const QString& text, const QString& withSource) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(withSource);
            m_table->setItem(row, column, item);
        };
        accountability(Rechtsvorm, registry::legalFormText(body), registry::legalFormWithSource(body));
        accountability(Toezicht, registry::oversightText(body), registry::oversightWithSource(body));
        accountability(Geldbronnen, registry::fundingSourcesText(body), registry::fundingSourcesWithSource(body));
        if ((!c.wholeRegion && regionSize > 1) || site)
            m_table->item(row, Dekking)->setForeground(gapColour().darker(120));
        ++row;
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    // Long names and roles are cut in the cell (the tooltip has them whole) so that Bron stays in view.
    for (const auto& [col, max] : {std::pair{int(Naam), 300}, {int(Type), 190}, {int(Domeinen), 190}, {int(Rol), 190}})
        m_table->setColumnWidth(col, std::min(m_table->columnWidth(col), max));
    m_details->setTabText(2, tr("Samenwerkingsverbanden (%1)").arg(result.bodies.size()));
}

} // namespace regio::ui
