// regio economy / growth / structure / import-statline (issue 9), driven as the shipped tool runs.
#include <doctest/doctest.h>

#include "cli_run.h"

#include "economy/employment_panel.h"
#include "io/csv.h"
#include "economy/regional_structure.h"
#include "regions/region_model.h"

#include "test_paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using regio::test::runRegio;

namespace {

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

// The fields of the CSV record of a sector (names such as "A Landbouw, bosbouw en visserij" are quoted).
QStringList rowOf(const QString& out, const QString& sector)
{
    for (const regio::io::CsvRecord& rec : regio::io::parseCsv(out.toUtf8(), QStringLiteral("uitvoer"), QLatin1Char(',')).records)
        if (rec.fields.value(0) == sector)
            return rec.fields;
    return {};
}

std::vector<QStringList> dataRows(const QString& out)
{
    std::vector<QStringList> rows;
    const auto records = regio::io::parseCsv(out.toUtf8(), QStringLiteral("uitvoer"), QLatin1Char(',')).records;
    for (size_t i = 1; i < records.size(); ++i)
        rows.push_back(records[i].fields);
    return rows;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("regio economy: CBS source line, region basis, one row per section")
{
    const auto r = runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("CR23"), QStringLiteral("--year"), QStringLiteral("2024")});
    REQUIRE(r.code == 0);
    const QStringList l = lines(r.out);
    CHECK(l[0] == QStringLiteral("# Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"));
    CHECK(l[1].startsWith(QStringLiteral("# Gebied: Groot-Amsterdam — COROP-gebied Groot-Amsterdam (CR23)")));
    CHECK(l[3] == QStringLiteral("sector,name,jobs,share,share_nl,lq,status"));
    CHECK(l.size() == 4 + 19);
    const QStringList j = rowOf(r.out, QStringLiteral("J"));
    REQUIRE(j.size() == 7);
    CHECK(j[1] == QStringLiteral("J Informatie en communicatie"));
    CHECK(j[5].toDouble() > 1.5);
    CHECK(j[6] == QStringLiteral("ok"));
    // jobs are persons; share = jobs / total, checked against the panel itself.
    const double total = regio::economy::cbsEmployment().value(QStringLiteral("CR23"), QStringLiteral("T001081"), 2024);
    CHECK(j[3].toDouble() == doctest::Approx(j[2].toDouble() / total));
}

TEST_CASE("regio economy: suppressed cells are empty and 'onderdrukt', never 0")
{
    // CR01 Oost-Groningen, 2010: B Delfstoffenwinning is suppressed in 83582NED.
    const auto r = runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--year"), QStringLiteral("2010")});
    REQUIRE(r.code == 0);
    const QStringList b = rowOf(r.out, QStringLiteral("B"));
    REQUIRE(b.size() == 7);
    CHECK(b[2].isEmpty());
    CHECK(b[5].isEmpty());
    CHECK(b[6] == QStringLiteral("onderdrukt"));
}

TEST_CASE("regio economy: a provincie is exact, an arbeidsmarktregio an approximation that says so")
{
    auto r = runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("PV20"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o[QStringLiteral("source")].toString() == QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"));
    CHECK(o[QStringLiteral("region")].toObject()[QStringLiteral("exact")].toBool());
    CHECK(o[QStringLiteral("year")].toInt() == 2024);
    CHECK(o[QStringLiteral("sectors")].toArray().size() == 19);
    r = runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("AM18")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out)[1].contains(QStringLiteral("benadering")));
    CHECK(rowOf(r.out, QStringLiteral("C"))[6] == QStringLiteral("benadering"));
    // Usage errors: exit 2.
    CHECK(runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("XX12")}).code == 2);
    CHECK(runRegio({QStringLiteral("economy")}).code == 2);
    const auto y = runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--year"), QStringLiteral("2031")});
    CHECK(y.code == 2);
    CHECK(y.err.contains(QStringLiteral("jaar '2031' niet beschikbaar (2010–2024)")));
}

TEST_CASE("regio growth: shift-share adds up, entry/exit, national growth equals CBS totals")
{
    // From 2011: CBS suppressed Zuidoost-Noord-Brabant's C Industrie in 2010 (and 2018).
    const auto r = runRegio({QStringLiteral("growth"), QStringLiteral("--region"), QStringLiteral("CR36"), QStringLiteral("--from"),
                             QStringLiteral("2011"), QStringLiteral("--to"), QStringLiteral("2024")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out)[3] == QStringLiteral("sector,name,jobs_from,jobs_to,change,national,industry_mix,regional,lq_from,lq_to,specialisation,status"));
    int rows = 0;
    for (const QStringList& f : dataRows(r.out)) {
        REQUIRE(f.size() == 12);
        if (f[4].isEmpty())
            continue;
        CHECK(f[5].toDouble() + f[6].toDouble() + f[7].toDouble() == doctest::Approx(f[4].toDouble()).epsilon(1e-9));
        CHECK(f[4].toDouble() == doctest::Approx(f[3].toDouble() - f[2].toDouble()));
        ++rows;
    }
    CHECK(rows >= 15);
    CHECK(rowOf(r.out, QStringLiteral("C"))[10] == QStringLiteral("blijft"));  // Brainport stays specialised in industry
    // The national growth in the header is E2024/E2010 − 1 of the summed COROP totals.
    const auto& cbs = regio::economy::cbsEmployment();
    const double g = regio::economy::nationalValue(cbs, QStringLiteral("T001081"), 2024)
                     / regio::economy::nationalValue(cbs, QStringLiteral("T001081"), 2011) - 1.0;
    CHECK(lines(r.out)[2].contains(QString::number(g, 'g', 12)));
    CHECK(runRegio({QStringLiteral("growth"), QStringLiteral("--region"), QStringLiteral("CR36"), QStringLiteral("--from"),
                    QStringLiteral("2020"), QStringLiteral("--to"), QStringLiteral("2015")}).code == 2);
    // 2010 → 2024: C is unknown (suppressed in 2010), never a change from 0.
    const auto from2010 = runRegio({QStringLiteral("growth"), QStringLiteral("--region"), QStringLiteral("CR36")});
    REQUIRE(from2010.code == 0);
    CHECK(rowOf(from2010.out, QStringLiteral("C"))[4].isEmpty());
    CHECK(rowOf(from2010.out, QStringLiteral("C"))[11] == QStringLiteral("onderdrukt"));
}

TEST_CASE("regio structure: the five indices, related + unrelated = entropy")
{
    const auto r = runRegio({QStringLiteral("structure"), QStringLiteral("--region"), QStringLiteral("CR23"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const double rv = o[QStringLiteral("related_variety")].toDouble();
    const double uv = o[QStringLiteral("unrelated_variety")].toDouble();
    CHECK(rv + uv == doctest::Approx(o[QStringLiteral("entropy")].toDouble()));
    CHECK(o[QStringLiteral("krugman")].toDouble() > 0.1);   // Amsterdam differs from NL
    CHECK(o[QStringLiteral("herfindahl")].toDouble() > 1.0 / 19.0);
    CHECK(o[QStringLiteral("herfindahl")].toDouble() < 1.0);
    const auto csv = runRegio({QStringLiteral("structure"), QStringLiteral("--region"), QStringLiteral("CR23")});
    REQUIRE(csv.code == 0);
    CHECK(lines(csv.out)[3] == QStringLiteral("krugman,herfindahl,entropy,related_variety,unrelated_variety,sections_used,sections_unknown"));
}

TEST_CASE("regio import-statline rebuilds the embedded data byte for byte, and feeds --employment")
{
    const QString source = regio::test::sharedFile(QStringLiteral("cbs-83582NED/83582NED_corop.csv"));
    if (!QFileInfo::exists(source)) {
        MESSAGE("../shared/data/cbs-83582NED ontbreekt; overgeslagen");
        return;
    }
    QTemporaryDir dir;
    const QString panel = dir.filePath(QStringLiteral("panel.csv"));
    const QString keys = dir.filePath(QStringLiteral("keys.csv"));
    auto r = runRegio({QStringLiteral("import-statline"), source, QStringLiteral("--panel"), QStringLiteral("--keys"),
                       regio::test::sharedFile(QStringLiteral("cbs-83582NED/sbi_keys.csv")), QStringLiteral("--out"), panel,
                       QStringLiteral("--keys-out"), keys});
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("1364 waarden zijn geheim")));
    CHECK(readFile(panel) == readFile(regio::test::sourceDir() + QStringLiteral("/resources/data/cbs-83582NED.csv")));
    CHECK(readFile(keys) == readFile(regio::test::sourceDir() + QStringLiteral("/resources/data/cbs-sbi-keys.csv")));

    // One year as the project's employment CSV, then through `regio lq --employment`.
    const QString employment = dir.filePath(QStringLiteral("werk.csv"));
    r = runRegio({QStringLiteral("import-statline"), source, QStringLiteral("--period"), QStringLiteral("2024JJ00"), QStringLiteral("--out"), employment});
    REQUIRE(r.code == 0);
    const QString text = QString::fromUtf8(readFile(employment));
    CHECK(text.startsWith(QStringLiteral("# Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)\n")));
    CHECK(text.contains(QStringLiteral("\nregion,A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S\n")));
    const auto lq = runRegio({QStringLiteral("lq"), QStringLiteral("--employment"), employment});
    REQUIRE(lq.code == 0);
    CHECK(lines(lq.out).size() == 41);
    CHECK_FALSE(lq.out.contains(QStringLiteral("nan")));

    // Bad input: exit 3 with file:line.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("ID,Sector,RegioS,Perioden,Banen\n1,T001081,CR01,2010JJ00,1\n2,T001081,CR01,2010JJ00,-1\n");
    f.close();
    r = runRegio({QStringLiteral("import-statline"), bad, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: %1:3: negatieve waarde").arg(bad)));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
}

TEST_CASE("regio economy --statline reads a user's export")
{
    QTemporaryDir dir;
    const QString obs = dir.filePath(QStringLiteral("Observations.csv"));
    QFile f(obs);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Id;Measure;Sector;RegioS;Perioden;Value;StringValue;ValueAttribute\n"
            "0;M1;T001081;CR01  ;2020JJ00;100;;None\n0;M1;301000;CR01  ;2020JJ00;20;;None\n"
            "0;M1;T001081;CR02  ;2020JJ00;300;;None\n0;M1;301000;CR02  ;2020JJ00;30;;None\n");
    f.close();
    const auto r = runRegio({QStringLiteral("economy"), QStringLiteral("--statline"), obs, QStringLiteral("--region"), QStringLiteral("CR01")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out)[0].startsWith(QStringLiteral("# Bron: eigen bestand")));
    // A: (20/100) / (50/400) = 1.6
    CHECK(rowOf(r.out, QStringLiteral("A"))[5].toDouble() == doctest::Approx(1.6));
}

TEST_CASE("--data cbs: the existing economy commands on the real table, chosen explicitly")
{
    // lq: the LQ of DESIGN.md §5 with E[r,T] = T001081, as `regio economy` gives it.
    auto r = runRegio({QStringLiteral("lq"), QStringLiteral("--data"), QStringLiteral("cbs"), QStringLiteral("--year"), QStringLiteral("2024")});
    REQUIRE(r.code == 0);
    const QStringList l = lines(r.out);
    CHECK(l[0] == QStringLiteral("# Bron: CBS StatLine, tabel 83582NED (CC BY 4.0), 2024"));
    CHECK(l[1] == QStringLiteral("region,A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S"));
    CHECK(l.size() == 42);
    const QStringList cr23 = rowOf(r.out, QStringLiteral("CR23"));
    const auto e = runRegio({QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("CR23")});
    CHECK(cr23[10] == rowOf(e.out, QStringLiteral("J"))[5]);  // column J
    // Suppressed: CR01 has no published B in 2024 → empty, never 0.
    CHECK(rowOf(r.out, QStringLiteral("CR01"))[2].isEmpty());
    // Co-occurrence relatedness works; flows need flows.
    r = runRegio({QStringLiteral("relatedness"), QStringLiteral("--data"), QStringLiteral("cbs"), QStringLiteral("--method"), QStringLiteral("proximity")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out).size() == 21);
    r = runRegio({QStringLiteral("relatedness"), QStringLiteral("--data"), QStringLiteral("cbs")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("geen baanwisselingen")));
    r = runRegio({QStringLiteral("density"), QStringLiteral("--data"), QStringLiteral("cbs"), QStringLiteral("--method"), QStringLiteral("cosine")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out)[0].startsWith(QStringLiteral("# Bron: CBS StatLine")));
    r = runRegio({QStringLiteral("graph"), QStringLiteral("--data"), QStringLiteral("cbs"), QStringLiteral("--method"), QStringLiteral("proximity"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(g[QStringLiteral("nodes")].toArray().size() == 19);
    CHECK(r.out.contains(QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0), 2024")));
    // Usage errors.
    CHECK(runRegio({QStringLiteral("lq"), QStringLiteral("--data"), QStringLiteral("echt")}).code == 2);
    CHECK(runRegio({QStringLiteral("lq"), QStringLiteral("--data"), QStringLiteral("cbs"), QStringLiteral("--year"), QStringLiteral("1999")}).code == 2);
    CHECK(runRegio({QStringLiteral("lq"), QStringLiteral("--year"), QStringLiteral("2020")}).code == 2);
}
