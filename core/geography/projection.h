#pragma once
// RD New (EPSG:28992) ↔ WGS84 (EPSG:4326) by the approximation series of Schreutelaar
// ("Benaderingsformules voor de transformatie tussen RD- en WGS84-kaartcoördinaten",
// Schreutelaar & Strang van Hees). Accurate to about a metre within the Netherlands, which is far
// below the generalisation of the boundary files this product reads.
#include "geography/geometry.h"

namespace regio::geo {

struct LonLat {
    double lon = 0.0; // degrees east
    double lat = 0.0; // degrees north
};

LonLat rdToWgs84(const Point& rd);
Point wgs84ToRd(const LonLat& wgs);

// Projects every vertex of a shape given in lon/lat (x = lon, y = lat) to RD New.
void projectWgs84ToRd(MultiPolygon& shape);

} // namespace regio::geo
