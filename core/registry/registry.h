#pragma once
// The bodies registry (DESIGN.md §2): the list of cooperation bodies with a title, and the
// resolution of each body's territory to municipalities. File format: docs/registry-format.md,
// reading and writing: registry_json.h.
#include "registry/body.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace regio {
class RegionModel;
}

namespace regio::registry {

// The file format version this program writes; it reads this one and every version from
// kOldestRegistryFormatVersion (docs/registry-format.md, "Migration from version 1").
inline constexpr int kRegistryFormatVersion = 2;
inline constexpr int kOldestRegistryFormatVersion = 1;
// The embedded default registry (Qt resource).
inline constexpr const char* kDefaultRegistryPath = ":/data/registry-default.json";

struct Registry {
    QString title;
    QString description;
    // The format version the file was read as (1 or 2): a version-1 file is upgraded in memory
    // on reading and written as version 2 on saving. Not part of the content (operator==).
    int version = kRegistryFormatVersion;
    int regionsYear = 0; // year of the municipal boundaries the codes refer to; 0 = not stated
    std::vector<Body> bodies;

    // Lookup by id (linear: a registry holds a few hundred bodies, and the editor changes the
    // vector freely, so a cached index could go stale). -1 / nullptr when absent.
    int indexOf(const QString& id) const;
    const Body* find(const QString& id) const;

    bool operator==(const Registry& other) const
    {
        return title == other.title && description == other.description && regionsYear == other.regionsYear
            && bodies == other.bodies;
    }
};

// The municipalities of a body's territory: all municipalities of `regions` when national, else
// the listed municipalities plus the members of the listed divisions; sorted and unique. A national
// territory of kind Locaties ("sites somewhere in the Netherlands") holds none, nor does an
// abroad-only territory.
// Unknown codes are skipped (the loader reports them).
QStringList resolveMunicipalities(const Body& body, const RegionModel& regions);

// Which bodies hold which municipality, computed once per registry: the map asks "bodies in each
// of 342 municipalities" on every choropleth. Rebuild after editing the registry.
class BodyIndex {
public:
    BodyIndex() = default;
    BodyIndex(const Registry& registry, const RegionModel& regions);

    // Indices into registry.bodies of the bodies whose territory holds the municipality, ascending.
    const std::vector<int>& bodiesIn(const QString& municipalityCode) const;
    // The resolved municipalities of body `bodyIndex` (see resolveMunicipalities).
    const QStringList& municipalitiesOf(int bodyIndex) const;
    int bodyCount() const { return int(m_territories.size()); }

private:
    std::vector<QStringList> m_territories;
    QHash<QString, std::vector<int>> m_bodiesByMunicipality;
};

} // namespace regio::registry
