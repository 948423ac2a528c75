#pragma once
// Export of any view — map, triangle, network, chart — to vector PDF, SVG or PNG, framed with a
// title, the date and the source line, so every picture that leaves the app says where its
// numbers come from. Views provide a renderer that draws into a rectangle of a QPainter.
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QPaintDevice;

namespace regio::ui {

using ViewRenderer = std::function<void(QPainter& painter, const QRectF& target)>;

enum class ExportFormat { Pdf, Svg, Png };

struct ExportFrame {
    QString title;       // e.g. "Gemeenten 2025 — Amsterdam"
    QString subtitle;    // optional second line
    QString sourceLine;  // "Bron: CBS/Kadaster (CC BY 4.0); register: …; demonstratiedata …"
    QString dateText;    // defaults to today's date in Dutch
};

struct ExportOptions {
    ExportFormat format = ExportFormat::Pdf;
    QSizeF pageSizeMm{297.0, 210.0}; // PDF/SVG: A4 landscape by default
    QSize pixelSize{1920, 1080};     // PNG
    int dpi = 150;                    // PNG resolution metadata, SVG/PDF resolution
};

// The format a file name asks for (.pdf, .svg, .png; case-insensitive); nullopt for others.
std::optional<ExportFormat> exportFormatForPath(const QString& path);

// Draws a view that was laid out for a screen (point-size fonts at ~96 dpi, pixel geometry) onto
// any device, as vectors: the view is recorded as a QPicture at screen resolution on a canvas of
// the target's aspect (`logicalWidth` wide) and replayed scaled into `target`. Without this, a 150-dpi PDF sizes the
// fonts physically while the layout stays in pixels, and text overflows the view.
void renderScreenLike(QPainter& painter, const QRectF& target, const ViewRenderer& view, double logicalWidth = 1400.0);
// A renderer wrapped in renderScreenLike().
ViewRenderer screenLike(ViewRenderer view, double logicalWidth = 1400.0);

// Where paintFramed() puts the view inside `page` on `device` (for layout done ahead, e.g. paging).
QRectF framedBodyRect(const QRectF& page, const ExportFrame& frame, QPaintDevice* device);

// Draws the frame (title block at the top, source and date at the bottom) and the view in the
// remaining area of `page`. Shared by every export format and by the region profile.
void paintFramed(QPainter& painter, const QRectF& page, const ExportFrame& frame, const ViewRenderer& view);

// Writes the framed view to `path` atomically (QSaveFile). Returns "" or the error in words.
QString exportView(const QString& path, const ExportOptions& options, const ExportFrame& frame,
                   const ViewRenderer& view);

// The framed view as an image (clipboard, PNG).
QImage renderToImage(const QSize& size, const ExportFrame& frame, const ViewRenderer& view);

// Today's date as the exports print it: "22 november 2026".
QString exportDateText();

} // namespace regio::ui
