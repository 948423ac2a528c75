#pragma once
// The QtCharts charts of the Verwantschap tab, for one region each:
//   - SwotChartView: the SWOT quadrant scatter of van Oort et al. (2016) / SER (2017) fig. B.7 —
//     x = location quotient (log scale), y = embeddedness; lines at LQ = 1 and at the
//     embeddedness threshold; one series per quadrant (Sterkte, Zwakte, Kans, Bedreiging);
//   - RankingChartView: horizontal bars, either the top-N location quotients or the opportunity
//     ranking (non-specialised sectors by embeddedness), bars coloured by SWOT quadrant.
// Every number comes from RelatednessModel (core). Fonts ≥ 10 pt for the beamer; the demonstration
// notice is part of each chart's title. renderChart() draws the chart on any painter (export).
#include "economy/indicators.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <vector>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QScatterSeries;
class QAbstractSeries;

namespace regio::ui {

class RelatednessModel;

class RelatednessChartView : public QChartView {
    Q_OBJECT
public:
    void setRegion(const QString& code); // unknown codes are ignored
    // Applies the current fonts (relatednessFontScale) again, e.g. entering presentation mode.
    void restyle();
    const QString& region() const { return m_region; }
    // Draws the chart into `target` (image, PDF or SVG export).
    void renderChart(QPainter& painter, const QRectF& target) const;

protected:
    RelatednessChartView(const RelatednessModel& model, QWidget* parent);
    virtual void rebuild() = 0;
    // A short, wide chart (a laptop) keeps its plot: the legend goes to the right, not below.
    void resizeEvent(QResizeEvent* event) override;
    // Adapts the content to a size (e.g. how many bars fit with readable names); called for the
    // screen and for each export size.
    virtual void fitToSize(const QSizeF& /*size*/) {}
    // Whether a short chart moves its legend beside the plot (a scatter) or keeps it below (bars,
    // whose names need the width).
    virtual bool legendBesideWhenShort() const { return true; }
    // Title with the demonstration notice on a second line when needed.
    QString titleHtml(const QString& title) const;
    void styleAxisFonts() const;

    const RelatednessModel& m_model;
    QString m_region;
};

class SwotChartView : public RelatednessChartView {
    Q_OBJECT
public:
    explicit SwotChartView(const RelatednessModel& model, QWidget* parent = nullptr);

    // The four scatter series in Quadrant order (Strength, Weakness, Opportunity, Threat).
    const QList<QScatterSeries*>& quadrantSeries() const { return m_series; }
    // The sector column of point `index` of a quadrant series (or -1).
    int sectorOf(economy::Quadrant quadrant, int index) const;
    // Lowest LQ shown on the log axis; sectors absent from the region (LQ 0) are drawn there.
    double lqFloor() const { return m_lqFloor; }
    // The point labels now shown, in chart coordinates (tests: none covers another or a point).
    std::vector<QRectF> shownPointLabels() const;

protected:
    void rebuild() override;

private:
    void placeLabels();

    QList<QScatterSeries*> m_series;
    std::vector<std::vector<int>> m_sectors; // per quadrant: sector per point
    std::vector<QGraphicsRectItem*> m_quadrantLabels;
    std::vector<std::pair<QGraphicsSimpleTextItem*, QPointF>> m_pointLabels;
    double m_lqFloor = 0.1;
    double m_threshold = 0.0;
};

class RankingChartView : public RelatednessChartView {
    Q_OBJECT
public:
    enum class Kind { LocationQuotient, Opportunity };
    RankingChartView(const RelatednessModel& model, Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    // Sector columns shown, top of the chart first.
    const std::vector<int>& sectors() const { return m_shown; }
    static constexpr int kTopN = 15;
    // The least height a bar chart is given (its pane scrolls below that): about seven bars.
    static constexpr int kMinReadableHeight = 480;
    // Bars shown: kTopN where there is room, at least 5 on a short laptop pane, each with its full name.
    int shownCount() const { return m_topN; }

protected:
    void rebuild() override;

    void fitToSize(const QSizeF& size) override;
    bool legendBesideWhenShort() const override { return false; }

private:
    void placeValueLabels();

    Kind m_kind;
    int m_topN = kTopN;
    double m_nameColumn = 200; // width left of the plot for the sector names
    QSizeF m_fitSize;           // the size fitToSize last laid out for
    // Title and demonstration notice over the whole width (the chart's own title would be
    // squeezed right of the names).
    QGraphicsTextItem* m_titleItem = nullptr;
    void layoutFrame();
    std::vector<int> m_shown;
    QAbstractSeries* m_barSeries = nullptr;
    std::vector<std::pair<QGraphicsSimpleTextItem*, QPointF>> m_valueLabels;
    // The full sector names, one above each bar (QtCharts would cut or drop category labels).
    std::vector<QGraphicsTextItem*> m_nameLabels;

public:
    // The names as shown above the bars, top first (for tests).
    QStringList shownNames() const;
};

} // namespace regio::ui
