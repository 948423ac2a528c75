// The map as drawn: selection highlight inside the selected municipality, layers, hit testing,
// and the main window's selection, details and search. Rendered offscreen (QT_QPA_PLATFORM).
#include <doctest/doctest.h>

#include "regions/region_model.h"
#include "test_paths.h"
#include "ui/main_window.h"
#include "ui/map/map_widget.h"
#include "ui/region_details.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace regio;
using namespace regio::ui;

namespace {

struct PixelCount {
    int inside = 0;
    int insideHighlighted = 0;
    int outsideHighlighted = 0;
};

// Counts, over the rendered image, pixels of `colour` inside and outside a region's outline.
PixelCount countColour(const QImage& image, const MapWidget& map, const Region& region, const QColor& colour)
{
    const QTransform toWorld = map.worldToScreen().inverted();
    PixelCount count;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QPointF world = toWorld.map(QPointF(x + 0.5, y + 0.5));
            const bool inside = geo::contains(region.shape, geo::Point(world.x(), world.y()));
            const bool highlighted = image.pixelColor(x, y).rgb() == colour.rgb();
            if (inside) {
                ++count.inside;
                count.insideHighlighted += highlighted;
            } else {
                count.outsideHighlighted += highlighted;
            }
        }
    return count;
}

QImage renderMap(const MapWidget& map)
{
    QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    map.render(painter, QRectF(QPointF(0, 0), QSizeF(map.size())));
    return image;
}

} // namespace

TEST_CASE("Map: the selected municipality is filled with the selection colour, and only it")
{
    const RegionModel& model = RegionModel::embedded();
    MapWidget map(model);
    map.resize(700, 800);
    map.zoomToFit();
    map.setSelection(QStringLiteral("GM0363"));
    CHECK(map.selection() == QStringLiteral("GM0363"));

    const QImage image = renderMap(map);
    const QColor selection = map.mapStyle().selectionFill;
    const PixelCount amsterdam = countColour(image, map, *model.municipality(QStringLiteral("GM0363")), selection);
    REQUIRE(amsterdam.inside > 100);
    // Most of the inside is the highlight (borders and the label take the rest)…
    CHECK(amsterdam.insideHighlighted > 0.6 * amsterdam.inside);
    // …and the highlight does not leak: outside only antialiased edge pixels could match, and
    // the opaque colour does not occur in the legend swatch's border-free interior elsewhere.
    const int legendSwatchAllowance = 200;
    CHECK(amsterdam.outsideHighlighted < legendSwatchAllowance);

    // Rotterdam is not selected: no highlight inside it.
    const PixelCount rotterdam = countColour(image, map, *model.municipality(QStringLiteral("GM0599")), selection);
    CHECK(rotterdam.inside > 50);
    CHECK(rotterdam.insideHighlighted == 0);

    // Clearing the selection removes the highlight from Amsterdam.
    map.setSelection(QString());
    const QImage cleared = renderMap(map);
    CHECK(countColour(cleared, map, *model.municipality(QStringLiteral("GM0363")), selection).insideHighlighted == 0);
}

TEST_CASE("Map: hit testing follows the layer; a division selection fills all its municipalities")
{
    const RegionModel& model = RegionModel::embedded();
    MapWidget map(model);
    map.resize(600, 700);
    map.zoomToFit();
    const Municipality* zwolle = model.municipality(QStringLiteral("GM0193"));
    const QPointF at = map.worldToScreen().map(QPointF(zwolle->labelPoint.x(), zwolle->labelPoint.y()));
    CHECK(map.regionAt(at) == QStringLiteral("GM0193"));
    map.setLayer(Level::Provincie);
    CHECK(map.regionAt(at) == QStringLiteral("PV23"));
    map.setLayer(Level::Corop);
    CHECK(map.regionAt(at) == QStringLiteral("CR10"));
    map.setLayer(Level::Arbeidsmarktregio);
    CHECK(map.regionAt(at) == QStringLiteral("AM36"));
    CHECK(map.regionAt(QPointF(2, 2)).isEmpty()); // the North Sea corner

    map.setSelection(QStringLiteral("AM36"));
    const QImage image = renderMap(map);
    const PixelCount region = countColour(image, map, *model.division(QStringLiteral("AM36")), map.mapStyle().selectionFill);
    CHECK(region.insideHighlighted > 0.6 * region.inside);
    map.setSelection(QStringLiteral("XX01"));
    CHECK(map.selection().isEmpty()); // unknown codes select nothing
}

TEST_CASE("Map: zooming keeps the point under the cursor, fit shows the whole country")
{
    const RegionModel& model = RegionModel::embedded();
    MapWidget map(model);
    map.resize(500, 600);
    map.zoomToFit();
    const double fitScale = map.scale();
    const QPointF anchor(200, 300);
    const QPointF before = map.worldToScreen().inverted().map(anchor);
    map.zoomBy(2.0, anchor);
    CHECK(map.scale() == doctest::Approx(2 * fitScale));
    const QPointF after = map.worldToScreen().inverted().map(anchor);
    CHECK(after.x() == doctest::Approx(before.x()));
    CHECK(after.y() == doctest::Approx(before.y()));
    map.zoomToFit();
    // Every municipality's label point is on screen at the fitted view.
    for (const Municipality& m : model.municipalities()) {
        const QPointF p = map.worldToScreen().map(QPointF(m.labelPoint.x(), m.labelPoint.y()));
        CHECK(QRectF(0, 0, 500, 600).contains(p));
    }
}

TEST_CASE("Main window: selecting a division switches the layer; details and search")
{
    const RegionModel& model = RegionModel::embedded();
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(model, options);
    window.resize(1200, 800);

    CHECK(window.selectRegion(QStringLiteral("CR23")));
    CHECK(window.map()->layer() == Level::Corop);
    CHECK(window.map()->selection() == QStringLiteral("CR23"));
    const QString details = window.details()->toPlainText();
    CHECK(details.contains(QStringLiteral("Groot-Amsterdam")));
    CHECK(details.contains(QStringLiteral("Amsterdam")));
    CHECK(details.contains(QStringLiteral("Noord-Holland"))); // the province it lies in

    CHECK(window.selectRegion(QStringLiteral("gm0193")));
    CHECK(window.map()->selection() == QStringLiteral("GM0193"));
    CHECK(window.details()->toPlainText().contains(QStringLiteral("Noord-Overijssel")));
    CHECK_FALSE(window.selectRegion(QStringLiteral("GM9999")));

    // Search by name, then by code, with Enter.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    REQUIRE(search);
    search->setText(QStringLiteral("Eindhoven"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(window.map()->selection() == QStringLiteral("GM0772"));
    search->setText(QStringLiteral("am18"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(window.map()->selection() == QStringLiteral("AM18"));
    CHECK(window.map()->layer() == Level::Arbeidsmarktregio);
}

TEST_CASE("regioverkenner --screenshot renders the chosen layer and selection into a PNG")
{
    const QString exe = test::binaryDir() + QStringLiteral("/app/regioverkenner");
    if (!QFileInfo::exists(exe)) {
        MESSAGE("regioverkenner is niet gebouwd: test overgeslagen");
        return;
    }
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(exe, {QStringLiteral("--screenshot"), png, QStringLiteral("--select"), QStringLiteral("GM0599"),
                        QStringLiteral("--layer"), QStringLiteral("corop"), QStringLiteral("--size"), QStringLiteral("1280x720")});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.size() == QSize(1280, 720)); // a laptop screen: the window fits
    int highlighted = 0;
    const QRgb selection = MapStyle().selectionFill.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            highlighted += image.pixel(x, y) == selection;
    CHECK(highlighted > 2000); // Rotterdam zoomed in fills a good part of the map

    // --presentation: the beamer style (white water instead of the light blue-grey one).
    auto countRgb = [](const QImage& img, QRgb rgb) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                n += (img.pixel(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF);
        return n;
    };
    const QRgb water = MapStyle().background.rgb();
    CHECK(countRgb(image, water) > 10000);
    const QString presentationPng = dir.filePath(QStringLiteral("presentatie.png"));
    QProcess presentation;
    presentation.setProcessEnvironment(env);
    presentation.start(exe, {QStringLiteral("--screenshot"), presentationPng, QStringLiteral("--presentation"),
                             QStringLiteral("--size"), QStringLiteral("1280x720")});
    REQUIRE(presentation.waitForFinished(60000));
    CHECK(presentation.exitCode() == 0);
    const QImage beamer(presentationPng);
    REQUIRE(!beamer.isNull());
    CHECK(beamer.size() == QSize(1280, 720));
    CHECK(countRgb(beamer, water) < 50); // a stray antialiased pixel may match by chance

    // A wrong option value is refused with exit code 2 and a message.
    QProcess bad;
    bad.setProcessEnvironment(env);
    bad.start(exe, {QStringLiteral("--screenshot"), png, QStringLiteral("--layer"), QStringLiteral("wijk")});
    REQUIRE(bad.waitForFinished(60000));
    CHECK(bad.exitCode() == 2);
    CHECK(QString::fromUtf8(bad.readAllStandardError()).contains(QStringLiteral("--layer")));
}
