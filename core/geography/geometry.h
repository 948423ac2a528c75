#pragma once
// Planar geometry on Boost.Geometry models. Coordinates are metres in RD New (EPSG:28992)
// unless a function says otherwise. Polygons are clockwise with closed rings (Boost's default);
// readers call boost::geometry::correct so that every polygon satisfies that.
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include <vector>

namespace regio::geo {

namespace bg = boost::geometry;

using Point = bg::model::d2::point_xy<double>;
using Ring = bg::model::ring<Point>;
using Polygon = bg::model::polygon<Point>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point>;

// Area in square metres (holes subtracted); always ≥ 0.
double area(const MultiPolygon& shape);
// Area in km².
inline double areaKm2(const MultiPolygon& shape) { return area(shape) / 1e6; }

// True when p lies inside (or on the border of) the shape.
bool contains(const MultiPolygon& shape, const Point& p);

// A point guaranteed to lie inside the shape, far from its border: the pole of inaccessibility
// of the largest part (Mapbox "polylabel" method, Agafonkin 2016), found to within `precision`
// metres. Used for labels and for deriving memberships from division polygons.
Point labelPoint(const MultiPolygon& shape, double precision = 50.0);

Box bounds(const MultiPolygon& shape);

// Area of the intersection of two shapes, in m².
double overlapArea(const MultiPolygon& a, const MultiPolygon& b);

} // namespace regio::geo
