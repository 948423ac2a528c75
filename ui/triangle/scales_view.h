#pragma once
// "Schakelen op schalen" (SER 2017 sect. 3.3, the Hardenberg example): for one municipality, its
// bodies by domain (rows Economie, Onderwijs, Arbeidsmarkt) and by scale (columns gemeente →
// grensoverschrijdend, small to large). The cells come from coverage::scalesOf; this widget only
// draws them. For a division it says in a sentence that this view is per municipality.
#include "coverage/coverage.h"

#include <QWidget>

#include <array>
#include <vector>

namespace regio::ui {

class ScalesView : public QWidget {
    Q_OBJECT
public:
    explicit ScalesView(QWidget* parent = nullptr);

    void setMunicipality(const registry::Registry& registry, const registry::BodyIndex& index, const QString& code,
                         const QString& name, const coverage::CoverageOptions& options = {});
    // No municipality: `title` and a sentence in place of the grid.
    void showMessage(const QString& title, const QString& message);

    // The names drawn in one cell (display names, small scale first): for tests.
    QStringList cellNames(registry::Domain domain, registry::Scale scale) const;
    const QString& message() const { return m_message; }

    void render(QPainter& painter, const QRectF& target) const;

    QSize sizeHint() const override { return {1400, int(contentHeight())}; }
    QSize minimumSizeHint() const override { return {760, int(contentHeight())}; }

Q_SIGNALS:
    void bodyActivated(const QString& bodyId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Item {
        QString bodyId;
        QString text;
        QString tooltip;
        int family = -1;      // -1: the national programmes of the cell, grouped
        QStringList members;  // the grouped bodies' names
    };
    struct Placed {
        QRectF rect;
        const Item* item = nullptr; // nullptr: the "+N meer" line
        QString tooltip;            // of the "+N meer" line: the names it stands for
        QString badge;              // "+N" on the last name when there is no room for a line
    };
    struct Layout {
        double scale = 1;
        QRectF logical;
        double left = 0, top = 0, labelWidth = 0, column = 0, headerHeight = 0;
        std::array<double, 3> rowTop{};
        std::array<double, 3> rowHeight{};
        std::vector<Placed> placed;
    };
    Layout layoutFor(const QRectF& target) const;
    double contentHeight() const;
    const Placed* placedAt(const QPointF& widgetPos) const;

    QString m_title;
    QString m_subtitle;
    QString m_message;
    std::array<std::array<std::vector<Item>, 7>, 3> m_cells; // [domain][scale]
    Layout m_screenLayout;
};

} // namespace regio::ui
