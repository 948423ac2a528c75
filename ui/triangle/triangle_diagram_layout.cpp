// Layout of the triangle diagram: where the corners, the panels and the chips go (see
// triangle_diagram.h for the picture). Split from triangle_diagram.cpp, which paints.
#include "ui/triangle/diagram_parts.h"
#include "ui/triangle/triangle_diagram.h"
#include "ui/triangle/triangle_style.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace regio::ui {

namespace triangle::diagram {


std::array<double, 3> shareByNeed(const std::array<double, 3>& need, double available)
{
    std::array<int, 3> order{0, 1, 2};
    std::sort(order.begin(), order.end(), [&need](int a, int b) { return need[size_t(a)] < need[size_t(b)]; });
    std::array<double, 3> got{};
    double left = std::max(0.0, available);
    for (int k = 0; k < 3; ++k) {
        const size_t i = size_t(order[size_t(k)]);
        got[i] = std::max(0.0, std::min(need[i], left / (3 - k)));
        left -= got[i];
    }
    return got;
}

QString namesTooltip(const QString& heading, const QStringList& names)
{
    QString html = QStringLiteral("<b>%1</b><ul style='margin-left:-20px'>").arg(heading.toHtmlEscaped());
    for (const QString& n : names)
        html += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace triangle::diagram

using namespace triangle;
using namespace triangle::diagram;
using coverage::Side;
using registry::Domain;

QString TriangleDiagram::panelHeader(int place) const
{
    if (place < 3)
        return registry::label(registry::allDomains[size_t(place)]);
    if (place == kCentre)
        return tr("Integraal: alle drie");
    const Side side = coverage::allSides[size_t(place - 3)];
    const std::vector<Domain> ds = coverage::domainsOf(side).values();
    return tr("%1 + %2").arg(registry::label(ds[0]), registry::label(ds[1]));
}

int TriangleDiagram::chipColumns(double width)
{
    return std::max(1, int((width - 2 * kPad + kChipGap) / (kMinChipWidth + kChipGap)));
}

double TriangleDiagram::panelHeightFor(int place, double width) const
{
    const size_t n = m_places[size_t(place)].size();
    const size_t rows = (n + size_t(chipColumns(width)) - 1) / size_t(chipColumns(width));
    const double content = n == 0 ? (m_hasCoverage ? kChipHeight : 0.0) : double(rows) * kChipStep - kChipGap;
    return kHeaderHeight + content + 2 * kPad;
}

void TriangleDiagram::placePanel(Layout& layout, int place, const QRectF& given) const
{
    // A panel that holds bodies always has room for one row (a chip or "+n meer", which opens the
    // list): a short diagram must not show an empty box where bodies are. It grows about its middle.
    QRectF rect = given;
    const double minHeight = kHeaderHeight + kChipHeight + 2 * kPad;
    if (!m_places[size_t(place)].empty() && rect.height() < minHeight)
        rect.adjust(0, -(minHeight - rect.height()) / 2, 0, (minHeight - rect.height()) / 2);
    Panel panel;
    panel.place = place;
    panel.rect = rect;
    panel.header = panelHeader(place);
    if (place < 3) {
        const Domain d = registry::allDomains[size_t(place)];
        const bool covered = !m_hasCoverage || m_corners.contains(d);
        panel.tint = covered ? tint(domainColour(d), 0.14) : QColor(0xF1, 0xF2, 0xF3);
        if (m_hasCoverage && !covered)
            panel.note = tr("niet vertegenwoordigd");
        else if (m_hasCoverage && m_region && !m_cornersWhole.contains(d))
            panel.note = m_places[size_t(place)].empty() ? tr("alleen in een deel van de regio") : QString();
        if (panel.note.isEmpty() && m_hasCoverage && covered && m_places[size_t(place)].empty())
            panel.note = tr("alleen via zijden of midden");
    } else {
        panel.tint = QColor(0xF3, 0xF5, 0xF7);
        if (m_hasCoverage && m_places[size_t(place)].empty())
            panel.note = place == kCentre ? tr("geen integraal verband") : tr("geen");
    }
    layout.panels.push_back(panel);

    const auto& chips = m_places[size_t(place)];
    const int columns = chipColumns(rect.width());
    const double width = (rect.width() - 2 * kPad - (columns - 1) * kChipGap) / columns;
    const int rows = std::max(0, int((rect.height() - kHeaderHeight - 2 * kPad + kChipGap) / kChipStep));
    const int capacity = rows * columns;
    const int count = int(chips.size());
    const auto cell = [&](int i) {
        return QRectF(rect.left() + kPad + (i % columns) * (width + kChipGap),
                      rect.top() + kPad + kHeaderHeight + (i / columns) * kChipStep, width, kChipHeight);
    };
    if (count <= capacity) {
        for (int i = 0; i < count; ++i)
            layout.chips.push_back({cell(i), chips[size_t(i)], place});
        return;
    }
    if (capacity <= 0)
        return;
    // More bodies than cells: every cell holds a body, the last one shares its cell with a compact
    // "+n" (a click lists them all), so a one-row panel still shows a name, not only a count. Where
    // that leaves too little room for a name, the last cell says "+n meer" instead.
    const QFontMetricsF metrics(fontPx(Metrics::chipSize));
    const QRectF last = cell(capacity - 1);
    const QString compactText = tr("+%1").arg(count - capacity);
    const double compact = metrics.horizontalAdvance(compactText) + 22;
    const bool split = last.width() - compact - kChipGap >= 110;
    const int named = split ? capacity : capacity - 1;
    QStringList hidden;
    for (int i = named; i < count; ++i)
        hidden << chips[size_t(i)].text;
    Chip more;
    more.kind = Chip::Kind::More;
    more.text = split ? compactText : tr("+%1 meer").arg(count - named);
    more.tooltip = namesTooltip(tr("Ook hier"), hidden) + tr("<i>Klik voor de hele lijst.</i>");
    for (int i = 0; i < named; ++i) {
        QRectF r = cell(i);
        if (split && i == named - 1)
            r.setWidth(r.width() - compact - kChipGap);
        layout.chips.push_back({r, chips[size_t(i)], place});
    }
    layout.chips.push_back({split ? QRectF(last.right() - compact, last.top(), compact, kChipHeight) : cell(named), more, place});
}

void TriangleDiagram::layoutTriangle(Layout& layout, const QRectF& area) const
{
    const double r = kRadius;
    // A corner's column is at least as wide as its heading ("Arbeidsmarkt (12)"): corner
    // labels are never cut.
    const double colMin =
        std::max(QFontMetricsF(fontPx(Metrics::headingSize, true)).horizontalAdvance(tr("Arbeidsmarkt (00)")),
                 QFontMetricsF(fontPx(Metrics::smallSize + 1, true)).horizontalAdvance(panelHeader(4) + tr(" (00)"))) +
        2 * kPad + 8;
    const double colMax = 300;
    // Height: Onderwijs' panel header level with its corner at the top, Arbeidsmarkt's disc at the bottom.
    const double topY = area.top() + kPad + kHeaderHeight / 2;
    const double bottomY = area.bottom() - r - 4;
    const double sVertical = bottomY - topY;
    const double sHorizontal = (area.width() - 2 * colMin - 2 * (r + kGap)) / kSqrt3Half;
    const double s = std::max(60.0, std::min({sVertical, sHorizontal, 760.0}));
    const double h = s * kSqrt3Half;
    const double column = std::clamp((area.width() - h - 2 * (r + kGap)) / 2, 80.0, colMax);
    const double offset = std::max(0.0, (area.width() - (2 * column + 2 * (r + kGap) + h)) / 2);
    const double cy = (topY + bottomY) / 2;
    const double x0 = area.left() + offset + column + r + kGap;
    const double x1 = x0 + h;
    layout.radius = r;
    layout.vertex = {QPointF(x0, cy), QPointF(x1, cy - s / 2), QPointF(x1, cy + s / 2)};

    const int eco = coverage::indexOf(Domain::Economie);
    const int ond = coverage::indexOf(Domain::Onderwijs);
    const int arb = coverage::indexOf(Domain::Arbeidsmarkt);

    // Right column: Onderwijs from the top corner down, Arbeidsmarkt from the bottom up, the side
    // Onderwijs + Arbeidsmarkt between them; space shared by need.
    const double rx = x1 + r + kGap;
    const double top = std::max(area.top(), cy - s / 2 - kHeaderHeight / 2 - kPad); // level with Onderwijs
    const double bottom = area.bottom();
    const int oa = placeOfSide(Side::OnderwijsArbeidsmarkt);
    std::array<double, 3> need{panelHeightFor(ond, column), panelHeightFor(oa, column), panelHeightFor(arb, column)};
    const double available = bottom - top - 2 * kGap;
    const std::array<double, 3> got = shareByNeed(need, available);
    const QRectF oRect(rx, top, column, got[0]);
    const QRectF aRect(rx, bottom - got[2], column, got[2]);
    double oaTop = cy - got[1] / 2;
    oaTop = std::clamp(oaTop, oRect.bottom() + kGap, std::max(oRect.bottom() + kGap, aRect.top() - kGap - got[1]));
    placePanel(layout, ond, oRect);
    placePanel(layout, oa, QRectF(rx, oaTop, column, got[1]));
    placePanel(layout, arb, aRect);

    // Left: the Economie panel in a column left of its corner, and the sides from Economie in the
    // wedges above and below the triangle, each with its inner corner at the side's midpoint; the
    // three share the height by need and never overlap.
    const double leftEdge = area.left() + offset;
    const QPointF upper = QPointF((x0 + x1) / 2, cy - s / 4) + QPointF(-0.5, -kSqrt3Half) * kGap;
    const QPointF lower = QPointF((x0 + x1) / 2, cy + s / 4) + QPointF(-0.5, kSqrt3Half) * kGap;
    const double sideWidth = std::clamp(upper.x() - leftEdge, 60.0, std::max(60.0, 2 * kMinChipWidth + 2 * kPad + kChipGap));
    const int eo = placeOfSide(Side::EconomieOnderwijs);
    const int ea = placeOfSide(Side::EconomieArbeidsmarkt);
    std::array<double, 3> leftNeed{panelHeightFor(eo, sideWidth), panelHeightFor(eco, column),
                                   panelHeightFor(ea, sideWidth)};
    leftNeed[0] = std::min(leftNeed[0], upper.y() - area.top());
    leftNeed[2] = std::min(leftNeed[2], area.bottom() - lower.y());
    const std::array<double, 3> leftGot = shareByNeed(leftNeed, area.height() - 2 * kGap);
    const double eTop = std::clamp(cy - leftGot[1] / 2, area.top() + leftGot[0] + kGap,
                                   std::max(area.top() + leftGot[0] + kGap, area.bottom() - leftGot[2] - kGap - leftGot[1]));
    const QRectF eRect(leftEdge, eTop, column, leftGot[1]);
    const double upperBottom = std::min(upper.y(), eRect.top() - kGap);
    const double lowerTop = std::max(lower.y(), eRect.bottom() + kGap);
    placePanel(layout, eco, eRect);
    placePanel(layout, eo, QRectF(upper.x() - sideWidth, std::max(area.top(), upperBottom - leftGot[0]), sideWidth,
                                  std::min(leftGot[0], upperBottom - area.top())));
    placePanel(layout, ea, QRectF(lower.x() - sideWidth, lowerTop, sideWidth,
                                  std::min(leftGot[2], area.bottom() - lowerTop)));

    // Centre: inside the triangle around its centroid. A small triangle (laptop, beamer) leaves
    // too little room there for a name ("In…"): the integral bodies then get their panel at the
    // top of the text column, where a name fits, and the text ("Wat ontbreekt") moves down.
    const QPointF centroid(x0 + 2.0 * h / 3.0, cy);
    const double cWidth = 0.44 * s;
    constexpr double kCentreMinWidth = 170;
    if (!m_places[size_t(kCentre)].empty() && cWidth < kCentreMinWidth && layout.textBox.width() >= kCentreMinWidth) {
        const double width = layout.textBox.width();
        const double height = std::min(panelHeightFor(kCentre, width), std::max(kHeaderHeight + kChipHeight + 2 * kPad,
                                                                              0.4 * layout.textBox.height()));
        placePanel(layout, kCentre, QRectF(layout.textBox.left(), layout.textBox.top(), width, height));
        layout.textBox.setTop(layout.textBox.top() + height + kGap);
        return;
    }
    const double cHeight = std::min(panelHeightFor(kCentre, cWidth), 0.42 * s);
    placePanel(layout, kCentre, QRectF(centroid.x() - cWidth / 2, cy - cHeight / 2, cWidth, cHeight));
}

TriangleDiagram::Layout TriangleDiagram::layoutFor(const QRectF& target) const
{
    Layout layout;
    layout.scale = logicalScale(target, 1100, 620);
    layout.logical = QRectF(0, 0, target.width() / layout.scale, target.height() / layout.scale);
    const QRectF& all = layout.logical;
    layout.titleBox = QRectF(kMargin, kMargin * 0.5, all.width() - 2 * kMargin, m_subtitle.isEmpty() ? 38 : 62);
    const QRectF body = all.adjusted(kMargin, layout.titleBox.bottom() + 8, -kMargin, -kMargin);
    QRectF area = body;
    if (body.width() >= 1.45 * body.height()) {
        const double w = std::clamp(body.width() * 0.27, 240.0, 420.0);
        layout.textBox = QRectF(body.right() - w, body.top(), w, body.height());
        area.setRight(layout.textBox.left() - 2 * kMargin);
    } else {
        const double hText = std::clamp(body.height() * 0.30, 120.0, 320.0);
        layout.textBox = QRectF(body.left(), body.bottom() - hText, body.width(), hText);
        area.setBottom(layout.textBox.top() - kMargin);
    }
    layoutTriangle(layout, area);
    return layout;
}

QPointF TriangleDiagram::cornerCentre(Domain domain, const QRectF& target) const
{
    const Layout layout = layoutFor(target);
    return target.topLeft() + layout.vertex[size_t(coverage::indexOf(domain))] * layout.scale;
}

double TriangleDiagram::cornerRadius(const QRectF& target) const
{
    const Layout layout = layoutFor(target);
    return layout.radius * layout.scale;
}

} // namespace regio::ui
