#include "registry/registry.h"

#include "regions/region_model.h"

#include <algorithm>

namespace regio::registry {

int Registry::indexOf(const QString& id) const
{
    for (size_t i = 0; i < bodies.size(); ++i)
        if (bodies[i].id == id)
            return int(i);
    return -1;
}

const Body* Registry::find(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &bodies[size_t(i)];
}

QStringList resolveMunicipalities(const Body& body, const RegionModel& regions)
{
    QStringList codes;
    if (body.territory.national && body.territory.kind == TerritoryKind::Locaties) {
        // Sites somewhere in the Netherlands, not known where: no municipality can be named.
    } else if (body.territory.national) {
        for (const Municipality& m : regions.municipalities())
            codes << m.code;
    } else {
        for (const QString& code : body.territory.municipalities)
            if (regions.municipality(code))
                codes << code;
        for (const QString& code : body.territory.divisions)
            if (const Division* d = regions.division(code))
                codes << d->members;
    }
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

BodyIndex::BodyIndex(const Registry& registry, const RegionModel& regions)
{
    m_territories.reserve(registry.bodies.size());
    for (size_t i = 0; i < registry.bodies.size(); ++i) {
        m_territories.push_back(resolveMunicipalities(registry.bodies[i], regions));
        // Bodies are visited in order, so each municipality's list comes out ascending.
        for (const QString& code : m_territories.back())
            m_bodiesByMunicipality[code].push_back(int(i));
    }
}

const std::vector<int>& BodyIndex::bodiesIn(const QString& municipalityCode) const
{
    static const std::vector<int> none;
    const auto it = m_bodiesByMunicipality.constFind(municipalityCode);
    return it == m_bodiesByMunicipality.cend() ? none : it.value();
}

const QStringList& BodyIndex::municipalitiesOf(int bodyIndex) const
{
    return m_territories.at(size_t(bodyIndex));
}

} // namespace regio::registry
