#include "regions/name_search.h"

#include "regions/region_model.h"

#include <algorithm>
#include <tuple>

namespace regio {

namespace {

// Case-folded, without diacritics: "Fryslân" → "fryslan".
QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

} // namespace

std::optional<NameMatch> matchName(const QString& name, const QString& query, const QString& code)
{
    const QString q = fold(query.trimmed());
    if (q.isEmpty())
        return std::nullopt;
    const QString n = fold(name);
    // "'s-Gravenhage" starts with "g" for a reader, as the index sorts it (nameSortKey).
    qsizetype start = 0;
    while (start < n.size() && !n.at(start).isLetterOrNumber())
        ++start;
    if (n.mid(start).startsWith(q) || (!code.isEmpty() && fold(code).startsWith(q)))
        return NameMatch::Prefix;
    std::optional<NameMatch> best;
    for (qsizetype at = n.indexOf(q); at >= 0; at = n.indexOf(q, at + 1)) {
        if (at > 0 && !n.at(at - 1).isLetterOrNumber())
            return NameMatch::WordStart;
        best = NameMatch::Contains;
    }
    return best;
}

std::vector<int> rankSearch(const std::vector<SearchCandidate>& candidates, const QString& query, int limit)
{
    struct Hit {
        NameMatch match;
        int group;
        QString key;
        int index;
    };
    std::vector<Hit> hits;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const SearchCandidate& c = candidates[i];
        if (const auto m = matchName(c.name, query, c.code))
            hits.push_back({*m, c.group, nameSortKey(c.name), int(i)});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return std::tie(a.match, a.group, a.key, a.index) < std::tie(b.match, b.group, b.key, b.index);
    });
    std::vector<int> out;
    for (const Hit& h : hits) {
        if (limit > 0 && int(out.size()) >= limit)
            break;
        out.push_back(h.index);
    }
    return out;
}

} // namespace regio
