#include "ui/economy/sector_bars.h"

#include "i18n/language.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace regio::ui {

namespace {

const QColor kRegionColour(0x1f, 0x77, 0xb4);   // blue: the region
const QColor kNationalColour(0xb0, 0xb0, 0xb0); // grey: the Netherlands
constexpr double kLegendHeight = 28.0;

QString percent(double v) { return regio::i18n::textLocale().toString(100.0 * v, 'f', 1) + QStringLiteral(" %"); }

} // namespace

SectorBarsWidget::SectorBarsWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Sectorstructuur: aandeel in de banen, gebied en Nederland"));
}

void SectorBarsWidget::setBars(std::vector<SectorBar> bars, const QString& regionLabel)
{
    m_bars = std::move(bars);
    m_regionLabel = regionLabel;
    updateGeometry();
    update();
}

void SectorBarsWidget::setFontScale(double scale)
{
    m_fontScale = scale;
    updateGeometry();
    update();
}

QSize SectorBarsWidget::sizeHint() const
{
    const QFontMetrics fm(font());
    return {560, int(kLegendHeight * m_fontScale) + int(m_bars.size()) * int(fm.height() * 1.9 * m_fontScale) + 8};
}

// Tall enough for every row to hold its name and value; the scroll area around scrolls beyond.
QSize SectorBarsWidget::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {320, int(kLegendHeight * m_fontScale) + int(m_bars.size()) * int(fm.height() * 1.7 * m_fontScale) + 8};
}

void SectorBarsWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintBars(painter, rect());
}

int SectorBarsWidget::rowAt(const QPointF& pos) const
{
    if (m_bars.empty())
        return -1;
    const double top = kLegendHeight * m_fontScale;
    const double rowHeight = (height() - top) / double(m_bars.size());
    const int row = int(std::floor((pos.y() - top) / rowHeight));
    return row >= 0 && row < int(m_bars.size()) ? row : -1;
}

bool SectorBarsWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const SectorBar& b = m_bars[size_t(row)];
        const QLocale nl = regio::i18n::textLocale();
        QToolTip::showText(help->globalPos(),
                           std::isnan(b.share)
                               ? tr("%1: geheim (door CBS onderdrukt, onbekend)").arg(b.name)
                               : tr("%1\n%2: %3 van de banen\nNederland: %4\nLocatiequotiënt: %5")
                                     .arg(b.name, m_regionLabel, percent(b.share), percent(b.shareNl), nl.toString(b.lq, 'f', 2)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void SectorBarsWidget::paintBars(QPainter& painter, const QRectF& target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF() * m_fontScale));
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());  // the device's resolution (PDF, SVG, screen)
    const QLocale nl = regio::i18n::textLocale();

    if (m_bars.empty()) {  // nothing selected: no legend either
        painter.restore();
        return;
    }
    // Legend.
    const double legendH = kLegendHeight * m_fontScale;
    double x = target.left() + 4;
    const double sw = fm.height() * 0.8;
    for (const auto& [colour, label] : {std::pair{kRegionColour, m_regionLabel}, std::pair{kNationalColour, tr("Nederland")}}) {
        painter.fillRect(QRectF(x, target.top() + (legendH - sw) / 2, sw, sw), colour);
        x += sw + 6;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x, target.top(), fm.horizontalAdvance(label) + 2, legendH), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 20;
    }
    // Name column: as wide as the longest name up to 42% of the width; longer names wrap.
    double nameW = 0;
    for (const SectorBar& b : m_bars)
        nameW = std::max(nameW, fm.horizontalAdvance(b.name));
    nameW = std::min(nameW + 8, target.width() * 0.42);
    const double valueW = fm.horizontalAdvance(QStringLiteral("100,0 %  LQ 10,00")) + 8;
    const double barLeft = target.left() + nameW + 6;
    const double barMaxW = std::max(10.0, target.right() - valueW - barLeft);
    double maxShare = 0.0;
    for (const SectorBar& b : m_bars) {
        if (!std::isnan(b.share))
            maxShare = std::max(maxShare, b.share);
        if (!std::isnan(b.shareNl))
            maxShare = std::max(maxShare, b.shareNl);
    }
    maxShare = maxShare > 0 ? maxShare : 1.0;
    const double top = target.top() + legendH;
    const double rowH = (target.bottom() - top) / double(m_bars.size());
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const SectorBar& b = m_bars[i];
        const QRectF row(target.left(), top + rowH * double(i), target.width(), rowH);
        if (i % 2 == 1)
            painter.fillRect(row, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(row.left() + 4, row.top(), nameW - 4, rowH), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, b.name);
        const double barH = std::max(2.0, rowH * 0.34);
        const double y0 = row.center().y() - barH - 1;
        if (std::isnan(b.share)) {
            QFont italic = font;
            italic.setItalic(true);
            painter.setFont(italic);
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(barLeft, row.center().y() - fm.height() / 2, barMaxW, fm.height()), Qt::AlignVCenter | Qt::AlignLeft,
                             tr("geheim (onbekend)"));
            painter.setFont(font);
        } else {
            painter.fillRect(QRectF(barLeft, y0, barMaxW * b.share / maxShare, barH), kRegionColour);
            painter.setPen(palette().color(QPalette::Text));
            QString label = percent(b.share);
            if (!std::isnan(b.lq) && b.lq > 1.0)
                label += QStringLiteral("  LQ %1").arg(nl.toString(b.lq, 'f', 2));
            // A text box of a full line height around the bar's middle: nothing of the glyphs is clipped.
            painter.drawText(QRectF(barLeft + barMaxW * b.share / maxShare + 4, y0 + barH / 2 - fm.height() / 2, valueW, fm.height()),
                             Qt::AlignVCenter | Qt::AlignLeft, label);
        }
        if (!std::isnan(b.shareNl))
            painter.fillRect(QRectF(barLeft, y0 + barH + 2, barMaxW * b.shareNl / maxShare, barH), kNationalColour);
    }
    painter.restore();
}

} // namespace regio::ui
