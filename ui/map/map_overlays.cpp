// The map's overlays — legend, attribution, scale bar — drawn in device pixels over the map.
#include "ui/map/map_widget.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace regio::ui {

const QFont& MapWidget::cachedFont(double pointSize, bool bold, bool italic) const
{
    // Reusing QFont objects keeps their resolved font engines; a fresh QFont per paint costs a
    // font-database lookup per label.
    const QString key = QStringLiteral("%1/%2/%3").arg(pointSize).arg(bold).arg(italic);
    auto it = m_fonts.find(key);
    if (it == m_fonts.end()) {
        QFont f = font();
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        f.setItalic(italic);
        it = m_fonts.insert(key, f);
    }
    return *it;
}

MapWidget::OverlayLayout MapWidget::overlayLayout(const QPainter& painter, const QSizeF& size, double scale, double lineScale,
                                                  double fontScale, bool attribution) const
{
    OverlayLayout o;
    o.fontScale = fontScale;
    const QFont& font = cachedFont(m_style.overlayPointSize * fontScale, false, false);
    const QFontMetricsF fm(font, painter.device());
    const QFontMetricsF bold(cachedFont(m_style.overlayPointSize * fontScale, true, false), painter.device());
    o.pad = 8 * lineScale;
    o.line = fm.height() * 1.25;
    o.swatch = fm.height() * 0.8;
    const double pad = o.pad, line = o.line, swatch = o.swatch;

    // Legend: title, fills, line symbols, note.
    for (const LegendEntry& e : m_colouring.legend)
        o.rows.append({e.fill, e.label});
    const Level borderLevel = m_layer == Level::Gemeente ? Level::Provincie : m_layer;
    o.symbolRows = QStringList{tr("Gemeentegrens"),
                               tr("Grens %1").arg(borderLevel == Level::Corop ? levelLabel(borderLevel) : levelLabel(borderLevel).toLower())};
    // Only what the map shows: "Selectie" with a selection, the body's territory when outlined.
    o.showSelection = !m_selection.isEmpty() && shapeOf(m_selection) != nullptr;
    o.showOutline = !m_outlinePath.isEmpty();
    if (o.showSelection)
        o.symbolRows << tr("Selectie");
    if (o.showOutline)
        o.symbolRows << tr("Werkgebied van verband");
    double legendWidth = bold.horizontalAdvance(m_colouring.title) + 2 * pad;
    for (const auto& r : o.rows)
        legendWidth = std::max(legendWidth, swatch + 3 * pad + fm.horizontalAdvance(r.second));
    for (const QString& r : o.symbolRows)
        legendWidth = std::max(legendWidth, swatch * 1.6 + 3 * pad + fm.horizontalAdvance(r));
    if (!m_colouring.note.isEmpty())
        legendWidth = std::max(legendWidth, fm.horizontalAdvance(m_colouring.note) * 1.05 + 2 * pad);
    const double legendHeight = pad * 2 + line * (1 + o.rows.size() + o.symbolRows.size() + (m_colouring.note.isEmpty() ? 0 : 1)) + pad * 0.5;
    // Top left: at the national extent that corner is North Sea, so the legend hides no land.
    if (m_style.showLegend)
        o.legend = QRectF(pad * 1.5, pad * 1.5, legendWidth, legendHeight);

    // Attribution, bottom right (left out where a frame prints the source line).
    o.showAttribution = attribution;
    double bottom = size.height() - pad;
    if (attribution) {
        o.attributionText = m_model.attribution();
        const double attrWidth = fm.horizontalAdvance(o.attributionText) + 2 * pad;
        o.attribution = QRectF(size.width() - attrWidth - pad, size.height() - line - pad, attrWidth, line);
        bottom = o.attribution.top();
    }

    // Scale bar above the attribution: a round length of about 120 px.
    const double metresPerPixel = 1.0 / scale;
    const double target = 120 * lineScale * metresPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double length = magnitude;
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude <= target)
            length = step * magnitude;
    o.barLength = length / metresPerPixel;
    o.scaleLabel = length >= 1000 ? tr("%1 km").arg(length / 1000) : tr("%1 m").arg(length);
    o.barRight = size.width() - pad * 2;
    o.barY = bottom - pad * 1.2;
    o.scaleBox = QRectF(o.barRight - o.barLength - pad, o.barY - line - pad * 0.6, o.barLength + 2 * pad, line + pad * 1.4);
    return o;
}

void MapWidget::paintOverlays(QPainter& painter, const OverlayLayout& o, double lineScale) const
{
    const QFont& font = cachedFont(m_style.overlayPointSize * o.fontScale, false, false);
    painter.setFont(font);
    const double pad = o.pad, line = o.line, swatch = o.swatch;
    m_legendShown = o.legend;
    m_legendPointSize = font.pointSizeF();
    if (!o.legend.isEmpty()) {
        const QRectF legend = o.legend;
        const double legendWidth = legend.width();
        painter.setPen(QPen(QColor(0, 0, 0, 40), lineScale));
        painter.setBrush(m_style.overlayBackground);
        painter.drawRoundedRect(legend, 4 * lineScale, 4 * lineScale);
        double y = legend.top() + pad;
        painter.setFont(cachedFont(m_style.overlayPointSize * o.fontScale, true, false));
        painter.setPen(m_style.overlayText);
        painter.drawText(QRectF(legend.left() + pad, y, legendWidth, line), Qt::AlignVCenter | Qt::AlignLeft, m_colouring.title);
        painter.setFont(font);
        y += line;
        for (const auto& r : o.rows) {
            painter.setPen(QPen(QColor(0, 0, 0, 60), lineScale));
            painter.setBrush(r.first);
            painter.drawRect(QRectF(legend.left() + pad, y + (line - swatch) / 2, swatch, swatch));
            painter.setPen(m_style.overlayText);
            painter.drawText(QRectF(legend.left() + 2 * pad + swatch, y, legendWidth, line), Qt::AlignVCenter | Qt::AlignLeft, r.second);
            y += line;
        }
        const QStringList& symbolRows = o.symbolRows;
        for (int i = 0; i < symbolRows.size(); ++i) {
            const QRectF sym(legend.left() + pad, y + (line - swatch) / 2, swatch * 1.6, swatch);
            const bool isOutline = o.showOutline && i == symbolRows.size() - 1;
            const bool isSelection = o.showSelection && i == 2;
            const bool isDivision = i == 1;
            if (isOutline) {
                QColor fill = m_outlineColour;
                fill.setAlpha(m_customColouring ? 0 : 60);
                painter.setBrush(fill);
                painter.setPen(QPen(m_outlineColour, 2.0 * lineScale));
                painter.drawRect(sym);
            } else if (isSelection) {
                painter.setBrush(m_customColouring ? QBrush(Qt::NoBrush) : QBrush(m_style.selectionFill));
                painter.setPen(QPen(m_style.selectionBorder, m_style.selectionBorderWidth * lineScale * 0.7));
                painter.drawRect(sym);
            } else {
                painter.fillRect(sym, QColor(0xBB, 0xC4, 0xCC));
                const bool provinceOutline = isDivision && m_layer == Level::Gemeente;
                painter.setPen(QPen(provinceOutline ? m_style.provinceOutline : isDivision ? m_style.divisionBorder : m_style.municipalityBorder,
                                    (provinceOutline ? 1.6 : isDivision ? m_style.divisionBorderWidth : m_style.municipalityBorderWidth * 2) * lineScale));
                painter.drawLine(QPointF(sym.left(), sym.center().y()), QPointF(sym.right(), sym.center().y()));
            }
            painter.setPen(m_style.overlayText);
            painter.drawText(QRectF(sym.right() + pad, y, legendWidth, line), Qt::AlignVCenter | Qt::AlignLeft, symbolRows[i]);
            y += line;
        }
        if (!m_colouring.note.isEmpty()) {
            painter.setFont(cachedFont(m_style.overlayPointSize * o.fontScale, false, true));
            painter.drawText(QRectF(legend.left() + pad, y, legendWidth, line), Qt::AlignVCenter | Qt::AlignLeft, m_colouring.note);
            painter.setFont(font);
        }
    }

    if (o.showAttribution) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.overlayBackground);
        painter.drawRoundedRect(o.attribution, 3 * lineScale, 3 * lineScale);
        painter.setPen(m_style.overlayText);
        painter.drawText(o.attribution, Qt::AlignCenter, o.attributionText);
    }

    const double px = o.barLength, barRight = o.barRight, barY = o.barY;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.overlayBackground);
    painter.drawRoundedRect(o.scaleBox, 3 * lineScale, 3 * lineScale);
    painter.setPen(QPen(m_style.overlayText, 2 * lineScale));
    painter.drawLine(QPointF(barRight - px, barY), QPointF(barRight, barY));
    painter.drawLine(QPointF(barRight - px, barY - 5 * lineScale), QPointF(barRight - px, barY));
    painter.drawLine(QPointF(barRight, barY - 5 * lineScale), QPointF(barRight, barY));
    painter.drawText(QRectF(barRight - px, barY - line - 2 * lineScale, px, line), Qt::AlignCenter, o.scaleLabel);
}

} // namespace regio::ui
