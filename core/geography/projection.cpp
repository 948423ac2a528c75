#include "geography/projection.h"

#include <array>
#include <cmath>

namespace regio::geo {

namespace {

// Reference point: the Onze Lieve Vrouwetoren in Amersfoort.
constexpr double X0 = 155000.0;
constexpr double Y0 = 463000.0;
constexpr double Phi0 = 52.15517440;
constexpr double Lam0 = 5.38720621;

struct Term {
    int p;
    int q;
    double c;
};

// RD → WGS84: φ = φ0 + ΣK[p,q]·dX^p·dY^q / 3600, λ = λ0 + ΣL[p,q]·dX^p·dY^q / 3600, dX,dY in 100 km.
constexpr std::array<Term, 11> K{{{0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978},
                                  {0, 3, -0.06550}, {2, 2, -0.01709}, {1, 0, -0.00738}, {4, 0, 0.00530},
                                  {2, 3, -0.00039}, {4, 1, 0.00033}, {1, 1, -0.00012}}};
constexpr std::array<Term, 12> L{{{1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656}, {3, 0, -0.81885},
                                  {1, 3, 0.05594}, {3, 1, -0.05607}, {0, 1, 0.01199}, {3, 2, -0.00256},
                                  {1, 4, 0.00128}, {0, 2, 0.00022}, {2, 0, -0.00022}, {5, 0, 0.00026}}};
// WGS84 → RD: X = X0 + ΣR[p,q]·dφ^p·dλ^q, Y = Y0 + ΣS[p,q]·dφ^p·dλ^q, dφ,dλ = 0.36·Δdegrees.
constexpr std::array<Term, 9> R{{{0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221}, {0, 3, -32.391},
                                 {1, 0, -0.705}, {3, 1, -2.340}, {1, 3, -0.608}, {0, 2, -0.008},
                                 {2, 3, 0.148}}};
constexpr std::array<Term, 10> S{{{1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077}, {1, 2, -157.984},
                                  {3, 0, 59.788}, {0, 1, 0.433}, {2, 2, -6.439}, {1, 1, -0.032},
                                  {0, 4, 0.092}, {1, 4, -0.054}}};

template <size_t N>
double series(const std::array<Term, N>& terms, double a, double b)
{
    double sum = 0.0;
    for (const Term& t : terms)
        sum += t.c * std::pow(a, t.p) * std::pow(b, t.q);
    return sum;
}

} // namespace

LonLat rdToWgs84(const Point& rd)
{
    const double dx = (rd.x() - X0) * 1e-5;
    const double dy = (rd.y() - Y0) * 1e-5;
    return {Lam0 + series(L, dx, dy) / 3600.0, Phi0 + series(K, dx, dy) / 3600.0};
}

Point wgs84ToRd(const LonLat& wgs)
{
    const double dphi = 0.36 * (wgs.lat - Phi0);
    const double dlam = 0.36 * (wgs.lon - Lam0);
    return Point(X0 + series(R, dphi, dlam), Y0 + series(S, dphi, dlam));
}

void projectWgs84ToRd(MultiPolygon& shape)
{
    auto projectRing = [](Ring& ring) {
        for (Point& p : ring)
            p = wgs84ToRd({p.x(), p.y()});
    };
    for (Polygon& polygon : shape) {
        projectRing(polygon.outer());
        for (Ring& hole : polygon.inners())
            projectRing(hole);
    }
    // The projection keeps orientation (it is locally conformal), so no correction is needed.
}

} // namespace regio::geo
