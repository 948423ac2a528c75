#include "regions/region_builder.h"

#include <QCoreApplication>

#include "geography/dissolve.h"
#include "io/input_error.h"

#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace regio {

std::pair<QString, QString> featureCodeAndName(const geo::Feature& feature, const geo::FeatureLayer& layer,
                                               const RegionBuildOptions& options)
{
    // A numeric code must be a whole number that a double holds exactly (CBS codes have few digits).
    if (const QJsonValue raw = feature.properties.value(options.codeKey); raw.isDouble()) {
        const double d = raw.toDouble();
        if (!(std::abs(d) <= 9007199254740992.0 && d == std::floor(d)))
            throw InputError(layer.sourceName, feature.jsonPath + QStringLiteral(".properties.") + options.codeKey,
                             QCoreApplication::translate("regio::regions", "code %1 is geen tekst of geheel getal").arg(QString::number(d, 'g', 17)));
    }
    QString code = geo::FeatureLayer::propertyText(feature, options.codeKey).trimmed();
    if (code.isEmpty())
        code = feature.id.trimmed();
    const QString name = geo::FeatureLayer::propertyText(feature, options.nameKey).trimmed();
    if (code.isEmpty())
        throw InputError(layer.sourceName, feature.jsonPath + QStringLiteral(".properties"),
                         QCoreApplication::translate("regio::regions", "code ontbreekt (eigenschap '%1')").arg(options.codeKey));
    if (name.isEmpty())
        throw InputError(layer.sourceName, feature.jsonPath + QStringLiteral(".properties"),
                         QCoreApplication::translate("regio::regions", "naam ontbreekt (eigenschap '%1') bij %2").arg(options.nameKey, code));
    return {code.toUpper(), name};
}

int locateDivision(const Region& municipality, const geo::FeatureLayer& divisions,
                   const std::vector<geo::Box>& divisionBounds, bool* byOverlap)
{
    if (byOverlap)
        *byOverlap = false;
    const geo::Point& p = municipality.labelPoint;
    for (size_t i = 0; i < divisions.features.size(); ++i)
        if (geo::bg::covered_by(p, divisionBounds[i]) && geo::contains(divisions.features[i].shape, p))
            return int(i);
    // The generalised division polygons may miss the label point of a small municipality on
    // their border; the division it overlaps most is then the right one.
    int best = -1;
    double bestArea = 0.0;
    for (size_t i = 0; i < divisions.features.size(); ++i) {
        if (geo::bg::disjoint(municipality.bounds, divisionBounds[i]))
            continue;
        const double a = geo::overlapArea(municipality.shape, divisions.features[i].shape);
        if (a > bestArea) {
            bestArea = a;
            best = int(i);
        }
    }
    if (byOverlap)
        *byOverlap = best >= 0;
    return best;
}

RegionModel buildRegionModel(const geo::FeatureLayer& municipalities,
                             const std::array<const geo::FeatureLayer*, 3>& divisions,
                             const RegionBuildOptions& options, RegionBuildReport* report)
{
    RegionBuildReport localReport;
    RegionBuildReport& rep = report ? *report : localReport;

    RegionModel model;
    model.setYear(options.year);
    model.setAttribution(options.attribution);

    // Municipalities, sorted by code so that the output does not depend on the input order.
    std::vector<Municipality> list;
    QSet<QString> seen;
    for (const geo::Feature& feature : municipalities.features) {
        auto [code, name] = featureCodeAndName(feature, municipalities, options);
        if (seen.contains(code))
            throw InputError(municipalities.sourceName, feature.jsonPath,
                             QCoreApplication::translate("regio::regions", "code %1 komt twee keer voor").arg(code));
        seen.insert(code);
        Municipality m;
        m.code = code;
        m.name = name;
        m.shape = feature.shape;
        m.bounds = geo::bounds(m.shape);
        m.areaKm2 = geo::areaKm2(m.shape);
        m.labelPoint = geo::labelPoint(m.shape);
        list.push_back(std::move(m));
    }
    std::sort(list.begin(), list.end(), [](const Municipality& a, const Municipality& b) { return a.code < b.code; });

    for (Level level : divisionLevels) {
        const int index = divisionIndex(level);
        const geo::FeatureLayer* layer = divisions[size_t(index)];
        if (!layer)
            continue;
        std::vector<geo::Box> boxes;
        boxes.reserve(layer->features.size());
        std::vector<std::pair<QString, QString>> codes;
        for (const geo::Feature& feature : layer->features) {
            boxes.push_back(geo::bounds(feature.shape));
            codes.push_back(featureCodeAndName(feature, *layer, options));
        }
        for (Municipality& m : list) {
            bool byOverlap = false;
            const int found = locateDivision(m, *layer, boxes, &byOverlap);
            if (found < 0) {
                rep.unassigned << QStringLiteral("%1 → %2").arg(m.code, levelLabel(level));
                continue;
            }
            m.memberships[size_t(index)] = codes[size_t(found)].first;
            ++(byOverlap ? rep.byLargestOverlap : rep.byLabelPoint);
        }
        // Divisions in code order, each the dissolve of its members.
        std::vector<size_t> order(codes.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&codes](size_t a, size_t b) { return codes[a].first < codes[b].first; });
        for (size_t i : order) {
            Division d;
            d.level = level;
            d.code = codes[i].first;
            d.name = codes[i].second;
            std::vector<const geo::MultiPolygon*> parts;
            for (const Municipality& m : list) {
                if (m.memberships[size_t(index)] == d.code) {
                    d.members << m.code;
                    parts.push_back(&m.shape);
                }
            }
            if (d.members.isEmpty())
                rep.emptyDivisions << d.code;
            d.shape = geo::dissolve(parts);
            d.bounds = geo::bounds(d.shape);
            d.areaKm2 = geo::areaKm2(d.shape);
            d.labelPoint = geo::labelPoint(d.shape);
            model.addDivision(std::move(d));
        }
    }
    model.setMunicipalities(std::move(list));
    return model;
}

} // namespace regio
