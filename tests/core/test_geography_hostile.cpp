// Boundary files that used to reach undefined behaviour or English messages (issue 11, items 4
// and 6): numbers too large for an integer are range-checked before any conversion, and JSON
// syntax errors are described in Dutch with line and byte offset.
#include <doctest/doctest.h>

#include "geography/feature_layer.h"
#include "geography/geojson.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "io/json_file.h"
#include "regions/region_builder.h"

#include <QJsonObject>

#include <functional>

namespace doctest {
template <>
struct StringMaker<QString> {
    static String convert(const QString& s) { return String(s.toStdString().c_str()); }
};
} // namespace doctest

using namespace regio;
using namespace regio::geo;

namespace {

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.message();
    }
    return QString();
}

QByteArray topologyWithArcIndex(const char* index)
{
    return QByteArray("{\"type\":\"Topology\",\"arcs\":[[[0,0],[0,1],[1,1],[0,0]]],\"objects\":{\"g\":{\"type\":"
                      "\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[")
           + index + "]]}]}}}";
}

} // namespace

TEST_CASE("TopoJSON: arc indices of any size are checked before conversion")
{
    for (const char* index : {"1e300", "-1e300", "9223372036854775808", "-9223372036854775809", "4294967296", "1", "-3"}) {
        CAPTURE(index);
        const QString e = errorOf([&] { parseTopoJson(topologyWithArcIndex(index), QStringLiteral("t.json")); });
        CHECK(e.startsWith(QStringLiteral("t.json:$.objects.g.geometries[0].arcs[0][0]: verwijzing naar boog ")));
        CHECK(e.endsWith(QStringLiteral(", maar het bestand heeft 1 bogen")));
    }
    // The valid ones: 0 and ~0 (= -1).
    CHECK(parseTopoJson(topologyWithArcIndex("0"), QStringLiteral("t.json")).features.size() == 1);
    CHECK(parseTopoJson(topologyWithArcIndex("-1"), QStringLiteral("t.json")).features.size() == 1);
}

TEST_CASE("a numeric property: exact integers as digits, anything larger without conversion")
{
    Feature f;
    f.properties.insert(QStringLiteral("n"), 14.0);
    CHECK(FeatureLayer::propertyText(f, QStringLiteral("n")) == QStringLiteral("14"));
    f.properties.insert(QStringLiteral("n"), 9007199254740992.0);
    CHECK(FeatureLayer::propertyText(f, QStringLiteral("n")) == QStringLiteral("9007199254740992"));
    f.properties.insert(QStringLiteral("n"), 1e300);
    CHECK(FeatureLayer::propertyText(f, QStringLiteral("n")) == QStringLiteral("1.0000000000000001e+300"));
    f.properties.insert(QStringLiteral("n"), -9.3e18);
    CHECK(FeatureLayer::propertyText(f, QStringLiteral("n")) == QStringLiteral("-9.3e+18"));
    f.properties.insert(QStringLiteral("n"), 2.5);
    CHECK(FeatureLayer::propertyText(f, QStringLiteral("n")) == QStringLiteral("2.5"));
}

TEST_CASE("converter: a numeric statcode that is no whole number is refused with its JSON path")
{
    for (const char* code : {"1e300", "-9.3e18", "12.5"}) {
        CAPTURE(code);
        const QByteArray json = QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                           "\"properties\":{\"statcode\":")
                                + code
                                + ",\"statnaam\":\"Groot\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                  "[[[100000,400000],[101000,400000],[101000,401000],[100000,400000]]]}}]}";
        const FeatureLayer layer = parseGeoJson(json, QStringLiteral("g.geojson"));
        REQUIRE(layer.features.size() == 1);
        const QString e = errorOf([&] { featureCodeAndName(layer.features[0], layer, RegionBuildOptions{}); });
        CHECK(e.startsWith(QStringLiteral("g.geojson:$.features[0].properties.statcode: code ")));
        CHECK(e.endsWith(QStringLiteral(" is geen tekst of geheel getal")));
    }
}

TEST_CASE("JSON syntax errors in Dutch, with line and byte offset")
{
    auto message = [](const char* text) { return errorOf([&] { parseJsonDocument(QByteArray(text), QStringLiteral("k.json")); }); };
    auto check = [&](const char* text, const char* prefix, const char* words) {
        CAPTURE(text);
        const QString m = message(text);
        CHECK(m.startsWith(QString::fromUtf8(prefix)));
        CHECK(m.endsWith(QStringLiteral(": ") + QString::fromUtf8(words)));
    };
    check("{\"a\": 1,\n \"b\" 2, \"c\": 3, \"d\": 4}", "k.json:2: ongeldige JSON bij byte ", "':' ontbreekt na een naam");
    check("{\"a\": [1 2], \"b\": [3, 4]}", "k.json:1: ongeldige JSON bij byte ", "',' ontbreekt tussen waarden");
    check("{\"a\": tru, \"b\": [3, 4]}", "k.json:1: ongeldige JSON bij byte ", "ongeldige waarde");
    check("{\"a\": [1e], \"b\": [3, 4]}", "k.json:1: ongeldige JSON bij byte ", "ongeldig getal");
    check("{\"a\": [1,], \"b\": [3, 4]}", "k.json:1: ongeldige JSON bij byte ", "waarde ontbreekt na een komma");
    CHECK(message("{\"a\": 1} x") == QStringLiteral("k.json:1: ongeldige JSON bij byte 9: tekst na het einde van het document"));
    CHECK(message("{\"a\": 1,\n\"b\": [") == QStringLiteral("k.json:2: JSON houdt onverwacht op (bestand afgekapt?)"));
    // No English from Qt anywhere.
    for (const char* bad : {"[", "{", "{\"a\"", "[1,]", "{\"a\":1,}", "nul", "\"x", "[1e]", "{1:2}"}) {
        CAPTURE(bad);
        const QString m = message(bad);
        CHECK(m.startsWith(QStringLiteral("k.json:1: ")));
        for (const char* english : {"unterminated", "missing", "illegal", "garbage", "value", "error"})
            CHECK_FALSE(m.contains(QLatin1String(english), Qt::CaseInsensitive));
    }
    // UTF-16 is named as such.
    CHECK(message("\xff\xfe{\0}\0") == QStringLiteral("k.json:1: bestand is UTF-16; sla op als UTF-8"));
}
