// The search box's ranking: prefix first, then word start, then contains.
#include <doctest/doctest.h>

#include "regions/name_search.h"
#include "regions/region_model.h"

using namespace regio;

TEST_CASE("matchName: prefix, word start, contains, code prefix; case and diacritics ignored")
{
    CHECK(matchName(QStringLiteral("Hardenberg"), QStringLiteral("h")) == NameMatch::Prefix);
    CHECK(matchName(QStringLiteral("Aa en Hunze"), QStringLiteral("H")) == NameMatch::WordStart);
    CHECK(matchName(QStringLiteral("'s-Gravenhage"), QStringLiteral("h")) == NameMatch::Contains);
    CHECK(matchName(QStringLiteral("'s-Gravenhage"), QStringLiteral("grav")) == NameMatch::WordStart);
    CHECK(matchName(QStringLiteral("'s-Gravenhage"), QStringLiteral("s-grav")) == NameMatch::Prefix);
    CHECK(matchName(QStringLiteral("Fryslân"), QStringLiteral("fryslan")) == NameMatch::Prefix);
    CHECK(matchName(QStringLiteral("Hardenberg"), QStringLiteral("GM01"), QStringLiteral("GM0160")) == NameMatch::Prefix);
    CHECK_FALSE(matchName(QStringLiteral("Hardenberg"), QStringLiteral("x")).has_value());
    CHECK_FALSE(matchName(QStringLiteral("Hardenberg"), QStringLiteral("  ")).has_value());
}

TEST_CASE("rankSearch on the embedded municipalities: names starting with H come before 's-Gravenhage")
{
    const RegionModel& model = RegionModel::embedded();
    std::vector<SearchCandidate> candidates;
    for (const Municipality& m : model.municipalities())
        candidates.push_back({m.name, m.code, 0});
    const std::vector<int> ranked = rankSearch(candidates, QStringLiteral("H"));
    REQUIRE(ranked.size() > 20);
    // Every prefix match precedes every other match, and the first is alphabetically first.
    bool seenNonPrefix = false;
    for (int i : ranked) {
        const bool prefix = matchName(candidates[size_t(i)].name, QStringLiteral("H")) == NameMatch::Prefix;
        CHECK_FALSE((prefix && seenNonPrefix));
        seenNonPrefix = seenNonPrefix || !prefix;
    }
    CHECK(candidates[size_t(ranked.front())].name.startsWith(QLatin1Char('H')));
    const auto hardenberg = rankSearch(candidates, QStringLiteral("harde"), 1);
    REQUIRE(hardenberg.size() == 1);
    CHECK(candidates[size_t(hardenberg.front())].code == QStringLiteral("GM0160"));
    // Groups order within one kind of match; the limit holds.
    const std::vector<SearchCandidate> grouped{{QStringLiteral("Zwolle"), {}, 1}, {QStringLiteral("Zwolle"), {}, 0},
                                               {QStringLiteral("Regio Zwolle"), {}, 0}};
    CHECK(rankSearch(grouped, QStringLiteral("zwolle")) == std::vector<int>{1, 0, 2});
    CHECK(rankSearch(grouped, QStringLiteral("zwolle"), 2).size() == 2);
}
