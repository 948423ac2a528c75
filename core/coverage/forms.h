#pragma once
// SER 2017, Table 2.1 ("Overzicht focus en deelnemers samenwerkingsverbanden") for one selection:
// per form of cooperation (body type) present in a coverage result, how many of its bodies work on
// each domain of the triangle and how many have each actor type at the table.
#include "coverage/coverage.h"

#include <array>
#include <vector>

namespace regio::coverage {

using registry::Actor;

// A cell of the table: no body of the form has it, some do, or all do.
enum class Mark { None, Some, All };

struct FormRow {
    BodyType type{};
    std::vector<int> bodies;          // registry indices of this form in the selection, ascending
    std::array<int, 3> domainCounts{}; // by indexOf(Domain): bodies of this form working on it
    std::array<int, 10> actorCounts{}; // by Actor value: bodies of this form with that actor

    Mark domain(Domain d) const { return markOf(domainCounts[size_t(indexOf(d))]); }
    Mark actor(Actor a) const { return markOf(actorCounts[size_t(a)]); }

private:
    Mark markOf(int count) const
    {
        return count == 0 ? Mark::None : count == int(bodies.size()) ? Mark::All : Mark::Some;
    }
};

// One row per body type with at least one body in `result`, in body-type order.
std::vector<FormRow> formsOf(const CoverageResult& result, const Registry& registry);

} // namespace regio::coverage
