// The economy commands of `regio` (lq, relatedness, density, swot, generate-demo), driven through
// regio::cli::run as the shipped tool runs them: exit codes 0/2/3, output and messages.
#include <doctest/doctest.h>

#include "cli_run.h"

#include "cli/cli.h"
#include "economy/demo_economy.h"

#include "test_paths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {


QString fixture(const char* name) { return regio::test::testDataDir() + QStringLiteral("/economy/") + QLatin1String(name); }

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

const QString kNotice = QStringLiteral("# Demonstratiedata — geen officiële statistiek");

} // namespace

TEST_CASE("regio lq on a small file: hand-computed quotients, no demo notice")
{
    regio::test::CliResult r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("--employment"), fixture("corop-employment-wide.csv")});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    // LQ = 4·E / column total (see tests/core/test_economy_indicators.cpp).
    CHECK(lines(r.out) == QStringList{"region,A,B,C", "CR01,0.4,0.8,1.4", "CR02,1.2,1.2,0.8", "CR03,2,0.4,0.8", "CR04,0.4,1.6,1"});
    r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("--binary"), QStringLiteral("--employment"), fixture("corop-employment-long.csv")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out) == QStringList{"region,A,B,C", "CR01,0,0,1", "CR02,1,1,0", "CR03,1,0,0", "CR04,0,1,0"});
}

TEST_CASE("regio lq on the demo data starts with the notice and covers 40 regions × 86 sectors")
{
    const regio::test::CliResult r = regio::test::runRegio({QStringLiteral("lq")});
    REQUIRE(r.code == 0);
    const QStringList l = lines(r.out);
    REQUIRE(l.size() == 42);
    CHECK(l[0] == kNotice);
    CHECK(l[1].startsWith(QStringLiteral("region,01,02,03,06,")));
    CHECK(l[1].split(QLatin1Char(',')).size() == 87);
    CHECK(l[2].startsWith(QStringLiteral("CR01,")));
    CHECK(l[41].startsWith(QStringLiteral("CR40,")));
}

TEST_CASE("regio lq: bad input exits 3 with file and line, usage errors exit 2")
{
    regio::test::CliResult r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("--employment"), fixture("corop-employment-negative.csv")});
    CHECK(r.code == 3);
    CHECK(r.out.isEmpty());
    CHECK(r.err == QStringLiteral("regio: %1:3: negatieve werkgelegenheid -5 voor sector B in regio CR02\n")
                       .arg(fixture("corop-employment-negative.csv")));
    r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("--employment"), fixture("corop-employment-ragged.csv")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: %1:3: ").arg(fixture("corop-employment-ragged.csv"))));
    r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("--employment"), fixture("missing.csv")});
    CHECK(r.code == 3);
    r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("--bogus")});
    CHECK(r.code == 2);
    r = regio::test::runRegio({QStringLiteral("lq"), QStringLiteral("extra")});
    CHECK(r.code == 2);
}

TEST_CASE("regio relatedness: methods, header and hand-checked values")
{
    regio::test::CliResult r = regio::test::runRegio({QStringLiteral("relatedness"), QStringLiteral("--method"), QStringLiteral("proximity"),
                         QStringLiteral("--employment"), fixture("corop-employment-wide.csv")});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out) == QStringList{"sector,A,B,C", "A,0,0.5,0", "B,0.5,0,0", "C,0,0,0"});
    // Flows: the worked example of the indicator tests (SR~ symmetrised; A–B = 0.3024193548387097).
    r = regio::test::runRegio({QStringLiteral("relatedness"), QStringLiteral("--flows"), fixture("flows-wide.csv")});
    REQUIRE(r.code == 0);
    QStringList l = lines(r.out);
    REQUIRE(l.size() == 4);
    CHECK(l[0] == QStringLiteral("sector,A,B,C"));
    CHECK(l[1] == QStringLiteral("A,0,0.302419354839,-0.0240384615385"));
    CHECK(l[2] == QStringLiteral("B,0.302419354839,0,0.222591362126"));
    // Same result from the long format.
    const regio::test::CliResult longFormat = regio::test::runRegio({QStringLiteral("relatedness"), QStringLiteral("--method"), QStringLiteral("flows"),
                                        QStringLiteral("--flows"), fixture("flows-long.csv")});
    CHECK(longFormat.out == r.out);
    for (const char* method : {"prob", "association", "cosine", "jaccard", "proximity", "flows"}) {
        r = regio::test::runRegio({QStringLiteral("relatedness"), QStringLiteral("--method"), QLatin1String(method)});
        INFO(std::string(method));
        REQUIRE(r.code == 0);
        l = lines(r.out);
        REQUIRE(l.size() == 88);
        CHECK(l[0] == kNotice);
        CHECK(l[1].startsWith(QStringLiteral("sector,01,02,")));
        CHECK(l[2].startsWith(QStringLiteral("01,0,")));
    }
    r = regio::test::runRegio({QStringLiteral("relatedness"), QStringLiteral("--method"), QStringLiteral("magic")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--method")));
    r = regio::test::runRegio({QStringLiteral("relatedness"), QStringLiteral("--flows"), fixture("flows-unknown.csv")});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: %1:3: onbekende sector X").arg(fixture("flows-unknown.csv"))));
}

TEST_CASE("regio density: from a relatedness file and computed")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString w = tmp.filePath(QStringLiteral("w.csv"));
    QFile f(w);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("sector,A,B,C\nA,0,0.5,0.2\nB,0.5,0,-0.3\nC,0.2,-0.3,0\n");
    f.close();
    // By hand (see the indicator tests): CR01 A = 100·0.2/0.7, CR02 A = 100·0.5/0.7, …
    regio::test::CliResult r = regio::test::runRegio({QStringLiteral("density"), QStringLiteral("--employment"), fixture("corop-employment-wide.csv"),
                         QStringLiteral("--relatedness"), w});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out) == QStringList{"region,A,B,C", "CR01,28.5714285714,0,0", "CR02,71.4285714286,100,100",
                                      "CR03,0,100,100", "CR04,71.4285714286,0,0"});
    // Written to --out instead of stdout.
    const QString outPath = tmp.filePath(QStringLiteral("rd.csv"));
    r = regio::test::runRegio({QStringLiteral("density"), QStringLiteral("--employment"), fixture("corop-employment-wide.csv"),
                  QStringLiteral("--relatedness"), w, QStringLiteral("--out"), outPath});
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    QFile written(outPath);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().startsWith("region,A,B,C\nCR01,28.5714285714,0,0\n"));
    // A relatedness file with a sector the employment lacks.
    QFile bad(tmp.filePath(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("sector,A,Q\nA,0,1\nQ,1,0\n");
    bad.close();
    r = regio::test::runRegio({QStringLiteral("density"), QStringLiteral("--employment"), fixture("corop-employment-wide.csv"),
                  QStringLiteral("--relatedness"), bad.fileName()});
    CHECK(r.code == 3);
    CHECK(r.err == QStringLiteral("regio: %1:1: onbekende sector Q\n").arg(bad.fileName()));
    // Demo data, computed relatedness: values within 0–100.
    r = regio::test::runRegio({QStringLiteral("density")});
    REQUIRE(r.code == 0);
    const QStringList l = lines(r.out);
    REQUIRE(l.size() == 42);
    CHECK(l[0] == kNotice);
    for (qsizetype k = 2; k < l.size(); ++k) {
        const QStringList cells = l[k].split(QLatin1Char(','));
        for (qsizetype c = 1; c < cells.size(); ++c) {
            const double v = cells[c].toDouble();
            CHECK(v >= 0.0);
            CHECK(v <= 100.0);
        }
    }
    r = regio::test::runRegio({QStringLiteral("density"), QStringLiteral("--relatedness"), w, QStringLiteral("--method"), QStringLiteral("prob")});
    CHECK(r.code == 2);
}

TEST_CASE("regio swot: quadrants, threshold, errors")
{
    regio::test::CliResult r = regio::test::runRegio({QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR02"), QStringLiteral("--employment"),
                         fixture("corop-employment-wide.csv"), QStringLiteral("--flows"), fixture("flows-wide.csv")});
    REQUIRE(r.code == 0);
    QStringList l = lines(r.out);
    REQUIRE(l.size() == 4);
    CHECK(l[0] == QStringLiteral("sector,lq,embeddedness,quadrant"));
    // SR~ sym: A–B 0.3024, A–C −0.0240 (→ 0), B–C 0.2226. CR02 has M = (1, 1, 0):
    // emb A = 100·0.3024/0.3024 = 100, B = 100·0.3024/(0.3024+0.2226) = 57.6, C = 100 (A and B
    // both specialised). Median 100 → nothing strictly above: A, B Bedreiging, C Zwakte.
    CHECK(l[1] == QStringLiteral("A,1.2,100,Bedreiging"));
    CHECK(l[2].startsWith(QStringLiteral("B,1.2,57.6")));
    CHECK(l[2].endsWith(QStringLiteral(",Bedreiging")));
    CHECK(l[3] == QStringLiteral("C,0.8,100,Zwakte"));
    r = regio::test::runRegio({QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR02"), QStringLiteral("--threshold"),
                  QStringLiteral("50"), QStringLiteral("--employment"), fixture("corop-employment-wide.csv"), QStringLiteral("--flows"),
                  fixture("flows-wide.csv")});
    REQUIRE(r.code == 0);
    l = lines(r.out);
    CHECK(l[1].endsWith(QStringLiteral(",Sterkte")));
    CHECK(l[2].endsWith(QStringLiteral(",Sterkte")));
    CHECK(l[3].endsWith(QStringLiteral(",Kans")));

    r = regio::test::runRegio({QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR29")});
    REQUIRE(r.code == 0);
    l = lines(r.out);
    REQUIRE(l.size() == 88);
    CHECK(l[0] == kNotice);
    int strengths = 0;
    for (const QString& line : l.mid(2))
        strengths += line.endsWith(QStringLiteral(",Sterkte")) ? 1 : 0;
    CHECK(strengths > 0);

    CHECK(regio::test::runRegio({QStringLiteral("swot")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR99")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--threshold"),
                    QStringLiteral("veel")}).code == 2);
    r = regio::test::runRegio({QStringLiteral("swot"), QStringLiteral("--region"), QStringLiteral("CR01"), QStringLiteral("--employment"),
                  fixture("corop-employment-wide.csv"), QStringLiteral("--flows"), fixture("flows-unknown.csv")});
    CHECK(r.code == 3);
}

TEST_CASE("regio generate-demo writes exactly the embedded files")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("demo"));
    regio::test::CliResult r = regio::test::runRegio({QStringLiteral("generate-demo"), QStringLiteral("--out-dir"), dir});
    REQUIRE(r.code == 0);
    CHECK(lines(r.out).size() == 4);
    for (const char* name : {"demo-employment.csv", "demo-flows.csv", "demo-sectors.csv", "demo-regions.csv"}) {
        QFile fresh(dir + QLatin1Char('/') + QLatin1String(name));
        QFile embedded(QStringLiteral(":/data/") + QLatin1String(name));
        REQUIRE(fresh.open(QIODevice::ReadOnly));
        REQUIRE(embedded.open(QIODevice::ReadOnly));
        INFO(std::string(name));
        CHECK(fresh.readAll() == embedded.readAll());
    }
    r = regio::test::runRegio({QStringLiteral("generate-demo"), QStringLiteral("--out-dir"), dir, QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(r.code == 0);
    QFile other(dir + QStringLiteral("/demo-employment.csv"));
    REQUIRE(other.open(QIODevice::ReadOnly));
    const QByteArray content = other.readAll();
    CHECK(content.contains("--seed 7"));
    CHECK(regio::test::runRegio({QStringLiteral("generate-demo")}).code == 2);
    CHECK(regio::test::runRegio({QStringLiteral("generate-demo"), QStringLiteral("--out-dir"), dir, QStringLiteral("--seed"), QStringLiteral("-1")}).code == 2);
}

TEST_CASE("every economy command has Dutch --help that mentions the demo notice")
{
    for (const char* cmd : {"lq", "relatedness", "density", "swot", "generate-demo"}) {
        INFO(std::string(cmd));
        const regio::test::CliResult r = regio::test::runRegio({QLatin1String(cmd), QStringLiteral("--help")});
        CHECK(r.code == 0);
        // (The "Usage:" line comes from QCommandLineParser and names the running program.)
        CHECK(r.out.contains(QStringLiteral("Opties:")));
        CHECK(r.out.contains(QStringLiteral("Demonstratiedata — geen officiële statistiek")));
    }
    const regio::test::CliResult overview = regio::test::runRegio({QStringLiteral("--help")});
    for (const char* cmd : {"lq", "relatedness", "density", "swot", "generate-demo"})
        CHECK(overview.out.contains(QStringLiteral("  ") + QLatin1String(cmd) + QLatin1Char(' ')));
}
