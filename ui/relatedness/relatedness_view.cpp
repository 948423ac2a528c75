#include "ui/relatedness/relatedness_view.h"

#include "i18n/language.h"

#include "economy/demo_economy.h"
#include "ui/relatedness/network_view.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_style.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSlider>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace regio::ui {

namespace {

constexpr double kThresholdStep = 0.05;
constexpr int kThresholdSteps = 12; // 0.00 … 0.60

QString number(double v, int decimals)
{
    return regio::i18n::textLocale().toString(v, 'f', decimals);
}

} // namespace

RelatednessView::RelatednessView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RelatednessModel(this))
{
    setAccessibleName(tr("Verwantschap"));
    m_viewA = new NetworkView(*m_model, this);
    m_viewB = new NetworkView(*m_model, this);
    m_swot = new SwotChartView(*m_model, this);
    m_lqChart = new RankingChartView(*m_model, RankingChartView::Kind::LocationQuotient, this);
    m_opportunityChart = new RankingChartView(*m_model, RankingChartView::Kind::Opportunity, this);
    m_panel = new QTextBrowser(this);
    m_panel->setOpenLinks(false);
    m_panel->setAccessibleName(tr("Sectorgegevens"));
    m_panel->setMinimumWidth(260);
    buildControls();

    auto* networks = new QWidget(this);
    auto* networkLayout = new QHBoxLayout(networks);
    networkLayout->setContentsMargins(0, 0, 0, 0);
    networkLayout->setSpacing(4);
    networkLayout->addWidget(m_viewA);
    networkLayout->addWidget(m_viewB);
    m_viewB->setVisible(false);

    m_charts = new QTabWidget(this);
    m_charts->setDocumentMode(true);
    m_charts->addTab(m_swot, tr("SWOT"));
    m_charts->setTabToolTip(0, tr("Specialisatie (LQ) tegen inbedding: Sterkte, Zwakte, Kans, Bedreiging (Van Oort e.a. 2016)"));
    // The bar charts keep the height for several bars with their full names: where the pane is
    // shorter (a laptop with the Details dock open), the chart scrolls rather than dropping bars.
    const auto scrolling = [this](RankingChartView* chart) {
        chart->setMinimumHeight(RankingChartView::kMinReadableHeight);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(chart);
        scroll->setAccessibleName(chart->accessibleName());
        return scroll;
    };
    m_charts->addTab(scrolling(m_lqChart), tr("Hoogste LQ"));
    m_charts->setTabToolTip(1, tr("De sectoren met het hoogste locatiequotiënt (tot %1, zoveel als er leesbaar passen)").arg(RankingChartView::kTopN));
    m_charts->addTab(scrolling(m_opportunityChart), tr("Kansen"));
    m_charts->setTabToolTip(2, tr("Niet-gespecialiseerde sectoren die goed zijn ingebed: kansen om te diversifiëren"));

    auto* left = new QSplitter(Qt::Vertical, this);
    m_leftSplitter = left;
    left->addWidget(networks);
    left->addWidget(m_charts);
    // Half and half: with the compact network legend the charts need the height more.
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    left->setSizes({470, 470});
    // Small minimums: they add up to the window's minimum height, which must leave room on a
    // 1280×720 beamer and for the Register dock below the views.
    m_charts->setMinimumHeight(90);
    networks->setMinimumHeight(90);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_panel);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({1240, 340});
    m_mainSplitter->setChildrenCollapsible(false);

    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(m_mainSplitter, 1);

    // Hover and click: linked between the two networks, shown in the side panel.
    for (NetworkView* view : {m_viewA, m_viewB}) {
        NetworkView* other = view == m_viewA ? m_viewB : m_viewA;
        connect(view, &NetworkView::sectorHovered, this, [this, other](int sector) {
            other->setLinkedSector(sector);
            m_hovered = sector;
            updatePanel();
        });
        connect(view, &NetworkView::sectorClicked, this, [this](int sector) { selectSector(sector); });
    }
    connect(m_panel, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("sector"))
            selectSector(m_model->sectorIndex(url.path()));
    });
    connect(m_model, &RelatednessModel::dataReplaced, this, [this] {
        m_hovered = m_selected = -1;
        fillRegionLists();
        updateNotice();
        updatePanel();
    });
    connect(m_model, &RelatednessModel::networkChanged, this, [this] { updatePanel(); });
    connect(m_model, &RelatednessModel::swotChanged, this, [this] { updatePanel(); });

    auto* importEmployment = new QAction(tr("Werkgelegenheid importeren (CSV, XLSX, ODS)…"), this);
    importEmployment->setToolTip(tr("Werkgelegenheid per regio en sector inlezen (CSV of het eerste gevulde werkblad van een XLSX/ODS-rekenblad; breed of lang)"));
    importEmployment->setStatusTip(importEmployment->toolTip());
    auto* importFlows = new QAction(tr("Arbeidsstromen importeren (CSV, XLSX, ODS)…"), this);
    importFlows->setToolTip(tr("Baanwisselaars van sector naar sector inlezen (CSV, XLSX of ODS); codes moeten sectoren van de werkgelegenheid zijn"));
    importFlows->setStatusTip(importFlows->toolTip());
    for (QAction* action : {importEmployment, importFlows}) {
        const bool employment = action == importEmployment;
        connect(action, &QAction::triggered, this, [this, employment] {
            const QString path = QFileDialog::getOpenFileName(
                this, employment ? tr("Werkgelegenheid importeren") : tr("Arbeidsstromen importeren"), QString(),
                tr("Tabellen (*.csv *.txt *.xlsx *.ods);;CSV-bestanden (*.csv *.txt);;Rekenbladen (*.xlsx *.ods);;Alle bestanden (*)"));
            if (!path.isEmpty())
                importFile(path, employment);
        });
    }
    auto* backToDemo = new QAction(tr("Terug naar de demonstratie-economie (Verwantschap)"), this);
    backToDemo->setToolTip(tr("De tab Verwantschap toont weer de ingebouwde demonstratie-economie in plaats van eigen bestanden"));
    connect(backToDemo, &QAction::triggered, this, [this] { m_model->setData(economy::loadDemoEconomy()); });
    m_importActions = {importEmployment, importFlows, backToDemo};

    fillRegionLists();
    updateNotice();
    applyRegion(m_model->regionIndex(QStringLiteral("CR23")) >= 0 ? QStringLiteral("CR23") : m_model->regionCode(0));
    setComparisonRegion(QStringLiteral("CR29"));
    updatePanel();
}

RelatednessView::~RelatednessView() = default;

void RelatednessView::setPresentation(bool on)
{
    setRelatednessFontScale(on ? 1.5 : 1.0);
    // On a beamer (wide, short) the network and the charts stand side by side, each at full
    // height; the sector panel gives up its width (hovering still names a sector in a tooltip).
    m_leftSplitter->setOrientation(on ? Qt::Horizontal : Qt::Vertical);
    // Once the new orientation is laid out: half and half across, or the usual split down.
    QTimer::singleShot(0, this, [this, on] {
        const int extent = on ? m_leftSplitter->width() : m_leftSplitter->height(); // half and half either way
        m_leftSplitter->setSizes({extent / 2, extent / 2});
    });
    m_panel->setVisible(!on);
    for (RelatednessChartView* chart : {static_cast<RelatednessChartView*>(m_swot), static_cast<RelatednessChartView*>(m_lqChart),
                                        static_cast<RelatednessChartView*>(m_opportunityChart)})
        chart->restyle();
    m_viewA->update();
    m_viewB->update();
}

void RelatednessView::buildControls()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // Two rows of controls, so that the tab fits a 1920-pixel beamer beside the docks.
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    auto* secondBar = new QHBoxLayout;
    layout->addLayout(secondBar);
    m_selectionNote = new QLabel(this);
    m_selectionNote->setObjectName(QStringLiteral("selectionNote"));
    m_selectionNote->setWordWrap(true);
    m_selectionNote->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; border: 1px solid #E0C060; padding: 4px 8px; }"));
    m_selectionNote->hide();
    layout->addWidget(m_selectionNote);

    auto* regionLabel = new QLabel(tr("&Regio:"), this);
    m_regionBox = new QComboBox(this);
    m_regionBox->setToolTip(tr("COROP-gebied waarvan de specialisaties worden uitgelicht (of klik een COROP-gebied op de kaart)"));
    m_regionBox->setMinimumContentsLength(18);
    regionLabel->setBuddy(m_regionBox);
    bar->addWidget(regionLabel);
    bar->addWidget(m_regionBox);

    m_sideBySide = new QCheckBox(tr("&Naast elkaar met:"), this);
    m_sideBySide->setToolTip(tr("Twee regio's naast elkaar op hetzelfde netwerk (zoals SER 2017, figuur B.9)"));
    m_compareBox = new QComboBox(this);
    m_compareBox->setToolTip(tr("De regio in het rechter netwerk"));
    m_compareBox->setMinimumContentsLength(18);
    m_compareBox->setEnabled(false);
    bar->addSpacing(12);
    bar->addWidget(m_sideBySide);
    bar->addWidget(m_compareBox);

    auto* thresholdLabel = new QLabel(tr("&Verwant als SR~ >"), this);
    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setRange(0, kThresholdSteps);
    m_threshold->setSingleStep(1);
    m_threshold->setPageStep(2);
    m_threshold->setTickPosition(QSlider::TicksBelow);
    m_threshold->setMinimumWidth(140);
    m_threshold->setToolTip(tr("Drempel voor skill-verwantschap (genormaliseerd, −1 tot 1): hoger = alleen sterk verwante sectoren verbonden"));
    thresholdLabel->setBuddy(m_threshold);
    m_thresholdValue = new QLabel(number(0.0, 2), this);
    m_thresholdValue->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0,00")) + 6);
    bar->addStretch(1);
    secondBar->addWidget(thresholdLabel);
    secondBar->addWidget(m_threshold);
    secondBar->addWidget(m_thresholdValue);

    auto* embLabel = new QLabel(tr("&Inbedding goed boven:"), this);
    m_embeddedness = new QDoubleSpinBox(this);
    m_embeddedness->setRange(-1.0, 100.0);
    m_embeddedness->setDecimals(1);
    m_embeddedness->setSingleStep(5.0);
    m_embeddedness->setSpecialValueText(tr("mediaan"));
    m_embeddedness->setValue(-1.0);
    m_embeddedness->setToolTip(tr("SWOT-drempel voor inbedding (0–100); 'mediaan' = de mediaan over de sectoren van de regio"));
    embLabel->setBuddy(m_embeddedness);
    secondBar->addSpacing(12);
    secondBar->addWidget(embLabel);
    secondBar->addWidget(m_embeddedness);
    secondBar->addStretch(1);

    m_notice = new QLabel(economy::demoNotice(), this);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; font-style: italic; }").arg(noticeColour().name()));
    m_notice->setToolTip(tr("Synthetische demonstratie-economie (SBI 2008 × COROP), geen cijfers van CBS. "
                            "Importeer echte tabellen via Bestand."));
    secondBar->addWidget(m_notice);

    connect(m_regionBox, &QComboBox::activated, this, [this](int index) {
        const QString code = m_regionBox->itemData(index).toString();
        applyRegion(code);
        Q_EMIT regionChosen(code);
    });
    connect(m_compareBox, &QComboBox::activated, this, [this](int index) {
        setComparisonRegion(m_compareBox->itemData(index).toString());
    });
    connect(m_sideBySide, &QCheckBox::toggled, this, [this](bool on) {
        m_compareBox->setEnabled(on);
        m_viewB->setVisible(on);
        updatePanel();
    });
    connect(m_threshold, &QSlider::valueChanged, this, [this](int step) {
        m_thresholdValue->setText(number(step * kThresholdStep, 2));
        m_model->setThreshold(step * kThresholdStep);
    });
    connect(m_embeddedness, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_model->setEmbeddednessThreshold(v < 0 ? std::nullopt : std::optional<double>(v));
    });
}

void RelatednessView::fillRegionLists()
{
    // COROP areas by name (the region table of the economy data).
    std::vector<std::pair<QString, QString>> regions; // name, code
    for (std::size_t r = 0; r < m_model->regionCount(); ++r) {
        const QString code = m_model->regionCode(int(r));
        regions.push_back({m_model->regionName(code), code});
    }
    std::sort(regions.begin(), regions.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (QComboBox* box : {m_regionBox, m_compareBox}) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        for (const auto& [name, code] : regions)
            box->addItem(name == code ? code : tr("%1 (%2)").arg(name, code), code);
        const int index = box->findData(current);
        box->setCurrentIndex(index >= 0 ? index : (box == m_compareBox && box->count() > 1 ? 1 : 0));
    }
    applyRegion(m_regionBox->currentData().toString());
    setComparisonRegion(m_compareBox->currentData().toString());
}

void RelatednessView::applyRegion(const QString& code)
{
    const int index = m_model->regionIndex(code);
    if (index < 0)
        return;
    const QString normalised = m_model->regionCode(index);
    {
        const QSignalBlocker block(m_regionBox);
        m_regionBox->setCurrentIndex(m_regionBox->findData(normalised));
    }
    m_viewA->setRegion(normalised);
    m_swot->setRegion(normalised);
    m_lqChart->setRegion(normalised);
    m_opportunityChart->setRegion(normalised);
    updatePanel();
}

void RelatednessView::setRegion(const QString& corpCode)
{
    applyRegion(corpCode);
}

QString RelatednessView::region() const
{
    return m_viewA->region();
}

void RelatednessView::setComparisonRegion(const QString& code)
{
    const int index = m_model->regionIndex(code);
    if (index < 0)
        return;
    const QString normalised = m_model->regionCode(index);
    const QSignalBlocker block(m_compareBox);
    m_compareBox->setCurrentIndex(m_compareBox->findData(normalised));
    m_viewB->setRegion(normalised);
    updatePanel();
}

QString RelatednessView::comparisonRegion() const
{
    return m_viewB->region();
}

void RelatednessView::setSideBySide(bool on)
{
    m_sideBySide->setChecked(on);
}

bool RelatednessView::sideBySide() const
{
    return m_sideBySide->isChecked();
}

void RelatednessView::setThreshold(double threshold)
{
    m_threshold->setValue(std::clamp(int(std::lround(threshold / kThresholdStep)), 0, kThresholdSteps));
}

bool RelatednessView::importFile(const QString& path, bool employment, bool quiet, QString* error)
{
    QString message;
    const bool ok = employment ? m_model->importEmployment(path, &message) : m_model->importFlows(path, &message);
    if (!ok) {
        if (error)
            *error = message;
        if (!quiet)
            QMessageBox::warning(this, employment ? tr("Werkgelegenheid importeren") : tr("Arbeidsstromen importeren"),
                                 tr("Het bestand is niet ingelezen; de vorige gegevens blijven in gebruik.\n\n%1").arg(message));
        return false;
    }
    if (!quiet)
        QMessageBox::information(this, employment ? tr("Werkgelegenheid importeren") : tr("Arbeidsstromen importeren"),
                                 importSummary(employment));
    return true;
}

QString RelatednessView::importSummary(bool employment) const
{
    const economy::EconomyData& d = m_model->data();
    QString text = employment ? tr("Ingelezen uit %1: %2 regio's × %3 sectoren.")
                                    .arg(m_model->employmentFile()).arg(d.employment.rows()).arg(d.employment.cols())
                              : tr("Ingelezen uit %1: baanwisselingen tussen %2 sectoren.").arg(m_model->flowsFile()).arg(d.flows.rows());
    if (employment) {
        // The tab compares COROP areas (the demonstration economy's and CBS's regions); other levels
        // are shown by name, but the map and the side-by-side comparison work per COROP area.
        QStringList other;
        for (const QString& code : d.employment.rowLabels())
            if (!code.startsWith(QLatin1String("CR")))
                other << code;
        if (!other.isEmpty())
            text += tr("\n\nLet op: %1 van de %2 regio's zijn geen COROP-gebieden (bijvoorbeeld %3 %4). De kaart en de "
                       "vergelijking naast elkaar werken per COROP-gebied.")
                        .arg(other.size()).arg(d.employment.rows()).arg(other.first(), m_model->regionName(other.first()));
    }
    text += QLatin1String("\n\n") + m_model->sourceDescription();
    return text;
}

void RelatednessView::selectSector(int sector)
{
    if (sector >= int(m_model->sectorCount()))
        sector = -1;
    m_selected = sector;
    m_viewA->setSelectedSector(sector);
    m_viewB->setSelectedSector(sector);
    updatePanel();
}

void RelatednessView::setSelectionNote(const QString& note)
{
    m_selectionNote->setText(note);
    m_selectionNote->setVisible(!note.isEmpty());
}

void RelatednessView::updateNotice()
{
    m_notice->setText(m_model->dataNotice());
    m_notice->setVisible(m_model->isDemonstration());
}

QString RelatednessView::regionRows(int sector) const
{
    QStringList regions{m_viewA->region()};
    if (sideBySide() && m_viewB->region() != m_viewA->region())
        regions << m_viewB->region();
    QString rows;
    for (const QString& code : regions) {
        const int r = m_model->regionIndex(code);
        const economy::SwotResult swot = m_model->swot(r);
        if (std::size_t(sector) >= swot.entries.size())
            continue;
        const economy::SwotEntry& e = swot.entries[std::size_t(sector)];
        rows += tr("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"
                   "<td><span style=\"color:%4\">&#9632;</span> %5</td></tr>")
                    .arg(m_model->regionName(code).toHtmlEscaped(), number(e.lq, 2), number(e.embeddedness, 1),
                         quadrantColour(e.quadrant).name(), economy::quadrantName(e.quadrant));
    }
    return rows;
}

void RelatednessView::updatePanel()
{
    const int sector = m_hovered >= 0 ? m_hovered : m_selected;
    QString html;
    if (sector < 0 || std::size_t(sector) >= m_model->sectorCount()) {
        html = tr("<h3>Sector</h3><p>Wijs een sector in het netwerk aan, of klik erop, om de verwante sectoren, "
                  "het locatiequotiënt (LQ) en de inbedding in de regio te zien.</p>"
                  "<p><b>LQ</b> &gt; 1: de regio is in de sector gespecialiseerd (relatief meer banen dan landelijk).<br>"
                  "<b>Inbedding</b> (0–100): het aandeel van de skill-verwante sectoren waarin de regio "
                  "gespecialiseerd is, gewogen met de verwantschap.<br>"
                  "<b>SWOT</b>: Sterkte = gespecialiseerd en goed ingebed; Bedreiging = gespecialiseerd, zwak ingebed; "
                  "Kans = niet gespecialiseerd, goed ingebed; Zwakte = geen van beide.</p>"
                  "<p>Toetsen: ←/→ kiest de vorige/volgende sector in het netwerk, Esc wist de keuze.</p>");
    } else {
        const std::size_t i = std::size_t(sector);
        const QString section = m_model->sectorSection(i);
        html = tr("<h3>%1 %2</h3>").arg(m_model->sectorCode(i), m_model->sectorName(i).toHtmlEscaped());
        if (!section.isEmpty())
            html += tr("<p><span style=\"color:%1\">&#9679;</span> SBI-sectie %2: %3<br>Banen in Nederland: %4</p>")
                        .arg(sectionColour(section).name(), section, sectionShortName(section).toHtmlEscaped(),
                             regio::i18n::textLocale().toString(qRound64(m_model->nationalEmployment(i))));
        html += tr("<table cellspacing=0 cellpadding=3><tr><th align=left>Regio</th><th>LQ</th><th>Inbedding</th>"
                   "<th align=left>SWOT</th></tr>%1</table>")
                    .arg(regionRows(sector));
        const auto related = m_model->relatedSectors(i);
        const int region = m_model->regionIndex(m_viewA->region());
        html += tr("<h4>Verwante sectoren (SR~ &gt; %1): %2</h4>").arg(number(m_model->threshold(), 2)).arg(related.size());
        const QString regionName = m_model->regionName(m_viewA->region()).toHtmlEscaped();
        for (const economy::RankedSector& r : related) {
            const double lq = m_model->lq(region, r.sector);
            html += tr("<p style=\"margin:0 0 4px 0\"><a href=\"sector:%1\"><b>%1</b></a> %2<br>"
                       "<span style=\"color:%3\">SR~ %4 · LQ %5 %6%7</span></p>")
                        .arg(m_model->sectorCode(r.sector), m_model->sectorName(r.sector).toHtmlEscaped(),
                             mutedTextColour().name(), number(r.value, 2), regionName, number(lq, 2),
                             lq > 1.0 ? tr(" (gespecialiseerd)") : QString());
        }
    }
    if (m_model->isDemonstration())
        html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>").arg(noticeColour().name(), m_model->dataNotice().toHtmlEscaped());
    m_panel->setHtml(html);
}

} // namespace regio::ui
