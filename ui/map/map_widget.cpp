#include "ui/map/map_widget.h"

#include "i18n/language.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStaticText>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace regio::ui {

namespace {

QPainterPath pathOf(const geo::MultiPolygon& shape)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&path](const geo::Ring& ring) {
        if (ring.size() < 3)
            return;
        path.moveTo(ring.front().x(), ring.front().y());
        for (size_t i = 1; i < ring.size(); ++i)
            path.lineTo(ring[i].x(), ring[i].y());
        path.closeSubpath();
    };
    for (const geo::Polygon& polygon : shape) {
        addRing(polygon.outer());
        for (const geo::Ring& hole : polygon.inners())
            addRing(hole);
    }
    return path;
}

QPen cosmeticPen(const QColor& colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    // Bevel joins: a wide stroke's outline stays a few vertices per corner, where round joins
    // add an arc per vertex and make the border layer several times slower to fill.
    pen.setJoinStyle(Qt::BevelJoin);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

// Strokes paths with a line `width` device pixels wide. A wide antialiased pen goes through
// QStroker and a winding fill of its outline, at national extent ten times the cost of all else;
// parallel hairlines (Qt's fast cosmetic rasteriser), offset diagonally by at most a pixel or
// two, look the same at map line widths.
void strokeWide(QPainter& painter, const std::vector<const QPainterPath*>& paths, const QColor& colour, double width)
{
    const int strands = std::max(1, int(std::ceil(width - 0.15)));
    painter.setPen(cosmeticPen(colour, std::min(width, 1.0)));
    painter.setBrush(Qt::NoBrush);
    const QTransform base = painter.transform();
    for (int k = 0; k < strands; ++k) {
        const double offset = strands == 1 ? 0.0 : (k / double(strands - 1) - 0.5) * (width - 1.0) * 0.75;
        painter.setTransform(base * QTransform::fromTranslate(offset, offset));
        for (const QPainterPath* path : paths)
            painter.drawPath(*path);
    }
    painter.setTransform(base);
}

} // namespace

MapWidget::MapWidget(const RegionModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200); // low enough for the Register dock below it on a laptop
    setAccessibleName(tr("Kaart van Nederland"));
    buildPaths();
    m_colouring = divisionColouring(m_model, m_layer, m_style);
}

void MapWidget::buildPaths()
{
    m_municipalities.clear();
    m_municipalities.reserve(m_model.municipalities().size());
    for (const Municipality& m : m_model.municipalities()) {
        Shape s{m.code, pathOf(m.shape), {}, &m};
        s.bounds = s.path.boundingRect();
        m_worldBounds = m_worldBounds.isNull() ? s.bounds : m_worldBounds.united(s.bounds);
        m_municipalities.push_back(std::move(s));
    }
    for (Level level : divisionLevels) {
        auto& list = m_divisions[size_t(divisionIndex(level))];
        list.clear();
        for (const Division& d : m_model.divisions(level)) {
            Shape s{d.code, pathOf(d.shape), {}, &d};
            s.bounds = s.path.boundingRect();
            list.push_back(std::move(s));
        }
    }
}

const std::vector<MapWidget::Shape>& MapWidget::shapesOf(Level level) const
{
    return level == Level::Gemeente ? m_municipalities : m_divisions[size_t(divisionIndex(level))];
}

const MapWidget::Shape* MapWidget::shapeOf(const QString& code) const
{
    const auto level = levelOfCode(code);
    if (!level)
        return nullptr;
    for (const Shape& s : shapesOf(*level))
        if (s.code.compare(code, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

void MapWidget::setLayer(Level level)
{
    if (level == m_layer)
        return;
    m_layer = level;
    if (!m_customColouring)
        m_colouring = divisionColouring(m_model, m_layer, m_style);
    setHovered(QString());
    invalidateBase();
}

void MapWidget::setColouring(const MapColouring& colouring)
{
    m_colouring = colouring;
    m_customColouring = true;
    invalidateBase();
}

void MapWidget::resetColouring()
{
    m_customColouring = false;
    m_colouring = divisionColouring(m_model, m_layer, m_style);
    invalidateBase();
}

void MapWidget::setMapStyle(const MapStyle& style)
{
    m_style = style;
    if (!m_customColouring)
        m_colouring = divisionColouring(m_model, m_layer, m_style);
    invalidateBase();
}

void MapWidget::setSelection(const QString& code)
{
    const Shape* s = code.isEmpty() ? nullptr : shapeOf(code);
    const QString normalised = s ? s->code : QString();
    if (normalised == m_selection)
        return;
    m_selection = normalised;
    update();
}

void MapWidget::setOutlinedMunicipalities(const QStringList& codes, const QColor& colour)
{
    m_outlined = codes;
    m_outlineColour = colour;
    m_outlinePath = QPainterPath();
    m_outlinePath.setFillRule(Qt::WindingFill);
    for (const QString& code : codes)
        if (const Shape* s = shapeOf(code))
            m_outlinePath.addPath(s->path);
    update();
    Q_EMIT outlineChanged(!m_outlinePath.isEmpty());
}

QString MapWidget::themeValue(const QString& code) const
{
    if (!m_customColouring || levelOfCode(code) != Level::Gemeente)
        return {};
    if (const auto text = m_colouring.municipalityText.constFind(code.toUpper()); text != m_colouring.municipalityText.cend())
        return QStringLiteral("%1: %2").arg(m_colouring.title, text.value());
    const QColor fill = m_colouring.municipalityFill.value(code.toUpper(), m_colouring.defaultFill);
    for (const LegendEntry& entry : m_colouring.legend)
        if (entry.fill == fill)
            return QStringLiteral("%1: %2").arg(m_colouring.title, entry.label);
    return {};
}

QString MapWidget::regionAt(const QPointF& widgetPos) const
{
    const QPointF world = worldToScreen().inverted().map(widgetPos);
    for (const Shape& s : m_municipalities) {
        if (!s.bounds.contains(world) || !s.path.contains(world))
            continue;
        if (m_layer == Level::Gemeente)
            return s.code;
        return static_cast<const Municipality*>(s.region)->membership(m_layer);
    }
    return QString();
}

QTransform MapWidget::transformFor(const QSizeF& size, const QPointF& centre, double scale)
{
    // RD y points north, screen y points down.
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.scale(scale, -scale);
    t.translate(-centre.x(), -centre.y());
    return t;
}

void MapWidget::zoomToFit()
{
    if (m_worldBounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double margin = 0.04;
    m_scale = std::min(width() * (1 - 2 * margin) / m_worldBounds.width(),
                       height() * (1 - 2 * margin) / m_worldBounds.height());
    m_centre = m_worldBounds.center();
    m_fitted = true;
    m_fullView = true;
    invalidateBase();
}

void MapWidget::zoomToRegion(const QString& code)
{
    const Shape* s = shapeOf(code);
    if (!s || width() <= 0)
        return;
    const QRectF b = s->bounds;
    // Show the region with its surroundings: at least 30 km across, padded by a third.
    const double w = std::max(b.width() * 2.2, 45000.0);
    const double h = std::max(b.height() * 2.2, 45000.0);
    m_scale = std::min(width() / w, height() / h);
    m_centre = b.center();
    m_fitted = true;
    m_fullView = false;
    invalidateBase();
}

void MapWidget::zoomToOutline()
{
    if (m_outlinePath.isEmpty() || width() <= 0)
        return;
    const QRectF b = m_outlinePath.boundingRect();
    // The whole territory with a margin; never closer than a region is shown.
    const double w = std::max(b.width() * 1.25, 45000.0);
    const double h = std::max(b.height() * 1.25, 45000.0);
    m_scale = std::min(width() / w, height() / h);
    m_centre = b.center();
    m_fitted = true;
    m_fullView = false;
    invalidateBase();
}

void MapWidget::zoomBy(double factor, std::optional<QPointF> anchor)
{
    const QPointF a = anchor.value_or(QPointF(width() / 2.0, height() / 2.0));
    const QPointF world = worldToScreen().inverted().map(a);
    const double fit = std::min(width() / m_worldBounds.width(), height() / m_worldBounds.height());
    m_scale = std::clamp(m_scale * factor, fit * 0.5, fit * 400.0);
    m_fullView = false;
    m_centre = QPointF(world.x() - (a.x() - width() / 2.0) / m_scale, world.y() + (a.y() - height() / 2.0) / m_scale);
    invalidateBase();
}

void MapWidget::panByPixels(const QPointF& delta)
{
    m_centre -= QPointF(delta.x() / m_scale, -delta.y() / m_scale);
    m_fullView = false;
    invalidateBase();
}

void MapWidget::invalidateBase()
{
    m_baseValid = false;
    update();
}

void MapWidget::paintBase(QPainter& painter, const QTransform& t, const QSizeF& size, double lineScale) const
{
    painter.fillRect(QRectF(QPointF(0, 0), size), m_style.background);
    const QRectF visible = t.inverted().mapRect(QRectF(QPointF(0, 0), size));
    painter.save();
    painter.setTransform(t, true);
    painter.setPen(Qt::NoPen);
    // Fills without antialiasing (several times cheaper); the antialiased borders drawn on top
    // cover the stair-stepped edges.
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const Shape& s : m_municipalities) {
        if (!visible.intersects(s.bounds))
            continue;
        painter.setBrush(m_colouring.municipalityFill.value(s.code, m_colouring.defaultFill));
        painter.drawPath(s.path);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(m_style.municipalityBorder, m_style.municipalityBorderWidth * lineScale));
    for (const Shape& s : m_municipalities)
        if (visible.intersects(s.bounds))
            painter.drawPath(s.path);
    // Division borders; on the gemeente layer the provinces, lightly, for orientation.
    const Level borderLevel = m_layer == Level::Gemeente ? Level::Provincie : m_layer;
    const bool onGemeente = m_layer == Level::Gemeente;
    const double borderWidth = (onGemeente ? m_style.municipalityBorderWidth * 1.6 : m_style.divisionBorderWidth) * lineScale;
    std::vector<const QPainterPath*> borders;
    for (const Shape& s : shapesOf(borderLevel))
        if (visible.intersects(s.bounds))
            borders.push_back(&s.path);
    strokeWide(painter, borders, onGemeente ? m_style.provinceOutline : m_style.divisionBorder, borderWidth);
    painter.restore();
}

void MapWidget::paintHighlights(QPainter& painter, const QTransform& t, double lineScale) const
{
    painter.save();
    painter.setTransform(t, true);
    auto fillAndStroke = [&](const QPainterPath& path, const QBrush& fill, const QColor& line, double width) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(path);
        strokeWide(painter, {&path}, line, width * lineScale);
    };
    if (!m_outlinePath.isEmpty()) {
        // Over a theme only the band: a tint would change the classes the legend explains.
        QColor fill = m_outlineColour;
        fill.setAlpha(m_customColouring ? 0 : 60);
        fillAndStroke(m_outlinePath, fill, m_outlineColour, 2.0);
    }
    if (const Shape* s = m_hovered.isEmpty() || m_hovered == m_selection ? nullptr : shapeOf(m_hovered))
        fillAndStroke(s->path, m_style.hoverFill, m_style.hoverBorder, m_style.divisionBorderWidth);
    if (const Shape* s = m_selection.isEmpty() ? nullptr : shapeOf(m_selection))
        fillAndStroke(s->path, m_customColouring ? QBrush(Qt::NoBrush) : QBrush(m_style.selectionFill), m_style.selectionBorder,
                      m_style.selectionBorderWidth); // over a theme the selection must not hide its class
    painter.restore();
}

void MapWidget::paintLabels(QPainter& painter, const QTransform& t, const QSizeF& size, double lineScale, double fontScale,
                            const std::vector<QRectF>& obstacles) const
{
    // The legend, scale bar and attribution are drawn over the map: no name goes under them.
    std::vector<QRectF> placed = obstacles;
    m_labelsShown.clear();
    m_labelBoxes.clear();
    // The active division layer's names first (bold), then municipality names where they fit.
    if (m_layer != Level::Gemeente)
        paintLabelsOf(painter, t, size, lineScale, fontScale, m_layer, placed);
    paintLabelsOf(painter, t, size, lineScale, fontScale, Level::Gemeente, placed);
}

namespace {

// The largest cities (G4 and the G40 by population, CBS 2024), labelled before any other
// municipality: at national extent a reader looks for Amsterdam and Eindhoven, not for the
// largest land areas. Their names may reach beyond the municipality's own outline.
int cityRank(const QString& code)
{
    static const QHash<QString, int> ranks = [] {
        const char* codes[] = {"GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014", "GM0855", "GM0034",
                               "GM0758", "GM0268", "GM0200", "GM0202", "GM0392", "GM0307", "GM0153", "GM0796",
                               "GM0479", "GM0193", "GM0546", "GM0935", "GM0505", "GM0080", "GM0114", "GM0983",
                               "GM0150", "GM0794", "GM0917", "GM0361"};
        QHash<QString, int> out;
        for (const char* c : codes)
            out.insert(QLatin1String(c), int(out.size()));
        return out;
    }();
    return ranks.value(code, -1);
}

} // namespace

void MapWidget::paintLabelsOf(QPainter& painter, const QTransform& t, const QSizeF& size, double lineScale,
                              double fontScale, Level level, std::vector<QRectF>& placed) const
{
    const bool division = level != Level::Gemeente;
    const QFont& font = cachedFont((division ? m_style.labelPointSize + 1 : m_style.labelPointSize - (m_layer == Level::Gemeente ? 0 : 1)) * fontScale,
                                   division, false);
    const QColor textColour = division || m_layer == Level::Gemeente ? m_style.labelText : m_style.minorLabelText;
    // The large cities first, then larger regions: they are the ones a reader looks for.
    std::vector<const Shape*> order;
    for (const Shape& s : shapesOf(level))
        order.push_back(&s);
    std::sort(order.begin(), order.end(), [](const Shape* a, const Shape* b) {
        const int ra = cityRank(a->code), rb = cityRank(b->code);
        if ((ra >= 0) != (rb >= 0))
            return ra >= 0;
        if (ra >= 0)
            return ra < rb;
        return a->region->areaKm2 > b->region->areaKm2;
    });
    const QRectF viewport(QPointF(0, 0), size);
    // QStaticText measures at the screen's resolution; a PDF or SVG device draws the same point
    // size larger in its own pixels. Measured boxes are scaled to the device, so names drawn on a
    // page keep apart as they do on screen.
    const double deviceRatio = double(painter.device()->logicalDpiY()) / std::max(1, logicalDpiY());
    const Shape* selected = m_selection.isEmpty() || levelOfCode(m_selection) != Level::Gemeente ? nullptr : shapeOf(m_selection);
    const QRectF selectedBox = selected ? t.mapRect(selected->bounds) : QRectF();
    for (const Shape* s : order) {
        const QRectF screenBounds = t.mapRect(s->bounds);
        if (!viewport.intersects(screenBounds))
            continue;
        const QString text = s->region->name;
        const bool city = !division && cityRank(s->code) >= 0;
        // Cheap rejection before measuring: even narrow glyphs need ~0.45 em each.
        if (!city && screenBounds.width() * 0.9 < text.size() * font.pointSizeF() * 0.45 * deviceRatio)
            continue;
        // QStaticText keeps the shaped glyph run: measured once, drawn five times per paint.
        const QString cacheKey = QString::number(font.pointSizeF()) + (division ? u'b' : u'r') + text;
        auto cached = m_labelTexts.find(cacheKey);
        if (cached == m_labelTexts.end()) {
            QStaticText staticText(text);
            staticText.setTextFormat(Qt::PlainText);
            staticText.prepare(QTransform(), font);
            cached = m_labelTexts.insert(cacheKey, staticText);
        }
        const QSizeF textSize = cached->size() * deviceRatio;
        // Only where the name fits inside the region's extent: no labels spilling over neighbours.
        // A large city whose name does not fit gets it beside its outline, as a map labels a town's
        // dot: right, left, above or below, where it collides with nothing placed before.
        const bool fits = textSize.width() <= screenBounds.width() * 0.9 && textSize.height() <= screenBounds.height() * 0.6;
        if (!city && !fits)
            continue;
        const QPointF anchor = t.map(QPointF(s->region->labelPoint.x(), s->region->labelPoint.y()));
        std::vector<QRectF> boxes;
        if (fits)
            boxes.push_back(QRectF(anchor - QPointF(textSize.width() / 2, textSize.height() / 2), textSize));
        else
            boxes = {QRectF(QPointF(screenBounds.right() + 2, anchor.y() - textSize.height() / 2), textSize),
                     QRectF(QPointF(screenBounds.left() - 2 - textSize.width(), anchor.y() - textSize.height() / 2), textSize),
                     QRectF(QPointF(anchor.x() - textSize.width() / 2, screenBounds.top() - 1 - textSize.height()), textSize),
                     QRectF(QPointF(anchor.x() - textSize.width() / 2, screenBounds.bottom() + 1), textSize)};
        QRectF box, padded;
        bool found = false;
        for (const QRectF& candidate : boxes) {
            box = candidate;
            padded = box.adjusted(-3, -2, 3, 2);
            // A name beside its own outline must not cover the selected municipality.
            if (!fits && !selectedBox.isEmpty() && selectedBox.intersects(box))
                continue;
            if (viewport.contains(box)
                && std::none_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(padded); })) {
                found = true;
                break;
            }
        }
        if (!found)
            continue;
        placed.push_back(padded);
        m_labelsShown << text;
        m_labelBoxes.push_back(box);
        // Halo by drawing the text offset in four directions: glyphs come from Qt's glyph cache,
        // which is an order of magnitude cheaper than stroking text outlines.
        const QPointF topLeft = box.topLeft();
        const double h = 1.2 * lineScale;
        painter.setFont(font);
        painter.setPen(m_style.labelHalo);
        for (const QPointF& d : {QPointF(-h, -h), QPointF(h, -h), QPointF(-h, h), QPointF(h, h)})
            painter.drawStaticText(topLeft + d, *cached);
        painter.setPen(textColour);
        painter.drawStaticText(topLeft, *cached);
    }
}

void MapWidget::render(QPainter& painter, const QRectF& target, bool withOverlays) const
{
    renderImpl(painter, target, withOverlays, false);
}

void MapWidget::renderForExport(QPainter& painter, const QRectF& target) const
{
    renderImpl(painter, target, true, true);
}

void MapWidget::renderImpl(QPainter& painter, const QRectF& target, bool withOverlays, bool forExport) const
{
    // The same extent as on screen, fitted to the target.
    const double factor = std::min(target.width() / std::max(1, width()), target.height() / std::max(1, height()));
    const double s = (m_scale > 0 ? m_scale : 1.0) * factor;
    const double lineScale = std::max(1.0, factor);
    // Fonts are in points, which a PDF or SVG device already sizes physically: scale them by
    // the extent factor corrected for the device's resolution, so text keeps its share of the page.
    const double fontScale = factor * logicalDpiY() / std::max(1, painter.device()->logicalDpiY());
    // On paper the legend must stay legible however large the window was: at least 9.5 pt.
    const double overlayScale = forExport ? std::max(fontScale, 9.5 / std::max(1, m_style.overlayPointSize)) : fontScale;
    painter.save();
    painter.translate(target.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), target.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QTransform t = transformFor(target.size(), m_centre, s);
    paintBase(painter, t, target.size(), lineScale);
    paintHighlights(painter, t, lineScale);
    std::vector<QRectF> obstacles;
    OverlayLayout overlays;
    if (withOverlays) {
        overlays = overlayLayout(painter, target.size(), s, lineScale, overlayScale, !forExport);
        obstacles = {overlays.legend, overlays.scaleBox};
        if (overlays.showAttribution)
            obstacles.push_back(overlays.attribution);
    }
    paintLabels(painter, t, target.size(), lineScale, fontScale, obstacles);
    if (withOverlays)
        paintOverlays(painter, overlays, lineScale);
    painter.restore();
}

void MapWidget::paintEvent(QPaintEvent*)
{
    if (!m_fitted)
        zoomToFit();
    const QTransform t = worldToScreen();
    const qreal dpr = devicePixelRatioF();
    if (!m_baseValid || m_baseCache.size() != size() * dpr) {
        m_baseCache = QPixmap(size() * dpr);
        m_baseCache.setDevicePixelRatio(dpr);
        QPainter base(&m_baseCache);
        base.setRenderHint(QPainter::Antialiasing);
        base.setRenderHint(QPainter::TextAntialiasing);
        paintBase(base, t, QSizeF(size()), 1.0);
        m_baseValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_baseCache);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHighlights(painter, t, 1.0);
    const OverlayLayout overlays = overlayLayout(painter, QSizeF(size()), m_scale, 1.0, 1.0, true);
    paintLabels(painter, t, QSizeF(size()), 1.0, 1.0, {overlays.legend, overlays.scaleBox, overlays.attribution});
    paintOverlays(painter, overlays, 1.0);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapWidget::resizeEvent(QResizeEvent*)
{
    // A country in full view stays in full view; otherwise the centre and scale are kept.
    if (m_fullView)
        zoomToFit();
    m_baseValid = false;
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragStart = event->position();
        m_dragLast = event->position();
        m_dragged = false;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragStart) {
        const QPointF delta = event->position() - m_dragLast;
        if (!m_dragged && (event->position() - *m_dragStart).manhattanLength() > 4)
            m_dragged = true;
        if (m_dragged) {
            panByPixels(delta);
            m_dragLast = event->position();
        }
    } else {
        setHovered(regionAt(event->position()));
    }
    Q_EMIT cursorWorldPosition(worldToScreen().inverted().map(event->position()));
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragStart) {
        const bool click = !m_dragged;
        m_dragStart.reset();
        unsetCursor();
        if (click)
            Q_EMIT regionClicked(regionAt(event->position()));
    }
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString code = regionAt(event->position());
    if (!code.isEmpty()) {
        zoomToRegion(code);
        Q_EMIT regionDoubleClicked(code);
    }
}

void MapWidget::leaveEvent(QEvent*)
{
    setHovered(QString());
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    const double step = 0.15 * std::min(width(), height());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); break;
    case Qt::Key_Minus: zoomBy(1.0 / 1.5); break;
    case Qt::Key_Left: panByPixels(QPointF(step, 0)); break;
    case Qt::Key_Right: panByPixels(QPointF(-step, 0)); break;
    case Qt::Key_Up: panByPixels(QPointF(0, step)); break;
    case Qt::Key_Down: panByPixels(QPointF(0, -step)); break;
    case Qt::Key_Home:
    case Qt::Key_0: zoomToFit(); break;
    case Qt::Key_Escape:
        if (m_outlined.isEmpty()) {
            event->ignore();
            return;
        }
        clearOutline();
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString code = regionAt(help->pos());
        if (const Region* r = code.isEmpty() ? nullptr : m_model.region(code)) {
            const QString theme = themeValue(r->code);
            QToolTip::showText(help->globalPos(),
                               tr("<b>%1</b><br>%2 %3<br>%4 km²")
                                       .arg(r->name.toHtmlEscaped(), levelLabel(r->level), r->code,
                                            regio::i18n::textLocale().toString(r->areaKm2, 'f', 1))
                                   + (theme.isEmpty() ? QString() : QStringLiteral("<br>") + theme.toHtmlEscaped()),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::setHovered(const QString& code)
{
    if (code == m_hovered)
        return;
    m_hovered = code;
    update();
    Q_EMIT hoveredChanged(code);
}

} // namespace regio::ui
