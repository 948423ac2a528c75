#include "economy/relatedness_method.h"

#include "economy/indicators.h"

namespace regio::economy {

QStringList relatednessMethodKeys()
{
    return {QStringLiteral("flows"), QStringLiteral("proximity"), QStringLiteral("prob"),
            QStringLiteral("association"), QStringLiteral("cosine"), QStringLiteral("jaccard")};
}

std::optional<RelatednessMethod> relatednessMethodFromKey(QStringView key)
{
    static constexpr RelatednessMethod methods[] = {RelatednessMethod::Flows,       RelatednessMethod::Proximity,
                                                    RelatednessMethod::Probability, RelatednessMethod::Association,
                                                    RelatednessMethod::Cosine,      RelatednessMethod::Jaccard};
    const QStringList keys = relatednessMethodKeys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (key.compare(keys.at(i), Qt::CaseInsensitive) == 0)
            return methods[i];
    return std::nullopt;
}

Matrix relatednessFor(RelatednessMethod method, const EconomyData& data)
{
    if (method == RelatednessMethod::Flows)
        return skillRelatedness(data.flows);
    const Matrix cooccurrence = coOccurrence(binarySpecialisation(data.locationQuotients()));
    switch (method) {
    case RelatednessMethod::Proximity: return proximity(cooccurrence);
    case RelatednessMethod::Probability: return coOccurrenceRelatedness(cooccurrence, CoOccurrenceMethod::Probability);
    case RelatednessMethod::Association: return coOccurrenceRelatedness(cooccurrence, CoOccurrenceMethod::Association);
    case RelatednessMethod::Cosine: return coOccurrenceRelatedness(cooccurrence, CoOccurrenceMethod::Cosine);
    case RelatednessMethod::Jaccard:
    case RelatednessMethod::Flows: break;
    }
    return coOccurrenceRelatedness(cooccurrence, CoOccurrenceMethod::Jaccard);
}

} // namespace regio::economy
