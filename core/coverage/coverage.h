#pragma once
// Triangle coverage (DESIGN.md §5, "Triangle"): for a municipality or a region (a set of
// municipalities), which bodies cover it, which corners of economy–education–labour market they
// cover, which actor types sit at the table, and where gaps and overlaps are.
//
//   D = {Economie, Onderwijs, Arbeidsmarkt}; B(m) = bodies whose territory holds municipality m.
//   Corners covered = ∪ domains over B(m); "integraal" when one body spans all three;
//   actors present = ∪ actors over B(m); drukte = |B(m)| and same-type overlaps.
//
// For a region R the bodies are B(R) = ∪ B(m) over m ∈ R (territory intersects R); each is marked
// as covering the whole region or a part of it.
#include "registry/registry.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace regio {
class RegionModel;
}

namespace regio::coverage {

using registry::ActorSet;
using registry::BodyIndex;
using registry::BodyType;
using registry::Domain;
using registry::DomainSet;
using registry::Registry;
using registry::Scale;

// The three sides of the triangle: bodies working on exactly these two domains.
enum class Side { EconomieOnderwijs, OnderwijsArbeidsmarkt, EconomieArbeidsmarkt };
inline constexpr std::array<Side, 3> allSides{Side::EconomieOnderwijs, Side::OnderwijsArbeidsmarkt,
                                              Side::EconomieArbeidsmarkt};
DomainSet domainsOf(Side side);
QString key(Side side);   // "economie-onderwijs"
QString label(Side side); // "Economie–Onderwijs"

// Index 0..2 of a domain or side in the per-corner / per-side arrays.
inline int indexOf(Domain d) { return static_cast<int>(d); }
inline int indexOf(Side s) { return static_cast<int>(s); }

struct CoverageOptions {
    // Bodies with status "beëindigd" no longer cover anything; include them to look back.
    bool includeEnded = false;
    // Leave out bodies with a national territory: they lie over every municipality alike, so a
    // national map of regional coverage (which corners regional bodies cover) needs them out.
    bool excludeNational = false;
};

struct BodyCoverage {
    int body = -1;          // index into Registry::bodies
    int municipalities = 0; // how many of the region's municipalities it holds
    bool wholeRegion = false;
};

// Two or more bodies of one type over the same municipality ("bestuurlijke drukte"). Bodies with a
// national territory are not counted: they lie over every municipality alike.
struct Overlap {
    BodyType type{};
    std::vector<int> bodies;     // ascending registry indices, each overlapping another somewhere
    QStringList municipalities;  // where ≥ 2 of them coincide, sorted
};

struct CoverageResult {
    QStringList municipalities;       // the region's known municipality codes, sorted
    std::vector<BodyCoverage> bodies; // B(R), ascending registry index
    DomainSet corners;                // domains covered by some body
    DomainSet cornersWhole;           // domains covered by a body that holds the whole region
    std::array<std::vector<int>, 3> perCorner;   // by indexOf(Domain): every body working on it
    std::array<std::vector<int>, 3> cornerOnly;  // by indexOf(Domain): bodies with only that domain
    std::array<std::vector<int>, 3> perSide;     // by indexOf(Side): bodies with exactly those two
    std::vector<int> integraal;                  // bodies with all three domains
    ActorSet actorsPresent;
    ActorSet actorsMissing;
    std::vector<Overlap> overlaps; // in body-type order

    int drukte() const { return int(bodies.size()); }
    bool isIntegraal() const { return !integraal.empty(); }
    const BodyCoverage* find(int body) const;
};

// Coverage of a set of municipalities (one code for a municipality; RegionModel::municipalityCodesOf
// gives a division's). Codes are taken as given: one that no body holds simply adds nothing.
CoverageResult coverageOf(const QStringList& municipalityCodes, const Registry& registry, const BodyIndex& index,
                          const CoverageOptions& options = {});

// The gaps in Dutch sentences, most important first: "Onderwijs niet vertegenwoordigd",
// "Geen samenwerkingsverband dat de hele driehoek afdekt", "Geen werknemersorganisaties betrokken".
QStringList gaps(const CoverageResult& result);
// The overlaps in Dutch sentences: "2 Economic Boards: Brainport Development, …".
QStringList overlapSentences(const CoverageResult& result, const Registry& registry);

// "Schakelen op schalen" (SER 2017 sect. 3.3): a municipality's bodies by domain and by scale.
struct ScaleCell {
    Domain domain{};
    Scale scale{};
    std::vector<int> bodies; // ascending registry indices
};
// Non-empty cells only, ordered by domain then scale (small to large). A body with several
// domains appears in each of its domains' rows.
std::vector<ScaleCell> scalesOf(const QString& municipalityCode, const Registry& registry, const BodyIndex& index,
                                const CoverageOptions& options = {});

// Per municipality, for national choropleths.
struct MunicipalitySummary {
    QString code;
    int bodies = 0;  // drukte
    int corners = 0; // 0..3 corners covered
    bool integraal = false;
    int overlaps = 0; // number of body types with ≥ 2 non-national bodies here
};
// One entry per municipality of `regions`, in the model's order.
std::vector<MunicipalitySummary> nationalSummary(const RegionModel& regions, const Registry& registry,
                                                 const BodyIndex& index, const CoverageOptions& options = {});

} // namespace regio::coverage
