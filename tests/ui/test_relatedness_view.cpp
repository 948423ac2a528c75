// The Verwantschap tab as drawn (offscreen): the region's specialisations in full colour and the
// rest faded, the same node positions in both side-by-side networks, the SWOT series, and
// imports that either replace the data or fail with file and line and keep the previous data.
// With REGIO_SCREENSHOT_DIR set, the tab and each chart are also saved as PNG for inspection.
#include <doctest/doctest.h>

#include "economy/demo_economy.h"
#include "ui/relatedness/network_view.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_style.h"
#include "ui/relatedness/relatedness_view.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <cmath>

using namespace regio;
using namespace regio::ui;

namespace {

QImage renderNetwork(const NetworkView& view, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

// Share of the pixels within 0.8 × the node radius (outside the centred code label's box)
// that have exactly `colour`.
double shareOfColour(const QImage& image, QPointF centre, double radius, const QColor& colour)
{
    int total = 0, hits = 0;
    const double r = radius * 0.8;
    for (int y = int(centre.y() - r); y <= int(centre.y() + r); ++y)
        for (int x = int(centre.x() - r); x <= int(centre.x() + r); ++x) {
            const double dx = x + 0.5 - centre.x(), dy = y + 0.5 - centre.y();
            if (dx * dx + dy * dy > r * r || std::abs(dy) < radius * 0.45)
                continue; // the code label sits in the middle band
            ++total;
            hits += image.pixelColor(x, y).rgb() == colour.rgb();
        }
    return total == 0 ? 0.0 : double(hits) / total;
}

// The largest sector (by national employment) with the given specialisation in `region` and,
// when `otherRegion` >= 0, the opposite one there.
int largestSector(const RelatednessModel& model, int region, bool specialised, int otherRegion = -1)
{
    int best = -1;
    for (std::size_t i = 0; i < model.sectorCount(); ++i) {
        if ((model.lq(region, i) > 1.0) != specialised)
            continue;
        if (otherRegion >= 0 && (model.lq(otherRegion, i) > 1.0) == specialised)
            continue;
        if (best < 0 || model.nationalEmployment(i) > model.nationalEmployment(std::size_t(best)))
            best = int(i);
    }
    return best;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void saveScreenshots(RelatednessView& view, const QString& suffix)
{
    const QString dir = qEnvironmentVariable("REGIO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents();
    view.grab().save(dir + QStringLiteral("/relatedness%1.png").arg(suffix));
    for (auto [chart, name] : {std::pair<RelatednessChartView*, const char*>{view.swotChart(), "swot"},
                               {view.lqChart(), "lq"}, {view.opportunityChart(), "kansen"}}) {
        QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        chart->resize(1200, 800);
        QApplication::processEvents();
        QPainter painter(&image);
        chart->renderChart(painter, QRectF(0, 0, 1200, 800));
        painter.end();
        image.save(dir + QStringLiteral("/chart-%1%2.png").arg(QLatin1String(name), suffix));
    }
    view.hide();
}

} // namespace

TEST_CASE("Verwantschap: demonstration data, region choice and the notice")
{
    RelatednessView view;
    const RelatednessModel& model = *view.model();
    REQUIRE(model.loadError().isEmpty());
    CHECK(model.isDemonstration());
    CHECK(model.sectorCount() == 86);
    CHECK(model.regionCount() == 40);
    CHECK(view.region() == QStringLiteral("CR23")); // Groot-Amsterdam, as fig. B.9
    CHECK(view.comparisonRegion() == QStringLiteral("CR29"));
    CHECK_FALSE(view.noticeLabel()->isHidden());
    CHECK(view.noticeLabel()->text() == economy::demoNotice());
    CHECK(view.sectorPanel()->toPlainText().contains(economy::demoNotice()));

    view.setRegion(QStringLiteral("cr03"));
    CHECK(view.region() == QStringLiteral("CR03"));
    CHECK(view.swotChart()->region() == QStringLiteral("CR03"));
    view.setRegion(QStringLiteral("GM0363")); // not a region of the economy: ignored
    view.setRegion(QStringLiteral("CR99"));
    CHECK(view.region() == QStringLiteral("CR03"));

    const QList<QAction*> actions = view.importActions();
    REQUIRE(actions.size() == 3);
    CHECK(actions[0]->text() == QStringLiteral("Werkgelegenheid importeren (CSV, XLSX, ODS)…"));
    CHECK(actions[1]->text() == QStringLiteral("Arbeidsstromen importeren (CSV, XLSX, ODS)…"));
    CHECK(actions[2]->text() == QStringLiteral("Terug naar de demonstratie-economie (Verwantschap)"));
    saveScreenshots(view, QString());
}

TEST_CASE("Verwantschap: specialisations full colour, others faded; same positions side by side")
{
    RelatednessView view;
    view.setRegion(QStringLiteral("CR23"));
    const RelatednessModel& model = *view.model();
    const int amsterdam = model.regionIndex(QStringLiteral("CR23"));
    const int rijnmond = model.regionIndex(QStringLiteral("CR29"));
    const QSize size(900, 700);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const QImage image = renderNetwork(*view.networkView(), size);

    const int special = largestSector(model, amsterdam, true);
    const int plain = largestSector(model, amsterdam, false);
    REQUIRE(special >= 0);
    REQUIRE(plain >= 0);
    const QColor specialColour = sectionColour(model.sectorSection(std::size_t(special)));
    const QColor plainColour = sectionColour(model.sectorSection(std::size_t(plain)));
    const QPointF sc = view.networkView()->nodeCentre(special, target);
    const QPointF pc = view.networkView()->nodeCentre(plain, target);
    INFO("specialised sector " << model.sectorCode(std::size_t(special)).toStdString() << ", other "
                               << model.sectorCode(std::size_t(plain)).toStdString());
    CHECK(shareOfColour(image, sc, view.networkView()->nodeRadius(special, target), specialColour) > 0.5);
    CHECK(shareOfColour(image, pc, view.networkView()->nodeRadius(plain, target), plainColour) == 0.0);
    CHECK(shareOfColour(image, pc, view.networkView()->nodeRadius(plain, target), fadedColour(plainColour)) > 0.5);

    // Side by side: both networks put every sector at the same relative position…
    view.setSideBySide(true);
    CHECK(view.sideBySide());
    CHECK_FALSE(view.comparisonView()->isHidden());
    view.setComparisonRegion(QStringLiteral("CR29"));
    for (std::size_t i = 0; i < model.sectorCount(); ++i) {
        const QPointF a = view.networkView()->nodeCentre(int(i), target);
        const QPointF b = view.comparisonView()->nodeCentre(int(i), target);
        CHECK(a == b);
    }
    // …and highlight each region's own specialisations: one of Rijnmond's, not Amsterdam's.
    const int port = largestSector(model, rijnmond, true, amsterdam);
    REQUIRE(port >= 0);
    const QColor portColour = sectionColour(model.sectorSection(std::size_t(port)));
    const QPointF centre = view.networkView()->nodeCentre(port, target);
    const double radius = view.networkView()->nodeRadius(port, target);
    CHECK(shareOfColour(renderNetwork(*view.comparisonView(), size), centre, radius, portColour) > 0.5);
    CHECK(shareOfColour(image, centre, radius, portColour) == 0.0);

    // A higher threshold keeps the positions shared and thins the network.
    const auto edgesBefore = boost::num_edges(model.network().network);
    view.setThreshold(0.3);
    CHECK(model.threshold() == doctest::Approx(0.3));
    CHECK(boost::num_edges(model.network().network) < edgesBefore);
    CHECK(view.networkView()->nodeCentre(5, target) == view.comparisonView()->nodeCentre(5, target));

    // Hovering a node (mouse tracking) names it in the side panel and mirrors it in the other view.
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents();
    NetworkView* a = view.networkView();
    const QPointF at = a->nodeCentre(special, QRectF(a->rect()));
    QMouseEvent move(QEvent::MouseMove, at, a->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(a, &move);
    CHECK(a->hoveredSector() == special);
    CHECK(a->sectorAt(at) == special);
    CHECK(view.sectorPanel()->toPlainText().contains(model.sectorName(std::size_t(special))));
    view.hide();

    // Selecting a sector lists its related sectors in the side panel.
    view.selectSector(special);
    CHECK(view.networkView()->selectedSector() == special);
    CHECK(view.comparisonView()->selectedSector() == special);
    CHECK(view.sectorPanel()->toPlainText().contains(model.sectorName(std::size_t(special))));
    CHECK(view.sectorPanel()->toPlainText().contains(QStringLiteral("Verwante sectoren")));
    saveScreenshots(view, QStringLiteral("-naast-elkaar"));
}

TEST_CASE("Verwantschap: the SWOT chart has one series per quadrant covering every sector")
{
    RelatednessView view;
    view.setRegion(QStringLiteral("CR23"));
    const RelatednessModel& model = *view.model();
    const int region = model.regionIndex(QStringLiteral("CR23"));
    const economy::SwotResult swot = model.swot(region);
    const QList<QScatterSeries*>& series = view.swotChart()->quadrantSeries();
    REQUIRE(series.size() == 4);
    qsizetype points = 0;
    for (QScatterSeries* s : series)
        points += s->count();
    CHECK(points == qsizetype(model.sectorCount()));
    CHECK(series[0]->name().startsWith(QStringLiteral("Sterkte")));
    CHECK(series[3]->name().startsWith(QStringLiteral("Bedreiging")));

    // The specialised sector with the highest embeddedness is a Strength, and is plotted there.
    int strong = -1;
    for (std::size_t i = 0; i < swot.entries.size(); ++i)
        if (swot.entries[i].specialised && (strong < 0 || swot.entries[i].embeddedness > swot.entries[std::size_t(strong)].embeddedness))
            strong = int(i);
    REQUIRE(strong >= 0);
    CHECK(swot.entries[std::size_t(strong)].quadrant == economy::Quadrant::Strength);
    bool found = false;
    for (int k = 0; k < series[0]->count(); ++k)
        if (view.swotChart()->sectorOf(economy::Quadrant::Strength, k) == strong) {
            found = true;
            CHECK(series[0]->at(k).x() == doctest::Approx(swot.entries[std::size_t(strong)].lq));
            CHECK(series[0]->at(k).y() == doctest::Approx(swot.entries[std::size_t(strong)].embeddedness));
        }
    CHECK(found);

    // Rankings: 15 bars, LQ descending; opportunities are not specialised.
    const auto& top = view.lqChart()->sectors();
    REQUIRE(top.size() == 15);
    for (std::size_t k = 1; k < top.size(); ++k)
        CHECK(model.lq(region, std::size_t(top[k - 1])) >= model.lq(region, std::size_t(top[k])));
    REQUIRE(view.opportunityChart()->sectors().size() == 15);
    for (int s : view.opportunityChart()->sectors())
        CHECK(model.lq(region, std::size_t(s)) <= 1.0);

    // The charts render offscreen (export path), with something drawn.
    QImage image(1000, 700, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    view.swotChart()->resize(1000, 700);
    {
        QPainter painter(&image);
        view.swotChart()->renderChart(painter, QRectF(0, 0, 1000, 700));
    }
    int coloured = 0;
    const QRgb strength = quadrantColour(economy::Quadrant::Strength).rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            coloured += image.pixel(x, y) == strength;
    CHECK(coloured > 100);
}

TEST_CASE("Verwantschap: a malformed import fails with file and line and keeps the data; a valid one replaces it")
{
    RelatednessView view;
    view.setRegion(QStringLiteral("CR23"));
    const RelatednessModel& model = *view.model();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString bad = dir.filePath(QStringLiteral("werk-fout.csv"));
    writeFile(bad, "region,01,62\nCR23,10,20\nCR29,abc,5\n");
    QString error;
    CHECK_FALSE(view.importFile(bad, true, true, &error));
    CHECK(error.contains(QStringLiteral("werk-fout.csv")));
    CHECK(error.contains(QStringLiteral(":3:")));
    CHECK(model.sectorCount() == 86);
    CHECK(model.regionCount() == 40);
    CHECK(view.region() == QStringLiteral("CR23"));
    CHECK(model.isDemonstration());

    const QString badFlows = dir.filePath(QStringLiteral("stromen-fout.csv"));
    writeFile(badFlows, "from,to,value\n01,62,4\n01,XX,3\n");
    CHECK_FALSE(view.importFile(badFlows, false, true, &error));
    CHECK(error.contains(QStringLiteral("stromen-fout.csv:3:")));
    CHECK(model.sectorCount() == 86);

    const QString good = dir.filePath(QStringLiteral("werk.csv"));
    writeFile(good, "region,01,10,62,64\nCR23,100,300,2000,3000\nCR29,400,900,800,700\nCR03,900,600,100,50\n");
    CHECK(view.importFile(good, true, true));
    CHECK(model.sectorCount() == 4);
    CHECK(model.regionCount() == 3);
    CHECK(view.region() == QStringLiteral("CR23"));
    CHECK(model.lq(model.regionIndex(QStringLiteral("CR23")), 3) > 1.0);
    CHECK(model.isDemonstration()); // the flows are still the demonstration's
    CHECK_FALSE(view.noticeLabel()->isHidden());
    // The notice says which part is the user's: never "demonstration" on the user's own numbers alone.
    CHECK(view.noticeLabel()->text() == QStringLiteral("Eigen werkgelegenheid (werk.csv); arbeidsstromen: ") + economy::demoNotice());
    CHECK(model.sourceDescription().startsWith(QStringLiteral("Werkgelegenheid: eigen bestand werk.csv; arbeidsstromen: ")));
    CHECK(view.swotChart()->quadrantSeries().size() == 4);

    const QString flows = dir.filePath(QStringLiteral("stromen.csv"));
    writeFile(flows, "from,to,value\n01,10,50\n10,01,40\n62,64,80\n64,62,70\n01,62,1\n10,64,2\n");
    CHECK(view.importFile(flows, false, true));
    CHECK_FALSE(model.isDemonstration());
    CHECK(view.noticeLabel()->isHidden());
    CHECK(model.sourceDescription() == QStringLiteral("Werkgelegenheid: eigen bestand werk.csv; arbeidsstromen: eigen bestand stromen.csv"));
    CHECK(model.relatedSectors(2).size() == 1); // 62 is related to 64 only
    CHECK(model.sectorCode(model.relatedSectors(2).front().sector) == QStringLiteral("64"));
    saveScreenshots(view, QStringLiteral("-import"));

    // And back to the embedded demonstration economy.
    view.importActions().at(2)->trigger();
    CHECK(model.sectorCount() == 86);
    CHECK(model.isDemonstration());
    CHECK(view.noticeLabel()->text() == economy::demoNotice());
}

TEST_CASE("Verwantschap: SWOT point labels cover neither each other nor any point")
{
    RelatednessView view;
    view.resize(1366, 700);
    for (const char* code : {"CR10", "CR23"}) {
        CAPTURE(code);
        view.setRegion(QString::fromLatin1(code));
        SwotChartView* chart = view.swotChart();
        for (const QSize size : {QSize(900, 600), QSize(600, 420)}) {
            CAPTURE(size.width());
            chart->resize(size);
            chart->grab(); // lays the chart out as painted
            const std::vector<QRectF> labels = chart->shownPointLabels();
            CHECK(labels.size() >= 5); // the names that fit clear of the points (hover names every one)
            std::vector<QRectF> markers;
            for (QScatterSeries* s : chart->quadrantSeries())
                for (const QPointF& p : s->points()) {
                    const QPointF at = chart->chart()->mapToPosition(p, s);
                    markers.push_back(QRectF(at.x() - s->markerSize() / 2, at.y() - s->markerSize() / 2, s->markerSize(), s->markerSize()));
                }
            int collisions = 0;
            for (std::size_t i = 0; i < labels.size(); ++i) {
                for (std::size_t j = i + 1; j < labels.size(); ++j)
                    collisions += labels[i].intersects(labels[j]);
                for (const QRectF& m : markers)
                    collisions += labels[i].intersects(m.adjusted(1, 1, -1, -1));
            }
            CHECK(collisions == 0);
        }
    }
}

TEST_CASE("Verwantschap: the network's subtitle is never cut: two lines in a narrow view or with presentation fonts")
{
    RelatednessView view;
    view.setRegion(QStringLiteral("CR10"));
    const NetworkView* network = view.networkView();
    for (const double scale : {1.0, 1.6}) { // 1.6: presentation mode's fonts
        setRelatednessFontScale(scale);
        for (const double width : {1200.0, 640.0, scale > 1 ? 640.0 : 380.0}) {
            CAPTURE(scale);
            CAPTURE(width);
            const QStringList lines = network->subtitleLines(QRectF(0, 0, width, 500));
            REQUIRE_FALSE(lines.isEmpty());
            if (width >= 1200 && scale == 1.0)
                CHECK(lines.size() == 1);
            if (width <= 380)
                CHECK(lines.size() == 2);
            const QString all = lines.join(QLatin1Char(' '));
            CHECK_FALSE(all.contains(QChar(0x2026)));
            CHECK(all.contains(QStringLiteral("gespecialiseerd")));
            CHECK(all.contains(QStringLiteral("lijnen")));
        }
    }
    setRelatednessFontScale(1.0);
}
