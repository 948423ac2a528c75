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
#include <optional>
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
    // The reference year ("peiljaar", registry::presentIn): only bodies that were there in that
    // year count, whatever their status now; includeEnded is then not used. Unset = today: every
    // body not "beëindigd".
    std::optional<int> year;
};

// Whether a body counts under `options`: present (status or peiljaar), national allowed, and its
// territory a working area — a territory of kind "locaties" (only where its sites are) never
// counts as covering.
bool counts(const registry::Body& body, const CoverageOptions& options);
// "peiljaar 2014" or "huidig" for titles and legends.
QString referenceYearLabel(const CoverageOptions& options);

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
    // Bodies present under the options whose territory is of kind "locaties" and has a site in the
    // region: listed (they are there), but they do not cover anything above. Ascending.
    std::vector<int> sites;

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

namespace regio::coverage {

// "Democratische verantwoording" per municipality: of the bodies covering it (counts() under the
// options: present in the peiljaar, territory of kind "gebied"), how many answer to an elected
// council (gemeenteraden or Provinciale Staten), how many to none directly (oversight "geen"),
// and how many are unknown (registry::accountabilityOf).
struct AccountabilityCount {
    QString code;
    int elected = 0;
    int notElected = 0;
    int unknown = 0;
    int total() const { return elected + notElected + unknown; }
};
AccountabilityCount accountabilityIn(const QString& municipalityCode, const Registry& registry,
                                     const BodyIndex& index, const CoverageOptions& options = {});
// One entry per municipality of `regions`, in the model's order.
std::vector<AccountabilityCount> accountabilitySummary(const RegionModel& regions, const Registry& registry,
                                                       const BodyIndex& index, const CoverageOptions& options = {});

// The landscape through time: per year from..to, how many bodies of each type were there
// (registry::presentIn; every territory kind and abroad-only bodies included: the count is of
// bodies, not of coverage).
struct YearCount {
    int year = 0;
    std::array<int, registry::allBodyTypes.size()> perType{}; // by BodyType value
    int total = 0;
};
std::vector<YearCount> bodiesPerYear(const Registry& registry, int from, int to);
// How many bodies have no founding year (they count as present in every year).
int bodiesWithoutFoundingYear(const Registry& registry);

} // namespace regio::coverage
