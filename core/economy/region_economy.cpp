#include "economy/region_economy.h"

#include <QCoreApplication>

#include "regions/region_model.h"

#include <QHash>

namespace regio::economy {

namespace {

QString coropLabel(const RegionModel& regions, const QString& code)
{
    const Region* r = regions.region(code);
    return r ? QStringLiteral("%1 (%2)").arg(r->name, code) : code;
}

} // namespace

EconomicBasis economicBasis(const QString& regionCode, const RegionModel& regions, const Matrix& employment)
{
    EconomicBasis result;
    const QString code = regionCode.toUpper();
    const auto level = levelOfCode(code);
    if (!level || !regions.region(code))
        return result;
    auto hasRow = [&employment](const QString& c) { return employment.rowLabels().contains(c); };

    if (*level == Level::Corop) {
        if (hasRow(code)) {
            result.rows << code;
            result.basis = QCoreApplication::translate("regio::economy", "COROP-gebied %1").arg(coropLabel(regions, code));
        }
        return result;
    }
    if (*level == Level::Gemeente) {
        const QString corop = regions.municipality(code)->membership(Level::Corop);
        if (hasRow(corop)) {
            result.rows << corop;
            result.basis = QCoreApplication::translate("regio::economy", "COROP-gebied %1, waarin de gemeente ligt").arg(coropLabel(regions, corop));
            result.approximate = true;
        }
        return result;
    }
    // Divisions: count, per COROP-gebied, how many of its municipalities lie in the region.
    const QStringList members = regions.municipalityCodesOf(code);
    QHash<QString, int> inside;
    for (const QString& m : members)
        ++inside[regions.municipality(m)->membership(Level::Corop)];
    QStringList names;
    bool exact = true;
    for (const Division& corop : regions.divisions(Level::Corop)) {
        const int n = inside.value(corop.code);
        if (n == 0)
            continue;
        if (n != corop.members.size())
            exact = false;
        if (2 * n > corop.members.size() && hasRow(corop.code)) {
            result.rows << corop.code;
            names << coropLabel(regions, corop.code);
        }
    }
    result.approximate = !exact;
    if (!result.rows.isEmpty())
        result.basis = QStringLiteral("%1 %2: %3")
                           .arg(result.rows.size() == 1 ? QCoreApplication::translate("regio::economy", "COROP-gebied") : QCoreApplication::translate("regio::economy", "COROP-gebieden"),
                                exact ? QCoreApplication::translate("regio::economy", "(vallen precies samen met het gebied)")
                                      : QCoreApplication::translate("regio::economy", "met het grootste deel van hun gemeenten in het gebied (benadering)"),
                                names.join(QStringLiteral(", ")));
    return result;
}

SwotResult swotOfRows(const Matrix& employment, const Matrix& skillRelatedness, const QStringList& rows,
                      const QString& label, std::optional<double> threshold)
{
    const std::size_t n = employment.cols();
    std::vector<double> national(n, 0.0);
    double nationalTotal = 0.0;
    for (std::size_t r = 0; r < employment.rows(); ++r)
        for (std::size_t i = 0; i < n; ++i) {
            national[i] += employment(r, i);
            nationalTotal += employment(r, i);
        }
    Matrix aggregate(QStringList{label}, employment.colLabels());
    double regionTotal = 0.0;
    for (const QString& row : rows) {
        const int r = employment.rowLabels().indexOf(row);
        if (r < 0)
            continue;
        for (std::size_t i = 0; i < n; ++i) {
            aggregate(0, i) += employment(std::size_t(r), i);
            regionTotal += employment(std::size_t(r), i);
        }
    }
    // LQ against the national totals of all rows (DESIGN.md §5); 0 where a total is 0, as
    // locationQuotient() does.
    Matrix lq(QStringList{label}, employment.colLabels());
    for (std::size_t i = 0; i < n; ++i)
        if (regionTotal > 0 && national[i] > 0 && nationalTotal > 0)
            lq(0, i) = (aggregate(0, i) / regionTotal) / (national[i] / nationalTotal);
    const Matrix emb = embeddedness(binarySpecialisation(lq), skillRelatedness);
    return swot(lq, emb, 0, threshold);
}

} // namespace regio::economy
