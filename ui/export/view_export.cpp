#include "ui/export/view_export.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace regio::ui {

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    return std::nullopt;
}

QString exportDateText()
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
}

void paintFramed(QPainter& painter, const QRectF& page, const ExportFrame& frame, const ViewRenderer& view)
{
    // Sizes relative to the page so that a PNG, an A4 PDF and an SVG look alike.
    const double unit = std::min(page.width(), page.height()) / 100.0;
    const double margin = 3.0 * unit;
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPixelSize(std::max(8, int(3.6 * unit)));
    titleFont.setBold(true);
    QFont subtitleFont = titleFont;
    subtitleFont.setBold(false);
    subtitleFont.setPixelSize(std::max(7, int(2.4 * unit)));
    QFont footFont = subtitleFont;
    footFont.setPixelSize(std::max(6, int(1.9 * unit)));

    painter.save();
    painter.fillRect(page, Qt::white);
    painter.setPen(QColor(0x1B, 0x26, 0x33));
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF subtitleMetrics(subtitleFont, painter.device());
    const QFontMetricsF footMetrics(footFont, painter.device());
    double y = page.top() + margin;
    painter.setFont(titleFont);
    painter.drawText(QRectF(page.left() + margin, y, page.width() - 2 * margin, titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, frame.title);
    y += titleMetrics.height();
    if (!frame.subtitle.isEmpty()) {
        painter.setFont(subtitleFont);
        painter.drawText(QRectF(page.left() + margin, y, page.width() - 2 * margin, subtitleMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, frame.subtitle);
        y += subtitleMetrics.height();
    }
    y += unit;

    const QString date = frame.dateText.isEmpty() ? exportDateText() : frame.dateText;
    painter.setFont(footFont);
    const double footHeight = footMetrics.height() * 2.2;
    const QRectF foot(page.left() + margin, page.bottom() - margin - footHeight, page.width() - 2 * margin, footHeight);
    painter.setPen(QColor(0x4A, 0x55, 0x60));
    painter.drawLine(QPointF(foot.left(), foot.top()), QPointF(foot.right(), foot.top()));
    painter.drawText(foot.adjusted(0, unit * 0.5, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, frame.sourceLine);
    painter.drawText(foot.adjusted(0, unit * 0.5, 0, 0), Qt::AlignRight | Qt::AlignBottom,
                     QStringLiteral("Regioverkenner · %1").arg(date));
    painter.restore();

    const QRectF body(page.left() + margin, y, page.width() - 2 * margin, foot.top() - unit - y);
    painter.save();
    painter.setClipRect(body);
    view(painter, body);
    painter.restore();
}

QImage renderToImage(const QSize& size, const ExportFrame& frame, const ViewRenderer& view)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintFramed(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame, view);
    return image;
}

QString exportView(const QString& path, const ExportOptions& options, const ExportFrame& frame,
                   const ViewRenderer& view)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: kan niet schrijven: %2").arg(path, file.errorString());
    switch (options.format) {
    case ExportFormat::Png: {
        QImage image = renderToImage(options.pixelSize, frame, view);
        const int dotsPerMetre = int(options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        if (!image.save(&file, "PNG"))
            return QStringLiteral("%1: PNG schrijven mislukt").arg(path);
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(frame.title);
        pdf.setCreator(QStringLiteral("Regioverkenner"));
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(options.pageSizeMm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        paintFramed(painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), frame, view);
        painter.end();
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setTitle(frame.title);
        svg.setDescription(frame.sourceLine);
        svg.setResolution(options.dpi);
        const QSizeF px = options.pageSizeMm / 25.4 * options.dpi;
        svg.setSize(px.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), px));
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        paintFramed(painter, QRectF(QPointF(0, 0), px), frame, view);
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return QStringLiteral("%1: opslaan mislukt: %2").arg(path, file.errorString());
    return QString();
}

} // namespace regio::ui
