#include "ui/triangle/triangle_diagram.h"

#include "ui/triangle/diagram_parts.h"
#include "ui/triangle/triangle_style.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <map>

namespace regio::ui {

using namespace triangle;
using coverage::Side;
using registry::Domain;

using namespace triangle::diagram;

TriangleDiagram::TriangleDiagram(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus); // Enter lists every place's bodies in full
    setAccessibleName(tr("Driehoek economie, onderwijs en arbeidsmarkt"));
    clear(tr("Driehoek economie – onderwijs – arbeidsmarkt"), QString());
}

void TriangleDiagram::clear(const QString& title, const QString& hint)
{
    m_title = title;
    m_subtitle.clear();
    m_hint = hint;
    m_hasCoverage = false;
    m_region = false;
    m_corners = {};
    m_cornersWhole = {};
    for (auto& place : m_places)
        place.clear();
    m_gaps.clear();
    m_overlaps.clear();
    m_families.clear();
    m_anyPartial = m_anyNational = false;
    update();
}

void TriangleDiagram::setCoverage(const registry::Registry& registry, const coverage::CoverageResult& result,
                                  const QString& title, const QString& kind)
{
    clear(QString(), QString());
    m_hasCoverage = true;
    const int regionSize = int(result.municipalities.size());
    m_region = regionSize > 1;
    m_corners = result.corners;
    m_cornersWhole = result.cornersWhole;
    m_gaps = coverage::gaps(result);
    m_overlaps = coverage::overlapSentences(result, registry);
    m_title = result.drukte() == 1 ? tr("%1 — 1 samenwerkingsverband").arg(title)
                                   : tr("%1 — %2 samenwerkingsverbanden").arg(title).arg(result.drukte());

    QStringList integraal;
    for (int b : result.integraal)
        integraal << registry.bodies[size_t(b)].displayName();
    int nationalCount = 0;
    for (const coverage::BodyCoverage& c : result.bodies)
        nationalCount += registry.bodies[size_t(c.body)].territory.national ? 1 : 0;
    m_subtitle = tr("%1 · %2 regionaal, %3 landelijk · hoeken afgedekt: %4 van 3 · %5")
                     .arg(kind)
                     .arg(result.drukte() - nationalCount)
                     .arg(nationalCount)
                     .arg(result.corners.size())
                     .arg(integraal.isEmpty() ? tr("geen samenwerkingsverband dat de hele driehoek afdekt")
                                              : tr("integraal: %1").arg(integraal.join(QStringLiteral(", "))));

    // Bodies to places, by their number of domains (DESIGN.md §5): corner, side or centre.
    struct Entry {
        const registry::Body* body;
        const coverage::BodyCoverage* coverage;
    };
    std::array<std::vector<Entry>, kPlaces> regional;
    std::array<std::vector<Entry>, kPlaces> national;
    std::vector<bool> family(size_t(typeFamilyCount()), false);
    for (const coverage::BodyCoverage& c : result.bodies) {
        const registry::Body& body = registry.bodies[size_t(c.body)];
        const std::vector<Domain> domains = body.domains.values();
        int place = -1;
        if (domains.size() == 1)
            place = coverage::indexOf(domains.front());
        else if (domains.size() == 3)
            place = kCentre;
        else if (domains.size() == 2)
            for (Side s : coverage::allSides)
                if (coverage::domainsOf(s) == body.domains)
                    place = placeOfSide(s);
        if (place < 0)
            continue; // a body without domains has no place in the triangle (it is in the table)
        (body.territory.national ? national : regional)[size_t(place)].push_back({&body, &c});
    }
    for (int p = 0; p < kPlaces; ++p) {
        auto& list = regional[size_t(p)];
        // Small scale first ("schakelen op schalen"), then by name.
        std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
            if (a.body->scale != b.body->scale)
                return a.body->scale < b.body->scale;
            return a.body->displayName().localeAwareCompare(b.body->displayName()) < 0;
        });
        auto& chips = m_places[size_t(p)];
        for (const Entry& e : list) {
            Chip chip;
            chip.bodyId = e.body->id;
            chip.text = e.body->displayName();
            chip.tooltip = bodyTooltip(*e.body, e.coverage, regionSize);
            chip.family = typeFamily(e.body->type);
            chip.partial = m_region && !e.coverage->wholeRegion;
            chip.ids = {e.body->id};
            chip.names = {e.body->name};
            family[size_t(chip.family)] = true;
            m_anyPartial = m_anyPartial || chip.partial;
            chips.push_back(chip);
        }
        // National programmes lie over every municipality alike: one grey chip per place.
        const auto& nat = national[size_t(p)];
        if (!nat.empty()) {
            QStringList names, ids;
            for (const Entry& e : nat) {
                names << e.body->name;
                ids << e.body->id;
            }
            Chip chip;
            chip.kind = Chip::Kind::National;
            chip.bodies = int(nat.size());
            chip.ids = ids;
            chip.names = names;
            chip.text = tr("Landelijk (%1)").arg(nat.size());
            chip.tooltip = namesTooltip(tr("Landelijke programma's en netwerken"), names) +
                           tr("<i>Details per verband in de tabel Samenwerkingsverbanden.</i>");
            chips.push_back(chip);
            m_anyNational = true;
        }
    }
    for (int f = 0; f < typeFamilyCount(); ++f)
        if (family[size_t(f)])
            m_families.push_back(f);
    update();
}

void TriangleDiagram::paintTriangle(QPainter& painter, const Layout& layout) const
{
    const auto& v = layout.vertex;
    QPainterPath triangle;
    triangle.moveTo(v[0]);
    triangle.lineTo(v[1]);
    triangle.lineTo(v[2]);
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xF7, 0xF8, 0xFA));
    painter.drawPath(triangle);

    // Sides: solid where some body works on that pair of domains, dashed where none does.
    const std::array<std::pair<int, int>, 3> ends{{{0, 1}, {1, 2}, {0, 2}}}; // by indexOf(Side)
    for (Side s : coverage::allSides) {
        const bool used = !m_places[size_t(placeOfSide(s))].empty();
        QPen pen(used ? QColor(0x4A, 0x55, 0x60) : lineColour(), used ? 4 : 2.5);
        if (!used && m_hasCoverage)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        const auto [a, b] = ends[size_t(coverage::indexOf(s))];
        painter.drawLine(v[size_t(a)], v[size_t(b)]);
    }

    // Panels behind the chips, with a short connector from each corner to its own panel.
    for (const Panel& panel : layout.panels) {
        const bool corner = panel.place < 3;
        const Domain d = corner ? registry::allDomains[size_t(panel.place)] : Domain::Economie;
        const bool covered = !m_hasCoverage || m_corners.contains(d);
        const QColor edge = corner && covered ? domainColour(d) : QColor(0xC8, 0xCE, 0xD4);
        if (corner) {
            const QPointF c = v[size_t(panel.place)];
            const double x = panel.rect.left() > c.x() ? panel.rect.left() : panel.rect.right();
            const double y = std::clamp(c.y(), panel.rect.top() + 14, panel.rect.bottom() - 14);
            painter.setPen(QPen(edge, 2.5));
            painter.drawLine(c, QPointF(x, y));
        }
        painter.setPen(QPen(edge, corner ? 2 : 1));
        painter.setBrush(panel.tint);
        painter.drawRoundedRect(panel.rect, 8, 8);
        const QRectF head(panel.rect.left() + kPad, panel.rect.top() + kPad, panel.rect.width() - 2 * kPad, kHeaderHeight);
        QString header = panel.header;
        if (panel.place == kCentre && QFontMetricsF(fontPx(Metrics::smallSize + 1, true)).horizontalAdvance(header + QStringLiteral(" (00)")) > head.width())
            header = tr("Integraal"); // a small triangle: the short heading
        if (m_hasCoverage && !m_places[size_t(panel.place)].empty())
            header += QStringLiteral(" (%1)").arg(bodyCount(panel.place)); // bodies, not chips
        painter.setFont(fontPx(corner ? Metrics::headingSize : Metrics::smallSize + 1, true));
        painter.setPen(corner && covered ? textColour() : mutedTextColour());
        painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(header, Qt::ElideRight, head.width()));
        if (!panel.note.isEmpty()) {
            const bool missing = corner && m_hasCoverage && !covered;
            painter.setFont(fontPx(Metrics::chipSize, missing));
            painter.setPen(missing ? gapColour() : mutedTextColour());
            const QRectF noteRect(head.left(), head.bottom(), head.width(), kChipHeight);
            // Like a chip's name: two lines, a little smaller, before anything is cut.
            bool two = false;
            const QStringList lines = missing ? QStringList{QFontMetricsF(painter.font()).elidedText(panel.note, Qt::ElideRight, noteRect.width())}
                                              : chipLines(panel.note, noteRect.width(), &two);
            if (two)
                painter.setFont(fontPx(Metrics::chipSize * 0.86));
            const double h = noteRect.height() / lines.size();
            for (qsizetype i = 0; i < lines.size(); ++i)
                painter.drawText(QRectF(noteRect.left(), noteRect.top() + i * h, noteRect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
        }
    }

    // Corner discs: filled when covered (hatched when only part of the region), hollow and grey
    // when not; the initial in the disc so the corner reads without colour too.
    for (Domain d : registry::allDomains) {
        const QPointF c = v[size_t(coverage::indexOf(d))];
        const bool covered = !m_hasCoverage || m_corners.contains(d);
        const bool whole = !m_hasCoverage || !m_region || m_cornersWhole.contains(d);
        const QColor colour = domainColour(d);
        if (!covered) {
            QPen pen(uncoveredColour(), 3, Qt::DashLine);
            painter.setPen(pen);
            painter.setBrush(Qt::white);
        } else if (!whole) {
            painter.setPen(QPen(colour, 3));
            painter.setBrush(QBrush(colour, Qt::BDiagPattern));
            painter.drawEllipse(c, layout.radius, layout.radius);
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(QPen(Qt::white, 2));
            painter.setBrush(colour);
        }
        painter.drawEllipse(c, layout.radius, layout.radius);
        painter.setFont(fontPx(20, true));
        painter.setPen(!covered ? uncoveredColour() : whole ? QColor(Qt::white) : textColour());
        // The corner's initial; English needs two letters (Economy and Education both start with E).
        const QString initial = d == Domain::Economie ? tr("E", "beginletter van Economie")
                                : d == Domain::Onderwijs ? tr("O", "beginletter van Onderwijs")
                                                          : tr("A", "beginletter van Arbeidsmarkt");
        painter.drawText(QRectF(c.x() - layout.radius, c.y() - layout.radius, 2 * layout.radius, 2 * layout.radius),
                         Qt::AlignCenter, initial);
    }
}

QRectF TriangleDiagram::chipTextRect(const PlacedChip& placed)
{
    const QRectF r = placed.rect;
    if (placed.chip.kind != Chip::Kind::Body)
        return r.adjusted(10, 0, -6, 0);
    const double right = r.right() - 6 - (placed.chip.partial ? 20 : 0);
    return QRectF(r.left() + 14, r.top(), right - r.left() - 14, r.height());
}

QStringList TriangleDiagram::chipLines(const QString& text, double width, bool* twoLines)
{
    if (twoLines)
        *twoLines = false;
    const QFontMetricsF one(fontPx(Metrics::chipSize));
    if (one.horizontalAdvance(text) <= width || width <= 0)
        return {text};
    // Two lines, a little smaller, broken at a space where one fits.
    const QFontMetricsF two(fontPx(Metrics::chipSize * 0.86));
    if (twoLines)
        *twoLines = true;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    while (used < words.size()) {
        const QString next = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (two.horizontalAdvance(next) > width)
            break;
        first = next;
        ++used;
    }
    if (first.isEmpty()) // one word longer than the line
        return {two.elidedText(text, Qt::ElideRight, width)};
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    if (rest.isEmpty())
        return {first};
    return {first, two.elidedText(rest, Qt::ElideRight, width)};
}

void TriangleDiagram::paintChip(QPainter& painter, const PlacedChip& placed) const
{
    const Chip& chip = placed.chip;
    const QRectF r = placed.rect;
    painter.setFont(fontPx(Metrics::chipSize));
    const QRectF textRect = chipTextRect(placed);
    const auto drawName = [&](const QColor& colour) {
        bool two = false;
        const QStringList lines = chipLines(chip.text, textRect.width(), &two);
        painter.setPen(colour);
        painter.setFont(fontPx(two ? Metrics::chipSize * 0.86 : Metrics::chipSize));
        if (lines.size() == 1) {
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, lines.front());
            return;
        }
        const double h = textRect.height() / 2;
        painter.drawText(QRectF(textRect.left(), textRect.top() + 1, textRect.width(), h - 1), Qt::AlignLeft | Qt::AlignVCenter, lines[0]);
        painter.drawText(QRectF(textRect.left(), textRect.top() + h, textRect.width(), h - 1), Qt::AlignLeft | Qt::AlignVCenter, lines[1]);
    };
    if (chip.kind == Chip::Kind::More) {
        painter.setPen(QPen(lineColour(), 1, Qt::DotLine));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(r, 5, 5);
        painter.setPen(mutedTextColour());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, chip.text);
        return;
    }
    if (chip.kind == Chip::Kind::National) { // background information: quieter than the regional bodies
        painter.setPen(QPen(lineColour(), 1.2, Qt::DotLine));
        painter.setBrush(QColor(0xF4, 0xF5, 0xF6));
        painter.drawRoundedRect(r, 5, 5);
        drawName(mutedTextColour());
        return;
    }
    const QColor colour = familyColour(chip.family);
    QPen border(QColor(0x6A, 0x75, 0x80), chip.partial ? 1.6 : 1);
    if (chip.partial)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(tint(colour, 0.40));
    painter.drawRoundedRect(r, 5, 5);
    // The type colour as a band on the left: the fill stays light so the name reads.
    QPainterPath outline;
    outline.addRoundedRect(r, 5, 5);
    painter.save();
    painter.setClipPath(outline, Qt::IntersectClip);
    painter.fillRect(QRectF(r.left(), r.top(), 8, r.height()), colour);
    painter.restore();
    if (chip.partial) { // a half-filled circle: "part of the region"
        const QPointF c(r.right() - 14, r.center().y());
        painter.setPen(QPen(textColour(), 1.3));
        painter.setBrush(Qt::white);
        painter.drawEllipse(c, 6, 6);
        painter.setBrush(textColour());
        painter.drawPie(QRectF(c.x() - 6, c.y() - 6, 12, 12), 90 * 16, 180 * 16);
    }
    drawName(textColour());
}

void TriangleDiagram::paintText(QPainter& painter, const Layout& layout) const
{
    const QRectF box = layout.textBox;
    const bool twoColumns = box.width() > 2.2 * box.height() && box.width() > 640;
    const double colWidth = twoColumns ? (box.width() - 2 * kMargin) / 2 : box.width();
    double x = box.left();
    double y = box.top();
    double bottom = box.bottom();
    const QFontMetricsF body(fontPx(Metrics::textSize));
    const double bullet = 18;

    const auto heading = [&](const QString& text) {
        painter.setFont(fontPx(Metrics::headingSize, true));
        painter.setPen(textColour());
        painter.drawText(QRectF(x, y, colWidth, 28), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += 32;
    };
    const auto items = [&](const QStringList& lines, const QColor& marker) {
        painter.setFont(fontPx(Metrics::textSize));
        for (const QString& line : lines) {
            if (y + body.height() > bottom)
                break;
            painter.setPen(Qt::NoPen);
            painter.setBrush(marker);
            painter.drawRect(QRectF(x + 2, y + body.height() / 2 - 4, 8, 8));
            painter.setPen(textColour());
            y += drawWrapped(painter, line, x + bullet, y, colWidth - bullet, bottom) + 4;
        }
        y += 10;
    };

    if (!m_hasCoverage) {
        heading(tr("Kies een gebied"));
        painter.setFont(fontPx(Metrics::textSize + 1));
        painter.setPen(textColour());
        drawWrapped(painter, m_hint, x, y, colWidth, bottom);
        return;
    }

    // The legend at the foot of the last column; gaps and overlaps fill the space above it.
    std::vector<std::pair<QColor, QString>> legend;
    for (int f : m_families)
        legend.emplace_back(familyColour(f), familyLabel(f));
    if (m_anyNational)
        legend.emplace_back(QColor(0xF4, 0xF5, 0xF6), tr("Landelijk (N): landelijke programma's"));
    // Where the column is short (the integral panel above it on a laptop), the legend goes compact
    // (no heading, tighter rows), and if the gaps would still have no room it is left out: the gaps
    // matter more, and every chip's tooltip names its type.
    const double rows = double(legend.size() + (m_anyPartial ? 1 : 0));
    const double roomForGaps = 32 + 3 * body.height() + 10;
    const bool fullLegend = twoColumns || box.height() - (32 + 24 * rows) >= roomForGaps;
    const bool compactLegend = !fullLegend && box.height() - 18 * rows >= roomForGaps;
    const bool showLegend = fullLegend || compactLegend;
    const double legendRow = fullLegend ? 24 : 18;
    const double legendHeight = showLegend ? (fullLegend ? 32 : 0) + legendRow * rows : 0;
    const double legendTop = box.bottom() - legendHeight;

    heading(tr("Wat ontbreekt"));
    if (!twoColumns)
        bottom = legendTop - 8;
    items(m_gaps.isEmpty() ? QStringList{tr("Alle hoeken en partijen zijn vertegenwoordigd")} : m_gaps,
          m_gaps.isEmpty() ? QColor(0x00, 0x9E, 0x73) : gapColour());
    if (twoColumns) {
        x += colWidth + 2 * kMargin;
        y = box.top();
        bottom = legendTop - 8;
    }
    if (y + 60 < bottom) {
        heading(tr("Bestuurlijke drukte"));
        QStringList lines = m_overlaps;
        if (lines.isEmpty())
            lines << tr("Geen overlap tussen verbanden van hetzelfde type");
        items(lines, mutedTextColour());
    }

    if (!showLegend)
        return;
    y = legendTop;
    if (fullLegend) {
        painter.setFont(fontPx(Metrics::headingSize - 2, true));
        painter.setPen(textColour());
        painter.drawText(QRectF(x, y, colWidth, 26), Qt::AlignLeft | Qt::AlignVCenter, tr("Legenda"));
        y += 30;
    }
    painter.setFont(fontPx(Metrics::smallSize + 1));
    const QFontMetricsF small(painter.font());
    for (const auto& [colour, label] : legend) {
        painter.setPen(QPen(QColor(0x6A, 0x75, 0x80), 1));
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(x, y + 4, 22, legendRow - 8), 3, 3);
        painter.setPen(textColour());
        // A label a little too long for the column is set a size smaller rather than cut.
        const bool fits = small.horizontalAdvance(label) <= colWidth - 30;
        painter.setFont(fontPx(fits ? Metrics::smallSize + 1 : Metrics::smallSize - 1));
        painter.drawText(QRectF(x + 30, y, colWidth - 30, legendRow), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(label, Qt::ElideRight, colWidth - 30));
        painter.setFont(fontPx(Metrics::smallSize + 1));
        y += legendRow;
    }
    if (m_anyPartial) {
        QPen dashed(QColor(0x6A, 0x75, 0x80), 1.6, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(x, y + 4, 22, legendRow - 8), 3, 3);
        painter.setPen(textColour());
        painter.drawText(QRectF(x + 30, y, colWidth - 30, legendRow), Qt::AlignLeft | Qt::AlignVCenter,
                         small.elidedText(tr("gestreepte rand, ◐: dekt een deel van de regio"), Qt::ElideRight,
                                          colWidth - 30));
    }
}

void TriangleDiagram::render(QPainter& painter, const QRectF& target) const
{
    const Layout layout = layoutFor(target);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(layout.scale, layout.scale);
    painter.setClipRect(layout.logical);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(layout.logical, Qt::white);

    painter.setPen(textColour());
    painter.setFont(fontPx(Metrics::titleSize, true));
    const QRectF titleLine(layout.titleBox.left(), layout.titleBox.top(), layout.titleBox.width(), 36);
    painter.drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(m_title, Qt::ElideRight, titleLine.width()));
    if (!m_subtitle.isEmpty()) {
        painter.setFont(fontPx(Metrics::subtitleSize));
        painter.setPen(mutedTextColour());
        const QRectF sub(layout.titleBox.left(), titleLine.bottom(), layout.titleBox.width(), 24);
        painter.drawText(sub, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(m_subtitle, Qt::ElideRight, sub.width()));
    }

    paintTriangle(painter, layout);
    for (const PlacedChip& chip : layout.chips)
        paintChip(painter, chip);
    paintText(painter, layout);
    painter.restore();
}

void TriangleDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF target(QPointF(0, 0), QSizeF(size()));
    m_screenLayout = layoutFor(target);
    render(painter, target);
}

const TriangleDiagram::PlacedChip* TriangleDiagram::chipAt(const QPointF& widgetPos) const
{
    const QPointF p = widgetPos / m_screenLayout.scale;
    for (const PlacedChip& chip : m_screenLayout.chips)
        if (chip.rect.contains(p))
            return &chip;
    return nullptr;
}

bool TriangleDiagram::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const PlacedChip* chip = chipAt(help->pos()))
            QToolTip::showText(help->globalPos(), chip->chip.tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        const PlacedChip* chip = chipAt(move->position());
        setCursor(chip ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    return QWidget::event(event);
}

std::vector<TriangleDiagram::ShownChip> TriangleDiagram::shownChips() const
{
    std::vector<ShownChip> out;
    const double k = m_screenLayout.scale;
    for (const PlacedChip& c : m_screenLayout.chips)
        out.push_back({c.place, QRectF(c.rect.topLeft() * k, c.rect.size() * k), c.chip.text, c.chip.kind,
                       c.chip.kind == Chip::Kind::More ? QStringList{c.chip.text} : chipLines(c.chip.text, chipTextRect(c).width())});
    return out;
}

int TriangleDiagram::bodyCount(int place) const
{
    int n = 0;
    for (const Chip& c : m_places[size_t(place)])
        n += c.bodies;
    return n;
}

void TriangleDiagram::fillPlaceMenu(QMenu* menu, int place)
{
    for (const Chip& c : m_places[size_t(place)]) {
        if (c.kind == Chip::Kind::National)
            menu->addSection(tr("Landelijk"));
        for (int i = 0; i < c.ids.size(); ++i) {
            const QString id = c.ids.at(i);
            QAction* a = menu->addAction(c.names.at(i), this, [this, id] { Q_EMIT bodyActivated(id); });
            a->setToolTip(tr("Toon het werkgebied op de kaart"));
        }
    }
}

QMenu* TriangleDiagram::openPlaceMenu(int place, const QPoint& globalPos)
{
    if (place < 0 || place >= kPlaces || m_places[size_t(place)].empty())
        return nullptr;
    if (m_menu)
        m_menu->close();
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("placeMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    m_menu->setToolTipsVisible(true);
    m_menu->addSection(tr("%1 (%2) — kies om het werkgebied te tonen").arg(panelHeader(place)).arg(bodyCount(place)));
    fillPlaceMenu(m_menu, place);
    m_menu->popup(globalPos);
    return m_menu;
}

void TriangleDiagram::fillTextMenu(QMenu* menu) const
{
    menu->addSection(tr("Wat ontbreekt"));
    for (const QString& line : m_gaps.isEmpty() ? QStringList{tr("niets")} : m_gaps)
        menu->addAction(line);
    if (!m_overlaps.isEmpty()) {
        menu->addSection(tr("Bestuurlijke drukte"));
        for (const QString& line : m_overlaps)
            menu->addAction(line);
    }
}

QMenu* TriangleDiagram::openTextMenu(const QPoint& globalPos)
{
    if (!m_hasCoverage)
        return nullptr;
    if (m_menu)
        m_menu->close();
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("textMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    fillTextMenu(m_menu);
    m_menu->popup(globalPos);
    return m_menu;
}

QMenu* TriangleDiagram::openAllPlacesMenu(const QPoint& globalPos)
{
    if (m_menu)
        m_menu->close();
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("placeMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int place = 0; place < kPlaces; ++place)
        if (!m_places[size_t(place)].empty())
            fillPlaceMenu(m_menu->addMenu(tr("%1 (%2)").arg(panelHeader(place)).arg(bodyCount(place))), place);
    if (m_menu->isEmpty())
        m_menu->addAction(tr("Geen samenwerkingsverbanden"))->setEnabled(false);
    if (m_hasCoverage)
        fillTextMenu(m_menu->addMenu(tr("Wat ontbreekt en bestuurlijke drukte")));
    m_menu->popup(globalPos);
    return m_menu;
}

void TriangleDiagram::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const PlacedChip* chip = chipAt(event->position()))
            openPlaceMenu(chip->place, event->globalPosition().toPoint());
        else if (m_screenLayout.textBox.contains(event->position() / m_screenLayout.scale))
            openTextMenu(event->globalPosition().toPoint());
    }
    QWidget::mouseReleaseEvent(event);
}

void TriangleDiagram::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space || event->key() == Qt::Key_Menu) {
        openAllPlacesMenu(mapToGlobal(rect().center()));
        return;
    }
    QWidget::keyPressEvent(event);
}

void TriangleDiagram::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const PlacedChip* chip = chipAt(event->position()); chip && chip->chip.kind == Chip::Kind::Body)
        Q_EMIT bodyActivated(chip->chip.bodyId);
}

} // namespace regio::ui
