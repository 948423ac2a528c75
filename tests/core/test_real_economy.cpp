// The real economy (issue 9): indicators on a small hand-computed panel, and known facts of CBS
// table 83582NED as embedded. Every expected number below is worked out by hand in the comments.
#include <doctest/doctest.h>

#include "economy/employment_panel.h"
#include "economy/regional_structure.h"
#include "io/input_error.h"
#include "regions/region_model.h"

#include <cmath>

using namespace regio;
using namespace regio::economy;

namespace {

// Total T = A + (B + C); B and C form the group BC, A is a group of its own.
SectorHierarchy smallHierarchy()
{
    return parseSectorHierarchy("key,title,sbi_letters,level,parent\n"
                                "T,A-C Alles,A-C,totaal,\n"
                                "A,A Landbouw,A,sectie,T\n"
                                "BC,B-C Nijverheid,B-C,groep,T\n"
                                "B,B Delfstoffen,B,sectie,BC\n"
                                "C,C Industrie,C,sectie,BC\n",
                                QStringLiteral("klein.csv"));
}

//            2010                 2020
//         T    A    B    C      T    A    B    C
//  CR01  100   20   30   50    120   30   30   60
//  CR02  300   30   90  180    330   30  100  200
//  NL    400   50  120  230    450   60  130  260
EmploymentPanel smallPanel()
{
    const QByteArray csv = "# regioverkenner-panel 1\n"
                           "# herkomst: handwerk\n"
                           "region,year,T,A,BC,B,C\n"
                           "CR01,2010,100,20,80,30,50\n"
                           "CR02,2010,300,30,270,90,180\n"
                           "CR01,2020,120,30,90,30,60\n"
                           "CR02,2020,330,30,300,100,200\n";
    return parsePanel(csv, QStringLiteral("klein-panel.csv"), smallHierarchy());
}

PanelRegion rowRegion(const QString& code, const EmploymentPanel& panel)
{
    PanelRegion r;
    r.code = code;
    r.name = code;
    r.rows = QStringList{code};
    r.exact = panel.regionIndex(code) >= 0;
    return r;
}

const SectorFigure& figure(const SectorStructure& s, const QString& letters)
{
    for (const SectorFigure& f : s.sectors)
        if (f.letters == letters)
            return f;
    FAIL("no sector " << letters.toStdString());
    return s.sectors.front();
}

const GrowthFigure& figure(const Growth& g, const QString& letters)
{
    for (const GrowthFigure& f : g.sectors)
        if (f.letters == letters)
            return f;
    FAIL("no sector " << letters.toStdString());
    return g.sectors.front();
}

} // namespace

TEST_CASE("Sector hierarchy: sections, A*10 groups, short titles")
{
    const SectorHierarchy h = smallHierarchy();
    CHECK(h.totalKey() == QStringLiteral("T"));
    CHECK(h.sections() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(h.varietyGroup(QStringLiteral("A")) == QStringLiteral("A"));   // parent is the total: own group
    CHECK(h.varietyGroup(QStringLiteral("B")) == QStringLiteral("BC"));
    CHECK(h.shortTitle(QStringLiteral("C")) == QStringLiteral("Industrie"));
    CHECK(parseSectorHierarchy(sectorHierarchyToCsv(h).toUtf8(), QStringLiteral("x")) == h);
}

TEST_CASE("Sector hierarchy: bad key tables name file and line")
{
    auto error = [](const char* text) {
        try {
            parseSectorHierarchy(text, QStringLiteral("keys.csv"));
        } catch (const InputError& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(error("key,title\nT,x\n").startsWith(QStringLiteral("keys.csv:1: kopregel")));
    CHECK(error("key,title,sbi_letters,level,parent\nT,A,A,totaal,\nA,A,A,sectie,X\n")
          == QStringLiteral("keys.csv:3: sector A verwijst naar onbekende bovenliggende sleutel 'X'"));
    CHECK(error("key,title,sbi_letters,level,parent\nT,A,A,totaal,\nA,A,A,soort,T\n").startsWith(QStringLiteral("keys.csv:3: onbekend niveau")));
    CHECK(error("key,title,sbi_letters,level,parent\nA,A,A,sectie,A\n").contains(QStringLiteral("geen totaal")));
}

TEST_CASE("Jobs, shares and LQ on a hand-computed panel (DESIGN.md §5)")
{
    const EmploymentPanel panel = smallPanel();
    const SectorStructure s = sectorStructure(panel, rowRegion(QStringLiteral("CR01"), panel), 2010);
    CHECK(s.total == 100);
    CHECK(s.totalNl == 400);
    // A: (20/100) / (50/400) = 0.2 / 0.125 = 1.6
    CHECK(figure(s, QStringLiteral("A")).share == doctest::Approx(0.2));
    CHECK(figure(s, QStringLiteral("A")).shareNl == doctest::Approx(0.125));
    CHECK(figure(s, QStringLiteral("A")).lq == doctest::Approx(1.6));
    // B: 0.3 / 0.3 = 1 (not specialised: LQ must exceed 1); C: 0.5 / 0.575
    CHECK(figure(s, QStringLiteral("B")).lq == doctest::Approx(1.0));
    CHECK(figure(s, QStringLiteral("C")).lq == doctest::Approx(0.5 / 0.575));
    CHECK(figure(s, QStringLiteral("C")).status == CellStatus::Ok);
}

TEST_CASE("Shift-share adds up and matches the hand computation (Dunn 1960)")
{
    const EmploymentPanel panel = smallPanel();
    const Growth g = growth(panel, rowRegion(QStringLiteral("CR01"), panel), 2010, 2020);
    // g = 450/400 − 1 = 0.125; g_A = 0.2, g_B = 130/120 − 1, g_C = 260/230 − 1.
    CHECK(g.nationalGrowth == doctest::Approx(0.125));
    const GrowthFigure& a = figure(g, QStringLiteral("A"));
    CHECK(a.change == 10);
    CHECK(a.national == doctest::Approx(2.5));     // 20 · 0.125
    CHECK(a.industryMix == doctest::Approx(1.5));  // 20 · (0.2 − 0.125)
    CHECK(a.regional == doctest::Approx(6.0));     // 20 · (0.5 − 0.2)
    const GrowthFigure& b = figure(g, QStringLiteral("B"));
    CHECK(b.national == doctest::Approx(3.75));
    CHECK(b.industryMix == doctest::Approx(-1.25));
    CHECK(b.regional == doctest::Approx(-2.5));    // 30 · (0 − 1/12)
    const GrowthFigure& c = figure(g, QStringLiteral("C"));
    CHECK(c.regional == doctest::Approx(50.0 * (0.2 - 30.0 / 230.0)));
    for (const GrowthFigure& f : g.sectors)
        CHECK(f.national + f.industryMix + f.regional == doctest::Approx(f.change));
}

TEST_CASE("Entry and exit of specialisations (LQ crossing 1, EconGeo)")
{
    const EmploymentPanel panel = smallPanel();
    const Growth one = growth(panel, rowRegion(QStringLiteral("CR01"), panel), 2010, 2020);
    CHECK(figure(one, QStringLiteral("A")).specialisation == SpecialisationChange::Stays);   // 1.6 → 1.875
    CHECK(figure(one, QStringLiteral("B")).specialisation == SpecialisationChange::Absent);  // 1.0 → 0.865
    const Growth two = growth(panel, rowRegion(QStringLiteral("CR02"), panel), 2010, 2020);
    // CR02 B: (90/300)/(120/400) = 1.0 → (100/330)/(130/450) = 1.049: entry.
    CHECK(figure(two, QStringLiteral("B")).lqFrom == doctest::Approx(1.0));
    CHECK(figure(two, QStringLiteral("B")).lqTo == doctest::Approx((100.0 / 330.0) / (130.0 / 450.0)));
    CHECK(figure(two, QStringLiteral("B")).specialisation == SpecialisationChange::Entry);
    // Swap the years: CR02 B exits.
    const Growth back = growth(panel, rowRegion(QStringLiteral("CR02"), panel), 2020, 2010);
    CHECK(figure(back, QStringLiteral("B")).specialisation == SpecialisationChange::Exit);
}

TEST_CASE("Structure indices: Krugman, Herfindahl, entropy, related and unrelated variety")
{
    const EmploymentPanel panel = smallPanel();
    const StructureIndices s = structureIndices(panel, rowRegion(QStringLiteral("CR01"), panel), 2010);
    // p = (0.2, 0.3, 0.5); p_NL = (0.125, 0.3, 0.575)
    CHECK(s.krugman == doctest::Approx(0.15));
    CHECK(s.herfindahl == doctest::Approx(0.38));
    const double entropy = 0.2 * std::log2(5.0) + 0.3 * std::log2(1.0 / 0.3) + 0.5;
    CHECK(s.entropy == doctest::Approx(entropy));
    // Groups {A} with P = 0.2 and {B, C} with P = 0.8.
    CHECK(s.unrelatedVariety == doctest::Approx(0.2 * std::log2(5.0) + 0.8 * std::log2(1.25)));
    CHECK(s.relatedVariety == doctest::Approx(0.8 * (0.375 * std::log2(0.8 / 0.3) + 0.625 * std::log2(0.8 / 0.5))));
    CHECK(s.relatedVariety + s.unrelatedVariety == doctest::Approx(s.entropy));
    CHECK(s.sectionsUsed == 3);
}

TEST_CASE("Suppressed cells stay unknown through sums, LQ and growth")
{
    EmploymentPanel panel = smallPanel();
    panel.setValue(panel.regionIndex(QStringLiteral("CR02")), panel.sectors().indexOf(QStringLiteral("B")),
                   panel.yearIndex(2020), kUnknown);
    PanelRegion both = rowRegion(QStringLiteral("CR01"), panel);
    both.rows << QStringLiteral("CR02");
    const SectorStructure s = sectorStructure(panel, both, 2020);
    CHECK_FALSE(isKnown(figure(s, QStringLiteral("B")).jobs));       // never 0
    CHECK_FALSE(isKnown(figure(s, QStringLiteral("B")).lq));
    CHECK(figure(s, QStringLiteral("B")).status == CellStatus::Suppressed);
    // The national sum leaves the suppressed cell out: B_NL(2020) = 30 (CR01 only).
    CHECK(nationalValue(panel, QStringLiteral("B"), 2020) == 30);
    // CR01's own B figure is still known.
    const SectorStructure one = sectorStructure(panel, rowRegion(QStringLiteral("CR01"), panel), 2020);
    CHECK(figure(one, QStringLiteral("B")).jobs == 30);
    const Growth g = growth(panel, both, 2010, 2020);
    CHECK_FALSE(isKnown(figure(g, QStringLiteral("B")).change));
    CHECK(figure(g, QStringLiteral("B")).specialisation == SpecialisationChange::Unknown);
    // Structure over the published sections only: A and C.
    const StructureIndices st = structureIndices(panel, both, 2020);
    CHECK(st.sectionsUsed == 2);
    CHECK(st.sectionsUnknown == 1);
    CHECK(st.herfindahl == doctest::Approx(std::pow(60.0 / 320.0, 2) + std::pow(260.0 / 320.0, 2)));
    CHECK(panel.unknownCount() == 1);
}

TEST_CASE("Panel format round trip")
{
    const EmploymentPanel panel = smallPanel();
    const EmploymentPanel again = parsePanel(panelToCsv(panel).toUtf8(), QStringLiteral("x"), smallHierarchy());
    CHECK(again == panel);
    CHECK(again.source == QStringLiteral("handwerk"));
}

// --- the embedded CBS table ---------------------------------------------------------------------

TEST_CASE("Embedded CBS 83582NED: shape, attribution, suppressed cells")
{
    const EmploymentPanel& cbs = cbsEmployment();
    CHECK(cbs.regions().size() == 40);
    CHECK(cbs.years().front() == 2010);
    CHECK(cbs.years().back() == 2024);
    CHECK(cbs.sectors().keys().size() == 28);
    CHECK(cbs.sectors().sections().size() == 19);
    CHECK(cbs.source == cbsAttribution());
    CHECK(cbs.unknownCount() == 1364);  // SOURCE.md: 1,364 empty values in CR01–CR40
    CHECK(cbs.value(QStringLiteral("CR01"), QStringLiteral("T001081"), 2010) == 47700);
}

TEST_CASE("Embedded CBS: known specialisations")
{
    const RegionModel& model = RegionModel::embedded();
    const EmploymentPanel& cbs = cbsEmployment();
    auto lqOf = [&](const QString& region, const QString& letter, int year) {
        const SectorStructure s = sectorStructure(cbs, panelRegion(region, model, cbs), year);
        return figure(s, letter).lq;
    };
    // Groot-Amsterdam in J and K, Zuidoost-Noord-Brabant in C, Groot-Rijnmond in H.
    CHECK(lqOf(QStringLiteral("CR23"), QStringLiteral("J"), 2024) > 1.5);
    CHECK(lqOf(QStringLiteral("CR23"), QStringLiteral("K"), 2024) > 1.5);
    CHECK(lqOf(QStringLiteral("CR36"), QStringLiteral("C"), 2024) > 1.3);
    CHECK(lqOf(QStringLiteral("CR29"), QStringLiteral("H"), 2024) > 1.3);
    CHECK(model.region(QStringLiteral("CR23"))->name == QStringLiteral("Groot-Amsterdam"));
    CHECK(model.region(QStringLiteral("CR36"))->name == QStringLiteral("Zuidoost-Noord-Brabant"));
    CHECK(model.region(QStringLiteral("CR29"))->name == QStringLiteral("Groot-Rijnmond"));
}

TEST_CASE("Every provincie is the exact sum of its COROP areas")
{
    const RegionModel& model = RegionModel::embedded();
    const EmploymentPanel& cbs = cbsEmployment();
    int provinces = 0;
    for (const Division& pv : model.divisions(Level::Provincie)) {
        const PanelRegion r = panelRegion(pv.code, model, cbs);
        CAPTURE(pv.code.toStdString());
        CHECK(r.exact);  // COROP nests in provinces (checked in code)
        CHECK(r.municipalitiesCovered == pv.members.size());
        CHECK(r.municipalitiesOutside == 0);
        double sum = 0;
        for (const QString& c : r.rows)
            sum += cbs.value(c, QStringLiteral("T001081"), 2024);
        CHECK(sectorStructure(cbs, r, 2024).total == sum);
        ++provinces;
    }
    CHECK(provinces == 12);
    // Groningen: Oost-Groningen, Delfzijl en omgeving, Overig Groningen.
    const PanelRegion groningen = panelRegion(QStringLiteral("PV20"), model, cbs);
    CHECK(groningen.rows == QStringList{QStringLiteral("CR01"), QStringLiteral("CR02"), QStringLiteral("CR03")});
    // Nederland: all 40 areas; its total equals the national total.
    const PanelRegion nl = panelRegion(QStringLiteral("NL01"), model, cbs);
    CHECK(nl.rows.size() == 40);
    CHECK(sectorStructure(cbs, nl, 2024).total == nationalValue(cbs, QStringLiteral("T001081"), 2024));
}

TEST_CASE("Arbeidsmarktregio's and gemeenten are approximations that say so")
{
    const RegionModel& model = RegionModel::embedded();
    const EmploymentPanel& cbs = cbsEmployment();
    const PanelRegion hardenberg = panelRegion(QStringLiteral("GM0160"), model, cbs);
    CHECK(hardenberg.valid());
    CHECK_FALSE(hardenberg.exact);
    CHECK(hardenberg.rows == QStringList{model.municipality(QStringLiteral("GM0160"))->membership(Level::Corop)});
    CHECK(hardenberg.basis.startsWith(QStringLiteral("benadering: COROP-gebied ")));
    CHECK(hardenberg.basis.contains(QStringLiteral("1 van 1 gemeenten")));
    const SectorStructure s = sectorStructure(cbs, hardenberg, 2024);
    CHECK(figure(s, QStringLiteral("C")).status == CellStatus::Approximate);
    int approximate = 0;
    for (const Division& am : model.divisions(Level::Arbeidsmarktregio)) {
        const PanelRegion r = panelRegion(am.code, model, cbs);
        CAPTURE(am.code.toStdString());
        CHECK(r.valid());
        CHECK(r.municipalitiesTotal == am.members.size());
        CHECK(r.municipalitiesCovered <= r.municipalitiesTotal);
        if (!r.exact) {
            ++approximate;
            CHECK(r.basis.startsWith(QStringLiteral("benadering")));
        }
    }
    CHECK(approximate > 0);
    CHECK_FALSE(panelRegion(QStringLiteral("GM9999"), model, cbs).valid());
}
