#include "regions/adjacency.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace regio {

std::vector<std::vector<int>> adjacency(const std::vector<const Region*>& regions)
{
    // Vertex → regions that have it (small lists: a vertex is shared by two or three regions).
    QHash<quint64, std::vector<int>> owners;
    auto key = [](const geo::Point& p) {
        return (quint64(quint32(qint32(std::lround(p.x())))) << 32) | quint32(qint32(std::lround(p.y())));
    };
    for (int r = 0; r < int(regions.size()); ++r) {
        auto visit = [&](const geo::Ring& ring) {
            for (const geo::Point& p : ring) {
                std::vector<int>& list = owners[key(p)];
                if (list.empty() || list.back() != r)
                    list.push_back(r);
            }
        };
        for (const geo::Polygon& polygon : regions[size_t(r)]->shape) {
            visit(polygon.outer());
            for (const geo::Ring& hole : polygon.inners())
                visit(hole);
        }
    }
    QHash<quint64, int> sharedCount;
    for (const std::vector<int>& list : std::as_const(owners))
        for (size_t i = 0; i < list.size(); ++i)
            for (size_t j = i + 1; j < list.size(); ++j) {
                const int a = std::min(list[i], list[j]);
                const int b = std::max(list[i], list[j]);
                if (a != b)
                    ++sharedCount[(quint64(quint32(a)) << 32) | quint32(b)];
            }
    std::vector<std::vector<int>> neighbours(regions.size());
    for (auto it = sharedCount.cbegin(); it != sharedCount.cend(); ++it) {
        if (it.value() < 2)
            continue; // one common point is a corner touch, not a border
        const int a = int(it.key() >> 32);
        const int b = int(it.key() & 0xffffffffu);
        neighbours[size_t(a)].push_back(b);
        neighbours[size_t(b)].push_back(a);
    }
    for (auto& list : neighbours)
        std::sort(list.begin(), list.end());
    return neighbours;
}

std::vector<int> colourClasses(const std::vector<std::vector<int>>& neighbours, int paletteSize)
{
    const int n = int(neighbours.size());
    std::vector<int> order(size_t(n), 0);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return neighbours[size_t(a)].size() > neighbours[size_t(b)].size(); });
    std::vector<int> colour(size_t(n), -1);
    std::vector<int> usage(size_t(std::max(paletteSize, 1)), 0);
    for (int v : order) {
        std::vector<bool> used(usage.size(), false);
        for (int w : neighbours[size_t(v)]) {
            const int c = colour[size_t(w)];
            if (c >= 0) {
                if (size_t(c) >= used.size())
                    used.resize(size_t(c) + 1, false);
                used[size_t(c)] = true;
            }
        }
        int best = -1;
        for (int c = 0; c < int(usage.size()); ++c)
            if (!used[size_t(c)] && (best < 0 || usage[size_t(c)] < usage[size_t(best)]))
                best = c;
        if (best < 0) {
            best = int(usage.size());
            while (size_t(best) < used.size() && used[size_t(best)])
                ++best;
            usage.resize(size_t(best) + 1, 0);
        }
        colour[size_t(v)] = best;
        ++usage[size_t(best)];
    }
    return colour;
}

} // namespace regio
