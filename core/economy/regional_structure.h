#pragma once
// The real economy of any region (issue: "any region, honestly"): how a region is made from the
// panel's rows, and the indicators of DESIGN.md §5 on it — jobs, shares, LQ, shift-share,
// entry/exit of specialisations, and structure indices. Unknown (suppressed) cells stay unknown
// (NaN) through every sum: a sum with an unknown part is unknown.
#include "economy/employment_panel.h"
#include "economy/matrix.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace regio {
class RegionModel;
}

namespace regio::economy {

// How a region's economy is built from panel rows.
struct PanelRegion {
    QString code;           // the region asked for ("PV20", "AM18", "GM0160", "NL01", or "" for a territory)
    QString name;
    QStringList rows;       // panel rows summed (COROP codes, or the region's own row)
    bool exact = false;     // the rows make up exactly the region
    int municipalitiesCovered = 0;  // of the region's municipalities, those inside the rows
    int municipalitiesTotal = 0;
    int municipalitiesOutside = 0;  // municipalities in the rows but not in the region
    QString basis;          // in words: "exact: COROP-gebieden …" / "benadering: …"
    bool valid() const { return !rows.isEmpty(); }
};

// A region of any level (GM, PV, CR, AM, and NL01/NL for Nederland): its own panel row when the
// panel has one; a provincie or Nederland as the exact sum of its COROP areas (nesting checked:
// a COROP area with municipalities in two provincies makes the result approximate); an
// arbeidsmarktregio or gemeente as the union of the COROP areas that best cover it (approximate,
// said in `basis`). Invalid (no rows) when the region is unknown or the panel has no rows for it.
PanelRegion panelRegion(const QString& code, const RegionModel& regions, const EmploymentPanel& panel);
// A set of municipalities (a body's territory), likewise approximated by COROP areas.
PanelRegion panelRegionOfMunicipalities(const QStringList& municipalities, const QString& name,
                                        const RegionModel& regions, const EmploymentPanel& panel);

// The rows national figures sum over: the COROP rows (CR…) when the panel has any, else all rows.
QStringList nationalRows(const EmploymentPanel& panel);
// "benadering: " in the interface language, the start of PanelRegion::basis for an approximation.
QString approximationPrefix();

// E[region, key, year]: the sum over the region's rows; NaN when any part is unknown.
double regionValue(const EmploymentPanel& panel, const QStringList& rows, const QString& key, int year);
// E[NL, key, year]: the sum over nationalRows of the published cells (a suppressed cell is left out).
double nationalValue(const EmploymentPanel& panel, const QString& key, int year);

enum class CellStatus { Ok, Suppressed, Approximate };
QString cellStatusKey(CellStatus status);  // ok, onderdrukt, benadering

struct SectorFigure {
    QString key;
    QString letters;     // "C"
    QString title;       // "C Industrie"
    double jobs = kUnknown;
    double share = kUnknown;     // E[r,i] / E[r,T]
    double shareNl = kUnknown;   // E[NL,i] / E[NL,T]
    double lq = kUnknown;        // share / shareNl (DESIGN.md §5)
    CellStatus status = CellStatus::Ok;
};

struct SectorStructure {
    int year = 0;
    double total = kUnknown;    // E[r,T]
    double totalNl = kUnknown;  // E[NL,T]
    std::vector<SectorFigure> sectors;  // the sections, in the hierarchy's order
};
SectorStructure sectorStructure(const EmploymentPanel& panel, const PanelRegion& region, int year);

enum class SpecialisationChange { Unknown, Entry, Exit, Stays, Absent };
QString specialisationChangeKey(SpecialisationChange c);  // onbekend, intrede, uittrede, blijft, geen

struct GrowthFigure {
    QString key;
    QString letters;
    QString title;
    double jobsFrom = kUnknown;
    double jobsTo = kUnknown;
    double change = kUnknown;       // jobsTo − jobsFrom
    double national = kUnknown;     // E₀[r,i]·g
    double industryMix = kUnknown;  // E₀[r,i]·(g_i − g)
    double regional = kUnknown;     // E₀[r,i]·(g_ri − g_i) = change − national − industryMix
    double lqFrom = kUnknown;
    double lqTo = kUnknown;
    SpecialisationChange specialisation = SpecialisationChange::Unknown;
    CellStatus status = CellStatus::Ok;
};

struct Growth {
    int from = 0;
    int to = 0;
    double totalFrom = kUnknown;       // E₀[r,T]
    double totalTo = kUnknown;
    double nationalGrowth = kUnknown;  // g = E₁[NL,T]/E₀[NL,T] − 1
    std::vector<GrowthFigure> sectors;
};
// Classic shift-share (Dunn 1960), and entry/exit of specialisations (LQ crossing 1, as EconGeo's
// entry.list / exit.list on binary RCA matrices).
Growth growth(const EmploymentPanel& panel, const PanelRegion& region, int from, int to);

struct StructureIndices {
    double krugman = kUnknown;           // Σ_i |p[r,i] − p[NL,i]|
    double herfindahl = kUnknown;        // Σ_i p²
    double entropy = kUnknown;           // Σ_i p·log₂(1/p)
    double relatedVariety = kUnknown;    // Σ_g P_g·H_g
    double unrelatedVariety = kUnknown;  // Σ_g P_g·log₂(1/P_g)
    int sectionsUsed = 0;                // published sections the shares are over
    int sectionsUnknown = 0;
};
// Frenken, Van Oort & Verburg (2007) with the A*10 groups of the hierarchy; shares over the
// region's published sections, the national shares over the same sections.
StructureIndices structureIndices(const EmploymentPanel& panel, const PanelRegion& region, int year);

// The panel's rows × sections of one year as a matrix (columns labelled by the sections' letters,
// rows by region code; NaN = unknown), and its LQ by sectorStructure (E[r,T] = the total key).
Matrix sectionMatrix(const EmploymentPanel& panel, int year);
Matrix sectionLqMatrix(const EmploymentPanel& panel, int year);

// Jobs of a key for every panel year (NaN where unknown).
std::vector<double> jobsSeries(const EmploymentPanel& panel, const PanelRegion& region, const QString& key);

} // namespace regio::economy
