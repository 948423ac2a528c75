#include "geography/geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace regio::geo {

double area(const MultiPolygon& shape)
{
    return std::abs(bg::area(shape));
}

bool contains(const MultiPolygon& shape, const Point& p)
{
    return bg::covered_by(p, shape);
}

Box bounds(const MultiPolygon& shape)
{
    Box box;
    bg::assign_inverse(box);
    if (!shape.empty())
        bg::envelope(shape, box);
    return box;
}

double overlapArea(const MultiPolygon& a, const MultiPolygon& b)
{
    MultiPolygon common;
    bg::intersection(a, b, common);
    return area(common);
}

namespace {

// Squared distance from p to segment ab.
double segmentDistanceSquared(const Point& p, const Point& a, const Point& b)
{
    double x = a.x();
    double y = a.y();
    double dx = b.x() - x;
    double dy = b.y() - y;
    if (dx != 0.0 || dy != 0.0) {
        const double t = ((p.x() - x) * dx + (p.y() - y) * dy) / (dx * dx + dy * dy);
        if (t > 1.0) {
            x = b.x();
            y = b.y();
        } else if (t > 0.0) {
            x += dx * t;
            y += dy * t;
        }
    }
    dx = p.x() - x;
    dy = p.y() - y;
    return dx * dx + dy * dy;
}

// Signed distance from p to the polygon outline: positive inside, negative outside
// (even-odd ray casting over all rings, as in polylabel's pointToPolygonDist).
double signedDistance(const Polygon& polygon, const Point& p)
{
    bool inside = false;
    double minSquared = std::numeric_limits<double>::infinity();
    auto visit = [&](const Ring& ring) {
        const size_t n = ring.size();
        if (n == 0)
            return;
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const Point& a = ring[i];
            const Point& b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
            minSquared = std::min(minSquared, segmentDistanceSquared(p, a, b));
        }
    };
    visit(polygon.outer());
    for (const Ring& hole : polygon.inners())
        visit(hole);
    const double d = std::sqrt(minSquared);
    return inside ? d : -d;
}

struct Cell {
    double x, y, half, distance, potential;
};

struct ByPotential {
    bool operator()(const Cell& a, const Cell& b) const { return a.potential < b.potential; }
};

Cell makeCell(const Polygon& polygon, double x, double y, double half)
{
    const double d = signedDistance(polygon, Point(x, y));
    return {x, y, half, d, d + half * std::sqrt(2.0)};
}

// Pole of inaccessibility (Agafonkin 2016, "polylabel"): best-first search over quad cells.
Point poleOfInaccessibility(const Polygon& polygon, double precision)
{
    Box box;
    bg::envelope(polygon, box);
    const double width = box.max_corner().x() - box.min_corner().x();
    const double height = box.max_corner().y() - box.min_corner().y();
    const double cellSize = std::min(width, height);
    if (cellSize <= 0.0)
        return box.min_corner();

    std::priority_queue<Cell, std::vector<Cell>, ByPotential> queue;
    double half = cellSize / 2.0;
    for (double x = box.min_corner().x(); x < box.max_corner().x(); x += cellSize)
        for (double y = box.min_corner().y(); y < box.max_corner().y(); y += cellSize)
            queue.push(makeCell(polygon, x + half, y + half, half));

    Point centroid(0.0, 0.0);
    bg::centroid(polygon, centroid);
    Cell best = makeCell(polygon, centroid.x(), centroid.y(), 0.0);
    const Cell boxCentre = makeCell(polygon, box.min_corner().x() + width / 2, box.min_corner().y() + height / 2, 0.0);
    if (boxCentre.distance > best.distance)
        best = boxCentre;

    while (!queue.empty()) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance)
            best = cell;
        if (cell.potential - best.distance <= precision)
            continue;
        half = cell.half / 2.0;
        queue.push(makeCell(polygon, cell.x - half, cell.y - half, half));
        queue.push(makeCell(polygon, cell.x + half, cell.y - half, half));
        queue.push(makeCell(polygon, cell.x - half, cell.y + half, half));
        queue.push(makeCell(polygon, cell.x + half, cell.y + half, half));
    }
    return Point(best.x, best.y);
}

} // namespace

Point labelPoint(const MultiPolygon& shape, double precision)
{
    const Polygon* largest = nullptr;
    double largestArea = -1.0;
    for (const Polygon& part : shape) {
        const double a = std::abs(bg::area(part));
        if (a > largestArea) {
            largestArea = a;
            largest = &part;
        }
    }
    if (!largest)
        return Point(0.0, 0.0);
    return poleOfInaccessibility(*largest, precision);
}

} // namespace regio::geo
