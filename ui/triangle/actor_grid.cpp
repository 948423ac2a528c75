#include "ui/triangle/actor_grid.h"

#include "ui/triangle/triangle_style.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace regio::ui {

using namespace triangle;
using coverage::Mark;
using registry::Actor;
using registry::Domain;

namespace {

constexpr double kTitleHeight = 58;
constexpr double kRowHeight = 30;
constexpr double kDomainGap = 18; // between the domain and the actor columns
constexpr double kLegendHeight = 40;

// Column headers in two lines where the word is long (beamer width, no rotation needed).
QString headerText(int column)
{
    if (column < 3)
        return registry::label(registry::allDomains[size_t(column)]);
    switch (registry::allActors[size_t(column - 3)]) {
    case Actor::Bedrijfsleven: return ActorGrid::tr("Bedrijfs-\nleven");
    case Actor::Kennisinstellingen: return ActorGrid::tr("Kennis-\ninstellingen");
    case Actor::Onderwijsinstellingen: return ActorGrid::tr("Onderwijs-\ninstellingen");
    case Actor::Werkgeversorganisaties: return ActorGrid::tr("Werkgevers-\norganisaties");
    case Actor::Werknemersorganisaties: return ActorGrid::tr("Werknemers-\norganisaties");
    case Actor::MaatschappelijkeOrganisaties: return ActorGrid::tr("Maatsch.\norganisaties");
    default: return registry::label(registry::allActors[size_t(column - 3)]);
    }
}

// Row names short enough for the row header; the full type name is in the registry's label.
QString rowName(registry::BodyType type)
{
    switch (type) {
    case registry::BodyType::Rom: return ActorGrid::tr("ROM (ontwikkelingsmij.)");
    case registry::BodyType::Metropoolregio: return ActorGrid::tr("Metropoolregio / regiobestuur");
    case registry::BodyType::Grensoverschrijdend: return ActorGrid::tr("Grensoverschrijdend");
    default: return registry::label(type);
    }
}

} // namespace

QRectF ActorGrid::Geometry::cell(int r, int c) const
{
    const double x = left + rowHeader + c * column + (c >= 3 ? kDomainGap : 0);
    return QRectF(x, top + headerHeight + r * row, column, row);
}

ActorGrid::ActorGrid(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Wie zit aan tafel"));
    clear(QString());
}

void ActorGrid::clear(const QString& hint)
{
    m_rows.clear();
    m_corners = {};
    m_present = {};
    m_hasCoverage = false;
    m_hint = hint;
    updateGeometry();
    update();
}

void ActorGrid::setCoverage(const registry::Registry& registry, const coverage::CoverageResult& result)
{
    clear(QString());
    m_hasCoverage = true;
    m_corners = result.corners;
    m_present = result.actorsPresent;
    for (coverage::FormRow& form : coverage::formsOf(result, registry)) {
        Row row;
        row.label = QStringLiteral("%1 (%2)").arg(rowName(form.type)).arg(form.bodies.size());
        for (int b : form.bodies) {
            const registry::Body& body = registry.bodies[size_t(b)];
            row.names << body.displayName();
            row.domains.push_back(body.domains);
            row.actors.push_back(body.actors);
        }
        row.form = std::move(form);
        m_rows.push_back(std::move(row));
    }
    updateGeometry();
    update();
}

QString ActorGrid::rowLabel(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].label : QString();
}

Mark ActorGrid::mark(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= kColumns)
        return Mark::None;
    const coverage::FormRow& form = m_rows[size_t(row)].form;
    return column < 3 ? form.domain(registry::allDomains[size_t(column)])
                      : form.actor(registry::allActors[size_t(column - 3)]);
}

bool ActorGrid::columnMissing(int column) const
{
    if (!m_hasCoverage || column < 0 || column >= kColumns)
        return false;
    return column < 3 ? !m_corners.contains(registry::allDomains[size_t(column)])
                      : !m_present.contains(registry::allActors[size_t(column - 3)]);
}

double ActorGrid::contentHeight() const
{
    const bool rotated = geometryFor(QRectF(0, 0, std::max(1, width()), 10000)).rotated;
    return kTitleHeight + (rotated ? 150 : 50) + (double(m_rows.size()) + 1.3) * kRowHeight + kLegendHeight;
}

QSize ActorGrid::sizeHint() const { return {1400, int(contentHeight())}; }

QSize ActorGrid::minimumSizeHint() const { return {760, m_hasCoverage ? int(contentHeight()) - 100 : 200}; }

ActorGrid::Geometry ActorGrid::geometryFor(const QRectF& target) const
{
    Geometry g;
    g.scale = logicalScale(target, 1500, 10000); // wider, not taller: the rows are fixed
    const double width = target.width() / g.scale;
    g.left = 12;
    g.top = kTitleHeight;
    g.rowHeader = std::clamp(width * 0.19, 200.0, 300.0);
    g.column = std::clamp((width - 2 * g.left - g.rowHeader - kDomainGap) / kColumns, 40.0, 120.0);
    g.rotated = g.column < 88;
    g.headerHeight = g.rotated ? 150 : 50;
    g.row = kRowHeight;
    return g;
}

QString ActorGrid::cellTooltip(int row, int column) const
{
    const Row& r = m_rows[size_t(row)];
    QStringList with;
    for (qsizetype i = 0; i < r.names.size(); ++i) {
        const bool has = column < 3 ? r.domains[size_t(i)].contains(registry::allDomains[size_t(column)])
                                    : r.actors[size_t(i)].contains(registry::allActors[size_t(column - 3)]);
        if (has)
            with << r.names[i];
    }
    const QString what = column < 3 ? registry::label(registry::allDomains[size_t(column)])
                                    : registry::label(registry::allActors[size_t(column - 3)]);
    if (with.isEmpty())
        return tr("%1: bij geen enkel verband van deze vorm").arg(what);
    return tr("%1: %2 van %3 — %4").arg(what).arg(with.size()).arg(r.names.size()).arg(with.join(QStringLiteral(", ")));
}

void ActorGrid::render(QPainter& painter, const QRectF& target) const
{
    const Geometry g = geometryFor(target);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(g.scale, g.scale);
    const QRectF all(0, 0, target.width() / g.scale, target.height() / g.scale);
    painter.setClipRect(all);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(all, Qt::white);

    painter.setPen(textColour());
    painter.setFont(fontPx(Metrics::headingSize + 2, true));
    painter.drawText(QRectF(g.left, 4, all.width(), 32), Qt::AlignLeft | Qt::AlignVCenter, tr("Wie zit aan tafel?"));
    painter.setFont(fontPx(Metrics::smallSize + 1));
    painter.setPen(mutedTextColour());
    painter.drawText(QRectF(g.left, 34, all.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Vormen van samenwerking × thema's × partijen aan tafel (naar SER 2017, tabel 2.1)"));
    if (!m_hasCoverage) {
        painter.setFont(fontPx(Metrics::textSize));
        drawWrapped(painter, m_hint, g.left, kTitleHeight + 10, all.width() - 2 * g.left, all.bottom());
        painter.restore();
        return;
    }

    const int rows = rowCount();
    const double gridBottom = g.top + g.headerHeight + (rows + 1) * g.row + 6;
    // Columns of what is missing: a light vermillion band from header to the last row.
    for (int c = 0; c < kColumns; ++c)
        if (columnMissing(c)) {
            const QRectF head = g.cell(0, c);
            painter.fillRect(QRectF(head.left(), g.top, head.width(), gridBottom - g.top), QColor(0xFB, 0xE3, 0xD6));
        }
    // Zebra rows for reading across 13 columns.
    for (int r = 0; r < rows; r += 2)
        painter.fillRect(QRectF(g.left, g.cell(r, 0).top(), g.cell(r, kColumns - 1).right() - g.left, g.row),
                         QColor(0, 0, 0, 12));

    // Headers.
    for (int c = 0; c < kColumns; ++c) {
        const QRectF cell = g.cell(0, c);
        const bool missing = columnMissing(c);
        painter.setFont(fontPx(g.rotated ? Metrics::smallSize + 1 : Metrics::smallSize, missing));
        painter.setPen(missing ? gapColour() : textColour());
        if (c < 3) // the corner colour as a bar under the heading (orange text would be too pale)
            painter.fillRect(QRectF(cell.left() + 8, g.top + g.headerHeight - 6, cell.width() - 16, 4),
                             domainColour(registry::allDomains[size_t(c)]));
        if (g.rotated) {
            painter.save();
            painter.translate(cell.center().x() + 6, g.top + g.headerHeight - 6);
            painter.rotate(-60);
            QString label = headerText(c);
            label.replace(QStringLiteral("-\n"), QString()).replace(QLatin1Char('\n'), QLatin1Char(' '));
            painter.drawText(QRectF(0, -12, g.headerHeight * 1.1, 24), Qt::AlignLeft | Qt::AlignVCenter, label);
            painter.restore();
        } else {
            painter.drawText(QRectF(cell.left(), g.top, cell.width(), g.headerHeight - (c < 3 ? 9 : 4)),
                             Qt::AlignHCenter | Qt::AlignBottom, headerText(c));
        }
    }
    painter.setPen(QPen(lineColour(), 1));
    painter.drawLine(QPointF(g.left, g.top + g.headerHeight), QPointF(g.cell(0, kColumns - 1).right(), g.top + g.headerHeight));

    // Rows.
    const auto dot = [&painter](const QRectF& cell, Mark m, const QColor& colour) {
        if (m == Mark::None)
            return;
        const double radius = 8;
        painter.setPen(QPen(colour, 2.2));
        painter.setBrush(m == Mark::All ? QBrush(colour) : QBrush(Qt::white));
        painter.drawEllipse(cell.center(), radius, radius);
    };
    for (int r = 0; r < rows; ++r) {
        const QRectF first = g.cell(r, 0);
        painter.setFont(fontPx(Metrics::chipSize));
        painter.setPen(textColour());
        const QRectF label(g.left + 6, first.top(), g.rowHeader - 12, g.row);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(m_rows[size_t(r)].label, Qt::ElideRight, label.width()));
        for (int c = 0; c < kColumns; ++c)
            dot(g.cell(r, c), mark(r, c), c < 3 ? domainColour(registry::allDomains[size_t(c)]) : QColor(0x3A, 0x45, 0x50));
    }

    // "Aan tafel": present or missing, per column.
    const double y = g.cell(rows, 0).top() + 6;
    painter.setPen(QPen(textColour(), 1.5));
    painter.drawLine(QPointF(g.left, y - 3), QPointF(g.cell(0, kColumns - 1).right(), y - 3));
    painter.setFont(fontPx(Metrics::chipSize, true));
    painter.drawText(QRectF(g.left + 6, y, g.rowHeader - 12, g.row), Qt::AlignLeft | Qt::AlignVCenter, tr("Aan tafel"));
    for (int c = 0; c < kColumns; ++c) {
        const QRectF cell = g.cell(rows, c).translated(0, 6);
        if (columnMissing(c)) {
            painter.setFont(fontPx(g.column >= 80 ? Metrics::smallSize : 11, true));
            painter.setPen(gapColour());
            painter.drawText(cell, Qt::AlignCenter, g.column >= 64 ? tr("ontbreekt") : tr("✗"));
        } else {
            dot(cell, Mark::All, c < 3 ? domainColour(registry::allDomains[size_t(c)]) : QColor(0x3A, 0x45, 0x50));
        }
    }

    // Legend.
    double x = g.left + 6;
    const double ly = gridBottom + 8;
    painter.setFont(fontPx(Metrics::smallSize + 1));
    const QFontMetricsF metrics(painter.font());
    const auto legendItem = [&](Mark m, const QString& text) {
        dot(QRectF(x, ly, 20, 24), m, QColor(0x3A, 0x45, 0x50));
        painter.setPen(textColour());
        painter.drawText(QRectF(x + 26, ly, metrics.horizontalAdvance(text) + 4, 24), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 26 + metrics.horizontalAdvance(text) + 28;
    };
    legendItem(Mark::All, tr("alle verbanden van deze vorm"));
    legendItem(Mark::Some, tr("een deel ervan"));
    painter.fillRect(QRectF(x, ly + 4, 22, 16), QColor(0xFB, 0xE3, 0xD6));
    painter.setPen(textColour());
    painter.drawText(QRectF(x + 28, ly, all.width() - x - 28, 24), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("ontbreekt: geen enkel verband hier brengt deze partij of dit thema aan tafel"));
    painter.restore();
}

void ActorGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    render(painter, QRectF(QPointF(0, 0), QSizeF(size())));
}

void ActorGrid::resizeEvent(QResizeEvent*)
{
    // The header height depends on the width; let the scroll area know the height needed.
    const bool rotated = geometryFor(QRectF(QPointF(0, 0), QSizeF(size()))).rotated;
    if (rotated != m_rotated) {
        m_rotated = rotated;
        updateGeometry();
    }
}

bool ActorGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_hasCoverage) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Geometry g = geometryFor(QRectF(QPointF(0, 0), QSizeF(size())));
        const QPointF p = QPointF(help->pos()) / g.scale;
        for (int r = 0; r < rowCount(); ++r) {
            if (QRectF(g.left, g.cell(r, 0).top(), g.rowHeader, g.row).contains(p)) {
                QToolTip::showText(help->globalPos(), m_rows[size_t(r)].names.join(QStringLiteral("\n")), this);
                return true;
            }
            for (int c = 0; c < kColumns; ++c)
                if (g.cell(r, c).contains(p)) {
                    QToolTip::showText(help->globalPos(), cellTooltip(r, c), this);
                    return true;
                }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace regio::ui
