#pragma once
// "Verloop per jaar": a small chart of the number of bodies per type per year (2010 up to this
// year), from coverage::bodiesPerYear, with a source line that says how unknown years are counted.
// Opened from the Lagen dock (button "Verloop…") and from Beeld; follows the registry and marks
// the peiljaar.
#include <QDialog>

class QChart;
class QChartView;
class QLabel;

namespace regio::ui {

class RegistryDocument;

class LandscapeChartDialog : public QDialog {
    Q_OBJECT
public:
    explicit LandscapeChartDialog(RegistryDocument& document, QWidget* parent = nullptr);

    QChartView* chartView() const { return m_view; }
    QString sourceLine() const;

private:
    void rebuild();

    RegistryDocument& m_doc;
    QChartView* m_view = nullptr;
    QLabel* m_source = nullptr;
};

} // namespace regio::ui
