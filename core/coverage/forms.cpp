#include "coverage/forms.h"

#include <map>

namespace regio::coverage {

std::vector<FormRow> formsOf(const CoverageResult& result, const Registry& registry)
{
    std::map<BodyType, FormRow> rows; // ordered by enum: the body-type order of the registry
    for (const BodyCoverage& c : result.bodies) {
        if (c.body < 0 || size_t(c.body) >= registry.bodies.size())
            continue;
        const registry::Body& body = registry.bodies[size_t(c.body)];
        FormRow& row = rows[body.type];
        row.type = body.type;
        row.bodies.push_back(c.body);
        for (Domain d : body.domains.values())
            ++row.domainCounts[size_t(indexOf(d))];
        for (Actor a : body.actors.values())
            ++row.actorCounts[size_t(a)];
    }
    std::vector<FormRow> out;
    out.reserve(rows.size());
    for (auto& [type, row] : rows)
        out.push_back(std::move(row));
    return out;
}

} // namespace regio::coverage
