#pragma once
// "Wie zit aan tafel?": SER 2017 Table 2.1 ("Overzicht focus en deelnemers") for the selection.
// Rows are the forms of cooperation present (body types), columns the three domains and the ten
// actor types; ● when every body of that form has it, ○ when some do. A last row "Aan tafel"
// sums up, and the columns of actors that no body brings to the table are highlighted.
// The table itself comes from coverage::formsOf; this widget only draws it.
#include "coverage/forms.h"

#include <QWidget>

#include <vector>

namespace regio::ui {

class ActorGrid : public QWidget {
    Q_OBJECT
public:
    static constexpr int kColumns = 13; // 3 domains, then 10 actors in registry::allActors order

    explicit ActorGrid(QWidget* parent = nullptr);

    void setCoverage(const registry::Registry& registry, const coverage::CoverageResult& result);
    void clear(const QString& hint);

    // What is drawn (tests): row labels, and the mark of a cell.
    int rowCount() const { return int(m_rows.size()); }
    QString rowLabel(int row) const;
    coverage::Mark mark(int row, int column) const;
    bool columnMissing(int column) const;

    void render(QPainter& painter, const QRectF& target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Row {
        coverage::FormRow form;
        QString label;
        QStringList names;                          // display names of its bodies
        std::vector<registry::DomainSet> domains;   // per body
        std::vector<registry::ActorSet> actors;     // per body
    };
    struct Geometry {
        double scale = 1;
        double left = 0, top = 0, rowHeader = 0, column = 0, headerHeight = 0, row = 0;
        bool rotated = false;
        QRectF cell(int row, int column) const;
    };
    Geometry geometryFor(const QRectF& target) const;
    QString cellTooltip(int row, int column) const;
    double contentHeight() const; // at the current width (headers turn when columns get narrow)

    std::vector<Row> m_rows;
    registry::DomainSet m_corners;
    registry::ActorSet m_present;
    bool m_hasCoverage = false;
    bool m_rotated = false;
    QString m_hint;
};

} // namespace regio::ui
