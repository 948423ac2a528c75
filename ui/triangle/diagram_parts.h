#pragma once
// Shared sizes and helpers of the triangle diagram's layout and painting (internal to
// ui/triangle/triangle_diagram*.cpp). Logical pixels, before logicalScale.
#include "coverage/coverage.h"

#include <QString>
#include <QStringList>

#include <array>

namespace regio::ui::triangle::diagram {

inline constexpr double kMargin = 12;
inline constexpr double kChipHeight = 32; // two lines of a long name
inline constexpr double kChipGap = 5;
inline constexpr double kChipStep = kChipHeight + kChipGap;
inline constexpr double kMinChipWidth = 180; // wide panels hold chips side by side
inline constexpr double kHeaderHeight = 28;
inline constexpr double kPad = 8;
inline constexpr double kRadius = 24;
inline constexpr double kGap = 12;
inline constexpr double kSqrt3Half = 0.8660254037844386;

inline int placeOfSide(coverage::Side side) { return 3 + coverage::indexOf(side); }

// Heights for three panels stacked in `available`: the smallest needs are met first, the rest
// share what remains.
std::array<double, 3> shareByNeed(const std::array<double, 3>& need, double available);

// A rich-text tooltip: a heading and a list of names.
QString namesTooltip(const QString& heading, const QStringList& names);

} // namespace regio::ui::triangle::diagram
