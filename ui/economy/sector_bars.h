#pragma once
// Horizontal paired bars, one row per SBI section: the region's share of jobs next to the
// Netherlands' share, with the full sector name on every row (drawn, never elided: the names wrap
// onto a second line when the widget is narrow). Suppressed sections say "geheim" instead of a bar.
// Painted by hand so that it scales for the beamer and exports as vector via render().
#include <QString>
#include <QWidget>

#include <vector>

namespace regio::ui {

struct SectorBar {
    QString name;          // "C Industrie"
    double share = 0.0;    // region, 0..1; NaN = unknown (suppressed)
    double shareNl = 0.0;  // Netherlands, 0..1
    double lq = 0.0;       // NaN = unknown
};

class SectorBarsWidget : public QWidget {
    Q_OBJECT
public:
    explicit SectorBarsWidget(QWidget* parent = nullptr);
    void setBars(std::vector<SectorBar> bars, const QString& regionLabel);
    const std::vector<SectorBar>& bars() const { return m_bars; }
    void setFontScale(double scale);
    // Draws into any rectangle (screen, PDF, SVG).
    void paintBars(QPainter& painter, const QRectF& target) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;  // tooltips with the numbers of the row under the mouse

private:
    int rowAt(const QPointF& pos) const;
    std::vector<SectorBar> m_bars;
    QString m_regionLabel;
    double m_fontScale = 1.0;
};

} // namespace regio::ui
