// regio agenda (issue 10), driven as the shipped tool runs, on the embedded CBS table 83582NED
// and the embedded registry. Expected LQs are worked out from the embedded CSV independently
// (share of the section in the area over its share in the sum of the 40 COROP areas).
#include <doctest/doctest.h>

#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using regio::test::runRegio;

namespace {

QJsonObject jsonOf(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QStringList sectorsOf(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out << v.toObject().value(QStringLiteral("sector")).toString();
    return out;
}

QJsonObject itemOf(const QJsonArray& items, const QString& sector)
{
    for (const QJsonValue& v : items)
        if (v.toObject().value(QStringLiteral("sector")).toString() == sector)
            return v.toObject();
    return {};
}

QJsonObject byCode(const QJsonArray& items, const QString& code)
{
    for (const QJsonValue& v : items)
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

QStringList idsOf(const QJsonArray& bodies)
{
    QStringList out;
    for (const QJsonValue& v : bodies)
        out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

} // namespace

TEST_CASE("regio agenda CR36 json: Brainport can act on C Industrie")
{
    const auto r = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR36"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = jsonOf(r.out);
    CHECK(o.value(QStringLiteral("region")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Zuidoost-Noord-Brabant"));
    CHECK(o.value(QStringLiteral("data_sources")).toArray().first().toString()
          == QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"));
    CHECK(o.value(QStringLiteral("from")).toInt() == 2010);
    CHECK(o.value(QStringLiteral("to")).toInt() == 2024);
    // 2024 LQs from the CSV: C 2.183, E 1.189, M 1.129, N 1.038; no other section above 1.
    const QJsonArray strengths = o.value(QStringLiteral("strengths")).toArray();
    CHECK(sectorsOf(strengths) == QStringList{"C", "E", "M", "N"});
    const QJsonObject c = itemOf(strengths, QStringLiteral("C"));
    CHECK(c.value(QStringLiteral("lq")).toDouble() == doctest::Approx(2.1834).epsilon(1e-4));
    CHECK(c.value(QStringLiteral("jobs")).toDouble() == 86900.0);
    CHECK(c.value(QStringLiteral("change")).isNull());  // C in CR36 is suppressed in 2010
    const QStringList cBodies = idsOf(c.value(QStringLiteral("bodies")).toArray());
    CHECK(cBodies.contains(QStringLiteral("eb-brainport")));
    CHECK(cBodies.contains(QStringLiteral("brainport-development")));
    // N: 51,000 → 49,800 (−2.4 %) while N grew 15.9 % nationally: the one threat.
    CHECK(sectorsOf(o.value(QStringLiteral("threats")).toArray()) == QStringList{"N"});
    const QJsonObject n = itemOf(strengths, QStringLiteral("N"));
    CHECK(n.value(QStringLiteral("change")).toDouble() == -1200.0);
    // Every body item has the fields a view needs.
    const QJsonObject b = c.value(QStringLiteral("bodies")).toArray().first().toObject();
    for (const char* field : {"id", "name", "coverage", "missing_actors", "roles", "whole_region"})
        CHECK(b.contains(QString::fromLatin1(field)));
    const QJsonObject scale = o.value(QStringLiteral("scale")).toObject();
    for (const char* domain : {"economie", "onderwijs", "arbeidsmarkt"})
        CHECK(scale.value(QString::fromLatin1(domain)).toObject().contains(QStringLiteral("verdict")));
    CHECK(!o.value(QStringLiteral("opportunities")).toArray().isEmpty());
}

TEST_CASE("regio agenda CR23 json: Zaanstreek is a neighbour that shares and complements")
{
    const auto r = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR23"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = jsonOf(r.out);
    const QJsonObject zaan = byCode(o.value(QStringLiteral("neighbours")).toArray(), QStringLiteral("CR22"));
    REQUIRE(!zaan.isEmpty());
    CHECK(zaan.value(QStringLiteral("name")).toString() == QStringLiteral("Zaanstreek"));
    // 2024 LQs: L 1.337 (CR23) and 1.226 (CR22) shared; C 1.348, F 1.472, G 1.468, O 1.007 in
    // CR22 against 0.432, 0.524, 0.867, 0.732 in CR23: complementary.
    CHECK(sectorsOf(zaan.value(QStringLiteral("shared")).toArray()) == QStringList{"L"});
    CHECK(sectorsOf(zaan.value(QStringLiteral("complementary")).toArray()) == QStringList{"C", "F", "G", "O"});
    // Het Gooi en Vechtstreek shares J (3.731 / 2.170).
    const QJsonObject gooi = byCode(o.value(QStringLiteral("neighbours")).toArray(), QStringLiteral("CR24"));
    CHECK(sectorsOf(gooi.value(QStringLiteral("shared")).toArray()).contains(QStringLiteral("J")));
    // K 2.402 is the strongest specialisation of Groot-Amsterdam.
    CHECK(sectorsOf(o.value(QStringLiteral("strengths")).toArray()).first() == QStringLiteral("K"));
    // D: 2,500 → 5,000 (+100 %) against +176.6 % nationally: a threat.
    CHECK(sectorsOf(o.value(QStringLiteral("threats")).toArray()) == QStringList{"D"});
}

TEST_CASE("regio agenda text: attribution first, Dutch sections")
{
    const auto r = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR36")});
    REQUIRE(r.code == 0);
    const QStringList l = r.out.split(QLatin1Char('\n'));
    CHECK(l[0] == QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"));
    CHECK(l[1].startsWith(QStringLiteral("Regionale agenda: Zuidoost-Noord-Brabant (CR36), COROP-gebied;")));
    CHECK(r.out.contains(QStringLiteral("Sterktes (LQ > 1; banen 2024, verandering sinds 2010):")));
    CHECK(r.out.contains(QStringLiteral("Wie kan handelen op de sterktes en kansen")));
    CHECK(r.out.contains(QStringLiteral("  C Industrie — LQ 2,18; 86.900 banen")));
    CHECK(r.out.contains(QStringLiteral("Buurregio's")));
    CHECK(r.out.contains(QStringLiteral("Schaal:")));
    CHECK(r.out.contains(QStringLiteral("Lacunes:")));
}

TEST_CASE("regio agenda: period, out file, any level")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.json"));
    const auto r = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("AM18"),
                             QStringLiteral("--from"), QStringLiteral("2015"), QStringLiteral("--to"),
                             QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--out"), path});
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(o.value(QStringLiteral("from")).toInt() == 2015);
    CHECK(o.value(QStringLiteral("to")).toInt() == 2020);
    CHECK(o.value(QStringLiteral("region")).toObject().value(QStringLiteral("level")).toString()
          == QStringLiteral("arbeidsmarktregio"));
    CHECK(!o.value(QStringLiteral("gaps")).toArray().isEmpty());
    // AM28 and AM32 are both approximated by CR36: no information, so AM32 is no listed neighbour;
    // AM26 (by CR34) is.
    const auto am28 = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("AM28"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(am28.code == 0);
    const QJsonArray nb = jsonOf(am28.out).value(QStringLiteral("neighbours")).toArray();
    CHECK(byCode(nb, QStringLiteral("AM32")).isEmpty());
    CHECK(!byCode(nb, QStringLiteral("AM26")).isEmpty());
    const auto pv = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("PV30"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(pv.code == 0);
}

TEST_CASE("regio agenda --all corop: the national map theme")
{
    const auto r = runRegio({QStringLiteral("agenda"), QStringLiteral("--all"), QStringLiteral("corop"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = jsonOf(r.out);
    CHECK(o.value(QStringLiteral("level")).toString() == QStringLiteral("corop"));
    const QJsonArray regions = o.value(QStringLiteral("regions")).toArray();
    CHECK(regions.size() == 40);
    // CR36: the four specialisations C, E, M, N; Brainport holds a full table for all of them.
    const QJsonObject cr36 = byCode(regions, QStringLiteral("CR36"));
    CHECK(cr36.value(QStringLiteral("specialisations")).toInt() == 4);
    CHECK(cr36.value(QStringLiteral("uncovered_count")).toInt() == 0);
    CHECK(cr36.value(QStringLiteral("without_full_table")).toArray().isEmpty());
    const auto text = runRegio({QStringLiteral("agenda"), QStringLiteral("--all"), QStringLiteral("corop")});
    CHECK(text.out.startsWith(QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)\n")));
    CHECK(runRegio({QStringLiteral("agenda"), QStringLiteral("--all"), QStringLiteral("wijk")}).code == 2);
    CHECK(runRegio({QStringLiteral("agenda"), QStringLiteral("--all"), QStringLiteral("corop"), QStringLiteral("--region"),
                    QStringLiteral("CR36")}).code == 2);
}

TEST_CASE("regio agenda: usage errors exit 2, a bad registry exits 3")
{
    CHECK(runRegio({QStringLiteral("agenda")}).code == 2);
    CHECK(runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR99")}).code == 2);
    CHECK(runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR36"),
                    QStringLiteral("--format"), QStringLiteral("csv")}).code == 2);
    CHECK(runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR36"),
                    QStringLiteral("--from"), QStringLiteral("2020"), QStringLiteral("--to"),
                    QStringLiteral("2015")}).code == 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kapot.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"regioverkenner-register\", \"version\": 1, \"bodies\": [");
    f.close();
    const auto r = runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR36"),
                             QStringLiteral("--registry"), path});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: ")));
}
