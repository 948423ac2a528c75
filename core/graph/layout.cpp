#include "graph/layout.h"

#include "graph/random.h"

#include <boost/graph/connected_components.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>

// No fused multiply–add contraction in this file: a*b+c must round twice on every target (GCC
// contracts by default in C++ where the CPU has FMA, e.g. ARM64), or positions would differ
// between platforms.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace regio::graph {

namespace {

constexpr std::size_t None = std::numeric_limits<std::size_t>::max();

// One connected component in compressed adjacency form, local indices 0..size-1.
struct Component {
    std::vector<std::size_t> vertices; // global vertex of each local index, ascending
    std::vector<std::size_t> offset;   // size+1
    std::vector<std::size_t> neighbour;
    std::vector<double> strength;      // attraction factor of each adjacency entry
    std::size_t size() const { return vertices.size(); }
};

std::vector<Component> splitComponents(const Graph& g, bool useWeights)
{
    const std::size_t n = boost::num_vertices(g);
    const VertexIndexMap vertexIndex = vertexIndexMap(g);
    std::vector<int> componentOf(n, 0);
    // Boost numbers components in the order of their smallest vertex (DFS from vertex 0 up).
    const int count = n == 0 ? 0
                             : boost::connected_components(
                                 g, boost::make_iterator_property_map(componentOf.begin(), vertexIndex),
                                 boost::vertex_index_map(vertexIndex));
    double meanWeight = 1.0;
    if (useWeights && boost::num_edges(g) > 0)
        meanWeight = totalWeight(g) / double(boost::num_edges(g));

    std::vector<Component> components(std::size_t(std::max(count, 0)));
    std::vector<std::size_t> local(n, None);
    for (std::size_t v = 0; v < n; ++v) {
        Component& c = components[std::size_t(componentOf[v])];
        local[v] = c.vertices.size();
        c.vertices.push_back(v);
    }
    for (Component& c : components) {
        c.offset.assign(c.size() + 1, 0);
        for (std::size_t i = 0; i < c.size(); ++i) {
            const Vertex v = c.vertices[i];
            for (const Edge& e : boost::make_iterator_range(boost::out_edges(v, g))) {
                c.neighbour.push_back(local[boost::target(e, g)]);
                // w / mean(w), kept within [0.1, 10] so one extreme weight cannot dominate.
                const double factor = useWeights ? std::clamp(g[e].weight / meanWeight, 0.1, 10.0) : 1.0;
                c.strength.push_back(factor);
            }
            c.offset[i + 1] = c.neighbour.size();
        }
    }
    return components;
}

// Hop distances from `source` within the component (breadth-first search).
void hopDistances(const Component& c, std::size_t source, std::vector<double>& distance, std::vector<std::size_t>& queue)
{
    distance.assign(c.size(), -1.0);
    queue.clear();
    queue.push_back(source);
    distance[source] = 0.0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::size_t u = queue[head];
        for (std::size_t a = c.offset[u]; a < c.offset[u + 1]; ++a) {
            const std::size_t v = c.neighbour[a];
            if (distance[v] < 0.0) {
                distance[v] = distance[u] + 1.0;
                queue.push_back(v);
            }
        }
    }
}

// Pivot MDS (Brandes & Pich 2007): squared hop distances to p pivots chosen by max–min
// (farthest first, starting at the highest-degree vertex), double-centred into C (size×p);
// the two leading eigenvectors v of CᵀC by power iteration give coordinates C·v/sqrt(σ), which
// approximate classical MDS (Torgerson 1952).
std::vector<Point> pivotMds(const Component& c, int pivotCount, SplitMix64& rng)
{
    const std::size_t n = c.size();
    const std::size_t p = std::min<std::size_t>(std::size_t(std::max(pivotCount, 2)), n);
    std::size_t first = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (c.offset[i + 1] - c.offset[i] > c.offset[first + 1] - c.offset[first])
            first = i;

    std::vector<double> d2(n * p, 0.0); // row-major: vertex × pivot, squared distance
    std::vector<double> nearest(n, std::numeric_limits<double>::max());
    std::vector<double> distance;
    std::vector<std::size_t> queue;
    std::size_t pivot = first;
    for (std::size_t k = 0; k < p; ++k) {
        hopDistances(c, pivot, distance, queue);
        std::size_t farthest = 0;
        for (std::size_t i = 0; i < n; ++i) {
            d2[i * p + k] = distance[i] * distance[i];
            nearest[i] = std::min(nearest[i], distance[i]);
            if (nearest[i] > nearest[farthest])
                farthest = i;
        }
        pivot = farthest;
    }

    // Double centring: C_ik = −½ (d²_ik − rowMean_i − colMean_k + grandMean).
    std::vector<double> rowMean(n, 0.0), colMean(p, 0.0);
    double grand = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < p; ++k) {
            rowMean[i] += d2[i * p + k];
            colMean[k] += d2[i * p + k];
        }
    for (double& r : rowMean) {
        grand += r;
        r /= double(p);
    }
    for (double& col : colMean)
        col /= double(n);
    grand /= double(n * p);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < p; ++k)
            d2[i * p + k] = -0.5 * (d2[i * p + k] - rowMean[i] - colMean[k] + grand);
    const std::vector<double>& C = d2;

    std::vector<double> B(p * p, 0.0); // CᵀC
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t a = 0; a < p; ++a) {
            const double cia = C[i * p + a];
            for (std::size_t b = 0; b < p; ++b)
                B[a * p + b] += cia * C[i * p + b];
        }

    std::vector<Point> result(n);
    std::vector<double> previous;
    std::vector<double> v(p), w(p);
    for (int axis = 0; axis < 2; ++axis) {
        for (double& x : v)
            x = rng.uniform(-1.0, 1.0);
        for (int iteration = 0; iteration < 200; ++iteration) {
            if (axis == 1) { // deflate: keep orthogonal to the first eigenvector
                double dot = 0.0;
                for (std::size_t a = 0; a < p; ++a)
                    dot += v[a] * previous[a];
                for (std::size_t a = 0; a < p; ++a)
                    v[a] -= dot * previous[a];
            }
            double norm = 0.0;
            for (std::size_t a = 0; a < p; ++a) {
                double s = 0.0;
                for (std::size_t b = 0; b < p; ++b)
                    s += B[a * p + b] * v[b];
                w[a] = s;
                norm += s * s;
            }
            norm = std::sqrt(norm);
            if (!(norm > 0.0))
                break;
            double change = 0.0;
            for (std::size_t a = 0; a < p; ++a) {
                const double next = w[a] / norm;
                change += (next - v[a]) * (next - v[a]);
                v[a] = next;
            }
            if (change < 1e-14)
                break;
        }
        double sigma = 0.0;
        std::vector<double> coordinate(n, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0.0;
            for (std::size_t a = 0; a < p; ++a)
                s += C[i * p + a] * v[a];
            coordinate[i] = s;
            sigma += s * s;
        }
        sigma = std::sqrt(sigma);
        const double scale = sigma > 0.0 ? 1.0 / std::sqrt(sigma) : 0.0;
        for (std::size_t i = 0; i < n; ++i)
            (axis == 0 ? result[i].x : result[i].y) = coordinate[i] * scale;
        previous = v;
    }
    return result;
}

// Mean edge length of the component's current positions (each edge counted from both ends).
double meanEdgeLength(const Component& c, const std::vector<Point>& pos)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < c.size(); ++i)
        for (std::size_t a = c.offset[i]; a < c.offset[i + 1]; ++a) {
            const double dx = pos[c.neighbour[a]].x - pos[i].x;
            const double dy = pos[c.neighbour[a]].y - pos[i].y;
            sum += std::sqrt(dx * dx + dy * dy);
        }
    return c.neighbour.empty() ? 0.0 : sum / double(c.neighbour.size());
}

// A uniform grid of square cells over the positions, rebuilt each iteration (counting sort).
class Grid {
public:
    void build(const std::vector<Point>& pos, double cell)
    {
        double minX = pos[0].x, maxX = pos[0].x, minY = pos[0].y, maxY = pos[0].y;
        for (const Point& q : pos) {
            minX = std::min(minX, q.x);
            maxX = std::max(maxX, q.x);
            minY = std::min(minY, q.y);
            maxY = std::max(maxY, q.y);
        }
        // At most ~4n cells: a far outlier coarsens the grid instead of exhausting memory.
        const double cap = 2.0 * std::sqrt(double(pos.size())) + 2.0;
        m_cell = std::max({cell, (maxX - minX) / cap, (maxY - minY) / cap});
        m_minX = minX;
        m_minY = minY;
        m_cols = std::size_t((maxX - minX) / m_cell) + 1;
        m_rows = std::size_t((maxY - minY) / m_cell) + 1;
        m_start.assign(m_cols * m_rows + 1, 0);
        m_cellOf.resize(pos.size());
        for (std::size_t i = 0; i < pos.size(); ++i) {
            m_cellOf[i] = cellIndex(column(pos[i].x), row(pos[i].y));
            ++m_start[m_cellOf[i] + 1];
        }
        for (std::size_t k = 1; k < m_start.size(); ++k)
            m_start[k] += m_start[k - 1];
        m_members.resize(pos.size());
        std::vector<std::size_t> fill(m_start.begin(), m_start.end() - 1);
        for (std::size_t i = 0; i < pos.size(); ++i)
            m_members[fill[m_cellOf[i]]++] = i;
    }
    std::size_t column(double x) const { return std::min(std::size_t((x - m_minX) / m_cell), m_cols - 1); }
    std::size_t row(double y) const { return std::min(std::size_t((y - m_minY) / m_cell), m_rows - 1); }
    std::size_t cellIndex(std::size_t col, std::size_t r) const { return r * m_cols + col; }
    std::size_t cols() const { return m_cols; }
    std::size_t rows() const { return m_rows; }
    const std::size_t* begin(std::size_t cellIdx) const { return m_members.data() + m_start[cellIdx]; }
    const std::size_t* end(std::size_t cellIdx) const { return m_members.data() + m_start[cellIdx + 1]; }

private:
    double m_cell = 1.0, m_minX = 0.0, m_minY = 0.0;
    std::size_t m_cols = 1, m_rows = 1;
    std::vector<std::size_t> m_start, m_cellOf, m_members;
};

// Fruchterman–Reingold refinement in units where the ideal edge length K = 1.
// Returns the number of iterations run.
int refine(const Component& c, std::vector<Point>& pos, const LayoutOptions& options)
{
    const std::size_t n = c.size();
    constexpr double K = 1.0;
    constexpr double cutoff = 2.0 * K; // FR's grid variant: repulsion only within 2K
    std::vector<Point> force(n);
    Grid grid;
    double step = K;          // Hu (2005): adaptive step, initial K
    double energy = std::numeric_limits<double>::max();
    int progress = 0;
    int iteration = 0;
    while (iteration < options.maxIterations) {
        ++iteration;
        grid.build(pos, cutoff);
        std::fill(force.begin(), force.end(), Point{});
        // Repulsion K²/d between nodes closer than the cutoff. Each pair once: within a cell,
        // and with the four "forward" neighbour cells (right, and the three below).
        auto repel = [&](std::size_t i, std::size_t j) {
            double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
            double d2 = dx * dx + dy * dy;
            if (d2 >= cutoff * cutoff)
                return;
            if (d2 < 1e-18) { // coincident: push apart along a fixed direction
                dx = 1e-9;
                dy = 0.0;
                d2 = 1e-18;
            }
            const double f = K * K / d2; // (K²/d) · (d⃗/d)
            force[i].x += dx * f;
            force[i].y += dy * f;
            force[j].x -= dx * f;
            force[j].y -= dy * f;
        };
        for (std::size_t r = 0; r < grid.rows(); ++r)
            for (std::size_t col = 0; col < grid.cols(); ++col) {
                const std::size_t cell = grid.cellIndex(col, r);
                for (const std::size_t* a = grid.begin(cell); a != grid.end(cell); ++a) {
                    for (const std::size_t* b = a + 1; b != grid.end(cell); ++b)
                        repel(*a, *b);
                    const std::ptrdiff_t forward[4][2] = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
                    for (const auto& [dc, dr] : forward) {
                        const std::ptrdiff_t oc = std::ptrdiff_t(col) + dc, orow = std::ptrdiff_t(r) + dr;
                        if (oc < 0 || oc >= std::ptrdiff_t(grid.cols()) || orow >= std::ptrdiff_t(grid.rows()))
                            continue;
                        const std::size_t other = grid.cellIndex(std::size_t(oc), std::size_t(orow));
                        for (const std::size_t* b = grid.begin(other); b != grid.end(other); ++b)
                            repel(*a, *b);
                    }
                }
            }
        // Attraction w·d²/K along each edge (once, from its lower end).
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t a = c.offset[i]; a < c.offset[i + 1]; ++a) {
                const std::size_t j = c.neighbour[a];
                if (j < i)
                    continue;
                const double dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y;
                const double f = c.strength[a] * std::sqrt(dx * dx + dy * dy) / K; // (w d²/K) · (d⃗/d)
                force[i].x += dx * f;
                force[i].y += dy * f;
                force[j].x -= dx * f;
                force[j].y -= dy * f;
            }
        double newEnergy = 0.0, moved = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double f2 = force[i].x * force[i].x + force[i].y * force[i].y;
            newEnergy += f2;
            const double f = std::sqrt(f2);
            if (!(f > 0.0))
                continue;
            const double length = std::min(f, step);
            pos[i].x += force[i].x / f * length;
            pos[i].y += force[i].y / f * length;
            moved += length;
        }
        // Adaptive step (Hu 2005): grow after five improving steps in a row, shrink otherwise.
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                step /= 0.9;
            }
        } else {
            progress = 0;
            step *= 0.9;
        }
        energy = newEnergy;
        if (moved / double(n) < options.tolerance * K)
            break;
    }
    return iteration;
}

// Lays out one component in local coordinates with K = 1.
std::vector<Point> layoutComponent(const Component& c, const LayoutOptions& options, SplitMix64& rng, int& iterations)
{
    iterations = 0;
    if (c.size() == 1)
        return {Point{0.0, 0.0}};
    if (c.size() == 2)
        return {Point{0.0, 0.0}, Point{1.0, 0.0}};
    std::vector<Point> pos = pivotMds(c, options.pivots, rng);
    double length = meanEdgeLength(c, pos);
    if (!(length > 0.0) || !std::isfinite(length)) { // degenerate embedding: start on a circle
        for (std::size_t i = 0; i < c.size(); ++i)
            pos[i] = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
        length = meanEdgeLength(c, pos);
    }
    // Scale to mean edge length K = 1; jitter separates vertices MDS puts on one spot (the
    // leaves of a star have identical distances to every pivot).
    for (Point& q : pos) {
        q.x = q.x / length + 0.05 * rng.normal();
        q.y = q.y / length + 0.05 * rng.normal();
    }
    iterations = refine(c, pos, options);
    return pos;
}

} // namespace

Layout forceDirectedLayout(const Graph& g, const LayoutOptions& options)
{
    const std::size_t n = boost::num_vertices(g);
    Layout result;
    result.positions.assign(n, Point{0.5, 0.5});
    if (n == 0)
        return result;
    SplitMix64 rng(options.seed);
    const std::vector<Component> components = splitComponents(g, options.useWeights);

    struct Box {
        std::size_t component;
        double width, height;
        std::vector<Point> local; // translated so the box starts at (0,0)
    };
    std::vector<Box> boxes;
    boxes.reserve(components.size());
    std::size_t largest = 0;
    for (std::size_t k = 0; k < components.size(); ++k) {
        int iterations = 0;
        std::vector<Point> local = layoutComponent(components[k], options, rng, iterations);
        if (components[k].size() > largest) {
            largest = components[k].size();
            result.iterations = iterations;
        }
        double minX = local[0].x, maxX = local[0].x, minY = local[0].y, maxY = local[0].y;
        for (const Point& q : local) {
            minX = std::min(minX, q.x);
            maxX = std::max(maxX, q.x);
            minY = std::min(minY, q.y);
            maxY = std::max(maxY, q.y);
        }
        for (Point& q : local)
            q = {q.x - minX, q.y - minY};
        boxes.push_back({k, maxX - minX, maxY - minY, std::move(local)});
    }

    // Shelf packing, largest component first (ties: smallest vertex), 2K of gap between boxes;
    // the row width is that of a square holding all boxes, or the widest box.
    std::stable_sort(boxes.begin(), boxes.end(), [&components](const Box& a, const Box& b) {
        return components[a.component].size() > components[b.component].size();
    });
    constexpr double gap = 2.0;
    double area = 0.0, widest = 0.0;
    for (const Box& b : boxes) {
        area += (b.width + gap) * (b.height + gap);
        widest = std::max(widest, b.width);
    }
    const double rowWidth = std::max(widest, std::sqrt(area));
    double x = 0.0, y = 0.0, rowHeight = 0.0, extentX = 0.0, extentY = 0.0;
    for (const Box& b : boxes) {
        if (x > 0.0 && x + b.width > rowWidth) {
            x = 0.0;
            y += rowHeight + gap;
            rowHeight = 0.0;
        }
        const Component& c = components[b.component];
        for (std::size_t i = 0; i < c.size(); ++i)
            result.positions[c.vertices[i]] = {x + b.local[i].x, y + b.local[i].y};
        extentX = std::max(extentX, x + b.width);
        extentY = std::max(extentY, y + b.height);
        x += b.width + gap;
        rowHeight = std::max(rowHeight, b.height);
    }

    // Uniform scale into [0,1]², centred along the shorter side.
    const double extent = std::max(extentX, extentY);
    if (extent > 0.0) {
        const double offsetX = (1.0 - extentX / extent) / 2.0, offsetY = (1.0 - extentY / extent) / 2.0;
        for (Point& q : result.positions)
            q = {std::clamp(offsetX + q.x / extent, 0.0, 1.0), std::clamp(offsetY + q.y / extent, 0.0, 1.0)};
    } else {
        std::fill(result.positions.begin(), result.positions.end(), Point{0.5, 0.5});
    }
    return result;
}

LayoutQuality layoutQuality(const Graph& g, const std::vector<Point>& positions)
{
    const std::size_t n = boost::num_vertices(g);
    LayoutQuality quality;
    double edgeSum = 0.0, allSum = 0.0;
    std::size_t edgeCount = 0;
    for (const Edge& e : boost::make_iterator_range(boost::edges(g))) {
        const Point& a = positions[boost::source(e, g)];
        const Point& b = positions[boost::target(e, g)];
        edgeSum += std::hypot(a.x - b.x, a.y - b.y);
        ++edgeCount;
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            allSum += std::hypot(positions[i].x - positions[j].x, positions[i].y - positions[j].y);
    const double pairs = double(n) * double(n > 0 ? n - 1 : 0) / 2.0;
    if (edgeCount > 0)
        quality.meanEdgeLength = edgeSum / double(edgeCount);
    if (pairs > double(edgeCount))
        quality.meanNonEdgeDistance = (allSum - edgeSum) / (pairs - double(edgeCount));
    return quality;
}

} // namespace regio::graph
