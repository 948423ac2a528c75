#pragma once
// Regional economy indicators (DESIGN.md §5): location quotients, specialisation, co-occurrence,
// proximity, EconGeo co-occurrence relatedness, skill-relatedness from labour flows, relatedness
// density, embeddedness and the SWOT grouping of van Oort et al. (2016).
//
// Conventions: employment E is regions × sectors (rows = regions, columns = sectors); flows F are
// sectors × sectors (row = origin sector, column = destination sector); every sector × sector
// result carries the sector codes as both row and column labels. Undefined values (0/0) are 0.
#include "economy/matrix.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace regio::economy {

// LQ[r,i] = (E[r,i]/E[r,·]) / (E[·,i]/E[·,·]); 0 where a total is 0.
Matrix locationQuotient(const Matrix& employment);

// M[r,i] = 1 if LQ[r,i] > 1, else 0.
Matrix binarySpecialisation(const Matrix& lq);

// C = Mᵀ·M (regions are the events): C[i,j] = number of regions specialised in both i and j;
// C[i,i] = ubiquity of i.
Matrix coOccurrence(const Matrix& specialisation);

// Hidalgo et al. (2007): φ[i,j] = C[i,j] / max(C[i,i], C[j,j]); diagonal 0; 0 when undefined.
Matrix proximity(const Matrix& coOccurrence);

// The normalisations of EconGeo::relatedness(mat, method) (Balland; van Eck & Waltman 2009).
enum class CoOccurrenceMethod { Probability, Association, Cosine, Jaccard };
Matrix coOccurrenceRelatedness(const Matrix& coOccurrence, CoOccurrenceMethod method);

// Neffke & Henning (2013) skill-relatedness from job switches, normalised to [-1, 1) and
// symmetrised. See indicators.cpp for the treatment of sectors without any switches.
Matrix skillRelatedness(const Matrix& flows);
// The directed, normalised SR~[i,j] before symmetrising (0 where undefined).
Matrix skillRelatednessDirected(const Matrix& flows);

// RD[r,i] = 100·Σ_{j≠i} M[r,j]·w[i,j] / Σ_{j≠i} w[i,j], with w clamped to ≥ 0; 0 when the
// denominator is 0. `relatedness` must be square with the specialisation's sectors in the same order.
Matrix relatednessDensity(const Matrix& specialisation, const Matrix& relatedness);

// van Oort et al. (2016): relatedness density with w = max(SR~, 0).
Matrix embeddedness(const Matrix& specialisation, const Matrix& skillRelatedness);

// --- SWOT ----------------------------------------------------------------------------------------

enum class Quadrant { Strength, Weakness, Opportunity, Threat };
// Dutch label: Sterkte, Zwakte, Kans, Bedreiging.
QString quadrantName(Quadrant quadrant);

struct SwotEntry {
    QString sector;
    double lq = 0.0;
    double embeddedness = 0.0;
    bool specialised = false;
    bool wellEmbedded = false;
    Quadrant quadrant = Quadrant::Weakness;
};

struct SwotResult {
    QString region;
    double threshold = 0.0;  // the embeddedness threshold used
    std::vector<SwotEntry> entries;  // one per sector, in the sectors' order
};

// Median of the values (mean of the two middle values for an even count; 0 when empty).
double median(std::vector<double> values);

// SWOT of region `row` of the LQ / embeddedness matrices (same shape). Threshold default: the
// median embeddedness over the region's sectors.
SwotResult swot(const Matrix& lq, const Matrix& embeddedness, std::size_t row,
                std::optional<double> threshold = std::nullopt);

// Returns `m` (square, sector-labelled) re-indexed to `labels`: rows/columns absent from `m`
// become 0. Used to align flows or relatedness with an employment matrix's sectors.
Matrix alignSquare(const Matrix& m, const QStringList& labels);

} // namespace regio::economy
