#include "geography/ogr_reader.h"

#include "geography/polygon_json.h"
#include "io/gdal_support.h"
#include "io/input_error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonValue>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace regio::geo {

namespace {

GDALDatasetUniquePtr openVector(const QString& path)
{
    io::ensureGdal();
    if (!QFileInfo(path).isFile())
        throw InputError(path, QString(), QCoreApplication::translate("regio::geo", "bestand bestaat niet of is geen bestand"));
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) {
        const QString detail = io::lastGdalError();
        throw InputError(path, QString(),
                         detail.isEmpty() ? QCoreApplication::translate("regio::geo", "geen kaartbestand dat GDAL kan lezen")
                                          : QCoreApplication::translate("regio::geo", "geen kaartbestand dat GDAL kan lezen (%1)").arg(detail));
    }
    if (ds->GetLayerCount() == 0)
        throw InputError(path, QString(), QCoreApplication::translate("regio::geo", "bevat geen kaartlagen"));
    return ds;
}

QString layerWhere(const QString& layer) { return QCoreApplication::translate("regio::geo", "laag '%1'").arg(layer); }

QString geometryTypeName(OGRwkbGeometryType type)
{
    return QString::fromUtf8(OGRGeometryTypeToName(type));
}

bool isAreal(OGRwkbGeometryType flat)
{
    switch (flat) {
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle:
        return true;
    default:
        return false;
    }
}

Ring toRing(const OGRLinearRing& ogrRing)
{
    Ring ring;
    ring.reserve(size_t(ogrRing.getNumPoints()) + 1);
    for (int i = 0; i < ogrRing.getNumPoints(); ++i)
        ring.emplace_back(ogrRing.getX(i), ogrRing.getY(i));
    if (!ring.empty() && !bg::equals(ring.front(), ring.back()))
        ring.push_back(ring.front());
    return ring;
}

void appendPolygon(const OGRPolygon& ogrPolygon, MultiPolygon& shape)
{
    Polygon polygon;
    const OGRLinearRing* exterior = ogrPolygon.getExteriorRing();
    if (!exterior)
        return;
    polygon.outer() = toRing(*exterior);
    if (polygon.outer().size() < 4)
        return;
    for (int r = 0; r < ogrPolygon.getNumInteriorRings(); ++r) {
        Ring inner = toRing(*ogrPolygon.getInteriorRing(r));
        if (inner.size() >= 4)
            polygon.inners().push_back(std::move(inner));
    }
    shape.push_back(std::move(polygon));
}

QJsonValue fieldValue(OGRFeature& feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return QJsonValue(QJsonValue::Null);
    switch (feature.GetFieldDefnRef(index)->GetType()) {
    case OFTInteger:
        return QJsonValue(feature.GetFieldAsInteger(index));
    case OFTInteger64:
        return QJsonValue(double(feature.GetFieldAsInteger64(index)));
    case OFTReal:
        return QJsonValue(feature.GetFieldAsDouble(index));
    default:
        return QJsonValue(QString::fromUtf8(feature.GetFieldAsString(index)));
    }
}

} // namespace

bool isOgrBoundaryFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return !suffix.isEmpty() && suffix != QLatin1String("topojson") && suffix != QLatin1String("geojson")
           && suffix != QLatin1String("json");
}

QStringList ogrLayerNames(const QString& path)
{
    GDALDatasetUniquePtr ds = openVector(path);
    QStringList names;
    for (OGRLayer* layer : ds->GetLayers())
        names << QString::fromUtf8(layer->GetName());
    return names;
}

FeatureLayer readOgrLayer(const QString& path, const OgrLayerOptions& options)
{
    GDALDatasetUniquePtr ds = openVector(path);
    const QString where = layerWhere(options.layerName);
    OGRLayer* layer = ds->GetLayerByName(options.layerName.toUtf8().constData());
    if (!layer) {
        QStringList names;
        for (OGRLayer* l : ds->GetLayers())
            names << QString::fromUtf8(l->GetName());
        throw InputError(path, QString(),
                         QCoreApplication::translate("regio::geo", "laag '%1' ontbreekt; wel aanwezig: %2").arg(options.layerName, names.join(QStringLiteral(", "))));
    }
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const OGRwkbGeometryType layerType = wkbFlatten(layer->GetGeomType());
    if (defn->GetGeomFieldCount() == 0 || layerType == wkbNone)
        throw InputError(path, where, QCoreApplication::translate("regio::geo", "laag heeft geen geometrie; verwacht vlakken (Polygon of MultiPolygon)"));
    if (layerType != wkbUnknown && layerType != wkbGeometryCollection && !isAreal(layerType))
        throw InputError(path, where, QCoreApplication::translate("regio::geo", "laag heeft geometrie van type %1; verwacht vlakken (Polygon of MultiPolygon)")
                                          .arg(geometryTypeName(layerType)));

    std::vector<int> required;
    for (const QString& field : options.requiredFields) {
        const int index = defn->GetFieldIndex(field.toUtf8().constData());
        if (index < 0) {
            QStringList names;
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
            throw InputError(path, where,
                             QCoreApplication::translate("regio::geo", "veld '%1' ontbreekt; wel aanwezig: %2")
                                 .arg(field, names.isEmpty() ? QCoreApplication::translate("regio::geo", "geen velden") : names.join(QStringLiteral(", "))));
        }
        required.push_back(index);
    }

    // Coordinate system: RD New stays, anything else is transformed to it by PROJ; none at all
    // leaves the guess to the extent (finishLayer), as for GeoJSON.
    std::unique_ptr<OGRCoordinateTransformation> transform;
    bool hasSrs = false;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        hasSrs = true;
        OGRSpatialReference rd;
        rd.importFromEPSG(28992);
        rd.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const char* ignoreAxes[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
        if (!source.IsSame(&rd, ignoreAxes)) {
            CPLErrorReset();
            transform.reset(OGRCreateCoordinateTransformation(&source, &rd));
            if (!transform) {
                const QString name = QString::fromUtf8(source.GetName() ? source.GetName() : "?");
                throw InputError(path, where, QCoreApplication::translate("regio::geo", "coördinaten in %1 kunnen niet naar RD New (EPSG:28992) worden omgerekend (%2)")
                                                  .arg(name, io::lastGdalError()));
            }
        }
    }

    FeatureLayer result;
    result.sourceName = path;
    result.objectName = options.layerName;
    Box extent;
    bg::assign_inverse(extent);
    layer->ResetReading();
    for (auto& feature : *layer) {
        const GIntBig fid = feature->GetFID();
        const QString place = QCoreApplication::translate("regio::geo", "%1, object %2").arg(where).arg(fid);
        Feature out;
        out.id = QString::number(fid);
        out.jsonPath = place;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            out.properties.insert(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), fieldValue(*feature, i));
        for (size_t k = 0; k < required.size(); ++k) {
            const int index = required[k];
            if (!feature->IsFieldSetAndNotNull(index) || QString::fromUtf8(feature->GetFieldAsString(index)).trimmed().isEmpty())
                throw InputError(path, place, QCoreApplication::translate("regio::geo", "veld '%1' is leeg").arg(options.requiredFields.at(qsizetype(k))));
        }
        const OGRGeometry* geometry = feature->GetGeometryRef();
        const QString label = required.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromUtf8(feature->GetFieldAsString(required.front())));
        if (!geometry || geometry->IsEmpty())
            throw InputError(path, place, QCoreApplication::translate("regio::geo", "object zonder geometrie%1").arg(label));
        const OGRwkbGeometryType flat = wkbFlatten(geometry->getGeometryType());
        bool areal = isAreal(flat);
        if (flat == wkbGeometryCollection) {
            const auto* collection = geometry->toGeometryCollection();
            areal = collection->getNumGeometries() > 0;
            for (int i = 0; i < collection->getNumGeometries(); ++i)
                areal = areal && isAreal(wkbFlatten(collection->getGeometryRef(i)->getGeometryType()));
        }
        if (!areal)
            throw InputError(path, place, QCoreApplication::translate("regio::geo", "geometrie van type %1%2; verwacht vlakken (Polygon of MultiPolygon)")
                                              .arg(geometryTypeName(flat), label));
        std::unique_ptr<OGRGeometry> copy(geometry->clone());
        if (transform && copy->transform(transform.get()) != OGRERR_NONE)
            throw InputError(path, place, QCoreApplication::translate("regio::geo", "omrekenen naar RD New (EPSG:28992) mislukt%1").arg(label));
        std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(copy.release()));
        if (!multi || wkbFlatten(multi->getGeometryType()) != wkbMultiPolygon)
            throw InputError(path, place, QCoreApplication::translate("regio::geo", "geometrie%1 is niet om te zetten naar vlakken").arg(label));
        for (const OGRPolygon* polygon : *multi->toMultiPolygon())
            appendPolygon(*polygon, out.shape);
        appendFeature(result, std::move(out), extent);
    }
    // Transformed (or declared RD New) layers are RD New; without a declared system, guess.
    if (hasSrs)
        result.crs = Crs::RdNew;
    else
        finishLayer(result, extent, Crs::RdNew, true);
    return result;
}

} // namespace regio::geo
