// Read-outs of core/economy/region_profile.h and core/graph/sector_nodes.h on small hand-made
// cases, and on the demonstration economy (Groot-Amsterdam) for the ranking invariants.
#include <doctest/doctest.h>

#include "economy/demo_economy.h"
#include "economy/indicators.h"
#include "economy/region_profile.h"
#include "graph/sector_nodes.h"

using namespace regio::economy;

namespace {

Matrix square(const QStringList& labels, const std::vector<double>& values)
{
    Matrix m(labels, labels);
    m.data() = values;
    return m;
}

} // namespace

TEST_CASE("relatedSectors: above the threshold, strongest first, ties by index, never itself")
{
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    const Matrix sr = square(codes, {0.9, 0.2, 0.5, 0.2,
                                     0.2, 0.0, -0.3, 0.1,
                                     0.5, -0.3, 0.0, 0.0,
                                     0.2, 0.1, 0.0, 0.0});
    const auto all = relatedSectors(sr, 0, 0.0);
    REQUIRE(all.size() == 3);
    CHECK(all[0] == RankedSector{2, 0.5});
    CHECK(all[1] == RankedSector{1, 0.2}); // tie with D: lower index first
    CHECK(all[2] == RankedSector{3, 0.2});
    CHECK(relatedSectors(sr, 0, 0.2).size() == 1); // strictly above
    CHECK(relatedSectors(sr, 2, 0.0).size() == 1); // negative and zero are not related
    CHECK_THROWS_AS(relatedSectors(sr, 4, 0.0), std::out_of_range);
}

TEST_CASE("topLocationQuotients and opportunityRanking")
{
    Matrix lq(QStringList{QStringLiteral("R1")}, QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                                             QStringLiteral("D"), QStringLiteral("E")});
    lq.data() = {2.0, 0.5, 0.0, 1.5, 0.9};
    Matrix emb(lq.rowLabels(), lq.colLabels());
    emb.data() = {40.0, 30.0, 10.0, 5.0, 50.0};

    const auto top = topLocationQuotients(lq, 0, 0);
    REQUIRE(top.size() == 4); // C has LQ 0: absent from the region
    CHECK(top[0].sector == 0);
    CHECK(top[1].sector == 3);
    CHECK(top[2].sector == 4);
    CHECK(top[3].sector == 1);
    CHECK(topLocationQuotients(lq, 0, 2).size() == 2);
    CHECK_THROWS_AS(topLocationQuotients(lq, 1, 2), std::out_of_range);

    const SwotResult s = swot(lq, emb, 0); // median 30: A Sterkte, D Bedreiging, E Kans, B and C Zwakte
    const auto counts = quadrantCounts(s);
    CHECK(counts[std::size_t(Quadrant::Strength)] == 1);
    CHECK(counts[std::size_t(Quadrant::Threat)] == 1);
    CHECK(counts[std::size_t(Quadrant::Opportunity)] == 1);
    CHECK(counts[std::size_t(Quadrant::Weakness)] == 2);
    const auto chances = opportunityRanking(s, 0);
    REQUIRE(chances.size() == 3); // B, C, E are not specialised
    CHECK(chances[0] == RankedSector{4, 50.0});
    CHECK(chances[1] == RankedSector{1, 30.0});
    CHECK(chances[2] == RankedSector{2, 10.0});
    CHECK(opportunityRanking(s, 1).size() == 1);
}

TEST_CASE("assembleEconomy aligns flows and names sectors and regions; sectorNodes follow the columns")
{
    Matrix employment(QStringList{QStringLiteral("CR23"), QStringLiteral("X1")},
                      QStringList{QStringLiteral("62"), QStringLiteral("64"), QStringLiteral("ZZ")});
    employment.data() = {10, 20, 30, 1, 2, 3};
    const QStringList flowCodes{QStringLiteral("64"), QStringLiteral("62"), QStringLiteral("01")};
    const Matrix flows = square(flowCodes, {0, 5, 1, 7, 0, 2, 3, 4, 0});

    const EconomyData d = assembleEconomy(employment, flows, false);
    CHECK_FALSE(d.demonstration);
    REQUIRE(d.flows.rows() == 3);
    CHECK(d.flows.rowLabels() == employment.colLabels());
    CHECK(d.flows(0, 1) == 7.0); // 62 → 64
    CHECK(d.flows(1, 0) == 5.0); // 64 → 62
    CHECK(d.flows(2, 0) == 0.0); // ZZ has no flows
    REQUIRE(d.sectors.size() == 3);
    CHECK(d.sectors[0].section == QStringLiteral("J"));
    CHECK(d.sectors[2].name == QStringLiteral("ZZ"));
    CHECK(d.regionName(QStringLiteral("CR23")) == QStringLiteral("Groot-Amsterdam"));
    CHECK(d.regionName(QStringLiteral("X1")) == QStringLiteral("X1"));

    const auto nodes = regio::graph::sectorNodes(d);
    REQUIRE(nodes.size() == 3);
    CHECK(nodes[1].id == QStringLiteral("64"));
    CHECK(nodes[1].section == QStringLiteral("K"));
    CHECK(nodes[1].weight == 22.0);
    CHECK(nodes[2].label == QStringLiteral("ZZ"));
    CHECK(nodes[2].section.isEmpty());
}

TEST_CASE("Demonstration economy: Groot-Amsterdam's rankings are consistent with its SWOT")
{
    const EconomyData demo = loadDemoEconomy();
    const Matrix lq = locationQuotient(demo.employment);
    const Matrix emb = embeddedness(binarySpecialisation(lq), skillRelatedness(demo.flows));
    const std::size_t row = std::size_t(lq.rowIndex(QStringLiteral("CR23")));
    const SwotResult s = swot(lq, emb, row);
    const auto top = topLocationQuotients(lq, row, 15);
    REQUIRE(top.size() == 15);
    for (std::size_t k = 1; k < top.size(); ++k)
        CHECK(top[k - 1].value >= top[k].value);
    // 64 (financial services) is an anchor of Groot-Amsterdam in the generator: in the top 15.
    const std::size_t financial = std::size_t(lq.colIndex(QStringLiteral("64")));
    CHECK(std::any_of(top.begin(), top.end(), [&](const RankedSector& r) { return r.sector == financial; }));
    for (const RankedSector& r : opportunityRanking(s, 0))
        CHECK(s.entries[r.sector].lq <= 1.0);
    const auto counts = quadrantCounts(s);
    CHECK(counts[0] + counts[1] + counts[2] + counts[3] == lq.cols());
}
