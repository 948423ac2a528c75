#pragma once
// The national sector network drawn for one region (SER 2017 fig. B.9): nodes at the network's
// layout positions (the same for every region), radius ∝ √(national employment), fill by SBI
// section; the region's specialisations (LQ > 1) in full colour with a dark outline, the other
// sectors faded; backbone edges light grey. Hover shows a tooltip and highlights the related
// sectors; click selects a sector. Title with the region, SBI-section legend, and the
// demonstration notice when the data is synthetic. Keyboard: ←/→ select the previous/next sector,
// Esc clears the selection.
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <vector>

namespace regio::ui {

class RelatednessModel;

class NetworkView : public QWidget {
    Q_OBJECT
public:
    explicit NetworkView(const RelatednessModel& model, QWidget* parent = nullptr);

    void setRegion(const QString& code); // unknown codes are ignored
    const QString& region() const { return m_region; }

    int hoveredSector() const { return m_hovered; }
    int selectedSector() const { return m_selected; }
    void setSelectedSector(int sector); // -1 clears
    // Hover shown from outside (the other view of a side-by-side pair); -1 clears.
    void setLinkedSector(int sector);

    // The sector whose node is under a widget position, or -1.
    int sectorAt(const QPointF& widgetPos) const;
    // Where a sector's node is drawn, and its radius, when rendered into `target`.
    QPointF nodeCentre(int sector, const QRectF& target) const;
    double nodeRadius(int sector, const QRectF& target) const;
    // The subtitle's lines as drawn into `target` (two where one would be cut; tests).
    QStringList subtitleLines(const QRectF& target) const;

    // Draws the whole view (title, edges, nodes, legend, notice) into `target` on any painter:
    // used for the widget itself and for image/PDF/SVG export.
    void render(QPainter& painter, const QRectF& target) const;

    QSize sizeHint() const override { return {900, 700}; }
    QSize minimumSizeHint() const override { return {360, 320}; }

Q_SIGNALS:
    void sectorHovered(int sector);
    void sectorClicked(int sector);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Frame {
        QRectF header;
        QRectF plot;   // where the unit square of the layout goes (square, centred)
        QRectF legend;
        bool legendRight = false;
        bool legendSections = true; // false in a short view: the sector colours are named on hover
        bool noticeBelow = false;   // the demonstration notice on its own line under the subtitle
        bool subtitleWrapped = false; // the subtitle in two lines (a narrow view, presentation mode)
        double maxRadius = 10.0;
        double minRadius = 3.0;
        double scale = 1.0; // device pixels per widget pixel (pen widths)
    };
    Frame frameFor(const QRectF& target, double dpiScale) const;
    // The line under the title, in its two parts (joined with " · " where it fits).
    QStringList subtitleParts() const;
    QStringList subtitleLinesIn(const Frame& f) const;
    QPointF centreIn(const Frame& f, int sector) const;
    double radiusIn(const Frame& f, int sector) const;
    void paintHeader(QPainter& painter, const Frame& f) const;
    void paintNetwork(QPainter& painter, const Frame& f) const;
    void paintLegend(QPainter& painter, const Frame& f) const;
    double legendWidth(double scale, bool withSymbols) const;
    QStringList legendSymbols() const;
    // The legend line that stands for the section colours when their list does not fit.
    QString colourKeyText() const;
    double layoutLegend(QPainter* painter, const QRectF& area, double scale, bool vertical, bool sections = true) const;
    QString tooltipFor(int sector) const;
    void setHovered(int sector);
    int focusSector() const; // hovered, else linked, else selected

    const RelatednessModel& m_model;
    QString m_region;
    int m_hovered = -1;
    int m_linked = -1;
    int m_selected = -1;
};

} // namespace regio::ui
