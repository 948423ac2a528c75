#pragma once
// Dissolve: the union of a set of shapes, so that borders between them disappear and the outer
// border is exactly the members' borders (Boost.Geometry union_, cascaded pairwise).
#include "geography/geometry.h"

#include <vector>

namespace regio::geo {

MultiPolygon dissolve(const std::vector<const MultiPolygon*>& parts);

} // namespace regio::geo
