#pragma once
// The drawn triangle economy–education–labour market (DESIGN.md §2 "Triangle view", §5
// "Triangle"; SER 2017 sect. 2.3): the three corners as discs (filled when a body covers the
// corner, hollow and grey with "niet vertegenwoordigd" when none does), the bodies as chips on
// the corner, side or centre that matches their domains, and beside it the gaps and overlaps in
// words. Every number comes from coverage::coverageOf; this widget only draws.
//
// The triangle points left: Economie on the left, Onderwijs top right, Arbeidsmarkt bottom
// right, so that the lists of bodies have room on a landscape page or beamer.
#include "coverage/coverage.h"

#include <QMenu>
#include <QPointer>
#include <QWidget>

#include <array>
#include <vector>

namespace regio::ui {

class TriangleDiagram : public QWidget {
    Q_OBJECT
public:
    // Where a chip sits: the corners by indexOf(Domain), then the sides by 3 + indexOf(Side), then
    // the centre (6).
    static constexpr int kPlaces = 7;
    static constexpr int kCentre = 6;

    struct Chip {
        enum class Kind { Body, National, More };
        Kind kind = Kind::Body;
        QString bodyId;  // Kind::Body only
        QString text;    // the label drawn: short name where the registry has one
        QString tooltip; // rich text
        int family = -1; // body-type family (triangle_style.h); -1 for groups
        bool partial = false; // covers only part of the selected region
        int bodies = 1;       // how many bodies the chip stands for (a National chip: several)
        QStringList ids;      // the bodies behind the chip, with their full names
        QStringList names;
    };

    explicit TriangleDiagram(QWidget* parent = nullptr);

    // Shows a region's coverage: `title` names the region ("Eindhoven"), `kind` its level
    // ("gemeente", "COROP-gebied"). The registry is read now and not kept.
    void setCoverage(const registry::Registry& registry, const coverage::CoverageResult& result,
                     const QString& title, const QString& kind);
    // Nothing selected (or no registry): the empty triangle and `hint` in words.
    void clear(const QString& title, const QString& hint);

    // What is drawn, for tests and the region profile.
    const QString& title() const { return m_title; }
    const QStringList& gapLines() const { return m_gaps; }
    const QStringList& overlapLines() const { return m_overlaps; }
    const std::vector<Chip>& chipsAt(int place) const { return m_places[size_t(place)]; }
    // The centre of a corner's disc in a `target` rendered by render() (for pixel checks).
    QPointF cornerCentre(registry::Domain domain, const QRectF& target) const;
    double cornerRadius(const QRectF& target) const;

    // Where the last paint put each chip, in widget coordinates, with its place and text (tests).
    struct ShownChip {
        int place;
        QRectF rect;
        QString text;
        Chip::Kind kind;
        QStringList lines; // the text as painted: one line, or two when the name is long
    };
    std::vector<ShownChip> shownChips() const;
    // How many bodies sit in a place (a "Landelijk (3)" chip counts three): the panel's count.
    int bodyCount(int place) const;
    // The full names in a place as a menu (click on a chip or "+n meer", or Enter for all places):
    // a chip's text may be cut, the menu never is; choosing a name emits bodyActivated.
    // Shown with popup() and returned (for tests); the previous one is closed.
    QMenu* openPlaceMenu(int place, const QPoint& globalPos);
    QMenu* openAllPlacesMenu(const QPoint& globalPos);
    QMenu* openMenu() const { return m_menu; }
    // "Wat ontbreekt" and "Bestuurlijke drukte" in full (a click on the text beside the triangle,
    // or in the Enter menu): a short diagram may not have room for every line.
    QMenu* openTextMenu(const QPoint& globalPos);

    // Draws the diagram with its gaps and legend into `target` (screen, PDF, SVG, PNG).
    void render(QPainter& painter, const QRectF& target) const;

    QSize sizeHint() const override { return {1100, 620}; }
    QSize minimumSizeHint() const override { return {480, 320}; }

Q_SIGNALS:
    void bodyActivated(const QString& bodyId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct PlacedChip {
        QRectF rect;
        Chip chip;
        int place = -1;
    };
    struct Panel {
        int place = 0;
        QRectF rect;
        QString header;
        QString note; // grey line when the panel holds no chip
        QColor tint;
    };
    struct Layout {
        double scale = 1.0;
        QRectF logical; // the whole diagram in logical coordinates
        QRectF titleBox;
        QRectF textBox; // gaps, overlaps and legend
        std::array<QPointF, 3> vertex;
        double radius = 0;
        std::vector<Panel> panels;
        std::vector<PlacedChip> chips;
    };

    Layout layoutFor(const QRectF& target) const;
    void layoutTriangle(Layout& layout, const QRectF& area) const;
    void placePanel(Layout& layout, int place, const QRectF& box) const;
    double panelHeightFor(int place, double width) const;
    static int chipColumns(double panelWidth);
    QString panelHeader(int place) const;
    void paintTriangle(QPainter& painter, const Layout& layout) const;
    void paintChip(QPainter& painter, const PlacedChip& chip) const;
    // Where a chip's name goes, and the name in one line or two (only what two lines cannot hold is cut).
    static QRectF chipTextRect(const PlacedChip& chip);
    static QStringList chipLines(const QString& text, double width, bool* twoLines = nullptr);
    void paintText(QPainter& painter, const Layout& layout) const;
    const PlacedChip* chipAt(const QPointF& widgetPos) const;

    QString m_title;
    QString m_subtitle;
    QString m_hint;
    bool m_hasCoverage = false;
    bool m_region = false; // a region of several municipalities (partial coverage possible)
    registry::DomainSet m_corners;
    registry::DomainSet m_cornersWhole;
    std::array<std::vector<Chip>, kPlaces> m_places;
    QStringList m_gaps;
    QStringList m_overlaps;
    std::vector<int> m_families; // body-type families present, for the legend
    bool m_anyPartial = false;
    bool m_anyNational = false;
    Layout m_screenLayout; // of the last paint, for hover and double-click
    QPointer<QMenu> m_menu;
    void fillPlaceMenu(QMenu* menu, int place);
    void fillTextMenu(QMenu* menu) const;
};

} // namespace regio::ui
