// Geometry, readers and projection on small cases worked out by hand.
#include <doctest/doctest.h>

#include "geography/dissolve.h"
#include "geography/geojson.h"
#include "geography/projection.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "test_paths.h"

#include <QRegularExpression>

using namespace regio;
using namespace regio::geo;

namespace {

QString fixture(const QString& name) { return test::testDataDir() + QStringLiteral("/geography/") + name; }

const Feature& byId(const FeatureLayer& layer, const QString& id)
{
    for (const Feature& f : layer.features)
        if (f.id == id)
            return f;
    FAIL("feature " << id.toStdString() << " ontbreekt");
    return layer.features.front();
}

// The message of the InputError that `parse` throws, or "" when it throws none.
template <typename F>
QString errorOf(F&& parse)
{
    try {
        parse();
    } catch (const InputError& e) {
        return e.message();
    }
    return QString();
}

MultiPolygon square(double x, double y, double size)
{
    MultiPolygon m;
    m.resize(1);
    m[0].outer() = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}, {x, y}};
    return m;
}

} // namespace

TEST_CASE("TopoJSON: quantised arcs, shared edge, reversed arc, hole, MultiPolygon, null geometry")
{
    const FeatureLayer layer = readTopoJson(fixture(QStringLiteral("two_squares.topojson")));
    CHECK(layer.objectName == QStringLiteral("vlakken"));
    CHECK(layer.crs == Crs::RdNew);
    REQUIRE(layer.features.size() == 3); // the null geometry carries no area and is skipped

    // Left: 10×10 quantised units of 10 m = 100 m × 100 m.
    CHECK(area(byId(layer, QStringLiteral("GM0001")).shape) == doctest::Approx(10000.0));
    // Right: the same square minus a 40 m × 40 m hole = 10000 − 1600.
    const Feature& right = byId(layer, QStringLiteral("GM0002"));
    CHECK(area(right.shape) == doctest::Approx(8400.0));
    REQUIRE(right.shape.size() == 1);
    CHECK(right.shape[0].inners().size() == 1);
    // Island: 50 m × 50 m.
    CHECK(area(byId(layer, QStringLiteral("GM0003")).shape) == doctest::Approx(2500.0));

    // Decoded coordinates: translate + cumulative delta × scale.
    const Box box = bounds(right.shape);
    CHECK(box.min_corner().x() == doctest::Approx(100000.0));
    CHECK(box.max_corner().x() == doctest::Approx(100100.0));
    CHECK(box.max_corner().y() == doctest::Approx(400100.0));
    CHECK(FeatureLayer::propertyText(right, QStringLiteral("statnaam")) == QStringLiteral("Rechts"));

    // Point in polygon: inside, in the hole, outside.
    CHECK(contains(right.shape, Point(100010.0, 400010.0)));
    CHECK_FALSE(contains(right.shape, Point(100050.0, 400050.0)));
    CHECK_FALSE(contains(right.shape, Point(99950.0, 400050.0)));
}

TEST_CASE("Dissolve: two squares sharing an edge become one polygon with the summed area")
{
    const FeatureLayer layer = readTopoJson(fixture(QStringLiteral("two_squares.topojson")));
    const MultiPolygon& left = byId(layer, QStringLiteral("GM0001")).shape;
    const MultiPolygon& right = byId(layer, QStringLiteral("GM0002")).shape;
    const MultiPolygon merged = dissolve({&left, &right});
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].inners().size() == 1); // the hole survives
    CHECK(area(merged) == doctest::Approx(18400.0));
    // The shared edge is gone: the outline is the 200 m × 100 m rectangle's, 600 m long.
    CHECK(bg::perimeter(merged[0].outer()) == doctest::Approx(600.0));

    // Four squares in a 2×2 block dissolve into one 2×2 square.
    const MultiPolygon a = square(0, 0, 1), b = square(1, 0, 1), c = square(0, 1, 1), d = square(1, 1, 1);
    const MultiPolygon block = dissolve({&a, &b, &c, &d});
    REQUIRE(block.size() == 1);
    CHECK(area(block) == doctest::Approx(4.0));
    CHECK(dissolve({}).empty());
}

TEST_CASE("Label point lies inside, also for a U shape whose centroid is outside")
{
    // A U: 30 × 30 square with a 10 × 20 notch from the top middle.
    MultiPolygon u;
    u.resize(1);
    u[0].outer() = {{0, 0}, {0, 30}, {10, 30}, {10, 10}, {20, 10}, {20, 30}, {30, 30}, {30, 0}, {0, 0}};
    bg::correct(u);
    Point centroid(0.0, 0.0);
    bg::centroid(u, centroid);
    CHECK_FALSE(contains(u, centroid)); // (15, 13.6) lies in the notch
    const Point label = labelPoint(u, 0.1);
    CHECK(contains(u, label));
    // The pole of inaccessibility sits in the 10-unit-wide base or arms: 5 from the nearest edge.
    CHECK(label.y() < 10.0 + 1e-6);

    // For a square it is the centre.
    const Point centre = labelPoint(square(0, 0, 100), 0.01);
    CHECK(centre.x() == doctest::Approx(50.0).epsilon(1e-3));
    CHECK(centre.y() == doctest::Approx(50.0).epsilon(1e-3));
}

TEST_CASE("RD New ↔ WGS84 (Schreutelaar series)")
{
    // The reference point, Amersfoort, by definition.
    const LonLat amersfoort = rdToWgs84(Point(155000, 463000));
    CHECK(amersfoort.lat == doctest::Approx(52.15517440).epsilon(1e-12));
    CHECK(amersfoort.lon == doctest::Approx(5.38720621).epsilon(1e-12));
    const Point back = wgs84ToRd({5.38720621, 52.15517440});
    CHECK(back.x() == doctest::Approx(155000.0).epsilon(1e-9));
    CHECK(back.y() == doctest::Approx(463000.0).epsilon(1e-9));

    // One degree of longitude at 52°N is ~68.7 km; one of latitude ~111.3 km (in RD, scale ≈ 1).
    const Point p = wgs84ToRd({5.0, 52.0});
    const Point east = wgs84ToRd({6.0, 52.0});
    const Point north = wgs84ToRd({5.0, 53.0});
    CHECK(bg::distance(p, east) == doctest::Approx(68'650.0).epsilon(0.005));
    CHECK(bg::distance(p, north) == doctest::Approx(111'250.0).epsilon(0.005));

    // Round trips over the country agree to well under a metre.
    for (double x = 20000; x <= 270000; x += 50000)
        for (double y = 310000; y <= 610000; y += 60000) {
            const Point q = wgs84ToRd(rdToWgs84(Point(x, y)));
            CHECK(bg::distance(q, Point(x, y)) < 1.0);
        }
}

TEST_CASE("GeoJSON: FeatureCollection in lon/lat is projected to RD; points and null geometries skipped")
{
    const FeatureLayer layer = readGeoJson(fixture(QStringLiteral("squares.geojson")));
    REQUIRE(layer.features.size() == 1);
    CHECK(layer.crs == Crs::RdNew);
    // 0.01° × 0.01° at 52.005°N: 1112.7 m × 686.7 m (meridian and parallel degree lengths).
    CHECK(area(layer.features[0].shape) == doctest::Approx(764'095.0).epsilon(0.005));
    CHECK(layer.features[0].id == QStringLiteral("a"));

    GeoJsonOptions raw;
    raw.projectToRd = false;
    const FeatureLayer unprojected = readGeoJson(fixture(QStringLiteral("squares.geojson")), raw);
    CHECK(unprojected.crs == Crs::Wgs84);
}

TEST_CASE("Malformed boundary files give an error naming file and place")
{
    const QString name = QStringLiteral("kapot.json");
    auto topo = [&](const char* text) { return errorOf([&] { parseTopoJson(QByteArray(text), name); }); };
    auto geo = [&](const char* text) { return errorOf([&] { parseGeoJson(QByteArray(text), name); }); };

    CHECK(topo("").contains(QStringLiteral("kapot.json: bestand is leeg")));
    CHECK(topo("dit is geen json").startsWith(QStringLiteral("kapot.json:1: ongeldige JSON")));
    CHECK(topo("{\"type\":\"Topology\",\n\"arcs\":[[[0,0],[1,1]]],\n\"objects\":{\"a\":")
              .contains(QStringLiteral("afgekapt")));
    CHECK(topo("[1,2,3]").contains(QStringLiteral("geen TopoJSON")));
    CHECK(topo("{\"type\":\"FeatureCollection\",\"features\":[]}").contains(QStringLiteral("niet \"Topology\"")));
    CHECK(topo("{\"type\":\"Topology\",\"arcs\":[],\"objects\":{}}").contains(QStringLiteral("zonder objecten")));
    const QString outOfRange = topo("{\"type\":\"Topology\",\"arcs\":[[[0,0],[0,1],[1,1],[0,0]]],"
                                    "\"objects\":{\"g\":{\"type\":\"GeometryCollection\",\"geometries\":["
                                    "{\"type\":\"Polygon\",\"arcs\":[[0,7]]}]}}}");
    CHECK(outOfRange.contains(QStringLiteral("$.objects.g.geometries[0].arcs[0][1]")));
    CHECK(outOfRange.contains(QStringLiteral("boog 7")));
    CHECK(topo("{\"type\":\"Topology\",\"arcs\":[[[0,\"x\"]]],\"objects\":{\"g\":{}}}").contains(QStringLiteral("$.arcs[0][0]")));
    CHECK(topo("{\"type\":\"Topology\",\"transform\":{\"scale\":[1]},\"arcs\":[],\"objects\":{\"g\":{}}}")
              .contains(QStringLiteral("$.transform")));
    CHECK(topo("{\"type\":\"Topology\",\"objects\":{\"g\":{}}}").contains(QStringLiteral("'arcs' ontbreekt")));

    CHECK(geo("{\"type\":\"Topology\"}").contains(QStringLiteral("geen GeoJSON")));
    CHECK(geo("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
              "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1]]]}}]}")
              .contains(QStringLiteral("$.features[0].geometry.coordinates[0][1]")));

    // A missing file names the file.
    CHECK(errorOf([] { readTopoJson(QStringLiteral("/bestaat/niet.topojson")); })
              == QStringLiteral("/bestaat/niet.topojson: bestand bestaat niet"));
}
