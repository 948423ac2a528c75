// The economy of regions of every level, built from COROP rows (core/economy/region_economy.h).
#include <doctest/doctest.h>

#include "economy/demo_economy.h"
#include "economy/indicators.h"
#include "economy/region_economy.h"
#include "regions/region_model.h"

using namespace regio;
using namespace regio::economy;

TEST_CASE("SWOT of a union of rows: LQ against national totals, worked by hand")
{
    // Three regions × two sectors.
    //        s1  s2   total
    //   A    30  10    40
    //   B    10  30    40
    //   C    20  20    40      national: s1 = 60, s2 = 60, all = 120
    Matrix e(QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
             QStringList{QStringLiteral("s1"), QStringLiteral("s2")});
    e(0, 0) = 30; e(0, 1) = 10;
    e(1, 0) = 10; e(1, 1) = 30;
    e(2, 0) = 20; e(2, 1) = 20;
    Matrix sr(QStringList{QStringLiteral("s1"), QStringLiteral("s2")}, QStringList{QStringLiteral("s1"), QStringLiteral("s2")});
    sr(0, 1) = sr(1, 0) = 0.5;

    // A alone: LQ s1 = (30/40)/(60/120) = 1.5, s2 = (10/40)/(0.5) = 0.5.
    const SwotResult a = swotOfRows(e, sr, {QStringLiteral("A")}, QStringLiteral("A"));
    CHECK(a.entries[0].lq == doctest::Approx(1.5));
    CHECK(a.entries[1].lq == doctest::Approx(0.5));
    // Embeddedness of s2 in A: specialised in s1 only, w[s2,s1] = 0.5 → 100 · 0.5 / 0.5 = 100.
    CHECK(a.entries[1].embeddedness == doctest::Approx(100.0));
    CHECK(a.entries[0].embeddedness == doctest::Approx(0.0)); // not specialised in s2
    // Equals the single-row route of indicators.h.
    const Matrix lq = locationQuotient(e);
    const SwotResult viaRow = swot(lq, embeddedness(binarySpecialisation(lq), sr), 0);
    for (size_t i = 0; i < 2; ++i) {
        CHECK(a.entries[i].lq == doctest::Approx(viaRow.entries[i].lq));
        CHECK(a.entries[i].embeddedness == doctest::Approx(viaRow.entries[i].embeddedness));
        CHECK(a.entries[i].quadrant == viaRow.entries[i].quadrant);
    }

    // A ∪ C: s1 = 50 of 80 → (50/80)/(1/2) = 1.25; s2 = 30 of 80 → 0.75.
    const SwotResult ac = swotOfRows(e, sr, {QStringLiteral("A"), QStringLiteral("C")}, QStringLiteral("A+C"));
    CHECK(ac.region == QStringLiteral("A+C"));
    CHECK(ac.entries[0].lq == doctest::Approx(1.25));
    CHECK(ac.entries[1].lq == doctest::Approx(0.75));
    // All three: the nation itself, LQ 1 everywhere (not specialised: LQ > 1 is required).
    const SwotResult all = swotOfRows(e, sr, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, QStringLiteral("NL"));
    CHECK(all.entries[0].lq == doctest::Approx(1.0));
    CHECK_FALSE(all.entries[0].specialised);
    // Unknown rows add nothing: LQ 0 (undefined).
    CHECK(swotOfRows(e, sr, {QStringLiteral("X")}, QStringLiteral("X")).entries[0].lq == 0.0);
}

TEST_CASE("Economic basis of regions of every level on the embedded regions and demo economy")
{
    const RegionModel& regions = RegionModel::embedded();
    const EconomyData demo = loadDemoEconomy();

    const EconomicBasis corop = economicBasis(QStringLiteral("CR23"), regions, demo.employment);
    CHECK(corop.rows == QStringList{QStringLiteral("CR23")});
    CHECK_FALSE(corop.approximate);

    const EconomicBasis amsterdam = economicBasis(QStringLiteral("GM0363"), regions, demo.employment);
    CHECK(amsterdam.rows == QStringList{QStringLiteral("CR23")});
    CHECK(amsterdam.approximate);
    CHECK(amsterdam.basis.contains(QStringLiteral("Groot-Amsterdam")));

    // Utrecht province = COROP Utrecht exactly.
    const EconomicBasis utrecht = economicBasis(QStringLiteral("PV26"), regions, demo.employment);
    CHECK(utrecht.rows == QStringList{QStringLiteral("CR17")});
    CHECK_FALSE(utrecht.approximate);
    // Zeeland: its two COROP areas (Zeeuwsch-Vlaanderen, Overig Zeeland).
    CHECK(economicBasis(QStringLiteral("PV29"), regions, demo.employment).rows.size() == 2);

    // Arbeidsmarktregio Zuidoost-Brabant (AM28) ≈ COROP Zuidoost-Noord-Brabant (CR36), approximately.
    const EconomicBasis am = economicBasis(QStringLiteral("AM28"), regions, demo.employment);
    CHECK(am.rows.contains(QStringLiteral("CR36")));
    CHECK(economicBasis(QStringLiteral("XX99"), regions, demo.employment).rows.isEmpty());
}
