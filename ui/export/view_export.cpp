#include "ui/export/view_export.h"

#include <QCoreApplication>

#include "i18n/language.h"

#include "io/safe_write.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QPicture>

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
    return regio::i18n::textLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
}

namespace {

struct FrameLayout {
    QFont titleFont, subtitleFont, footFont;
    double margin = 0, unit = 0;
    QRectF title, subtitle, foot, body;
};

// The frame's geometry, relative to the page so that a PNG, an A4 PDF and an SVG look alike.
FrameLayout layoutFrame(const QRectF& page, const ExportFrame& frame, QPaintDevice* device)
{
    FrameLayout f;
    f.unit = std::min(page.width(), page.height()) / 100.0;
    f.margin = 3.0 * f.unit;
    f.titleFont = QFont(QStringLiteral("DejaVu Sans"));
    f.titleFont.setPixelSize(std::max(8, int(3.6 * f.unit)));
    f.titleFont.setBold(true);
    f.subtitleFont = f.titleFont;
    f.subtitleFont.setBold(false);
    f.subtitleFont.setPixelSize(std::max(7, int(2.4 * f.unit)));
    f.footFont = f.subtitleFont;
    f.footFont.setPixelSize(std::max(6, int(1.9 * f.unit)));
    const QFontMetricsF titleMetrics(f.titleFont, device);
    const QFontMetricsF subtitleMetrics(f.subtitleFont, device);
    const QFontMetricsF footMetrics(f.footFont, device);
    const double width = page.width() - 2 * f.margin;
    double y = page.top() + f.margin;
    f.title = QRectF(page.left() + f.margin, y, width, titleMetrics.height());
    y += titleMetrics.height();
    if (!frame.subtitle.isEmpty()) {
        f.subtitle = QRectF(page.left() + f.margin, y, width, subtitleMetrics.height());
        y += subtitleMetrics.height();
    }
    y += f.unit;
    const double footHeight = footMetrics.height() * 3.3; // up to three lines of sources
    f.foot = QRectF(page.left() + f.margin, page.bottom() - f.margin - footHeight, width, footHeight);
    f.body = QRectF(page.left() + f.margin, y, width, f.foot.top() - f.unit - y);
    return f;
}

} // namespace

QRectF framedBodyRect(const QRectF& page, const ExportFrame& frame, QPaintDevice* device)
{
    return layoutFrame(page, frame, device).body;
}

void paintFramed(QPainter& painter, const QRectF& page, const ExportFrame& frame, const ViewRenderer& view)
{
    const FrameLayout f = layoutFrame(page, frame, painter.device());
    painter.save();
    painter.fillRect(page, Qt::white);
    painter.setPen(QColor(0x1B, 0x26, 0x33));
    painter.setFont(f.titleFont);
    painter.drawText(f.title, Qt::AlignLeft | Qt::AlignVCenter, frame.title);
    if (!frame.subtitle.isEmpty()) {
        painter.setFont(f.subtitleFont);
        painter.drawText(f.subtitle, Qt::AlignLeft | Qt::AlignVCenter, frame.subtitle);
    }
    const QString date = frame.dateText.isEmpty() ? exportDateText() : frame.dateText;
    painter.setFont(f.footFont);
    painter.setPen(QColor(0x4A, 0x55, 0x60));
    painter.drawLine(QPointF(f.foot.left(), f.foot.top()), QPointF(f.foot.right(), f.foot.top()));
    const QRectF footText = f.foot.adjusted(0, f.unit * 0.5, 0, 0);
    const QString stamp = QStringLiteral("Regioverkenner · %1").arg(date);
    const double stampWidth = QFontMetricsF(f.footFont, painter.device()).horizontalAdvance(stamp) + 2 * f.unit;
    painter.drawText(footText.adjusted(0, 0, -stampWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, frame.sourceLine);
    painter.drawText(footText, Qt::AlignRight | Qt::AlignBottom, stamp);
    painter.restore();

    painter.save();
    painter.setClipRect(f.body);
    view(painter, f.body);
    painter.restore();
}

void renderScreenLike(QPainter& painter, const QRectF& target, const ViewRenderer& view, double logicalWidth)
{
    if (target.width() <= 0 || target.height() <= 0)
        return;
    const QSizeF logical(logicalWidth, logicalWidth * target.height() / target.width());
    // QPicture records the painter commands at screen resolution and replays them as commands
    // (text stays text in a PDF), scaled onto the target device.
    QPicture picture;
    {
        QPainter recorder(&picture);
        recorder.setRenderHint(QPainter::Antialiasing);
        recorder.setRenderHint(QPainter::TextAntialiasing);
        view(recorder, QRectF(QPointF(0, 0), logical));
    }
    painter.save();
    painter.translate(target.topLeft());
    // drawPicture() itself scales from the picture's resolution to the device's; undo that, so
    // the logical canvas maps exactly onto `target`.
    const double dpiX = double(picture.logicalDpiX()) / std::max(1, painter.device()->logicalDpiX());
    const double dpiY = double(picture.logicalDpiY()) / std::max(1, painter.device()->logicalDpiY());
    painter.scale(dpiX * target.width() / logical.width(), dpiY * target.height() / logical.height());
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();
}

ViewRenderer screenLike(ViewRenderer view, double logicalWidth)
{
    return [view = std::move(view), logicalWidth](QPainter& painter, const QRectF& target) {
        renderScreenLike(painter, target, view, logicalWidth);
    };
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
    // Rendered in memory, then written with every step checked (io::writeFileAtomically).
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
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
    return io::tryWriteFileAtomically(path, bytes);
}

} // namespace regio::ui
