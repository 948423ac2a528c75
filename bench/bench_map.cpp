// Map benchmarks (DESIGN.md §7): start-up to the first painted map, a full repaint of the
// national map, and the 11,691-neighbourhood fixture loaded and painted (stress case).
//
//   bench_map [--runs N]     median of N runs per case (default 15; 3 for the slow cases)
#include "bench_util.h"

#include "geography/topojson.h"
#include "regions/region_model.h"
#include "ui/main_window.h"
#include "ui/map/map_widget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>

#include <cmath>
#include <cstring>

using namespace regio;

namespace {

// A region model straight from a boundary layer: every feature a "municipality" with its own
// label point (coarser precision for small polygons keeps this linear and quick).
RegionModel modelFromLayer(const geo::FeatureLayer& layer)
{
    std::vector<Municipality> list;
    list.reserve(layer.features.size());
    for (const geo::Feature& f : layer.features) {
        Municipality m;
        m.code = geo::FeatureLayer::propertyText(f, QStringLiteral("statcode"));
        m.name = geo::FeatureLayer::propertyText(f, QStringLiteral("statnaam"));
        m.shape = f.shape;
        m.bounds = geo::bounds(m.shape);
        m.areaKm2 = geo::areaKm2(m.shape);
        const double extent = std::sqrt(std::max(1.0, geo::bg::area(m.bounds)));
        m.labelPoint = geo::labelPoint(m.shape, std::max(50.0, extent / 20.0));
        list.push_back(std::move(m));
    }
    RegionModel model;
    model.setYear(2014);
    model.setAttribution(QStringLiteral("Bron: CBS/Kadaster (CC BY 4.0) — testbestand buurten 2014"));
    model.setMunicipalities(std::move(list));
    return model;
}

QImage paintOnce(const ui::MapWidget& map)
{
    QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    map.render(painter, QRectF(QPointF(0, 0), QSizeF(map.size())));
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 15;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));

    std::printf("Kaart-benchmarks (mediaan van %d runs, offscreen, 1920x1080)\n", runs);

    // 1. Start-up to an interactive map: load the embedded regions (uncached), build the main
    //    window, lay it out and paint it once.
    const double startup = bench::medianMs(runs, [] {
        const RegionModel model = RegionModel::load(QStringLiteral(":/data/regions-2025.rvg"));
        ui::StartOptions options;
        options.restoreSettings = false;
        ui::MainWindow window(model, options);
        window.resize(1920, 1080);
        window.show();
        QApplication::processEvents();
        const QImage first = window.grab().toImage();
        if (first.isNull())
            std::abort();
    });
    bench::report("startup_to_first_paint", startup, "regio's laden + hoofdvenster + eerste tekening");

    const double loadOnly = bench::medianMs(runs, [] {
        const RegionModel model = RegionModel::load(QStringLiteral(":/data/regions-2025.rvg"));
        if (model.municipalities().size() != 342)
            std::abort();
    });
    bench::report("load_embedded_regions", loadOnly, "ingebouwde regio's 2025 inlezen (342 + 87 vlakken)");

    // 2. Full repaint of the national map: every fill, border, label and overlay.
    const RegionModel& model = RegionModel::embedded();
    ui::MapWidget map(model);
    map.resize(1920, 1080);
    map.zoomToFit();
    const double repaint = bench::medianMs(runs * 2, [&] { paintOnce(map); });
    bench::report("full_repaint_national_gemeente", repaint, "342 gemeenten, provinciegrenzen, labels, legenda");
    map.setLayer(Level::Corop);
    map.setSelection(QStringLiteral("CR23"));
    const double repaintCorop = bench::medianMs(runs * 2, [&] { paintOnce(map); });
    bench::report("full_repaint_national_corop", repaintCorop, "idem met COROP-grenzen en selectie");

    // 3. The 11,691 neighbourhoods of 2014 (WGS84): read, project, build, paint.
    const QString buurt = QStringLiteral(REGIO_SHARED_DATA_DIR "/cbs-2015/Buurt_2014_layer_q1e3.json");
    if (!QFileInfo::exists(buurt)) {
        std::printf("buurt_load_and_paint: overgeslagen (%s ontbreekt)\n", qPrintable(buurt));
        return 0;
    }
    const int slowRuns = std::max(1, std::min(runs, 3));
    size_t features = 0;
    const double stress = bench::medianMs(slowRuns, [&] {
        const geo::FeatureLayer layer = geo::readTopoJson(buurt);
        features = layer.features.size();
        const RegionModel neighbourhoods = modelFromLayer(layer);
        ui::MapWidget big(neighbourhoods);
        big.resize(1920, 1080);
        big.zoomToFit();
        paintOnce(big);
    });
    std::printf("%-34s %10.2f ms   %zu buurten: inlezen, projecteren, opbouwen, eerste tekening\n",
                "buurt_load_and_paint", stress, features);
    const geo::FeatureLayer layer = geo::readTopoJson(buurt);
    const RegionModel neighbourhoods = modelFromLayer(layer);
    ui::MapWidget big(neighbourhoods);
    big.resize(1920, 1080);
    big.zoomToFit();
    bench::report("buurt_repaint", bench::medianMs(slowRuns, [&] { paintOnce(big); }), "alleen opnieuw tekenen");
    return 0;
}
