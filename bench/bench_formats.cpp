// The paths of the new file formats a user waits on: a CBS/PDOK GeoPackage converted to regions,
// the registry to Excel and back, and the map theme recomputed when the peiljaar changes.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_formats
#include "bench_util.h"

#include "coverage/coverage.h"
#include "geography/topojson.h"
#include "io/table.h"
#include "regions/ogr_region_source.h"
#include "regions/region_builder.h"
#include "regions/region_model.h"
#include "registry/registry.h"
#include "registry/registry_json.h"
#include "registry/registry_table.h"

#include "gdal_fixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace regio;

namespace {

QString shared(const QString& relative) { return QStringLiteral(REGIO_SHARED_DATA_DIR "/") + relative; }

// The PDOK layout: the four CBS layers in one GeoPackage, as the converter reads it.
bool writeGeoPackage(const QString& path)
{
    const QStringList fields{QStringLiteral("statcode"), QStringLiteral("jrstatcode"), QStringLiteral("statnaam")};
    const std::array<std::pair<const char*, const char*>, 4> layers{{{"gemeente", "gemeente_gegeneraliseerd"},
                                                                     {"provincie", "provincie_gegeneraliseerd"},
                                                                     {"coropgebied", "coropgebied_gegeneraliseerd"},
                                                                     {"arbeidsmarktregio", "arbeidsmarktregio_gegeneraliseerd"}}};
    for (const auto& [stem, layer] : layers)
        if (!QFile::exists(shared(QStringLiteral("cbs-2025/%1_2025.topojson").arg(QLatin1String(stem)))))
            return false;
    GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
    for (const auto& [stem, layer] : layers)
        test::writeBoundaryLayer(*ds, QLatin1String(layer),
                                 geo::readTopoJson(shared(QStringLiteral("cbs-2025/%1_2025.topojson").arg(QLatin1String(stem)))), fields);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const RegionModel& regions = RegionModel::embedded();

    // 1. GeoPackage → regions (read 4 layers with OGR, build memberships and borders).
    const QString gpkg = dir.filePath(QStringLiteral("cbsgebiedsindelingen2025.gpkg"));
    if (writeGeoPackage(gpkg)) {
        const double ms = bench::medianMs(3, [&] {
            OgrRegionSource source;
            source.path = gpkg;
            const OgrRegionLayers layers = readOgrRegionLayers(source);
            RegionBuildOptions options;
            options.year = layers.yearInData;
            const RegionModel model = buildRegionModel(layers.municipalities,
                                                       {&layers.divisions[0], &layers.divisions[1], &layers.divisions[2]}, options);
            if (model.municipalities().size() != 342)
                std::abort();
        });
        bench::report("geopackage_to_regions", ms, "CBS GeoPackage (342 gemeenten + 3 indelingen) read and built");
    } else {
        std::printf("geopackage_to_regions: ../shared/data/cbs-2025 missing, skipped\n");
    }

    // 2. The registry to XLSX (libxlsxwriter) and back (GDAL's XLSX driver + validation).
    const registry::Registry reg = registry::loadDefaultRegistry(regions);
    const QString xlsx = dir.filePath(QStringLiteral("register.xlsx"));
    bench::report("registry_to_xlsx", bench::medianMs(5, [&] { io::writeXlsx(xlsx, registry::registryTable(reg, {})); }),
                  "142 bodies, all fields, written and checked");
    bench::report("registry_from_xlsx", bench::medianMs(5, [&] {
                      if (registry::loadRegistry(xlsx, regions).bodies.size() != reg.bodies.size())
                          std::abort();
                  }),
                  "the same workbook read back and validated");

    // 3. A new peiljaar: the accountability theme for all municipalities, and the chart's counts.
    const registry::BodyIndex index(reg, regions);
    coverage::CoverageOptions options;
    options.year = 2014;
    bench::report("peiljaar_accountability_theme",
                  bench::medianMs(9, [&] { (void)coverage::accountabilitySummary(regions, reg, index, options); }),
                  "342 municipalities at peiljaar 2014");
    bench::report("bodies_per_type_per_year", bench::medianMs(9, [&] { (void)coverage::bodiesPerYear(reg, 2010, 2026); }),
                  "the chart of bodies per type, 2010-2026");
    return 0;
}
