#include "economy/region_profile.h"

#include "economy/classification.h"

#include <algorithm>
#include <stdexcept>

namespace regio::economy {

namespace {

// Highest value first; equal values keep the lower index first.
void sortDescending(std::vector<RankedSector>& v)
{
    std::stable_sort(v.begin(), v.end(), [](const RankedSector& a, const RankedSector& b) { return a.value > b.value; });
}

void truncate(std::vector<RankedSector>& v, std::size_t n)
{
    if (n > 0 && v.size() > n)
        v.resize(n);
}

} // namespace

std::vector<RankedSector> relatedSectors(const Matrix& relatedness, std::size_t sector, double threshold)
{
    if (relatedness.rows() != relatedness.cols())
        throw std::invalid_argument("relatedSectors: relatedness must be square");
    if (sector >= relatedness.rows())
        throw std::out_of_range("relatedSectors: sector index out of range");
    std::vector<RankedSector> out;
    for (std::size_t j = 0; j < relatedness.cols(); ++j)
        if (j != sector && relatedness(sector, j) > threshold)
            out.push_back({j, relatedness(sector, j)});
    sortDescending(out);
    return out;
}

std::vector<RankedSector> topLocationQuotients(const Matrix& lq, std::size_t region, std::size_t n)
{
    if (region >= lq.rows())
        throw std::out_of_range("topLocationQuotients: region index out of range");
    std::vector<RankedSector> out;
    for (std::size_t i = 0; i < lq.cols(); ++i)
        if (lq(region, i) > 0.0)
            out.push_back({i, lq(region, i)});
    sortDescending(out);
    truncate(out, n);
    return out;
}

std::vector<RankedSector> opportunityRanking(const SwotResult& swot, std::size_t n)
{
    std::vector<RankedSector> out;
    for (std::size_t i = 0; i < swot.entries.size(); ++i)
        if (!swot.entries[i].specialised)
            out.push_back({i, swot.entries[i].embeddedness});
    sortDescending(out);
    truncate(out, n);
    return out;
}

std::vector<std::size_t> quadrantCounts(const SwotResult& swot)
{
    std::vector<std::size_t> counts(4, 0);
    for (const SwotEntry& e : swot.entries)
        ++counts[std::size_t(e.quadrant)];
    return counts;
}

EconomyData assembleEconomy(const Matrix& employment, const Matrix& flows, bool demonstration)
{
    EconomyData d;
    d.employment = employment;
    d.flows = alignSquare(flows, employment.colLabels());
    d.demonstration = demonstration;
    for (const QString& code : employment.colLabels()) {
        SectorInfo info{code, code, QString(), QString()};
        for (const SectorInfo& s : sbiDivisions())
            if (s.code == code)
                info = s;
        d.sectors.push_back(info);
    }
    for (const QString& code : employment.rowLabels()) {
        RegionInfo info{code, code};
        for (const RegionInfo& r : coropAreas())
            if (r.code == code)
                info = r;
        d.regions.push_back(info);
    }
    return d;
}

} // namespace regio::economy
