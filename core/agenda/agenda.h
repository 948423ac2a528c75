#pragma once
// The regional agenda (DESIGN.md §5 "Agenda"; SER 2017 sect. 3.2–3.4): the join of the real
// economy and the bodies registry for one region. Strengths, threats and opportunities come from
// the CBS panel; for each the bodies placed to act and the actor types missing at their tables;
// neighbours that share or complement the strengths; whether the bodies' scale fits the region;
// and the gaps in Dutch sentences. Every definition is written down in docs/agenda.md.
//
// Everything a view shows is computed here: a widget only formats the fields (numbers stay
// numbers, `text` fields are ready Dutch sentences, bodies are named by id and name).
#include "agenda/actor_needs.h"
#include "economy/employment_panel.h"
#include "economy/matrix.h"
#include "economy/regional_structure.h"
#include "regions/level.h"
#include "registry/registry.h"

#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace regio {
class RegionModel;
struct Region;
}

namespace regio::agenda {

using registry::ActorSet;
using registry::Domain;
using registry::DomainSet;

struct AgendaOptions {
    int from = 0;                 // 0: the panel's first year
    int to = 0;                   // 0: the panel's last year
    bool includeEnded = false;    // bodies with status "beëindigd" (coverage.h)
    // Bodies with a national territory lie over every region alike; the agenda is about regional
    // cooperation (SER 2017 sect. 3.3), so they are left out unless asked for.
    bool includeNational = false;
    double scaleFactor = 2.0;     // "veel groter": territory > scaleFactor × the region's municipalities
    QString sourceLine;           // the economy's attribution; empty: the panel's own `source`
};

// A body that can act on a sector in the region (DESIGN.md §5): it covers (part of) the region and
// works on Economie (the sector itself) and/or Onderwijs / Arbeidsmarkt (its skills and people).
struct ActingBody {
    int body = -1;                  // index into Registry::bodies
    QString id;
    QString name;                   // display name
    int municipalities = 0;         // of the region's municipalities, those in the territory
    double coverage = 0.0;          // municipalities / region's municipalities, 0..1
    bool wholeRegion = false;
    int territoryMunicipalities = 0;
    DomainSet roles;                // the body's domains (∩ {Economie, Onderwijs, Arbeidsmarkt})
    ActorSet missingActors;         // actor_needs.h: needed for its roles and this sector, absent
};

enum class ItemKind { Strength, Threat, Opportunity };
QString itemKindKey(ItemKind kind);    // sterkte, bedreiging, kans

// A section of the region in the agenda (one of strengths / threats / opportunities).
struct SectorItem {
    QString key;                    // CBS key ("307500")
    QString letters;                // "C"
    QString title;                  // "C Industrie"
    QString source;                 // the data source of the numbers (cbsAttribution())
    bool knowledgeIntensive = false;  // actor_needs.h
    double jobs = economy::kUnknown;          // E[r,i] in `to`
    double jobsFrom = economy::kUnknown;      // E[r,i] in `from`
    double change = economy::kUnknown;        // jobs − jobsFrom
    double growth = economy::kUnknown;        // g_ri = jobs/jobsFrom − 1
    double nationalGrowth = economy::kUnknown;  // g_i
    double lq = economy::kUnknown;            // LQ in `to`
    double lqFrom = economy::kUnknown;
    double density = economy::kUnknown;       // RD[r,i] (0–100) with the proximity of `to`
    std::vector<ActingBody> bodies;           // whole-region first, then by coverage, then registry order
};

// A bordering region of the same level and the specialisations it shares or complements.
struct SectorPair {
    QString key;
    QString letters;
    QString title;
    double lqRegion = economy::kUnknown;
    double lqNeighbour = economy::kUnknown;
};
struct Neighbour {
    QString code;
    QString name;
    QString basis;                        // how the neighbour's economy is made (regional_structure.h)
    std::vector<SectorPair> shared;       // both LQ > 1
    std::vector<SectorPair> complementary;  // neighbour LQ > 1, region LQ ≤ 1 (known)
};

// Scale (SER 2017 sect. 3.3) per domain.
enum class ScaleFit { Past, Deels, VeelGroter };     // of one body
enum class ScaleVerdict { Past, Deels, VeelGroter, Geen };  // of a domain
QString scaleFitKey(ScaleFit f);           // past, deels, veel-groter
QString scaleVerdictKey(ScaleVerdict v);   // past, deels, veel-groter, geen
QString scaleVerdictLabel(ScaleVerdict v); // "past", "te klein / deels", "veel groter", "geen"

struct ScaleBody {
    int body = -1;
    QString id;
    QString name;
    int municipalities = 0;           // in the region
    int territoryMunicipalities = 0;
    bool wholeRegion = false;
    ScaleFit fit = ScaleFit::Deels;
};
struct DomainScale {
    Domain domain = Domain::Economie;
    ScaleVerdict verdict = ScaleVerdict::Geen;
    std::vector<ScaleBody> bodies;    // as ActingBody's order
};

// A gap in words, with what it rests on so that a view can link it.
struct Gap {
    QString kind;       // see docs/agenda.md: sterkte-zonder-economie, …
    QString text;       // Dutch sentence
    QStringList sectors;  // section keys
    QStringList bodies;   // body ids
    std::optional<Domain> domain;
    std::vector<std::pair<QString, double>> numbers;  // named figures the sentence quotes
};

struct Agenda {
    QString code;                   // region code, "" for a territory
    QString name;
    std::optional<Level> level;     // none for NL01 and territories
    QStringList municipalities;     // the region's municipality codes, sorted
    economy::PanelRegion economyRegion;  // the panel rows and the basis in words
    int from = 0;
    int to = 0;
    QStringList dataSources;        // first: the panel's attribution line
    double densityMedian = economy::kUnknown;  // median RD over the sections
    std::vector<SectorItem> strengths;      // LQ desc
    std::vector<SectorItem> threats;        // strengths with g_ri < g_i, LQ desc
    std::vector<SectorItem> opportunities;  // density desc
    std::vector<Neighbour> neighbours;      // by code
    std::array<DomainScale, 3> scale;       // by coverage::indexOf(Domain)
    std::vector<Gap> gaps;
};

// Shared, cached inputs for many agendas (one per view or batch). Caches (relatedness per year,
// adjacency per level, the body index) fill lazily: not for concurrent use.
class AgendaContext {
public:
    AgendaContext(const RegionModel& regions, const economy::EmploymentPanel& panel,
                  const registry::Registry& registry, AgendaOptions options = {});

    const RegionModel& regions() const { return *m_regions; }
    const economy::EmploymentPanel& panel() const { return *m_panel; }
    const registry::Registry& registry() const { return *m_registry; }
    const registry::BodyIndex& bodyIndex() const { return m_index; }
    const AgendaOptions& options() const { return m_options; }
    int fromYear() const { return m_from; }
    int toYear() const { return m_to; }

    // Proximity φ (Hidalgo et al. 2007) between the sections from the binary specialisation of the
    // national rows (the 40 COROP areas) in `year`: sections × sections.
    const economy::Matrix& relatedness(int year) const;
    // Neighbours (indices into `regionsOf(level)`) of each region of the level (adjacency.h).
    const std::vector<std::vector<int>>& adjacency(Level level) const;
    std::vector<const Region*> regionsOf(Level level) const;

private:
    const RegionModel* m_regions;
    const economy::EmploymentPanel* m_panel;
    const registry::Registry* m_registry;
    registry::BodyIndex m_index;
    AgendaOptions m_options;
    int m_from = 0;
    int m_to = 0;
    mutable std::map<int, economy::Matrix> m_relatedness;
    mutable std::map<int, std::vector<std::vector<int>>> m_adjacency;
};

// The agenda of a region of any level (GM, PV, CR, AM code; NL01 for Nederland). Throws
// std::invalid_argument when the code is unknown or the panel has no rows for it.
Agenda agendaOf(const QString& code, const AgendaContext& context);
// The agenda of a set of municipalities (a body's territory): no neighbours.
Agenda agendaOfMunicipalities(const QStringList& municipalities, const QString& name, const AgendaContext& context);
// The agenda of a body's territory (its resolved municipalities); throws std::invalid_argument for
// an unknown id.
Agenda agendaOfBody(const QString& bodyId, const AgendaContext& context);

// National map theme: per region of `level`, the specialisations (LQ > 1 in the context's `to`)
// that no body on Economie covering the whole region can take up (`uncovered`), and — finer, since
// the provincial ROMs cover every region — those for which no such body has the whole table the
// Economie role needs for that section (actor_needs.h; `withoutFullTable` ⊇ `uncovered`).
struct ThemeEntry {
    QString code;
    QString name;
    int specialisations = 0;
    QStringList uncovered;       // section letters
    QStringList uncoveredKeys;   // section keys
    QStringList withoutFullTable;      // section letters
    QStringList withoutFullTableKeys;  // section keys
    int count() const { return int(uncovered.size()); }
};
std::vector<ThemeEntry> uncoveredSpecialisations(Level level, const AgendaContext& context);

// Numbers in Dutch text: "2,21", "+4,5%", "12.300".
QString dutchNumber(double v, int decimals);
QString dutchPercent(double fraction);
// Actor labels in running text: "gemeenten, UWV, werknemersorganisaties".
QString actorWords(ActorSet actors);

} // namespace regio::agenda
