// The relatedness methods by key, and relatednessFor() equal to the indicator it names.
#include <doctest/doctest.h>

#include "economy/demo_economy.h"
#include "economy/indicators.h"
#include "economy/relatedness_method.h"

using namespace regio::economy;

TEST_CASE("Relatedness methods: keys round-trip; each method computes its indicator")
{
    CHECK(relatednessMethodKeys().size() == 6);
    for (const QString& key : relatednessMethodKeys())
        CHECK(relatednessMethodFromKey(key).has_value());
    CHECK(relatednessMethodFromKey(u"PROB") == RelatednessMethod::Probability);
    CHECK_FALSE(relatednessMethodFromKey(u"pearson").has_value());

    const EconomyData demo = loadDemoEconomy();
    const Matrix c = coOccurrence(binarySpecialisation(locationQuotient(demo.employment)));
    CHECK(relatednessFor(RelatednessMethod::Flows, demo) == skillRelatedness(demo.flows));
    CHECK(relatednessFor(RelatednessMethod::Proximity, demo) == proximity(c));
    CHECK(relatednessFor(RelatednessMethod::Probability, demo) == coOccurrenceRelatedness(c, CoOccurrenceMethod::Probability));
    CHECK(relatednessFor(RelatednessMethod::Association, demo) == coOccurrenceRelatedness(c, CoOccurrenceMethod::Association));
    CHECK(relatednessFor(RelatednessMethod::Cosine, demo) == coOccurrenceRelatedness(c, CoOccurrenceMethod::Cosine));
    CHECK(relatednessFor(RelatednessMethod::Jaccard, demo) == coOccurrenceRelatedness(c, CoOccurrenceMethod::Jaccard));
}
