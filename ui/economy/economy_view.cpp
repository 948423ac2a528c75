#include "ui/economy/economy_view.h"

#include "economy/economy_table.h"
#include "i18n/language.h"

#include "ui/economy/sector_bars.h"

#include "economy/regional_structure.h"
#include "regions/region_model.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace regio::ui {

namespace {

using economy::isKnown;

QLocale dutch() { return regio::i18n::textLocale(); }

QString jobsText(double v) { return isKnown(v) ? dutch().toString(v, 'f', 0) : QString(); }
QString percentText(double v) { return isKnown(v) ? dutch().toString(100.0 * v, 'f', 1) + QStringLiteral(" %") : QString(); }
QString decimalText(double v, int decimals = 2) { return isKnown(v) ? dutch().toString(v, 'f', decimals) : QString(); }
QString signedJobs(double v)
{
    if (!isKnown(v))
        return QString();
    const QString t = dutch().toString(std::round(v), 'f', 0);
    return v > 0.5 ? QStringLiteral("+") + t : t;
}

// A table cell that sorts by its number (unknown last), not by its Dutch text.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double value) : QTableWidgetItem(text), m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* o = dynamic_cast<const NumberItem*>(&other);
        if (!o)
            return QTableWidgetItem::operator<(other);
        if (!isKnown(m_value) || !isKnown(o->m_value))
            return isKnown(m_value) && !isKnown(o->m_value);
        return m_value < o->m_value;
    }

private:
    double m_value;
};

QString specialisationText(economy::SpecialisationChange c)
{
    switch (c) {
    case economy::SpecialisationChange::Entry: return EconomyView::tr("nieuw (intrede)");
    case economy::SpecialisationChange::Exit: return EconomyView::tr("verloren (uittrede)");
    case economy::SpecialisationChange::Stays: return EconomyView::tr("blijft");
    case economy::SpecialisationChange::Absent: return EconomyView::tr("—");
    case economy::SpecialisationChange::Unknown: return EconomyView::tr("onbekend");
    }
    return {};
}

} // namespace

EconomyView::EconomyView(const RegionModel& regions, QWidget* parent)
    : QWidget(parent), m_regions(regions), m_panel(&economy::cbsEmployment())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    auto* yearLabel = new QLabel(tr("&Jaar:"), this);
    m_yearBox = new QComboBox(this);
    m_yearBox->setToolTip(tr("Het jaar van de sectorstructuur en het eindjaar van de verandering"));
    yearLabel->setBuddy(m_yearBox);
    auto* baseLabel = new QLabel(tr("&Basisjaar:"), this);
    m_baseBox = new QComboBox(this);
    m_baseBox->setToolTip(tr("Het beginjaar van de verandering (shift-share, in- en uittrede) en van de index in de grafiek"));
    baseLabel->setBuddy(m_baseBox);
    header->addWidget(baseLabel);
    header->addWidget(m_baseBox);
    header->addWidget(yearLabel);
    header->addWidget(m_yearBox);
    layout->addLayout(header);

    m_basis = new QLabel(this);
    m_basis->setWordWrap(true);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_basis);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    layout->addWidget(m_source);

    // One tab per view of the numbers, each using the full width (a 1280-pixel beamer included).
    m_charts = new QTabWidget(this);
    m_bars = new SectorBarsWidget;
    auto* barsScroll = new QScrollArea;
    barsScroll->setWidget(m_bars);
    barsScroll->setWidgetResizable(true);
    barsScroll->setFrameShape(QFrame::NoFrame);
    m_charts->addTab(barsScroll, tr("Sectorstructuur"));
    m_charts->setTabToolTip(0, tr("Aandeel van elke sector in de banen van het gebied en van Nederland"));

    m_table = new QTableWidget(0, ColumnCount);
    m_charts->addTab(m_table, tr("Tabel"));
    m_charts->setTabToolTip(1, tr("Banen, aandelen, locatiequotiënt, verandering met shift-share, in- en uittrede per sector"));

    auto* trendPage = new QWidget;
    auto* trendLayout = new QVBoxLayout(trendPage);
    trendLayout->setContentsMargins(0, 4, 0, 0);
    auto* trendBar = new QHBoxLayout;
    auto* sectorLabel = new QLabel(tr("&Sector:"), trendPage);
    m_trendBox = new QComboBox(trendPage);
    m_trendBox->setToolTip(tr("De sector waarvan de grafiek de ontwikkeling toont, naast alle banen"));
    sectorLabel->setBuddy(m_trendBox);
    trendBar->addWidget(sectorLabel);
    trendBar->addWidget(m_trendBox, 1);
    trendLayout->addLayout(trendBar);
    m_trendView = new QChartView(trendPage);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(140); // the Register dock below must be able to grow on a laptop
    trendLayout->addWidget(m_trendView, 1);
    m_charts->addTab(trendPage, tr("Ontwikkeling"));
    m_charts->setTabToolTip(2, tr("Banen als index (basisjaar = 100), gebied en Nederland, voor alle banen en één sector"));

    m_structure = new QLabel;
    m_structure->setWordWrap(true);
    m_structure->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_structure->setTextFormat(Qt::RichText);
    m_structure->setMargin(8);
    m_structure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* structureScroll = new QScrollArea;
    structureScroll->setWidget(m_structure);
    structureScroll->setWidgetResizable(true);
    m_charts->addTab(structureScroll, tr("Structuurmaten"));
    m_charts->setTabToolTip(3, tr("Verschil met Nederland, concentratie, spreiding en (on)verwante variëteit"));

    // Two-line headers keep the columns narrow enough for a laptop with the Details dock open.
    m_table->setHorizontalHeaderLabels({tr("Sector"), tr("Banen"), tr("Aandeel"), tr("Aandeel\nNL"), tr("LQ"), tr("Verandering"),
                                        tr("Nationale\ngroei"), tr("Sectormix"), tr("Regionaal\neffect"), tr("Specialisatie")});
    const QStringList tips{
        tr("SBI-sectie (CBS-indeling)"),
        tr("Banen van werknemers in december"),
        tr("Aandeel van de sector in alle banen van het gebied"),
        tr("Aandeel van de sector in alle banen van Nederland"),
        tr("Locatiequotiënt: aandeel / aandeel NL; boven 1 = gespecialiseerd"),
        tr("Verandering van het aantal banen tussen basisjaar en jaar"),
        tr("Shift-share: de groei als de sector net zo hard was gegroeid als alle banen in Nederland"),
        tr("Shift-share: het effect van de sector die landelijk sneller of trager groeide dan gemiddeld"),
        tr("Shift-share: wat het gebied beter of slechter deed dan de sector landelijk"),
        tr("Intrede: LQ van ≤ 1 naar > 1; uittrede: van > 1 naar ≤ 1")};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Sector, QHeaderView::Interactive);
    m_table->setColumnWidth(Sector, 230);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Sectoren van het gebied"));
    m_table->sortByColumn(Sector, Qt::AscendingOrder);
    layout->addWidget(m_charts, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_table->item(row, Sector))
            setTrendSector(m_table->item(row, Sector)->data(Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { m_charts->setCurrentIndex(2); });
    connect(m_trendBox, &QComboBox::currentIndexChanged, this,
            [this] { setTrendSector(m_trendBox->currentData().toString()); });
    fillYearBoxes();
    auto onYears = [this] { refresh(); };
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, onYears);
    connect(m_baseBox, &QComboBox::currentIndexChanged, this, onYears);
    refresh();
}

void EconomyView::fillYearBoxes()
{
    const QSignalBlocker a(m_yearBox);
    const QSignalBlocker b(m_baseBox);
    m_yearBox->clear();
    m_baseBox->clear();
    for (int y : m_panel->years()) {
        m_yearBox->addItem(QString::number(y), y);
        m_baseBox->addItem(QString::number(y), y);
    }
    m_yearBox->setCurrentIndex(m_yearBox->count() - 1);
    m_baseBox->setCurrentIndex(0);
    const QSignalBlocker c(m_trendBox);
    m_trendBox->clear();
    m_trendBox->addItem(tr("(alleen alle banen)"), QString());
    for (const QString& key : m_panel->sectors().sections())
        m_trendBox->addItem(economy::sectorTitle(m_panel->sectors().find(key)->title), key);
    const int current = m_trendBox->findData(m_trendKey);
    m_trendBox->setCurrentIndex(current >= 0 ? current : 0);
}

void EconomyView::setPanel(economy::EmploymentPanel panel)
{
    m_ownPanel = std::move(panel);
    m_panel = &m_ownPanel;
    fillYearBoxes();
    setRegion(m_code);
}

void EconomyView::useEmbeddedPanel()
{
    m_ownPanel = {};
    m_panel = &economy::cbsEmployment();
    fillYearBoxes();
    setRegion(m_code);
}

void EconomyView::setRegion(const QString& code)
{
    m_code = code;
    m_region = code.isEmpty() ? economy::PanelRegion{} : economy::panelRegion(code, m_regions, *m_panel);
    refresh();
}

void EconomyView::setYears(int baseYear, int year)
{
    const int b = m_baseBox->findData(baseYear);
    const int y = m_yearBox->findData(year);
    if (b >= 0)
        m_baseBox->setCurrentIndex(b);
    if (y >= 0)
        m_yearBox->setCurrentIndex(y);
}

int EconomyView::year() const { return m_yearBox->currentData().toInt(); }
int EconomyView::baseYear() const { return m_baseBox->currentData().toInt(); }

void EconomyView::setTrendSector(const QString& key)
{
    if (key == m_trendKey)
        return;
    m_trendKey = key;
    const int index = m_trendBox->findData(key);
    if (index >= 0 && index != m_trendBox->currentIndex()) {
        const QSignalBlocker block(m_trendBox);
        m_trendBox->setCurrentIndex(index);
    }
    fillTrend();
}

QString EconomyView::sourceLine() const
{
    const QString source = m_panel->source.isEmpty() ? tr("eigen bestand") : i18n::builtInText("regio::economy", m_panel->source);
    return tr("%1 — %2. Geheime (onderdrukte) cellen zijn onbekend, niet 0.")
        .arg(source, m_panel->measure.isEmpty() ? tr("werkgelegenheid") : i18n::builtInText("regio::economy", m_panel->measure));
}

io::Table EconomyView::exportTable() const
{
    if (!m_region.valid())
        return io::Table{tr("Economische structuur"), sourceLine(), {}, {}, {}};
    const int y = year();
    int base = baseYear();
    if (base >= y)
        base = m_panel->years().front() < y ? m_panel->years().front() : y;
    const economy::SectorStructure s = economy::sectorStructure(*m_panel, m_region, y);
    const economy::Growth g = base < y ? economy::growth(*m_panel, m_region, base, y) : economy::Growth{};
    return economy::sectorTable(s, g, m_region.name, m_region.basis, sourceLine());
}

QString EconomyView::exportTitle() const
{
    return m_region.valid() ? tr("Economische structuur — %1, %2").arg(m_region.name).arg(year()) : tr("Economische structuur");
}

void EconomyView::refresh()
{
    m_source->setText(sourceLine());
    if (!m_region.valid()) {
        m_title->setText(tr("Economische structuur"));
        m_basis->setText(m_code.isEmpty()
                             ? tr("Kies een gebied op de kaart of met Zoeken (Ctrl+F): een gemeente, COROP-gebied, provincie of arbeidsmarktregio.")
                             : tr("Voor %1 zijn geen economische gegevens: %2").arg(m_code, m_region.basis.isEmpty() ? tr("onbekend gebied") : m_region.basis));
        m_bars->setBars({}, QString());
        m_table->setRowCount(0);
        m_structure->clear();
        fillTrend();
        return;
    }
    const int y = year();
    int base = baseYear();
    if (base >= y)
        base = m_panel->years().front() < y ? m_panel->years().front() : y;
    m_title->setText(tr("Economische structuur — %1, %2").arg(m_region.name).arg(y));
    m_basis->setText(m_region.exact ? tr("Gebied: %1.").arg(m_region.basis)
                                    : tr("<b>Benadering.</b> De CBS-cijfers zijn per COROP-gebied; dit gebied valt daar niet precies mee "
                                         "samen. Getoond: %1.").arg(QString(m_region.basis).remove(economy::approximationPrefix()).toHtmlEscaped()));
    m_basis->setTextFormat(m_region.exact ? Qt::PlainText : Qt::RichText);
    const economy::SectorStructure s = economy::sectorStructure(*m_panel, m_region, y);
    std::vector<SectorBar> bars;
    for (const economy::SectorFigure& f : s.sectors)
        bars.push_back({f.title, f.share, f.shareNl, f.lq});
    m_bars->setBars(std::move(bars), m_region.name);
    const economy::Growth g = base < y ? economy::growth(*m_panel, m_region, base, y) : economy::Growth{};
    fillTable(s, g);
    fillStructure(economy::structureIndices(*m_panel, m_region, y));
    fillTrend();
}

void EconomyView::fillTable(const economy::SectorStructure& s, const economy::Growth& g)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(s.sectors.size()));
    const QString suppressedTip = tr("Geheim: door CBS onderdrukt (onbetrouwbaar of herleidbaar); onbekend, niet 0");
    for (int r = 0; r < int(s.sectors.size()); ++r) {
        const economy::SectorFigure& f = s.sectors[size_t(r)];
        auto* name = new QTableWidgetItem(f.title);
        name->setData(Qt::UserRole, f.key);
        name->setToolTip(f.title);
        m_table->setItem(r, Sector, name);
        const bool suppressed = f.status == economy::CellStatus::Suppressed;
        auto* jobs = new NumberItem(suppressed ? tr("geheim") : jobsText(f.jobs), f.jobs);
        if (suppressed) {
            jobs->setToolTip(suppressedTip);
            jobs->setForeground(palette().color(QPalette::PlaceholderText));
            QFont italic = jobs->font();
            italic.setItalic(true);
            jobs->setFont(italic);
        } else if (f.status == economy::CellStatus::Approximate) {
            jobs->setToolTip(tr("Benadering: %1").arg(m_region.basis));
        }
        m_table->setItem(r, Banen, jobs);
        m_table->setItem(r, Aandeel, new NumberItem(percentText(f.share), f.share));
        m_table->setItem(r, AandeelNl, new NumberItem(percentText(f.shareNl), f.shareNl));
        auto* lq = new NumberItem(decimalText(f.lq), f.lq);
        if (isKnown(f.lq) && f.lq > 1.0) {
            QFont bold = lq->font();
            bold.setBold(true);
            lq->setFont(bold);
            lq->setToolTip(tr("Gespecialiseerd: het aandeel is %1 keer dat van Nederland").arg(decimalText(f.lq)));
        }
        m_table->setItem(r, Lq, lq);
        const economy::GrowthFigure* gf = size_t(r) < g.sectors.size() ? &g.sectors[size_t(r)] : nullptr;
        auto* change = new NumberItem(gf ? (isKnown(gf->change) ? signedJobs(gf->change) : tr("onbekend")) : QString(),
                                      gf ? gf->change : economy::kUnknown);
        if (gf && !isKnown(gf->change))
            change->setToolTip(tr("In %1 of %2 geheim (door CBS onderdrukt): de verandering is onbekend").arg(g.from).arg(g.to));
        m_table->setItem(r, Verandering, change);
        m_table->setItem(r, Nationaal, new NumberItem(gf ? signedJobs(gf->national) : QString(), gf ? gf->national : economy::kUnknown));
        m_table->setItem(r, Mix, new NumberItem(gf ? signedJobs(gf->industryMix) : QString(), gf ? gf->industryMix : economy::kUnknown));
        m_table->setItem(r, Regionaal, new NumberItem(gf ? signedJobs(gf->regional) : QString(), gf ? gf->regional : economy::kUnknown));
        auto* spec = new QTableWidgetItem(gf ? specialisationText(gf->specialisation) : QString());
        if (gf)
            spec->setToolTip(tr("LQ %1: %2 → %3: %4").arg(g.from).arg(decimalText(gf->lqFrom), decimalText(gf->lqTo), specialisationText(gf->specialisation)));
        m_table->setItem(r, Specialisatie, spec);
    }
    m_table->setSortingEnabled(true);
    if (g.from > 0) {
        m_table->horizontalHeaderItem(Verandering)->setText(tr("Verandering\n%1–%2").arg(g.from).arg(g.to));
    } else {
        m_table->horizontalHeaderItem(Verandering)->setText(tr("Verandering"));
    }
}

void EconomyView::fillStructure(const economy::StructureIndices& s)
{
    const QString row = QStringLiteral("<tr><td style='padding:4px 12px 4px 0'><b>%1</b></td><td style='padding:4px 12px 4px 0' align='right'>%2</td>"
                                       "<td style='padding:4px 0'>%3</td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Krugman-index"), decimalText(s.krugman, 3),
                    tr("Verschil met de sectorstructuur van Nederland: 0 = gelijk, 2 = niets gemeen."));
    html += row.arg(tr("Herfindahl-index"), decimalText(s.herfindahl, 3),
                    tr("Concentratie: de som van de kwadraten van de aandelen; 1 = alle banen in één sector."));
    html += row.arg(tr("Entropie"), decimalText(s.entropy, 3),
                    tr("Spreiding over de sectoren, in bits: hoger = meer gespreid (hoogstens log₂ van het aantal sectoren)."));
    html += row.arg(tr("Verwante variëteit"), decimalText(s.relatedVariety, 3),
                    tr("Spreiding binnen verwante groepen (zoals B-E, G-I, M-N, O-Q): kansen voor kennisoverloop (Frenken e.a. 2007)."));
    html += row.arg(tr("Onverwante variëteit"), decimalText(s.unrelatedVariety, 3),
                    tr("Spreiding over de tien hoofdgroepen: een buffer tegen schokken in één sector."));
    html += QStringLiteral("</table><p>");
    html += tr("Aandelen over de %1 gepubliceerde secties van het gebied").arg(s.sectionsUsed);
    if (s.sectionsUnknown > 0)
        html += tr("; %1 secties zijn geheim en tellen niet mee").arg(s.sectionsUnknown);
    html += QStringLiteral(".</p>");
    m_structure->setText(html);
}

void EconomyView::fillTrend()
{
    QChart* old = m_trendView->chart();  // setChart releases the previous chart without deleting it
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont f = font();
    if (m_presentation)
        f.setPointSizeF(f.pointSizeF() * 1.4);
    chart->legend()->setFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = f;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    if (!m_region.valid()) {
        chart->setTitle(tr("Ontwikkeling van de banen"));
        m_trendView->setChart(chart);
        delete old;
        return;
    }
    const economy::PanelRegion nl = economy::panelRegion(QStringLiteral("NL01"), m_regions, *m_panel);
    const int base = baseYear();
    const std::vector<int>& years = m_panel->years();
    const qsizetype baseIndex = m_panel->yearIndex(base);
    auto addIndexSeries = [&](const std::vector<double>& values, const QString& name, const QColor& colour, Qt::PenStyle style) {
        auto* series = new QLineSeries;
        series->setName(name);
        QPen pen(colour);
        pen.setWidthF(m_presentation ? 3.5 : 2.2);
        pen.setStyle(style);
        series->setPen(pen);
        const double b = baseIndex >= 0 ? values[size_t(baseIndex)] : economy::kUnknown;
        int missing = 0;
        for (size_t i = 0; i < years.size(); ++i) {
            if (isKnown(values[i]) && isKnown(b) && b > 0)
                series->append(years[i], 100.0 * values[i] / b);
            else
                ++missing;
        }
        if (missing > 0)
            series->setName(tr("%1 (%2 jaren geheim)").arg(name).arg(missing));
        chart->addSeries(series);
    };
    const QString total = m_panel->sectors().totalKey();
    addIndexSeries(economy::jobsSeries(*m_panel, m_region, total), tr("%1, alle banen").arg(m_region.name), QColor(0x1f, 0x77, 0xb4), Qt::SolidLine);
    addIndexSeries(economy::jobsSeries(*m_panel, nl, total), tr("Nederland, alle banen"), QColor(0x80, 0x80, 0x80), Qt::SolidLine);
    QString sectorTitle;
    if (!m_trendKey.isEmpty() && m_panel->sectors().contains(m_trendKey)) {
        sectorTitle = economy::sectorTitle(m_panel->sectors().find(m_trendKey)->title);
        addIndexSeries(economy::jobsSeries(*m_panel, m_region, m_trendKey), tr("%1, %2").arg(m_region.name, sectorTitle),
                       QColor(0xd6, 0x27, 0x28), Qt::SolidLine);
        addIndexSeries(economy::jobsSeries(*m_panel, nl, m_trendKey), tr("Nederland, %1").arg(sectorTitle), QColor(0xd6, 0x27, 0x28), Qt::DashLine);
    }
    chart->createDefaultAxes();
    const auto horizontal = chart->axes(Qt::Horizontal);
    if (!horizontal.isEmpty()) {
        auto* x = qobject_cast<QValueAxis*>(horizontal.first());
        x->setLabelFormat(QStringLiteral("%d"));
        x->setRange(years.front(), years.back());
        x->setTickCount(std::min<int>(8, int(years.size())));
        x->setLabelsFont(f);
    }
    const auto vertical = chart->axes(Qt::Vertical);
    if (!vertical.isEmpty()) {
        auto* y = qobject_cast<QValueAxis*>(vertical.first());
        y->setTitleText(tr("index, %1 = 100").arg(base));
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setLabelsFont(f);
        y->setTitleFont(f);
    }
    chart->setTitle(sectorTitle.isEmpty() ? tr("Ontwikkeling van de banen (kies hierboven een sector)")
                                          : tr("Ontwikkeling van de banen: %1").arg(sectorTitle));
    m_trendView->setChart(chart);
    delete old;
}

void EconomyView::setPresentation(bool on)
{
    m_presentation = on;
    // The main window enlarges every font for the room; the bars follow that font as it is.
    m_bars->setFontScale(1.0);
    m_bars->updateGeometry();
    fillTrend();
}

void EconomyView::renderExport(QPainter& painter, const QRectF& target) const
{
    // Left: the sector bars; right: the development chart over the table's most important columns.
    const QRectF left(target.left(), target.top(), target.width() * 0.5 - 6, target.height());
    const QRectF right(target.left() + target.width() * 0.5 + 6, target.top(), target.width() * 0.5 - 6, target.height());
    m_bars->paintBars(painter, left);
    m_trendView->render(&painter, right, QRect(), Qt::KeepAspectRatio);
}

} // namespace regio::ui
