#include "geography/dissolve.h"

namespace regio::geo {

// Cascaded union: merging neighbours pairwise in a balanced tree keeps every intermediate result
// small, which is much faster than adding the parts one by one to a growing whole.
MultiPolygon dissolve(const std::vector<const MultiPolygon*>& parts)
{
    std::vector<MultiPolygon> level;
    level.reserve(parts.size());
    for (const MultiPolygon* part : parts)
        if (part && !part->empty())
            level.push_back(*part);
    if (level.empty())
        return {};
    while (level.size() > 1) {
        std::vector<MultiPolygon> next;
        next.reserve((level.size() + 1) / 2);
        for (size_t i = 0; i + 1 < level.size(); i += 2) {
            MultiPolygon merged;
            bg::union_(level[i], level[i + 1], merged);
            next.push_back(std::move(merged));
        }
        if (level.size() % 2 == 1)
            next.push_back(std::move(level.back()));
        level = std::move(next);
    }
    MultiPolygon result = std::move(level.front());
    bg::correct(result);
    return result;
}

} // namespace regio::geo
