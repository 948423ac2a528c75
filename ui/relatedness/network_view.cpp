#include "ui/relatedness/network_view.h"

#include "i18n/language.h"

#include "economy/demo_economy.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_style.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintDevice>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace regio::ui {

namespace {

QString number(double v, int decimals)
{
    return regio::i18n::textLocale().toString(v, 'f', decimals);
}

// Sections present in the data, in letter order.
QStringList presentSections(const RelatednessModel& model)
{
    QStringList sections;
    for (std::size_t i = 0; i < model.sectorCount(); ++i) {
        const QString s = model.sectorSection(i);
        if (!s.isEmpty() && !sections.contains(s))
            sections << s;
    }
    std::sort(sections.begin(), sections.end());
    return sections;
}

double luminance(const QColor& c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

NetworkView::NetworkView(const RelatednessModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Sectornetwerk"));
    connect(&m_model, &RelatednessModel::dataReplaced, this, [this] {
        m_hovered = m_linked = m_selected = -1;
        update();
    });
    connect(&m_model, &RelatednessModel::networkChanged, this, qOverload<>(&QWidget::update));
    connect(&m_model, &RelatednessModel::swotChanged, this, qOverload<>(&QWidget::update));
}

void NetworkView::setRegion(const QString& code)
{
    const int index = m_model.regionIndex(code);
    if (index < 0)
        return;
    const QString normalised = m_model.regionCode(index);
    if (normalised == m_region)
        return;
    m_region = normalised;
    setAccessibleName(tr("Sectornetwerk van %1").arg(m_model.regionName(m_region)));
    update();
}

void NetworkView::setSelectedSector(int sector)
{
    if (sector >= int(m_model.sectorCount()))
        sector = -1;
    if (sector == m_selected)
        return;
    m_selected = sector;
    update();
}

void NetworkView::setLinkedSector(int sector)
{
    if (sector == m_linked)
        return;
    m_linked = sector;
    update();
}

int NetworkView::focusSector() const
{
    return m_hovered >= 0 ? m_hovered : m_linked >= 0 ? m_linked : m_selected;
}

// --- geometry ----------------------------------------------------------------------------------

NetworkView::Frame NetworkView::frameFor(const QRectF& target, double dpiScale) const
{
    Frame f;
    f.scale = dpiScale;
    const QFontMetricsF title(relatednessFont(13, true));
    const QFontMetricsF small(relatednessFont(10));
    const double pad = 8 * dpiScale;
    f.header = QRectF(target.left(), target.top(), target.width(), title.height() + small.height() + 2 * pad);
    // The subtitle in two lines where one would be cut.
    if (small.horizontalAdvance(subtitleParts().join(QStringLiteral(" · "))) > target.width() - 2 * pad) {
        f.subtitleWrapped = true;
        f.header.setHeight(f.header.height() + small.height());
    }
    // Title and demonstration notice side by side when both fit; else the notice gets its own line.
    if (m_model.isDemonstration()) {
        const int region = m_model.regionIndex(m_region);
        const QString name = region < 0 ? tr("Sectornetwerk") : tr("%1 (%2)").arg(m_model.regionName(m_region), m_region);
        const double needed = title.horizontalAdvance(name) + QFontMetricsF(relatednessFont(10, true, true)).horizontalAdvance(m_model.dataNotice()) + 4 * pad;
        if (needed > target.width()) {
            f.noticeBelow = true;
            f.header.setHeight(f.header.height() + small.height());
        }
    }

    // Legend: to the right of a wide view (one column), else below it (as many columns as fit).
    const QRectF body(target.left() + pad, f.header.bottom(), target.width() - 2 * pad, target.bottom() - f.header.bottom() - pad);
    QRectF area;
    const double columnWidth = legendWidth(dpiScale, true);
    if (body.width() > 1.45 * body.height() && body.width() > 3 * columnWidth) {
        f.legendRight = true;
        f.legend = QRectF(body.right() - columnWidth, body.top() + pad, columnWidth, body.height() - pad);
        // A column taller than the view would be cut: keep the symbols, name sectors on hover.
        if (layoutLegend(nullptr, QRectF(f.legend.left(), 0, columnWidth, 0), dpiScale, true) > f.legend.height())
            f.legendSections = false;
        area = QRectF(body.left(), body.top(), body.width() - columnWidth - pad, body.height());
    } else {
        double height = layoutLegend(nullptr, QRectF(body.left(), 0, body.width(), 0), dpiScale, false);
        // A short view (a laptop, a beamer) keeps the network, not the colour key: without the
        // section list the legend is two lines, and hovering a node names its sector.
        if (height > 0.4 * body.height()) {
            f.legendSections = false;
            height = layoutLegend(nullptr, QRectF(body.left(), 0, body.width(), 0), dpiScale, false, false);
        }
        f.legend = QRectF(body.left(), body.bottom() - height, body.width(), height);
        area = QRectF(body.left(), body.top(), body.width(), f.legend.top() - body.top());
    }
    f.maxRadius = std::clamp(0.045 * std::min(area.width(), area.height()), 6.0 * dpiScale, 40.0 * dpiScale);
    f.minRadius = std::max(2.5 * dpiScale, 0.2 * f.maxRadius);
    const QRectF inner = area.adjusted(f.maxRadius, f.maxRadius + pad * 0.5, -f.maxRadius, -f.maxRadius - pad * 0.5);

    // Fit the layout's bounding box uniformly: the same picture for every region and view.
    const auto& positions = m_model.network().layout.positions;
    double minX = 0, maxX = 1, minY = 0, maxY = 1;
    if (!positions.empty()) {
        minX = maxX = positions.front().x;
        minY = maxY = positions.front().y;
        for (const auto& p : positions) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
    }
    const double w = std::max(maxX - minX, 1e-9), h = std::max(maxY - minY, 1e-9);
    const double s = std::max(0.0, std::min(inner.width() / w, inner.height() / h));
    const QSizeF size(w * s, h * s);
    const QPointF topLeft(inner.center().x() - size.width() / 2, inner.center().y() - size.height() / 2);
    // `plot` maps the layout's bounding box; remember that box via the rect's size ratio.
    f.plot = QRectF(topLeft, size);
    return f;
}

QPointF NetworkView::centreIn(const Frame& f, int sector) const
{
    const auto& positions = m_model.network().layout.positions;
    if (sector < 0 || std::size_t(sector) >= positions.size())
        return f.plot.center();
    double minX = positions.front().x, maxX = minX, minY = positions.front().y, maxY = minY;
    for (const auto& p : positions) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const auto& p = positions[std::size_t(sector)];
    const double u = maxX > minX ? (p.x - minX) / (maxX - minX) : 0.5;
    const double v = maxY > minY ? (p.y - minY) / (maxY - minY) : 0.5;
    return {f.plot.left() + u * f.plot.width(), f.plot.top() + v * f.plot.height()};
}

double NetworkView::radiusIn(const Frame& f, int sector) const
{
    // radius ∝ √(national employment) (DESIGN.md §5: size = national employment), with a floor
    // so that the smallest sectors stay visible and clickable.
    double maxWeight = 0;
    for (std::size_t i = 0; i < m_model.sectorCount(); ++i)
        maxWeight = std::max(maxWeight, m_model.nationalEmployment(i));
    if (sector < 0 || maxWeight <= 0)
        return f.minRadius;
    return std::max(f.minRadius, f.maxRadius * std::sqrt(m_model.nationalEmployment(std::size_t(sector)) / maxWeight));
}

QPointF NetworkView::nodeCentre(int sector, const QRectF& target) const
{
    return centreIn(frameFor(target, 1.0), sector);
}

double NetworkView::nodeRadius(int sector, const QRectF& target) const
{
    return radiusIn(frameFor(target, 1.0), sector);
}

int NetworkView::sectorAt(const QPointF& widgetPos) const
{
    const Frame f = frameFor(QRectF(rect()), 1.0);
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < int(m_model.sectorCount()); ++i) {
        const double d = std::hypot(widgetPos.x() - centreIn(f, i).x(), widgetPos.y() - centreIn(f, i).y());
        if (d <= radiusIn(f, i) + 3 && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

// --- painting ----------------------------------------------------------------------------------

void NetworkView::render(QPainter& painter, const QRectF& target) const
{
    const double dpiScale = painter.device() ? std::max(1.0, painter.device()->logicalDpiY() / 96.0) : 1.0;
    const Frame f = frameFor(target, dpiScale);
    painter.save();
    painter.setClipRect(target);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, Qt::white);
    paintNetwork(painter, f);
    paintHeader(painter, f);
    paintLegend(painter, f);
    painter.restore();
}

QStringList NetworkView::subtitleParts() const
{
    const int region = m_model.regionIndex(m_region);
    int specialised = 0;
    for (std::size_t i = 0; i < m_model.sectorCount(); ++i)
        specialised += m_model.lq(region, i) > 1.0;
    return {tr("%1 van %2 sectoren gespecialiseerd (LQ > 1)").arg(specialised).arg(m_model.sectorCount()),
            tr("lijnen: SR~ > %1").arg(number(m_model.threshold(), 2))};
}

QStringList NetworkView::subtitleLinesIn(const Frame& f) const
{
    const QFontMetricsF sm(relatednessFont(10));
    const double width = f.header.width() - 2 * 8 * f.scale;
    const QStringList parts = subtitleParts();
    QStringList lines = f.subtitleWrapped ? parts : QStringList{parts.join(QStringLiteral(" · "))};
    for (QString& line : lines)
        line = sm.elidedText(line, Qt::ElideRight, width);
    return lines;
}

QStringList NetworkView::subtitleLines(const QRectF& target) const
{
    return subtitleLinesIn(frameFor(target, 1.0));
}

void NetworkView::paintHeader(QPainter& painter, const Frame& f) const
{
    const double pad = 8 * f.scale;
    const int region = m_model.regionIndex(m_region);
    const QFont titleFont = relatednessFont(13, true);
    const QFont smallFont = relatednessFont(10);
    const QFontMetricsF tm(titleFont), sm(smallFont);
    QString notice;
    if (m_model.isDemonstration())
        notice = m_model.dataNotice();
    const double noticeWidth = notice.isEmpty() || f.noticeBelow ? 0 : QFontMetricsF(relatednessFont(10, true, true)).horizontalAdvance(notice) + 2 * pad;

    painter.setPen(textColour());
    painter.setFont(titleFont);
    const QString title = region < 0 ? tr("Sectornetwerk") : tr("%1 (%2)").arg(m_model.regionName(m_region), m_region);
    const QRectF titleRect(f.header.left() + pad, f.header.top() + pad, f.header.width() - 2 * pad - noticeWidth, tm.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tm.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter.setFont(smallFont);
    painter.setPen(mutedTextColour());
    const QStringList lines = subtitleLinesIn(f);
    QRectF subRect(f.header.left() + pad, titleRect.bottom(), f.header.width() - 2 * pad, sm.height());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            subRect.translate(0, sm.height());
        painter.drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }

    if (!notice.isEmpty() && f.noticeBelow) {
        painter.setFont(relatednessFont(10, true, true));
        painter.setPen(noticeColour());
        painter.drawText(QRectF(subRect.left(), subRect.bottom(), subRect.width(), sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         sm.elidedText(notice, Qt::ElideRight, subRect.width()));
    } else if (!notice.isEmpty()) {
        painter.setFont(relatednessFont(10, true, true));
        painter.setPen(noticeColour());
        painter.drawText(QRectF(f.header.right() - noticeWidth, titleRect.top(), noticeWidth - pad, tm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, notice);
    }
}

void NetworkView::paintNetwork(QPainter& painter, const Frame& f) const
{
    const graph::SectorNetwork& net = m_model.network();
    const std::size_t n = std::min(m_model.sectorCount(), net.layout.positions.size());
    if (n == 0)
        return;
    const int region = m_model.regionIndex(m_region);
    std::vector<QPointF> centre(n);
    std::vector<double> radius(n);
    for (std::size_t i = 0; i < n; ++i) {
        centre[i] = centreIn(f, int(i));
        radius[i] = radiusIn(f, int(i));
    }

    // Backbone edges, light grey (thicker for stronger relatedness).
    for (auto [it, end] = boost::edges(net.backbone); it != end; ++it) {
        const std::size_t a = boost::source(*it, net.backbone), b = boost::target(*it, net.backbone);
        if (a >= n || b >= n)
            continue;
        const double w = net.backbone[*it].weight;
        painter.setPen(QPen(edgeColour(), (0.8 + 1.6 * std::clamp(w, 0.0, 1.0)) * f.scale));
        painter.drawLine(centre[a], centre[b]);
    }

    // The focused sector's related sectors (above the threshold): dark lines to each.
    const int focus = focusSector();
    std::vector<bool> related(n, false);
    if (focus >= 0 && std::size_t(focus) < n) {
        for (const economy::RankedSector& r : m_model.relatedSectors(std::size_t(focus))) {
            if (r.sector >= n)
                continue;
            related[r.sector] = true;
            QColor c = highlightEdgeColour();
            c.setAlphaF(float(0.35 + 0.6 * std::clamp(r.value, 0.0, 1.0)));
            painter.setPen(QPen(c, 1.6 * f.scale));
            painter.drawLine(centre[std::size_t(focus)], centre[r.sector]);
        }
    }

    // Nodes: faded ones first, then the specialisations; within each, large before small.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const bool sa = m_model.lq(region, a) > 1.0, sb = m_model.lq(region, b) > 1.0;
        if (sa != sb)
            return !sa;
        return radius[a] > radius[b];
    });
    for (std::size_t i : order) {
        const bool specialised = m_model.lq(region, i) > 1.0;
        const QColor colour = sectionColour(m_model.sectorSection(i));
        painter.setBrush(specialised ? colour : fadedColour(colour));
        painter.setPen(specialised ? QPen(outlineColour(), 1.6 * f.scale) : QPen(QColor(0xB8, 0xBE, 0xC4), 0.8 * f.scale));
        painter.drawEllipse(centre[i], radius[i], radius[i]);
        if (radius[i] >= 8.5 * f.scale) {
            QFont codeFont = relatednessFont(8);
            codeFont.setPixelSize(std::max(8, int(std::min(radius[i] * 0.85, 14.0 * f.scale))));
            painter.setFont(codeFont);
            painter.setPen(specialised ? (luminance(colour) < 0.45 ? QColor(Qt::white) : textColour()) : mutedTextColour());
            painter.drawText(QRectF(centre[i].x() - radius[i], centre[i].y() - radius[i], 2 * radius[i], 2 * radius[i]),
                             Qt::AlignCenter, m_model.sectorCode(i));
        }
    }

    // Rings: related sectors, the focused sector, the selected sector.
    painter.setBrush(Qt::NoBrush);
    for (std::size_t i = 0; i < n; ++i)
        if (related[i]) {
            painter.setPen(QPen(relatedRingColour(), 2.5 * f.scale));
            painter.drawEllipse(centre[i], radius[i] + 2.5 * f.scale, radius[i] + 2.5 * f.scale);
        }
    if (m_selected >= 0 && std::size_t(m_selected) < n) {
        painter.setPen(QPen(selectionRingColour(), 3.5 * f.scale));
        const double r = radius[std::size_t(m_selected)] + 4 * f.scale;
        painter.drawEllipse(centre[std::size_t(m_selected)], r, r);
    }
    if (focus >= 0 && std::size_t(focus) < n && focus != m_selected) {
        painter.setPen(QPen(hoverRingColour(), 3 * f.scale));
        const double r = radius[std::size_t(focus)] + 3.5 * f.scale;
        painter.drawEllipse(centre[std::size_t(focus)], r, r);
    }
}

double NetworkView::legendWidth(double scale, bool withSymbols) const
{
    // The widest entry: a section (one column of the grid), or also a symbol line.
    const QFontMetricsF fm(relatednessFont(10));
    const double swatch = fm.height() * 0.8;
    double width = 0;
    for (const QString& s : presentSections(m_model))
        width = std::max(width, fm.horizontalAdvance(s + QStringLiteral("  ") + sectionShortName(s)));
    if (withSymbols)
        for (const QString& t : legendSymbols() + QStringList{colourKeyText()})
            width = std::max(width, fm.horizontalAdvance(t) + swatch * 0.6);
    return swatch + 6 * scale + width + 12 * scale;
}

QString NetworkView::colourKeyText() const
{
    return tr("kleur: SBI-sectie (naam bij aanwijzen)");
}

QStringList NetworkView::legendSymbols() const
{
    return {tr("gespecialiseerd (LQ > 1)"), tr("niet gespecialiseerd"), tr("verwant met aangewezen sector"),
            tr("grootte: banen in Nederland")};
}

double NetworkView::layoutLegend(QPainter* painter, const QRectF& area, double scale, bool vertical, bool withSections) const
{
    // Measures (painter == nullptr) or draws the legend from area.topLeft(); returns its height.
    // Symbols flow left to right (one per row when vertical), then the SBI sections in columns.
    const QFont font = relatednessFont(10);
    const QFontMetricsF fm(font);
    const double gap = 6 * scale;
    const double line = fm.height() * 1.15;
    const double swatch = fm.height() * 0.8;
    if (painter)
        painter->setFont(font);

    QStringList symbols = legendSymbols();
    if (!withSections)
        symbols << colourKeyText();
    const QColor sample = sectionColour(QStringLiteral("C"));
    double x = area.left(), y = area.top();
    for (int k = 0; k < symbols.size(); ++k) {
        const double iconWidth = k == 3 ? swatch * 1.6 : k == 4 ? swatch * 1.3 : swatch;
        const double width = iconWidth + gap + fm.horizontalAdvance(symbols[k]) + 3 * gap;
        if (x > area.left() && (vertical || x + width > area.right())) {
            x = area.left();
            y += line;
        }
        if (painter) {
            const QPointF c(x + swatch / 2, y + line / 2);
            switch (k) {
            case 0:
                painter->setBrush(sample);
                painter->setPen(QPen(outlineColour(), 1.6 * scale));
                painter->drawEllipse(c, swatch / 2, swatch / 2);
                break;
            case 1:
                painter->setBrush(fadedColour(sample));
                painter->setPen(QPen(QColor(0xB8, 0xBE, 0xC4), 0.8 * scale));
                painter->drawEllipse(c, swatch / 2, swatch / 2);
                break;
            case 2:
                painter->setBrush(Qt::white);
                painter->setPen(QPen(relatedRingColour(), 2.5 * scale));
                painter->drawEllipse(c, swatch / 2 - scale, swatch / 2 - scale);
                break;
            case 4:
                for (int i = 0; i < 3; ++i) {
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(sectionColour(QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("K")}.at(i)));
                    painter->drawRect(QRectF(x + i * swatch * 0.4, c.y() - swatch / 2, swatch * 0.4, swatch));
                }
                break;
            default:
                painter->setBrush(QColor(0xDD, 0xE1, 0xE5));
                painter->setPen(QPen(QColor(0x90, 0x98, 0xA0), 0.8 * scale));
                painter->drawEllipse(QPointF(x + swatch * 0.25, c.y() + swatch * 0.2), swatch * 0.22, swatch * 0.22);
                painter->drawEllipse(QPointF(x + swatch * 1.05, c.y()), swatch * 0.5, swatch * 0.5);
                break;
            }
            painter->setPen(textColour());
            painter->drawText(QRectF(x + iconWidth + gap, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, symbols[k]);
        }
        x += width;
    }
    y += line * 1.25;

    const QStringList sections = withSections ? presentSections(m_model) : QStringList();
    const double colWidth = legendWidth(scale, vertical);
    const int columns = vertical ? 1 : std::max(1, int(area.width() / colWidth));
    const int rows = sections.isEmpty() ? 0 : int((sections.size() + columns - 1) / columns);
    for (int k = 0; painter && k < sections.size(); ++k) {
        const double ex = area.left() + (k / rows) * colWidth;
        const double ey = y + (k % rows) * line;
        painter->setPen(QPen(QColor(0, 0, 0, 90), 0.8 * scale));
        painter->setBrush(sectionColour(sections.at(k)));
        painter->drawRect(QRectF(ex, ey + (line - swatch) / 2, swatch, swatch));
        painter->setPen(textColour());
        painter->drawText(QRectF(ex + swatch + gap, ey, colWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          sections.at(k) + QStringLiteral("  ") + sectionShortName(sections.at(k)));
    }
    return y + rows * line - area.top();
}

void NetworkView::paintLegend(QPainter& painter, const Frame& f) const
{
    layoutLegend(&painter, f.legend, f.scale, f.legendRight, f.legendSections);
}

void NetworkView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, QRectF(rect()));
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

// --- interaction -------------------------------------------------------------------------------

void NetworkView::setHovered(int sector)
{
    if (sector == m_hovered)
        return;
    m_hovered = sector;
    update();
    Q_EMIT sectorHovered(sector);
}

void NetworkView::mouseMoveEvent(QMouseEvent* event)
{
    setHovered(sectorAt(event->position()));
}

void NetworkView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int sector = sectorAt(event->position());
    setSelectedSector(sector);
    Q_EMIT sectorClicked(sector);
}

void NetworkView::leaveEvent(QEvent*)
{
    setHovered(-1);
}

void NetworkView::keyPressEvent(QKeyEvent* event)
{
    const int n = int(m_model.sectorCount());
    if (n == 0)
        return QWidget::keyPressEvent(event);
    int next = m_selected;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down: next = m_selected < 0 ? 0 : (m_selected + 1) % n; break;
    case Qt::Key_Left:
    case Qt::Key_Up: next = m_selected < 0 ? n - 1 : (m_selected + n - 1) % n; break;
    case Qt::Key_Escape: next = -1; break;
    default: QWidget::keyPressEvent(event); return;
    }
    setSelectedSector(next);
    Q_EMIT sectorClicked(next);
    event->accept();
}

QString NetworkView::tooltipFor(int sector) const
{
    const std::size_t i = std::size_t(sector);
    const int region = m_model.regionIndex(m_region);
    const economy::SwotResult swot = m_model.swot(region);
    const QString section = m_model.sectorSection(i);
    QString text = tr("<b>%1 %2</b>").arg(m_model.sectorCode(i), m_model.sectorName(i).toHtmlEscaped());
    if (!section.isEmpty())
        text += tr("<br>SBI-sectie %1: %2").arg(section, sectionShortName(section).toHtmlEscaped());
    text += tr("<br>Banen in Nederland: %1").arg(regio::i18n::textLocale().toString(qRound64(m_model.nationalEmployment(i))));
    if (region >= 0 && i < swot.entries.size()) {
        const economy::SwotEntry& e = swot.entries[i];
        text += tr("<br>LQ in %1: <b>%2</b>%3").arg(m_model.regionName(m_region).toHtmlEscaped(), number(e.lq, 2),
                                                    e.specialised ? tr(" (gespecialiseerd)") : QString());
        text += tr("<br>Inbedding: %1 (drempel %2)").arg(number(e.embeddedness, 1), number(swot.threshold, 1));
        text += tr("<br>SWOT: <b>%1</b>").arg(economy::quadrantName(e.quadrant));
    }
    const auto related = m_model.relatedSectors(i);
    text += tr("<br>Verwante sectoren (SR~ > %1): %2").arg(number(m_model.threshold(), 2)).arg(related.size());
    for (std::size_t k = 0; k < std::min<std::size_t>(5, related.size()); ++k)
        text += QStringLiteral("<br>&nbsp;&nbsp;%1 %2 (%3)")
                    .arg(m_model.sectorCode(related[k].sector), m_model.sectorName(related[k].sector).toHtmlEscaped(),
                         number(related[k].value, 2));
    return text;
}

bool NetworkView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int sector = sectorAt(help->pos());
        if (sector >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(sector), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace regio::ui
