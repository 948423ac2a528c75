#include "ui/relatedness/relatedness_charts.h"

#include "i18n/language.h"

#include "economy/demo_economy.h"
#include "economy/region_profile.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_style.h"

#include <QBarCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QResizeEvent>
#include <QTextDocument>
#include <QTextOption>
#include <QTimer>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace regio::ui {

namespace {

using economy::Quadrant;
constexpr Quadrant kQuadrants[] = {Quadrant::Strength, Quadrant::Weakness, Quadrant::Opportunity, Quadrant::Threat};

QString number(double v, int decimals)
{
    return regio::i18n::textLocale().toString(v, 'f', decimals);
}

QString sectorTooltip(const RelatednessModel& model, int region, int sector, const economy::SwotResult& swot)
{
    const std::size_t i = std::size_t(sector);
    QString text = QObject::tr("<b>%1 %2</b>").arg(model.sectorCode(i), model.sectorName(i).toHtmlEscaped());
    if (i < swot.entries.size()) {
        const economy::SwotEntry& e = swot.entries[i];
        text += QObject::tr("<br>LQ in %1: %2<br>Inbedding: %3 (drempel %4)<br>SWOT: <b>%5</b>")
                    .arg(model.regionName(model.regionCode(region)).toHtmlEscaped(), number(e.lq, 2),
                         number(e.embeddedness, 1), number(swot.threshold, 1), economy::quadrantName(e.quadrant));
    }
    return text;
}

} // namespace

// --- base ----------------------------------------------------------------------------------------

RelatednessChartView::RelatednessChartView(const RelatednessModel& model, QWidget* parent)
    : QChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    chart()->legend()->setFont(relatednessFont(10));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setTitleFont(relatednessFont(13, true));
    chart()->setTitleBrush(textColour());
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(regio::i18n::textLocale());
    connect(&m_model, &RelatednessModel::dataReplaced, this, [this] {
        if (m_model.regionIndex(m_region) < 0)
            m_region = m_model.regionCode(0);
        rebuild();
    });
    connect(&m_model, &RelatednessModel::swotChanged, this, [this] { rebuild(); });
}

void RelatednessChartView::setRegion(const QString& code)
{
    const int index = m_model.regionIndex(code);
    if (index < 0 || m_model.regionCode(index) == m_region)
        return;
    m_region = m_model.regionCode(index);
    rebuild();
}

void RelatednessChartView::resizeEvent(QResizeEvent* event)
{
    const bool short_ = legendBesideWhenShort() && height() < 380 && height() < width() / 2;
    // A legend that would be cut in one row below the plot (presentation fonts) goes beside a wide
    // plot, or is set smaller under a narrow one (beside it, it would cut the axis title instead).
    QFont legendFont = relatednessFont(10);
    double rowWidth = 0;
    const QFontMetricsF legendMetrics(legendFont);
    for (QLegendMarker* marker : chart()->legend()->markers())
        rowWidth += legendMetrics.horizontalAdvance(marker->label()) + 2.5 * legendMetrics.height();
    const bool tooLong = legendBesideWhenShort() && rowWidth > width() - 30;
    const bool beside = short_ || (tooLong && width() >= 760);
    if (tooLong && !beside)
        legendFont.setPointSizeF(std::max(7.5, legendFont.pointSizeF() * (width() - 30) / rowWidth));
    if (legendBesideWhenShort())
        chart()->legend()->setFont(legendFont);
    chart()->legend()->setAlignment(beside ? Qt::AlignRight : Qt::AlignBottom);
    fitToSize(QSizeF(size()));
    QChartView::resizeEvent(event);
}

void RelatednessChartView::restyle()
{
    chart()->legend()->setFont(relatednessFont(10));
    chart()->setTitleFont(relatednessFont(13, true));
    rebuild();
}

void RelatednessChartView::renderChart(QPainter& painter, const QRectF& target) const
{
    QChart* c = chart();
    QGraphicsScene* scene = c->scene();
    if (!scene || target.isEmpty())
        return;
    // Lay the chart out at the target's size (a hidden chart tab has never been laid out), draw
    // it, and give it back its on-screen geometry.
    const QRectF onScreen = c->geometry();
    // The export has its own height: as many bars as fit there (rebuilding is not a visible change).
    auto* self = const_cast<RelatednessChartView*>(this);
    self->fitToSize(target.size());
    c->setGeometry(QRectF(onScreen.topLeft(), target.size()));
    if (c->layout())
        c->layout()->activate();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene->render(&painter, target, c->geometry(), Qt::KeepAspectRatio);
    painter.restore();
    self->fitToSize(onScreen.size());
    c->setGeometry(onScreen);
    if (c->layout())
        c->layout()->activate();
}

QString RelatednessChartView::titleHtml(const QString& title) const
{
    QString html = title.toHtmlEscaped();
    if (m_model.isDemonstration())
        html += QStringLiteral("<br><span style=\"font-size:10pt; font-style:italic; color:%1;\">%2</span>")
                    .arg(noticeColour().name(), m_model.dataNotice().toHtmlEscaped());
    return html;
}

void RelatednessChartView::styleAxisFonts() const
{
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsFont(relatednessFont(10));
        axis->setTitleFont(relatednessFont(11, true));
        axis->setLabelsBrush(textColour());
        axis->setTitleBrush(textColour());
    }
}

// --- SWOT ------------------------------------------------------------------------------------------

SwotChartView::SwotChartView(const RelatednessModel& model, QWidget* parent)
    : RelatednessChartView(model, parent)
{
    setAccessibleName(tr("SWOT-diagram"));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeLabels(); });
    m_region = m_model.regionCode(0);
    rebuild();
}

int SwotChartView::sectorOf(economy::Quadrant quadrant, int index) const
{
    const std::size_t q = std::size_t(quadrant);
    if (q >= m_sectors.size() || index < 0 || std::size_t(index) >= m_sectors[q].size())
        return -1;
    return m_sectors[q][std::size_t(index)];
}

void SwotChartView::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis), delete axis;
    for (QGraphicsRectItem* item : m_quadrantLabels)
        delete item;
    for (auto& [item, point] : m_pointLabels)
        delete item;
    m_quadrantLabels.clear();
    m_pointLabels.clear();
    m_series.clear();
    m_sectors.assign(4, {});

    const int region = m_model.regionIndex(m_region);
    const economy::SwotResult swot = m_model.swot(region);
    m_threshold = swot.threshold;
    // Short: the tab says what the chart is, and an export's frame carries the long title.
    c->setTitle(titleHtml(tr("SWOT %1").arg(m_model.regionName(m_region))));

    // Axis ranges from the data: LQ on a base-2 log axis (ticks ¼, ½, 1, 2, 4 …).
    double minLq = 1.0, maxLq = 1.0, maxEmb = 1.0;
    for (const economy::SwotEntry& e : swot.entries) {
        if (e.lq > 0)
            minLq = std::min(minLq, e.lq);
        maxLq = std::max(maxLq, e.lq);
        maxEmb = std::max(maxEmb, e.embeddedness);
    }
    m_lqFloor = minLq / 1.3;
    auto* x = new QLogValueAxis;
    x->setBase(2.0);
    x->setLabelFormat(QStringLiteral("%.3g"));
    // Short axis titles: a laptop's chart is about 500 px wide and 150 px high, and a cut title helps no one.
    x->setTitleText(tr("Locatiequotiënt (log-schaal)"));
    x->setRange(m_lqFloor, maxLq * 1.3);
    x->setMinorTickCount(-1);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Inbedding"));
    y->setRange(0.0, std::min(100.0, std::ceil(maxEmb * 1.1 / 10.0) * 10.0));
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    // Quadrant lines first, so the points are drawn over them; not in the legend.
    auto addLine = [&](QPointF a, QPointF b) {
        auto* line = new QLineSeries;
        line->append(a);
        line->append(b);
        line->setPen(QPen(mutedTextColour(), 1.5, Qt::DashLine));
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        for (QLegendMarker* marker : c->legend()->markers(line))
            marker->setVisible(false);
    };
    addLine({1.0, y->min()}, {1.0, y->max()});
    addLine({x->min(), m_threshold}, {x->max(), m_threshold});

    const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeCircle,
                                                  QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle};
    const economy::SwotResult& s = swot;
    const auto counts = economy::quadrantCounts(s);
    for (Quadrant q : kQuadrants) {
        auto* series = new QScatterSeries;
        series->setName(tr("%1 (%2)").arg(economy::quadrantName(q)).arg(counts[std::size_t(q)]));
        series->setMarkerShape(shapes[std::size_t(q)]);
        series->setMarkerSize(q == Quadrant::Weakness ? 10.0 : 13.0);
        series->setColor(quadrantColour(q));
        series->setBorderColor(Qt::white);
        for (std::size_t i = 0; i < s.entries.size(); ++i)
            if (s.entries[i].quadrant == q) {
                series->append(std::max(s.entries[i].lq, m_lqFloor), s.entries[i].embeddedness);
                m_sectors[std::size_t(q)].push_back(int(i));
            }
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QScatterSeries::hovered, this, [this, series, q, region](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> points = series->points();
            for (int k = 0; k < points.size(); ++k)
                if (points[k] == point) {
                    QToolTip::showText(QCursor::pos(), sectorTooltip(m_model, region, sectorOf(q, k), m_model.swot(region)), this);
                    return;
                }
        });
        m_series << series;
    }
    styleAxisFonts();

    // Quadrant names in the corners (fig. B.7), in the quadrant's colour.
    for (Quadrant q : kQuadrants) {
        // A translucent white box behind the name keeps it legible over points.
        auto* box = new QGraphicsRectItem(c);
        box->setBrush(QColor(255, 255, 255, 210));
        box->setPen(Qt::NoPen);
        box->setZValue(19);
        auto* label = new QGraphicsSimpleTextItem(economy::quadrantName(q), box);
        label->setFont(relatednessFont(14, true));
        label->setBrush(quadrantColour(q).darker(q == Quadrant::Weakness ? 150 : 110));
        label->setPos(4, 1);
        box->setRect(QRectF(QPointF(0, 0), label->boundingRect().size() + QSizeF(8, 2)));
        m_quadrantLabels.push_back(box);
    }
    // Sector codes beside the specialised sectors, so the room can name them.
    for (const economy::SwotEntry& e : s.entries)
        if (e.specialised) {
            auto* label = new QGraphicsSimpleTextItem(e.sector, c);
            label->setFont(relatednessFont(10));
            label->setBrush(textColour());
            label->setZValue(21);
            m_pointLabels.push_back({label, QPointF(std::max(e.lq, m_lqFloor), e.embeddedness)});
        }
    placeLabels();
}

std::vector<QRectF> SwotChartView::shownPointLabels() const
{
    std::vector<QRectF> out;
    for (const auto& [label, value] : m_pointLabels)
        if (label->isVisible())
            out.push_back(QRectF(label->pos(), label->boundingRect().size()));
    return out;
}

void SwotChartView::placeLabels()
{
    if (m_series.isEmpty() || m_quadrantLabels.size() != 4)
        return;
    QChart* c = chart();
    const QRectF plot = c->plotArea();
    QScatterSeries* ref = m_series.front();
    const double pad = 8;
    std::vector<QRectF> placed;
    // Each name in the outer corner of its own quadrant, bounded by LQ = 1 and the threshold: with
    // a threshold at 0 the lower quadrants have no height, and their names must not sit over the
    // points of the upper ones. A name that does not fit in its quadrant is left out.
    const QPointF centre = c->mapToPosition(QPointF(1.0, m_threshold), ref);
    const double midX = std::clamp(centre.x(), plot.left(), plot.right());
    const double midY = std::clamp(centre.y(), plot.top(), plot.bottom());
    for (std::size_t k = 0; k < 4; ++k) {
        QGraphicsRectItem* label = m_quadrantLabels[k];
        const QRectF b = label->rect();
        const Quadrant q = kQuadrants[k];
        const bool right = q == Quadrant::Strength || q == Quadrant::Threat;
        const bool top = q == Quadrant::Strength || q == Quadrant::Opportunity;
        const QRectF area(QPointF(right ? midX : plot.left(), top ? plot.top() : midY),
                          QPointF(right ? plot.right() : midX, top ? midY : plot.bottom()));
        const double lx = right ? area.right() - b.width() - pad : area.left() + pad;
        const double ly = top ? area.top() + pad : area.bottom() - b.height() - pad;
        const QRectF r(QPointF(lx, ly), b.size());
        label->setVisible(area.contains(r));
        label->setPos(lx, ly);
        if (label->isVisible())
            placed.push_back(r);
    }
    // Sector codes: right of the point, else left, above or below; left out where all collide
    // with a name or a point already there (hover still names every point).
    for (QScatterSeries* series : m_series) {
        const double m = series->markerSize();
        for (const QPointF& value : series->points()) {
            const QPointF p = c->mapToPosition(value, ref);
            placed.push_back(QRectF(p.x() - m / 2, p.y() - m / 2, m, m));
        }
    }
    for (auto& [label, value] : m_pointLabels) {
        const QPointF p = c->mapToPosition(value, ref);
        const QSizeF size = label->boundingRect().size();
        const QPointF candidates[] = {{p.x() + 8, p.y() - size.height() / 2},
                                      {p.x() - 8 - size.width(), p.y() - size.height() / 2},
                                      {p.x() - size.width() / 2, p.y() - 8 - size.height()},
                                      {p.x() - size.width() / 2, p.y() + 8},
                                      {p.x() + 6, p.y() - 6 - size.height()},
                                      {p.x() - 6 - size.width(), p.y() - 6 - size.height()},
                                      {p.x() + 6, p.y() + 6},
                                      {p.x() - 6 - size.width(), p.y() + 6}};
        label->setVisible(false);
        if (!plot.contains(p))
            continue;
        for (const QPointF& at : candidates) {
            const QRectF r(at, size);
            if (!plot.contains(r) || std::any_of(placed.begin(), placed.end(), [&](const QRectF& o) { return o.intersects(r); }))
                continue;
            label->setPos(at);
            label->setVisible(true);
            placed.push_back(r);
            break;
        }
    }
}

// --- rankings --------------------------------------------------------------------------------------

RankingChartView::RankingChartView(const RelatednessModel& model, Kind kind, QWidget* parent)
    : RelatednessChartView(model, parent)
    , m_kind(kind)
{
    setAccessibleName(kind == Kind::LocationQuotient ? tr("Hoogste locatiequotiënten") : tr("Kansen"));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeValueLabels(); });
    m_region = m_model.regionCode(0);
    rebuild();
}

void RankingChartView::fitToSize(const QSizeF& size)
{
    m_fitSize = size;
    // As many bars as fit with their names apart (about 42 px each with a three-line name);
    // placeValueLabels() corrects this once the plot's real height is known.
    const int rows = std::clamp(int((size.height() - 170) / 42), 2, kTopN);
    if (rows != m_topN) {
        m_topN = rows;
        rebuild();
    }
    layoutFrame();
}

void RankingChartView::layoutFrame()
{
    if (m_fitSize.isEmpty() || !m_titleItem)
        return;
    const QSizeF size = m_fitSize;
    // The names get a column left of the plot; title and legend span the whole width above and
    // below it, placed by hand so that the names' margin does not squeeze them.
    m_nameColumn = std::clamp(size.width() * 0.45, 150.0, 360.0);
    m_titleItem->setTextWidth(size.width() - 12);
    m_titleItem->setPos(6, 4);
    const double titleHeight = m_titleItem->boundingRect().height() + 6;
    const double legendHeight = 2.2 * QFontMetricsF(relatednessFont(10)).height();
    QLegend* legend = chart()->legend();
    if (legend->isAttachedToChart())
        legend->detachFromChart();
    legend->setBackgroundVisible(false);
    legend->setGeometry(QRectF(6, size.height() - legendHeight - 4, size.width() - 12, legendHeight));
    legend->update();
    chart()->setMargins(QMargins(int(m_nameColumn) + 10, int(titleHeight), 6, int(legendHeight) + 6));
}

void RankingChartView::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis), delete axis;
    for (auto& [item, point] : m_valueLabels)
        delete item;
    m_valueLabels.clear();
    for (QGraphicsTextItem* item : m_nameLabels)
        delete item;
    m_nameLabels.clear();
    m_barSeries = nullptr;
    m_shown.clear();

    const int region = m_model.regionIndex(m_region);
    const economy::SwotResult swot = m_model.swot(region);
    std::vector<economy::RankedSector> ranked;
    Quadrant upper = Quadrant::Strength, lower = Quadrant::Threat;
    QString title, axisTitle;
    if (m_kind == Kind::LocationQuotient) {
        if (region >= 0)
            ranked = economy::topLocationQuotients(m_model.locationQuotients(), std::size_t(region), m_topN);
        title = tr("%1 (top %2)").arg(m_model.regionName(m_region)).arg(m_topN); // the tab and the export frame say which chart
        axisTitle = tr("LQ (1 = landelijk gemiddelde)");
    } else {
        ranked = economy::opportunityRanking(swot, m_topN);
        upper = Quadrant::Opportunity;
        lower = Quadrant::Weakness;
        title = tr("%1 (top %2)").arg(m_model.regionName(m_region)).arg(m_topN);
        axisTitle = tr("Inbedding (0–100; drempel %1)").arg(number(swot.threshold, 1));
    }
    c->setTitle(QString());
    delete m_titleItem;
    m_titleItem = new QGraphicsTextItem(c);
    m_titleItem->setHtml(QStringLiteral("<div align=\"center\" style=\"font-weight:bold; font-size:%1pt\">%2</div>")
                             .arg(relatednessFont(13, true).pointSizeF())
                             .arg(titleHtml(title)));
    m_titleItem->setDefaultTextColor(textColour());
    m_titleItem->document()->setDocumentMargin(0);
    layoutFrame();

    // Two stacked sets (one per quadrant), each bar in exactly one: bars coloured by quadrant.
    auto* well = new QBarSet(economy::quadrantName(upper) + (m_kind == Kind::LocationQuotient
                                                                 ? tr(" (goed ingebed)") : tr(" (inbedding boven drempel)")));
    auto* poor = new QBarSet(economy::quadrantName(lower) + (m_kind == Kind::LocationQuotient
                                                                 ? tr(" (zwak ingebed)") : tr(" (inbedding niet boven drempel)")));
    well->setColor(quadrantColour(upper));
    poor->setColor(quadrantColour(lower));
    well->setBorderColor(Qt::white);
    poor->setBorderColor(Qt::white);
    QStringList categories;
    double maxValue = 0;
    for (auto it = ranked.rbegin(); it != ranked.rend(); ++it) { // highest at the top
        const std::size_t i = it->sector;
        const bool good = i < swot.entries.size() && swot.entries[i].wellEmbedded;
        *well << (good ? it->value : 0.0);
        *poor << (good ? 0.0 : it->value);
        categories << m_model.sectorCode(i); // unique keys; the names are drawn beside the plot
        maxValue = std::max(maxValue, it->value);
    }
    for (auto it = ranked.begin(); it != ranked.end(); ++it)
        m_shown.push_back(int(it->sector));

    auto* series = new QHorizontalStackedBarSeries;
    series->append(well);
    series->append(poor);
    series->setBarWidth(0.7);
    c->addSeries(series);
    m_barSeries = series;

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setLabelsVisible(false); // the names are drawn beside the plot, in full (placeValueLabels)
    auto* x = new QValueAxis;
    x->setTitleText(axisTitle);
    x->setRange(0.0, maxValue <= 0 ? 1.0 : maxValue * 1.12); // room for the value labels
    x->setLabelFormat(m_kind == Kind::LocationQuotient ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    x->setTickCount(6);
    x->applyNiceNumbers();
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    styleAxisFonts();

    // Values beside the bars (QtCharts cannot put labels outside stacked bars).
    for (std::size_t row = 0; row < ranked.size(); ++row) {
        const double value = ranked[ranked.size() - 1 - row].value;
        auto* label = new QGraphicsSimpleTextItem(regio::i18n::textLocale().toString(value, 'f', m_kind == Kind::LocationQuotient ? 2 : 1), c);
        label->setFont(relatednessFont(10));
        label->setBrush(textColour());
        label->setZValue(20);
        m_valueLabels.push_back({label, QPointF(value, double(row))});
    }
    for (std::size_t row = 0; row < ranked.size(); ++row) {
        const std::size_t i = ranked[ranked.size() - 1 - row].sector;
        auto* name = new QGraphicsTextItem(c);
        name->setPlainText(QStringLiteral("%1 %2").arg(m_model.sectorCode(i), m_model.sectorName(i)));
        name->setFont(relatednessFont(9));
        name->setDefaultTextColor(textColour());
        name->setZValue(20);
        name->document()->setDocumentMargin(0);
        QTextOption option = name->document()->defaultTextOption();
        option.setAlignment(Qt::AlignRight);
        name->document()->setDefaultTextOption(option);
        m_nameLabels.push_back(name);
    }
    placeValueLabels();

    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this, region](bool state, int index, QBarSet*) {
        const int row = int(m_shown.size()) - 1 - index;
        if (!state || row < 0 || row >= int(m_shown.size())) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), sectorTooltip(m_model, region, m_shown[std::size_t(row)], m_model.swot(region)), this);
    });
}

QStringList RankingChartView::shownNames() const
{
    QStringList names;
    for (auto it = m_nameLabels.rbegin(); it != m_nameLabels.rend(); ++it)
        if ((*it)->isVisible())
            names << (*it)->toPlainText();
    return names;
}

void RankingChartView::placeValueLabels()
{
    if (!m_barSeries)
        return;
    const QRectF plot = chart()->plotArea();
    for (auto& [label, value] : m_valueLabels) {
        const QPointF p = chart()->mapToPosition(value, m_barSeries);
        const QSizeF size = label->boundingRect().size();
        label->setPos(std::min(p.x() + 5, plot.right() - size.width()), p.y() - size.height() / 2);
    }
    // Fewer bars when the real plot is too short for the names to stand apart (deferred: this
    // runs inside the chart's layout).
    double need = 0;
    for (QGraphicsTextItem* name : m_nameLabels) {
        name->setTextWidth(m_nameColumn);
        need = std::max(need, name->boundingRect().height() + 2);
    }
    // Only once the chart has the size fitToSize() planned for: a plot still laid out at an older,
    // smaller size (a hidden tab, the chart being resized) must not cut the bars for good.
    const bool laidOut = m_fitSize.isEmpty() || (std::abs(chart()->size().height() - m_fitSize.height()) < 8 &&
                                                 std::abs(chart()->size().width() - m_fitSize.width()) < 8);
    if (laidOut && !m_nameLabels.empty() && m_topN > 2 && plot.height() / double(m_nameLabels.size()) < need) {
        const int rows = std::max(2, int(plot.height() / need));
        if (rows < m_topN)
            QTimer::singleShot(0, this, [this, rows] {
                if (rows < m_topN) {
                    m_topN = rows;
                    rebuild();
                }
            });
    }
    // Names right-aligned in the column left of the plot, centred on their bar: code and name in full.
    for (std::size_t row = 0; row < m_nameLabels.size(); ++row) {
        QGraphicsTextItem* name = m_nameLabels[row];
        name->setTextWidth(m_nameColumn);
        const QPointF p = chart()->mapToPosition(QPointF(0.0, double(row)), m_barSeries);
        name->setPos(plot.left() - m_nameColumn - 6, p.y() - name->boundingRect().height() / 2);
    }
}

} // namespace regio::ui
