#pragma once
// Writing test files with GDAL's own C++ API (tests only): GeoPackages of boundary layers and
// XLSX/ODS spreadsheets, built inside the test in a temporary folder. Include only in test
// programs that link GDAL::GDAL.
#include "geography/feature_layer.h"
#include "io/gdal_support.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace regio::test {

inline GDALDatasetUniquePtr createDataset(const QString& driverName, const QString& path)
{
    io::ensureGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        throw std::runtime_error("GDAL driver missing: " + driverName.toStdString());
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path.toStdString() + ": " + CPLGetLastErrorMsg());
    return ds;
}

// A polygon layer from a feature layer in RD New. `epsg` 28992 keeps the coordinates; any other
// code (4326) transforms them with OGR, so the reader must transform them back. `fields` are
// copied as strings from the features' properties; `geometryType` wkbMultiPolygon or wkbPolygon.
inline void writeBoundaryLayer(GDALDataset& ds, const QString& name, const geo::FeatureLayer& source,
                               const QStringList& fields, int epsg = 28992,
                               OGRwkbGeometryType geometryType = wkbMultiPolygon)
{
    OGRSpatialReference rd;
    rd.importFromEPSG(28992);
    rd.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference target;
    target.importFromEPSG(epsg);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (epsg != 28992)
        transform.reset(OGRCreateCoordinateTransformation(&rd, &target));
    OGRLayer* layer = ds.CreateLayer(name.toUtf8().constData(), &target, geometryType, nullptr);
    if (!layer)
        throw std::runtime_error("cannot create layer " + name.toStdString());
    for (const QString& field : fields) {
        OGRFieldDefn defn(field.toUtf8().constData(), OFTString);
        layer->CreateField(&defn);
    }
    for (const geo::Feature& f : source.features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (const QString& field : fields)
            feature.SetField(field.toUtf8().constData(), geo::FeatureLayer::propertyText(f, field).toUtf8().constData());
        OGRMultiPolygon multi;
        for (const geo::Polygon& polygon : f.shape) {
            OGRPolygon ogrPolygon;
            auto ring = [](const geo::Ring& r) {
                OGRLinearRing out;
                for (const geo::Point& p : r)
                    out.addPoint(p.x(), p.y());
                return out;
            };
            OGRLinearRing outer = ring(polygon.outer());
            ogrPolygon.addRing(&outer);
            for (const geo::Ring& inner : polygon.inners()) {
                OGRLinearRing r = ring(inner);
                ogrPolygon.addRing(&r);
            }
            multi.addGeometry(&ogrPolygon);
        }
        std::unique_ptr<OGRGeometry> geometry;
        if (geometryType == wkbPolygon && multi.getNumGeometries() == 1)
            geometry.reset(multi.getGeometryRef(0)->clone());
        else
            geometry.reset(multi.clone());
        if (transform && geometry->transform(transform.get()) != OGRERR_NONE)
            throw std::runtime_error("transform failed");
        feature.SetGeometry(geometry.get());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw std::runtime_error("cannot write feature");
    }
}

// One sheet: the first row are the column names (GDAL writes them as the header row), then one
// row per entry; std::nullopt leaves a cell empty. A value that parses as a number is written as
// a number cell when `numbers` is true (the column type is then Real unless a cell is text).
inline void writeSheet(GDALDataset& ds, const QString& sheet, const QStringList& header,
                       const std::vector<std::vector<std::optional<QString>>>& rows, bool numbers = true)
{
    std::vector<OGRFieldType> types(size_t(header.size()), numbers ? OFTReal : OFTString);
    for (const auto& row : rows)
        for (size_t c = 0; c < row.size() && c < types.size(); ++c) {
            bool ok = false;
            if (row[c])
                row[c]->toDouble(&ok);
            if (row[c] && !ok)
                types[c] = OFTString;
        }
    OGRLayer* layer = ds.CreateLayer(sheet.toUtf8().constData(), nullptr, wkbNone, nullptr);
    if (!layer)
        throw std::runtime_error("cannot create sheet " + sheet.toStdString());
    for (qsizetype c = 0; c < header.size(); ++c) {
        OGRFieldDefn defn(header.at(c).toUtf8().constData(), types[size_t(c)]);
        layer->CreateField(&defn);
    }
    for (const auto& row : rows) {
        OGRFeature feature(layer->GetLayerDefn());
        for (size_t c = 0; c < row.size() && c < types.size(); ++c) {
            if (!row[c])
                continue;
            if (types[c] == OFTReal)
                feature.SetField(int(c), row[c]->toDouble());
            else
                feature.SetField(int(c), row[c]->toUtf8().constData());
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw std::runtime_error("cannot write row");
    }
}

} // namespace regio::test
