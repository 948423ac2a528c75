#include "ui/registry/landscape_chart.h"

#include "coverage/coverage.h"
#include "ui/registry/body_layers.h"
#include "ui/registry/registry_document.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace regio::ui {

namespace {

// Twelve body types need twelve colours that stay apart: Tol "muted" (9) plus three of "light".
const QColor kTypeColours[] = {
    QColor(0x33, 0x22, 0x88), QColor(0x88, 0xCC, 0xEE), QColor(0x44, 0xAA, 0x99), QColor(0x11, 0x77, 0x33),
    QColor(0x99, 0x99, 0x33), QColor(0xDD, 0xCC, 0x77), QColor(0xCC, 0x66, 0x77), QColor(0x88, 0x22, 0x55),
    QColor(0xAA, 0x44, 0x99), QColor(0xEE, 0x88, 0x66), QColor(0xBB, 0xCC, 0x33), QColor(0xDD, 0xDD, 0xDD),
};

} // namespace

LandscapeChartDialog::LandscapeChartDialog(RegistryDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_doc(document)
{
    setObjectName(QStringLiteral("landscapeChart"));
    setWindowTitle(tr("Verloop: samenwerkingsverbanden per type per jaar"));
    auto* layout = new QVBoxLayout(this);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(560, 340);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_source);
    layout->addWidget(buttons);
    connect(&m_doc, &RegistryDocument::changed, this, &LandscapeChartDialog::rebuild);
    connect(&m_doc, &RegistryDocument::referenceYearChanged, this, &LandscapeChartDialog::rebuild);
    rebuild();
    resize(820, 520);
}

QString LandscapeChartDialog::sourceLine() const { return m_source->text(); }

void LandscapeChartDialog::rebuild()
{
    const registry::Registry& reg = m_doc.registry();
    const int last = QDate::currentDate().year();
    const auto years = coverage::bodiesPerYear(reg, registry::kFirstReferenceYear, last);

    auto* chart = new QChart;
    auto* series = new QStackedBarSeries;
    for (registry::BodyType t : registry::allBodyTypes) {
        bool any = false;
        for (const coverage::YearCount& y : years)
            any = any || y.perType[size_t(t)] > 0;
        if (!any)
            continue;
        auto* set = new QBarSet(registry::label(t));
        set->setColor(kTypeColours[size_t(t) % std::size(kTypeColours)]);
        set->setBorderColor(Qt::white);
        for (const coverage::YearCount& y : years)
            *set << y.perType[size_t(t)];
        series->append(set);
    }
    chart->addSeries(series);
    QStringList categories;
    int maxTotal = 0;
    for (const coverage::YearCount& y : years) {
        // The peiljaar is marked in its label.
        categories << (m_doc.referenceYear() == y.year ? tr("▸%1").arg(y.year) : QString::number(y.year));
        maxTotal = std::max(maxTotal, y.total);
    }
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setLabelsAngle(-90); // seventeen years side by side: upright they would be cut to "…"
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, std::max(1, maxTotal));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("aantal verbanden"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    chart->setTitle(tr("Samenwerkingsverbanden per type per jaar") + referenceYearSuffix(m_doc.coverageOptions()));
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        old->deleteLater();

    const int unknown = coverage::bodiesWithoutFoundingYear(reg);
    m_source->setText(
        tr("Bron: %1. Een verband telt in een jaar als het toen was opgericht en nog niet was opgeheven. "
           "%n verband(en) zonder bekend oprichtingsjaar tellen in elk jaar mee; een beëindigd verband zonder "
           "eindjaar telt in geen enkel jaar mee. Vestigingsplaatsen en verbanden over de grens tellen mee.",
           nullptr, unknown)
            .arg(registerSource(reg)));
}

} // namespace regio::ui
