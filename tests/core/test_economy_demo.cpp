// The demonstration economy: deterministic generator, committed CSV files equal to freshly
// generated ones, the embedded copy loads, and the intended specialisations show up.
#include <doctest/doctest.h>

#include "economy/demo_economy.h"
#include "economy/economy_csv.h"
#include "economy/indicators.h"

#include "test_paths.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace regio::economy;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

double lqOf(const EconomyData& d, const Matrix& lq, const char* region, const char* sector)
{
    const auto r = d.employment.rowIndex(QLatin1String(region));
    const auto i = d.employment.colIndex(QLatin1String(sector));
    REQUIRE(r >= 0);
    REQUIRE(i >= 0);
    return lq(std::size_t(r), std::size_t(i));
}

} // namespace

TEST_CASE("demo generator: deterministic, complete and labelled")
{
    const EconomyData a = generateDemoEconomy();
    const EconomyData b = generateDemoEconomy();
    CHECK(a.employment == b.employment);
    CHECK(a.flows == b.flows);
    CHECK(a.demonstration);
    CHECK(a.employment.rows() == 40);
    CHECK(a.employment.cols() == 86);
    CHECK(a.flows.rows() == 86);
    CHECK(a.flows.cols() == 86);
    CHECK(a.employment.rowLabels().first() == QStringLiteral("CR01"));
    CHECK(a.employment.rowLabels().last() == QStringLiteral("CR40"));
    CHECK(a.regionName(QStringLiteral("CR29")) == QStringLiteral("Groot-Rijnmond"));
    CHECK(a.sectorName(QStringLiteral("62")) == QStringLiteral("Dienstverlenende activiteiten op het gebied van informatietechnologie"));
    CHECK(demoNotice() == QStringLiteral("Demonstratiedata — geen officiële statistiek"));
    // Integers, non-negative, zero diagonal of flows, every sector present nationally.
    for (double v : a.employment.data()) {
        CHECK(v >= 0);
        CHECK(v == double(qint64(v)));
    }
    for (std::size_t i = 0; i < a.flows.rows(); ++i) {
        CHECK(a.flows(i, i) == 0);
        CHECK(a.employment.colSum(i) > 0);
    }
    // Another seed gives other numbers.
    CHECK_FALSE(generateDemoEconomy(kDemoSeed + 1).employment == a.employment);
}

TEST_CASE("demo generator: committed resources/data files equal freshly generated ones")
{
    const auto files = demoCsvFiles(generateDemoEconomy(kDemoSeed), kDemoSeed);
    REQUIRE(files.size() == 4);
    // Write the fresh files beside the build for inspection (and to refresh the committed ones
    // with `regio generate-demo --out-dir resources/data`).
    const QString outDir = regio::test::binaryDir() + QStringLiteral("/economy-demo");
    QDir().mkpath(outDir);
    for (const auto& [name, content] : files) {
        QFile out(outDir + QLatin1Char('/') + name);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        INFO("resources/data/" << name.toStdString() << " differs from the generator output; rebuild it with "
                                  "'regio generate-demo --out-dir resources/data'");
        CHECK(content.startsWith("# Demonstratiedata \xe2\x80\x94 geen offici\xc3\xable statistiek"));
        CHECK(readFile(regio::test::sourceDir() + QStringLiteral("/resources/data/") + name) == content);
    }
}

TEST_CASE("embedded demo economy loads from the Qt resources")
{
    const EconomyData d = loadDemoEconomy();
    const EconomyData g = generateDemoEconomy();
    CHECK(d.demonstration);
    CHECK(d.employment == g.employment);
    CHECK(d.flows == g.flows);
    CHECK(d.sectors == g.sectors);
    CHECK(d.regions == g.regions);
    REQUIRE(d.sectors.size() == 86);
    CHECK(d.sectors.front().section == QStringLiteral("A"));
    CHECK(d.sectors.back().section == QStringLiteral("U"));
    CHECK(d.sectors.front().sectionName == QStringLiteral("Landbouw, bosbouw en visserij"));
}

TEST_CASE("demo economy has the intended specialisations")
{
    const EconomyData d = generateDemoEconomy();
    const Matrix lq = locationQuotient(d.employment);
    // Port, logistics, refining and chemistry in Groot-Rijnmond.
    CHECK(lqOf(d, lq, "CR29", "52") > 1.5);
    CHECK(lqOf(d, lq, "CR29", "50") > 1.5);
    CHECK(lqOf(d, lq, "CR29", "19") > 2.0);
    CHECK(lqOf(d, lq, "CR29", "20") > 1.2);
    // Finance, ICT and creative industries in Groot-Amsterdam.
    CHECK(lqOf(d, lq, "CR23", "64") > 1.5);
    CHECK(lqOf(d, lq, "CR23", "62") > 1.3);
    CHECK(lqOf(d, lq, "CR23", "90") > 1.3);
    // High-tech machinery and electronics in Zuidoost-Noord-Brabant.
    CHECK(lqOf(d, lq, "CR36", "28") > 2.0);
    CHECK(lqOf(d, lq, "CR36", "26") > 2.0);
    // Horticulture in Delft en Westland, chemistry in Zuid-Limburg, energy in Overig Groningen.
    CHECK(lqOf(d, lq, "CR27", "01") > 2.0);
    CHECK(lqOf(d, lq, "CR39", "20") > 2.0);
    CHECK(lqOf(d, lq, "CR03", "06") > 3.0);
    CHECK(lqOf(d, lq, "CR03", "35") > 1.5);
    // Skill-related sectors exchange workers: chemistry–petroleum positively related,
    // chemistry–care not.
    const Matrix sr = skillRelatedness(d.flows);
    const auto i20 = std::size_t(d.flows.rowIndex(QStringLiteral("20")));
    const auto i19 = std::size_t(d.flows.rowIndex(QStringLiteral("19")));
    const auto i87 = std::size_t(d.flows.rowIndex(QStringLiteral("87")));
    CHECK(sr(i20, i19) > 0.3);
    CHECK(sr(i20, i87) < 0.0);
}
