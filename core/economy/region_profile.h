#pragma once
// Small per-region and per-sector read-outs of the economy indicators, as the relatedness views
// (network, SWOT, rankings) and reports need them. Pure functions over the matrices of
// indicators.h; no new definitions (DESIGN.md §5).
#include "economy/demo_economy.h"
#include "economy/indicators.h"
#include "economy/matrix.h"

#include <cstddef>
#include <vector>

namespace regio::economy {

// A sector (column index) with a value: relatedness, LQ or embeddedness.
struct RankedSector {
    std::size_t sector = 0;
    double value = 0.0;
    bool operator==(const RankedSector&) const = default;
};

// The sectors related to `sector`: every j ≠ sector with relatedness(sector, j) > threshold
// (DESIGN.md §5: related when SR~ > threshold), strongest first, ties by lower index.
// `relatedness` must be square. Throws std::out_of_range for a bad sector index.
std::vector<RankedSector> relatedSectors(const Matrix& relatedness, std::size_t sector, double threshold);

// The region's sectors by location quotient, highest first (ties by lower index); at most `n`
// (n = 0: all). Only sectors with LQ > 0 (present in the region).
std::vector<RankedSector> topLocationQuotients(const Matrix& lq, std::size_t region, std::size_t n);

// Opportunity ranking (van Oort et al. 2016): the sectors the region is NOT specialised in
// (LQ ≤ 1), by embeddedness, highest first (ties by lower index); at most `n` (0: all). The
// entries above the SWOT threshold are the "Kans" quadrant, the others "Zwakte".
std::vector<RankedSector> opportunityRanking(const SwotResult& swot, std::size_t n);

// Number of sectors per SWOT quadrant, indexed by Quadrant (Strength, Weakness, Opportunity, Threat).
std::vector<std::size_t> quadrantCounts(const SwotResult& swot);

// Assembles an economy from an employment table and a flow table (either may be the
// demonstration one): flows re-indexed to the employment's sectors with alignSquare (sectors
// without flows get zero rows and columns; flow sectors not employed are dropped), the sector
// table from the SBI 2008 divisions (unknown codes: name = code, no section), the region table
// from the COROP areas (unknown codes: name = code). `demonstration` is passed through.
EconomyData assembleEconomy(const Matrix& employment, const Matrix& flows, bool demonstration);

} // namespace regio::economy
