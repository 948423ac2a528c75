#pragma once
// The map: every municipality as a filled polygon in RD New, the chosen division layer's borders
// drawn over it, hover and selection, labels, legend, scale bar and attribution. Pan with the
// mouse or arrow keys, zoom with the wheel or +/-, Home fits the country.
#include "regions/region_model.h"
#include "ui/map/map_colouring.h"
#include "ui/map/map_style.h"

#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>
#include <QPointF>
#include <QWidget>

#include <optional>

namespace regio::ui {

class MapWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapWidget(const RegionModel& model, QWidget* parent = nullptr);

    const RegionModel& model() const { return m_model; }

    void setLayer(Level level);
    Level layer() const { return m_layer; }
    // Replaces the fill; the default is divisionColouring() of the layer.
    void setColouring(const MapColouring& colouring);
    // Back to the default: the layer's division colouring.
    void resetColouring();
    const MapColouring& colouring() const { return m_colouring; }
    void setMapStyle(const MapStyle& style);
    const MapStyle& mapStyle() const { return m_style; }

    // Selected region (any level) or "" for none.
    void setSelection(const QString& code);
    const QString& selection() const { return m_selection; }
    // Extra outline (e.g. a body's territory), drawn as a hatched band; empty list clears it.
    void setOutlinedMunicipalities(const QStringList& codes, const QColor& colour);
    const QStringList& outlinedMunicipalities() const { return m_outlined; }
    void clearOutline() { setOutlinedMunicipalities({}, m_outlineColour); }
    // The names labelled by the last paint or render, in the order they were placed (for tests).
    const QStringList& labelsShown() const { return m_labelsShown; }
    // Where those names were drawn, in the same order, in the paint's or render's pixels (tests).
    const std::vector<QRectF>& labelBoxes() const { return m_labelBoxes; }
    // With a theme on: "<theme>: <its legend class>" for a municipality, else "".
    QString themeValue(const QString& code) const;

    // The region of the active layer under a widget position, or "".
    QString regionAt(const QPointF& widgetPos) const;
    const QString& hovered() const { return m_hovered; }

    // View: centre in RD metres and scale in pixels per metre.
    void zoomToFit();
    void zoomToRegion(const QString& code);
    // Fits the outlined territory (setOutlinedMunicipalities) in view; nothing when none.
    void zoomToOutline();
    void zoomBy(double factor, std::optional<QPointF> anchor = std::nullopt);
    void panByPixels(const QPointF& delta);
    double scale() const { return m_scale; }
    QTransform worldToScreen() const { return transformFor(QSizeF(size()), m_centre, m_scale); }

    // Renders the whole map (fills, borders, labels, overlays) into `target` on any painter, at
    // the current view fitted to the target: for images, PDF and SVG export and the benchmark.
    void render(QPainter& painter, const QRectF& target, bool withOverlays = true) const;
    // render() for a framed export (PDF, SVG, PNG, the region profile): the frame prints the source
    // line, so the map's own attribution is left out; the legend is at least 9 pt on the page.
    void renderForExport(QPainter& painter, const QRectF& target) const;
    // Where the last paint or render put the legend (empty when none), in its device's pixels (tests).
    QRectF legendShown() const { return m_legendShown; }
    // The legend's point size in the last render on its device (tests: ≥ 9 pt in a PDF).
    double legendPointSize() const { return m_legendPointSize; }

Q_SIGNALS:
    void regionClicked(const QString& code);
    void regionDoubleClicked(const QString& code);
    void hoveredChanged(const QString& code);
    void cursorWorldPosition(const QPointF& rd);
    void outlineChanged(bool shown);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Shape {
        QString code;
        QPainterPath path; // RD metres
        QRectF bounds;
        const Region* region = nullptr;
    };

    static QTransform transformFor(const QSizeF& size, const QPointF& centre, double scale);
    void buildPaths();
    const std::vector<Shape>& shapesOf(Level level) const;
    const Shape* shapeOf(const QString& code) const;
    void invalidateBase();
    void paintBase(QPainter& painter, const QTransform& t, const QSizeF& size, double lineScale) const;
    void paintHighlights(QPainter& painter, const QTransform& t, double lineScale) const;
    // The overlays' boxes and texts, measured on the painter's device before anything is drawn, so
    // that labels keep clear of the legend, the scale bar and the attribution.
    struct OverlayLayout {
        double pad = 0, line = 0, swatch = 0, fontScale = 1;
        QVector<std::pair<QColor, QString>> rows;
        QStringList symbolRows;
        bool showSelection = false, showOutline = false, showAttribution = true;
        QRectF legend, attribution, scaleBox;
        QString attributionText, scaleLabel;
        double barRight = 0, barY = 0, barLength = 0;
    };
    OverlayLayout overlayLayout(const QPainter& painter, const QSizeF& size, double scale, double lineScale,
                                double fontScale, bool attribution) const;
    void paintLabels(QPainter& painter, const QTransform& t, const QSizeF& size, double lineScale, double fontScale,
                     const std::vector<QRectF>& obstacles) const;
    void paintLabelsOf(QPainter& painter, const QTransform& t, const QSizeF& size, double lineScale, double fontScale,
                       Level level, std::vector<QRectF>& placed) const;
    void paintOverlays(QPainter& painter, const OverlayLayout& o, double lineScale) const;
    void renderImpl(QPainter& painter, const QRectF& target, bool withOverlays, bool forExport) const;
    void setHovered(const QString& code);
    const QFont& cachedFont(double pointSize, bool bold, bool italic) const;

    const RegionModel& m_model;
    Level m_layer = Level::Gemeente;
    MapStyle m_style;
    MapColouring m_colouring;
    bool m_customColouring = false;
    QString m_selection;
    QString m_hovered;
    QStringList m_outlined;
    QColor m_outlineColour;
    QPainterPath m_outlinePath;

    std::vector<Shape> m_municipalities;
    std::array<std::vector<Shape>, 3> m_divisions;
    QRectF m_worldBounds;

    QPointF m_centre;
    double m_scale = 0.0;
    bool m_fitted = false;
    bool m_fullView = false;
    std::optional<QPointF> m_dragStart;
    QPointF m_dragLast;
    bool m_dragged = false;
    mutable QHash<QString, QFont> m_fonts;
    mutable QHash<QString, QStaticText> m_labelTexts;
    mutable QStringList m_labelsShown;
    mutable std::vector<QRectF> m_labelBoxes;
    mutable QRectF m_legendShown;
    mutable double m_legendPointSize = 0;
    mutable QPixmap m_baseCache;
    mutable bool m_baseValid = false;
};

} // namespace regio::ui
