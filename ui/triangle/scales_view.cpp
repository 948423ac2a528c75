#include "ui/triangle/scales_view.h"

#include "ui/triangle/triangle_style.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace regio::ui {

using namespace triangle;
using registry::Domain;
using registry::Scale;

namespace {

constexpr double kTitleHeight = 64;
constexpr double kHeaderHeight = 44;
constexpr double kItemHeight = 26;
constexpr double kItemStep = 30;
constexpr double kCellPad = 7;
constexpr double kMinRow = 48;

double rowNeed(size_t items)
{
    return std::max(kMinRow, double(items) * kItemStep - (kItemStep - kItemHeight) + 2 * kCellPad);
}

} // namespace

ScalesView::ScalesView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Schakelen op schalen"));
    showMessage(tr("Schakelen op schalen"), QString());
}

void ScalesView::showMessage(const QString& title, const QString& message)
{
    m_title = title;
    m_subtitle.clear();
    m_message = message;
    m_screenLayout = {}; // it points into m_cells
    for (auto& row : m_cells)
        for (auto& cell : row)
            cell.clear();
    updateGeometry();
    update();
}

void ScalesView::setMunicipality(const registry::Registry& registry, const registry::BodyIndex& index,
                                 const QString& code, const QString& name, const coverage::CoverageOptions& options)
{
    showMessage(tr("Schakelen op schalen — %1").arg(name), QString());
    m_subtitle = tr("Met wie %1 samenwerkt, per thema en per schaal, van klein naar groot (SER 2017, par. 3.3)").arg(name);
    for (const coverage::ScaleCell& cell : coverage::scalesOf(code, registry, index, options)) {
        auto& items = m_cells[size_t(coverage::indexOf(cell.domain))][size_t(cell.scale)];
        Item national;
        for (int b : cell.bodies) {
            const registry::Body& body = registry.bodies[size_t(b)];
            if (body.territory.national) // programmes for the whole country: one grey line per cell
                national.members << body.name;
            else
                items.push_back({body.id, body.displayName(), bodyTooltip(body, nullptr, 1), typeFamily(body.type), {}});
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const Item& a, const Item& b) { return a.text.localeAwareCompare(b.text) < 0; });
        if (!national.members.isEmpty()) {
            national.text = tr("Landelijk (%1)").arg(national.members.size());
            QStringList escaped;
            for (const QString& member : national.members)
                escaped << member.toHtmlEscaped();
            national.tooltip = tr("<b>Landelijke programma's en netwerken</b><br>%1").arg(escaped.join(QStringLiteral("<br>")));
            items.push_back(national);
        }
    }
    bool any = false;
    for (const auto& row : m_cells)
        for (const auto& cell : row)
            any = any || !cell.empty();
    if (!any)
        m_message = tr("Geen samenwerkingsverbanden in het register voor %1.").arg(name);
    updateGeometry();
    update();
}

QStringList ScalesView::cellNames(Domain domain, Scale scale) const
{
    QStringList out;
    for (const Item& item : m_cells[size_t(coverage::indexOf(domain))][size_t(scale)])
        out << (item.members.isEmpty() ? QStringList{item.text} : item.members);
    return out;
}

double ScalesView::contentHeight() const
{
    if (!m_message.isEmpty())
        return 200;
    double h = kTitleHeight + kHeaderHeight + 12;
    for (const auto& row : m_cells) {
        double need = kMinRow;
        for (const auto& cell : row)
            need = std::max(need, rowNeed(cell.size()));
        h += need;
    }
    return h;
}

ScalesView::Layout ScalesView::layoutFor(const QRectF& target) const
{
    Layout l;
    l.scale = logicalScale(target, 1400, 420);
    l.logical = QRectF(0, 0, target.width() / l.scale, target.height() / l.scale);
    l.left = 12;
    l.top = kTitleHeight;
    l.labelWidth = std::clamp(l.logical.width() * 0.12, 130.0, 180.0);
    l.column = std::max(60.0, (l.logical.width() - 2 * l.left - l.labelWidth) / double(registry::allScales.size()));
    l.headerHeight = kHeaderHeight;

    // Row heights by need; when they do not fit, the smallest needs are met first.
    std::array<double, 3> need{};
    for (size_t d = 0; d < 3; ++d)
        for (const auto& cell : m_cells[d])
            need[d] = std::max(need[d], rowNeed(cell.size()));
    double left = l.logical.height() - l.top - l.headerHeight - 8;
    std::array<int, 3> order{0, 1, 2};
    std::sort(order.begin(), order.end(), [&need](int a, int b) { return need[size_t(a)] < need[size_t(b)]; });
    for (int k = 0; k < 3; ++k) {
        const size_t i = size_t(order[size_t(k)]);
        l.rowHeight[i] = std::max(kMinRow, std::min(need[i], left / (3 - k)));
        left -= l.rowHeight[i];
    }
    double y = l.top + l.headerHeight;
    for (size_t d = 0; d < 3; ++d) {
        l.rowTop[d] = y;
        y += l.rowHeight[d];
    }

    for (size_t d = 0; d < 3; ++d)
        for (size_t s = 0; s < registry::allScales.size(); ++s) {
            const auto& items = m_cells[d][s];
            const QRectF cell(l.left + l.labelWidth + double(s) * l.column, l.rowTop[d], l.column, l.rowHeight[d]);
            const int capacity = std::max(1, int((cell.height() - 2 * kCellPad + (kItemStep - kItemHeight)) / kItemStep));
            const int count = int(items.size());
            // Too little room: the first names, then "+N meer" (or "+N" after a single name).
            const int shown = count <= capacity ? count : std::max(1, capacity - 1);
            double iy = cell.top() + kCellPad;
            for (int i = 0; i < shown; ++i, iy += kItemStep)
                l.placed.push_back({QRectF(cell.left() + 5, iy, cell.width() - 10, kItemHeight), &items[size_t(i)], {}, {}});
            if (shown < count && shown == capacity) {
                Placed& last = l.placed.back();
                last.badge = QStringLiteral("+%1").arg(count - shown);
            } else if (shown < count) {
                QStringList hidden;
                for (int i = shown; i < count; ++i)
                    hidden << items[size_t(i)].text;
                l.placed.push_back({QRectF(cell.left() + 5, iy, cell.width() - 10, kItemHeight), nullptr,
                                    hidden.join(QStringLiteral("\n")), {}});
            }
        }
    return l;
}

void ScalesView::render(QPainter& painter, const QRectF& target) const
{
    const Layout l = layoutFor(target);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(l.scale, l.scale);
    painter.setClipRect(l.logical);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(l.logical, Qt::white);

    painter.setPen(textColour());
    painter.setFont(fontPx(Metrics::headingSize + 2, true));
    painter.drawText(QRectF(l.left, 4, l.logical.width() - 2 * l.left, 32), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.setFont(fontPx(Metrics::smallSize + 1));
    painter.setPen(mutedTextColour());
    painter.drawText(QRectF(l.left, 36, l.logical.width() - 2 * l.left, 22), Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);
    if (!m_message.isEmpty()) {
        painter.setFont(fontPx(Metrics::textSize));
        painter.setPen(textColour());
        drawWrapped(painter, m_message, l.left, l.top + 10, std::min(900.0, l.logical.width() - 2 * l.left),
                    l.logical.bottom());
        painter.restore();
        return;
    }

    // Column headers, with the direction small → large.
    const double gridLeft = l.left + l.labelWidth;
    const double gridRight = gridLeft + l.column * double(registry::allScales.size());
    const double gridBottom = l.rowTop[2] + l.rowHeight[2];
    painter.setFont(fontPx(Metrics::chipSize, true));
    const QFontMetricsF headMetrics(painter.font());
    for (size_t s = 0; s < registry::allScales.size(); ++s) {
        const QRectF head(gridLeft + double(s) * l.column, l.top, l.column, l.headerHeight - 6);
        QString label = registry::label(registry::allScales[s]);
        if (headMetrics.horizontalAdvance(label) > head.width() - 6 && registry::allScales[s] == Scale::Grensoverschrijdend)
            label = tr("Grens-\noverschrijdend");
        painter.setPen(textColour());
        painter.drawText(head, Qt::AlignHCenter | Qt::AlignBottom, label);
    }
    painter.setFont(fontPx(Metrics::smallSize));
    painter.setPen(mutedTextColour());
    painter.drawText(QRectF(l.left, l.top, l.labelWidth - 8, l.headerHeight - 6), Qt::AlignLeft | Qt::AlignBottom,
                     tr("schaal: klein → groot"));

    // Rows: the domain with its corner colour, light rules between cells.
    for (size_t d = 0; d < 3; ++d) {
        const Domain domain = registry::allDomains[d];
        const QRectF row(l.left, l.rowTop[d], gridRight - l.left, l.rowHeight[d]);
        if (d % 2 == 0)
            painter.fillRect(row, QColor(0xF6, 0xF7, 0xF9));
        painter.setPen(Qt::NoPen);
        painter.setBrush(domainColour(domain));
        painter.drawEllipse(QPointF(l.left + 12, row.top() + 20), 9, 9);
        painter.setFont(fontPx(Metrics::headingSize - 1, true));
        painter.setPen(textColour());
        painter.drawText(QRectF(l.left + 28, row.top() + 6, l.labelWidth - 30, 28), Qt::AlignLeft | Qt::AlignVCenter,
                         registry::label(domain));
        painter.setPen(QPen(QColor(0xD5, 0xDA, 0xE0), 1));
        painter.drawLine(QPointF(l.left, row.top()), QPointF(gridRight, row.top()));
        for (size_t s = 0; s < registry::allScales.size(); ++s) {
            const QRectF cell(gridLeft + double(s) * l.column, row.top(), l.column, row.height());
            if (m_cells[d][s].empty()) {
                painter.setFont(fontPx(Metrics::chipSize));
                painter.setPen(QColor(0xB0, 0xB8, 0xC0));
                painter.drawText(cell, Qt::AlignCenter, QStringLiteral("–"));
            }
        }
    }
    painter.setPen(QPen(QColor(0xD5, 0xDA, 0xE0), 1));
    for (size_t s = 0; s <= registry::allScales.size(); ++s) {
        const double x = gridLeft + double(s) * l.column;
        painter.drawLine(QPointF(x, l.top + 8), QPointF(x, gridBottom));
    }
    painter.drawLine(QPointF(l.left, gridBottom), QPointF(gridRight, gridBottom));

    // Bodies as chips in their type colour.
    painter.setFont(fontPx(Metrics::chipSize));
    const QFontMetricsF metrics(painter.font());
    for (const Placed& p : l.placed) {
        if (!p.item) {
            painter.setPen(mutedTextColour());
            const int hidden = int(p.tooltip.count(QLatin1Char('\n'))) + 1;
            painter.drawText(p.rect.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("+%1 meer").arg(hidden));
            continue;
        }
        const bool group = p.item->family < 0;
        const QColor colour = group ? QColor(0x9A, 0xA4, 0xAE) : familyColour(p.item->family);
        QPainterPath outline;
        outline.addRoundedRect(p.rect, 5, 5);
        painter.setPen(QPen(QColor(0x6A, 0x75, 0x80), 1));
        painter.setBrush(group ? QColor(0xEC, 0xEE, 0xF0) : tint(colour, 0.40));
        painter.drawPath(outline);
        painter.save();
        painter.setClipPath(outline, Qt::IntersectClip);
        painter.fillRect(QRectF(p.rect.left(), p.rect.top(), 7, p.rect.height()), colour);
        painter.restore();
        QRectF text = p.rect.adjusted(12, 0, -4, 0);
        if (!p.badge.isEmpty()) {
            painter.setPen(mutedTextColour());
            painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, p.badge);
            text.setRight(text.right() - metrics.horizontalAdvance(p.badge) - 6);
        }
        painter.setPen(textColour());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(p.item->text, Qt::ElideRight, text.width()));
    }
    painter.restore();
}

void ScalesView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF target(QPointF(0, 0), QSizeF(size()));
    m_screenLayout = layoutFor(target);
    render(painter, target);
}

const ScalesView::Placed* ScalesView::placedAt(const QPointF& widgetPos) const
{
    const QPointF p = widgetPos / m_screenLayout.scale;
    for (const Placed& placed : m_screenLayout.placed)
        if (placed.rect.contains(p))
            return &placed;
    return nullptr;
}

bool ScalesView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const Placed* p = placedAt(help->pos()))
            QToolTip::showText(help->globalPos(), p->item ? p->item->tooltip : p->tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ScalesView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Placed* p = placedAt(event->position()); p && p->item)
        Q_EMIT bodyActivated(p->item->bodyId);
}

} // namespace regio::ui
