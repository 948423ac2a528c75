// Official boundaries through GDAL: a GeoPackage with the CBS gebiedsindelingen layer names is
// built inside the test from the shared 2025 TopoJSON (GDAL's own API, one layer in WGS84 so the
// reader must reproject), read by the OGR reader and converted; the result must equal the
// conversion of the TopoJSON itself. Damaged GeoPackages give Dutch messages.
#include <doctest/doctest.h>

#include "gdal_fixture.h"
#include "geography/ogr_reader.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "regions/ogr_region_source.h"
#include "regions/region_builder.h"
#include "regions/region_model.h"
#include "test_paths.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <functional>

using namespace regio;

namespace {

QString cbs2025(const QString& stem) { return QStringLiteral("cbs-2025/%1_2025.topojson").arg(stem); }

struct Sources {
    geo::FeatureLayer gemeente, provincie, corop, amr;
};

const Sources& topoSources()
{
    static const Sources s{geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("gemeente")))),
                           geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("provincie")))),
                           geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("coropgebied")))),
                           geo::readTopoJson(test::sharedFile(cbs2025(QStringLiteral("arbeidsmarktregio"))))};
    return s;
}

const QStringList kFields{QStringLiteral("statcode"), QStringLiteral("jrstatcode"), QStringLiteral("statnaam")};

// The PDOK layout: four layers named as CBS names them. COROP in WGS84 (EPSG:4326).
QString writeCbsGeoPackage(const QString& dir)
{
    const QString path = dir + QStringLiteral("/cbsgebiedsindelingen.gpkg");
    GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
    const Sources& s = topoSources();
    test::writeBoundaryLayer(*ds, QStringLiteral("gemeente_gegeneraliseerd"), s.gemeente, kFields);
    test::writeBoundaryLayer(*ds, QStringLiteral("provincie_gegeneraliseerd"), s.provincie, kFields, 28992, wkbMultiPolygon);
    test::writeBoundaryLayer(*ds, QStringLiteral("coropgebied_gegeneraliseerd"), s.corop, kFields, 4326);
    test::writeBoundaryLayer(*ds, QStringLiteral("arbeidsmarktregio_gegeneraliseerd"), s.amr, kFields);
    return path;
}

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.message();
    }
    return QStringLiteral("(geen fout)");
}

} // namespace

TEST_CASE("GeoPackage built with GDAL converts to the same regions as the TopoJSON")
{
    if (!test::haveShared(cbs2025(QStringLiteral("gemeente")))) {
        MESSAGE("../shared/data/cbs-2025 ontbreekt: test overgeslagen");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString gpkg = writeCbsGeoPackage(dir.path());

    CHECK(geo::ogrLayerNames(gpkg).size() == 4);
    OgrRegionSource source;
    source.path = gpkg;
    const OgrRegionLayers layers = readOgrRegionLayers(source);
    CHECK(layers.yearInData == 2025);
    CHECK(layers.layerNames[2] == QStringLiteral("coropgebied_gegeneraliseerd"));
    CHECK(layers.municipalities.features.size() == 342);
    CHECK(layers.divisions[1].features.size() == 40);
    CHECK(layers.divisions[1].crs == geo::Crs::RdNew);

    // The reprojected COROP layer comes back to RD New within a metre of the original.
    const Sources& s = topoSources();
    {
        const geo::Box a = geo::bounds(s.corop.features.front().shape);
        const geo::Box b = geo::bounds(layers.divisions[1].features.front().shape);
        CHECK(std::abs(a.min_corner().x() - b.min_corner().x()) < 1.0);
        CHECK(std::abs(a.max_corner().y() - b.max_corner().y()) < 1.0);
    }

    RegionBuildOptions options;
    options.year = layers.yearInData;
    RegionBuildReport report;
    const RegionModel fromGpkg = buildRegionModel(layers.municipalities, {&layers.divisions[0], &layers.divisions[1], &layers.divisions[2]},
                                                  options, &report);
    CHECK(report.unassigned.isEmpty());
    CHECK(report.emptyDivisions.isEmpty());
    const RegionModel fromTopo = buildRegionModel(s.gemeente, {&s.provincie, &s.corop, &s.amr}, options);

    REQUIRE(fromGpkg.municipalities().size() == fromTopo.municipalities().size());
    for (size_t i = 0; i < fromTopo.municipalities().size(); ++i) {
        const Municipality& a = fromTopo.municipalities()[i];
        const Municipality& b = fromGpkg.municipalities()[i];
        CHECK(a.code == b.code);
        CHECK(a.name == b.name);
        CHECK(std::abs(a.areaKm2 - b.areaKm2) <= 1e-6 * a.areaKm2);
        for (Level level : divisionLevels)
            CHECK_MESSAGE(a.membership(level) == b.membership(level), a.code.toStdString());
    }
    for (Level level : divisionLevels) {
        REQUIRE(fromGpkg.divisions(level).size() == fromTopo.divisions(level).size());
        for (size_t i = 0; i < fromTopo.divisions(level).size(); ++i) {
            const Division& a = fromTopo.divisions(level)[i];
            const Division& b = fromGpkg.divisions(level)[i];
            CHECK(a.code == b.code);
            CHECK(a.name == b.name);
            CHECK(a.members == b.members);
            CHECK(std::abs(a.areaKm2 - b.areaKm2) <= 1e-3 * a.areaKm2);
        }
    }
    // And therefore the same file as the embedded 2025 data, byte for byte.
    options.attribution = RegionModel::embedded().attribution();
    const RegionModel again = buildRegionModel(layers.municipalities, {&layers.divisions[0], &layers.divisions[1], &layers.divisions[2]}, options);
    CHECK(again.toBytes() == RegionModel::embedded().toBytes());
}

TEST_CASE("Bad GeoPackages: missing layer, missing field, wrong geometry, wrong codes, not a GeoPackage")
{
    if (!test::haveShared(cbs2025(QStringLiteral("provincie")))) {
        MESSAGE("../shared/data/cbs-2025 ontbreekt: test overgeslagen");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Sources& s = topoSources();

    SUBCASE("a missing layer names the level, the option and what is there")
    {
        const QString path = dir.filePath(QStringLiteral("zonder-corop.gpkg"));
        {
            GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
            test::writeBoundaryLayer(*ds, QStringLiteral("gemeente_gegeneraliseerd"), s.gemeente, kFields);
        }
        OgrRegionSource source;
        source.path = path;
        const QString message = errorOf([&] { readOgrRegionLayers(source); });
        CHECK(message.startsWith(path + QStringLiteral(": laag 'provincie_gegeneraliseerd' voor de provincies ontbreekt")));
        CHECK(message.contains(QStringLiteral("--layer-provincie")));
        CHECK(message.contains(QStringLiteral("aanwezig: gemeente_gegeneraliseerd")));
    }
    SUBCASE("a layer without statcode")
    {
        const QString path = dir.filePath(QStringLiteral("zonder-statcode.gpkg"));
        {
            GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
            test::writeBoundaryLayer(*ds, QStringLiteral("provincie_gegeneraliseerd"), s.provincie, {QStringLiteral("statnaam")});
        }
        const QString message = errorOf([&] {
            geo::readOgrLayer(path, {QStringLiteral("provincie_gegeneraliseerd"), {QStringLiteral("statcode"), QStringLiteral("statnaam")}});
        });
        CHECK(message == path + QStringLiteral(":laag 'provincie_gegeneraliseerd': veld 'statcode' ontbreekt; wel aanwezig: statnaam"));
    }
    SUBCASE("the wrong layer chosen for the municipalities: codes of another level")
    {
        const QString path = dir.filePath(QStringLiteral("verwisseld.gpkg"));
        {
            GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
            for (const char* name : {"gemeente_gegeneraliseerd", "provincie_gegeneraliseerd", "coropgebied_gegeneraliseerd",
                                     "arbeidsmarktregio_gegeneraliseerd"})
                test::writeBoundaryLayer(*ds, QLatin1String(name), s.provincie, kFields);
        }
        OgrRegionSource source;
        source.path = path;
        const QString message = errorOf([&] { readOgrRegionLayers(source); });
        CHECK(message.contains(QStringLiteral(":laag 'gemeente_gegeneraliseerd', object 1: onbekende code 'PV20' voor de gemeenten: "
                                              "die beginnen met GM (kies de juiste laag met --layer-gemeente)")));
    }
    SUBCASE("points instead of areas")
    {
        const QString path = dir.filePath(QStringLiteral("punten.gpkg"));
        {
            GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
            OGRSpatialReference rd;
            rd.importFromEPSG(28992);
            OGRLayer* layer = ds->CreateLayer("gemeente_gegeneraliseerd", &rd, wkbPoint, nullptr);
            OGRFieldDefn code("statcode", OFTString);
            layer->CreateField(&code);
            OGRFeature f(layer->GetLayerDefn());
            f.SetField("statcode", "GM0014");
            OGRPoint p(233000, 582000);
            f.SetGeometry(&p);
            layer->CreateFeature(&f);
        }
        const QString message = errorOf([&] { geo::readOgrLayer(path, {QStringLiteral("gemeente_gegeneraliseerd"), {}}); });
        CHECK(message == path + QStringLiteral(":laag 'gemeente_gegeneraliseerd': laag heeft geometrie van type Point; "
                                               "verwacht vlakken (Polygon of MultiPolygon)"));
    }
    SUBCASE("an empty statnaam names the object")
    {
        geo::FeatureLayer one = s.provincie;
        one.features.resize(2);
        one.features[1].properties.insert(QStringLiteral("statnaam"), QString());
        const QString path = dir.filePath(QStringLiteral("leeg.gpkg"));
        {
            GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
            test::writeBoundaryLayer(*ds, QStringLiteral("provincie_gegeneraliseerd"), one, kFields);
        }
        const QString message = errorOf([&] {
            geo::readOgrLayer(path, {QStringLiteral("provincie_gegeneraliseerd"), {QStringLiteral("statcode"), QStringLiteral("statnaam")}});
        });
        CHECK(message == path + QStringLiteral(":laag 'provincie_gegeneraliseerd', object 2: veld 'statnaam' is leeg"));
    }
    SUBCASE("not a file GDAL reads")
    {
        const QString path = dir.filePath(QStringLiteral("kapot.gpkg"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("dit is geen geopackage");
        f.close();
        CHECK(errorOf([&] { geo::ogrLayerNames(path); }).startsWith(path + QStringLiteral(": geen kaartbestand dat GDAL kan lezen")));
        CHECK(errorOf([&] { geo::ogrLayerNames(dir.filePath(QStringLiteral("bestaat-niet.gpkg"))); })
                  .endsWith(QStringLiteral(": bestand bestaat niet of is geen bestand")));
    }
}
