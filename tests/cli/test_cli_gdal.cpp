// `regio convert-regions --from FILE.gpkg` and `--regions FILE.rvg`: a GeoPackage of "another
// year" is built inside the test with GDAL's own API (the province of Utrecht from the shared
// 2025 TopoJSON, with one municipality renamed to a code 2025 does not know), converted, and
// used by other commands. Also: employment and registry from a spreadsheet on the command line.
#include "cli_run.h"
#include "gdal_fixture.h"
#include "geography/topojson.h"
#include "regions/region_model.h"
#include "test_paths.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace regio;
using regio::test::runRegio;

namespace {

QString cbs2025(const QString& stem) { return test::sharedFile(QStringLiteral("cbs-2025/%1_2025.topojson").arg(stem)); }

const QStringList kFields{QStringLiteral("statcode"), QStringLiteral("jrstatcode"), QStringLiteral("statnaam")};

// Keeps the features whose statcode is in `codes`.
geo::FeatureLayer only(geo::FeatureLayer layer, const QSet<QString>& codes)
{
    std::erase_if(layer.features, [&](const geo::Feature& f) {
        return !codes.contains(geo::FeatureLayer::propertyText(f, QStringLiteral("statcode")));
    });
    return layer;
}

// Utrecht (PV26) in 2031: its municipalities, its COROP and labour-market regions; GM0344
// Utrecht renamed GM9999 "Stad Utrecht", and jrstatcode saying 2031.
QString writeUtrecht2031(const QString& dir, bool withCorop = true, bool withStatcode = true)
{
    const RegionModel& now = RegionModel::embedded();
    QSet<QString> municipalities, divisions{QStringLiteral("PV26")};
    for (const Municipality& m : now.municipalities())
        if (m.membership(Level::Provincie) == QLatin1String("PV26")) {
            municipalities << m.code;
            divisions << m.membership(Level::Corop) << m.membership(Level::Arbeidsmarktregio);
        }
    geo::FeatureLayer gemeente = only(geo::readTopoJson(cbs2025(QStringLiteral("gemeente"))), municipalities);
    for (geo::Feature& f : gemeente.features) {
        QString code = geo::FeatureLayer::propertyText(f, QStringLiteral("statcode"));
        if (code == QLatin1String("GM0344")) {
            code = QStringLiteral("GM9999");
            f.properties.insert(QStringLiteral("statnaam"), QStringLiteral("Stad Utrecht"));
        }
        f.properties.insert(QStringLiteral("statcode"), code);
        f.properties.insert(QStringLiteral("jrstatcode"), QStringLiteral("2031") + code);
    }
    const QString path = dir + QStringLiteral("/utrecht-2031.gpkg");
    GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("GPKG"), path);
    const QStringList fields = withStatcode ? kFields : QStringList{QStringLiteral("statnaam")};
    test::writeBoundaryLayer(*ds, QStringLiteral("gemeenten"), gemeente, kFields);
    test::writeBoundaryLayer(*ds, QStringLiteral("provincie_gegeneraliseerd"),
                             only(geo::readTopoJson(cbs2025(QStringLiteral("provincie"))), divisions), kFields, 28992, wkbPolygon);
    if (withCorop)
        test::writeBoundaryLayer(*ds, QStringLiteral("coropgebied_gegeneraliseerd"),
                                 only(geo::readTopoJson(cbs2025(QStringLiteral("coropgebied"))), divisions), fields, 4326);
    test::writeBoundaryLayer(*ds, QStringLiteral("arbeidsmarktregio_gegeneraliseerd"),
                             only(geo::readTopoJson(cbs2025(QStringLiteral("arbeidsmarktregio"))), divisions), kFields);
    return path;
}

} // namespace

TEST_CASE("convert-regions --from a GeoPackage builds a new year that --regions then uses")
{
    if (!QFile::exists(cbs2025(QStringLiteral("gemeente")))) {
        MESSAGE("../shared/data/cbs-2025 ontbreekt: test overgeslagen");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString gpkg = writeUtrecht2031(dir.path());
    const QString rvg = dir.filePath(QStringLiteral("regions-2031.rvg"));

    // The municipalities are in a layer of another name: without --layer-gemeente that is said.
    auto r = runRegio({QStringLiteral("convert-regions"), QStringLiteral("--from"), gpkg, QStringLiteral("--out"), rvg});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: %1: laag 'gemeente_gegeneraliseerd' voor de gemeenten ontbreekt; "
                                          "kies een laag met --layer-gemeente (aanwezig: gemeenten, provincie_gegeneraliseerd")
                               .arg(gpkg)));
    CHECK(!QFile::exists(rvg));

    r = runRegio({QStringLiteral("convert-regions"), QStringLiteral("--from"), gpkg, QStringLiteral("--layer-gemeente"),
                  QStringLiteral("gemeenten"), QStringLiteral("--out"), rvg});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    const RegionModel utrecht = RegionModel::load(rvg);
    CHECK(utrecht.year() == 2031);  // from jrstatcode
    CHECK(utrecht.municipalities().size() == 26);
    CHECK(utrecht.divisions(Level::Provincie).size() == 1);
    REQUIRE(utrecht.municipality(QStringLiteral("GM9999")));
    CHECK(utrecht.municipality(QStringLiteral("GM9999"))->name == QStringLiteral("Stad Utrecht"));
    CHECK(utrecht.municipality(QStringLiteral("GM9999"))->membership(Level::Corop) == QStringLiteral("CR17"));

    // `regio regions --regions FILE --level corop`: the COROP regions of that file only.
    r = runRegio({QStringLiteral("regions"), QStringLiteral("--regions"), rvg, QStringLiteral("--level"), QStringLiteral("corop")});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].startsWith(QStringLiteral("CR17,Utrecht,")));
    CHECK(lines[1].endsWith(QStringLiteral(",26")));
    // The next command without --regions is back on the embedded 2025 regions.
    r = runRegio({QStringLiteral("regions"), QStringLiteral("--level"), QStringLiteral("corop")});
    CHECK(r.out.trimmed().split(QLatin1Char('\n')).size() == 41);

    // The embedded registry refers to 2025 codes: refused with the reason, not a crash.
    r = runRegio({QStringLiteral("bodies"), QStringLiteral("--regions"), rvg});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("het register gebruikt de gemeentelijke indeling van 2025, dit programma die van 2031")));
    // An employment table with a code the new year does not know is refused by name.
    QFile csv(dir.filePath(QStringLiteral("werk.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("region,A,C\nGM9999,10,20\nGM0344,5,5\n");
    csv.close();
    r = runRegio({QStringLiteral("lq"), QStringLiteral("--regions"), rvg, QStringLiteral("--employment"), csv.fileName()});
    CHECK(r.code == 3);
    CHECK(r.err == QStringLiteral("regio: %1:3: onbekende regio GM0344\n").arg(csv.fileName()));

    // A damaged --regions file.
    r = runRegio({QStringLiteral("regions"), QStringLiteral("--regions"), csv.fileName()});
    CHECK(r.code == 3);
    CHECK(r.err.startsWith(QStringLiteral("regio: %1: geen geldig regiobestand").arg(csv.fileName())));
}

TEST_CASE("convert-regions --from: a missing layer or field is refused in Dutch, nothing written")
{
    if (!QFile::exists(cbs2025(QStringLiteral("gemeente")))) {
        MESSAGE("../shared/data/cbs-2025 ontbreekt: test overgeslagen");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString rvg = dir.filePath(QStringLiteral("uit.rvg"));
    {
        QTemporaryDir sub(dir.filePath(QStringLiteral("a-XXXXXX")));
        const QString gpkg = writeUtrecht2031(sub.path(), false);
        const auto r = runRegio({QStringLiteral("convert-regions"), QStringLiteral("--from"), gpkg, QStringLiteral("--layer-gemeente"),
                                 QStringLiteral("gemeenten"), QStringLiteral("--out"), rvg});
        CHECK(r.code == 3);
        CHECK(r.err.contains(QStringLiteral(": laag 'coropgebied_gegeneraliseerd' voor de COROP-gebieden ontbreekt; kies een laag met --layer-corop")));
    }
    {
        QTemporaryDir sub(dir.filePath(QStringLiteral("b-XXXXXX")));
        const QString gpkg = writeUtrecht2031(sub.path(), true, false);
        const auto r = runRegio({QStringLiteral("convert-regions"), QStringLiteral("--from"), gpkg, QStringLiteral("--layer-gemeente"),
                                 QStringLiteral("gemeenten"), QStringLiteral("--out"), rvg});
        CHECK(r.code == 3);
        CHECK(r.err == QStringLiteral("regio: %1:laag 'coropgebied_gegeneraliseerd': veld 'statcode' ontbreekt; wel aanwezig: statnaam\n").arg(gpkg));
    }
    CHECK(!QFile::exists(rvg));
    const auto r = runRegio({QStringLiteral("convert-regions"), QStringLiteral("--from"), dir.filePath(QStringLiteral("x.gpkg")),
                             QStringLiteral("--gemeente"), QStringLiteral("y"), QStringLiteral("--out"), rvg});
    CHECK(r.code == 2);
}

TEST_CASE("Spreadsheets on the command line: --employment werk.xlsx and --registry verbanden.ods")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString xlsx = dir.filePath(QStringLiteral("werk.xlsx"));
    {
        GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("XLSX"), xlsx);
        test::writeSheet(*ds, QStringLiteral("Werk"), {QStringLiteral("region"), QStringLiteral("A"), QStringLiteral("C")},
                         {{QStringLiteral("GM0014"), QStringLiteral("10"), QStringLiteral("30")},
                          {QStringLiteral("GM0034"), QStringLiteral("30"), QStringLiteral("10")}});
    }
    auto r = runRegio({QStringLiteral("lq"), QStringLiteral("--employment"), xlsx});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    // LQ of A in GM0014: (10/40) / (40/80) = 0.5.
    CHECK(r.out.contains(QStringLiteral("GM0014,")));
    CHECK(r.out.contains(QStringLiteral("0.5")));

    const QString ods = dir.filePath(QStringLiteral("verbanden.ods"));
    {
        GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("ODS"), ods);
        test::writeSheet(*ds, QStringLiteral("Verbanden"),
                         {QStringLiteral("id"), QStringLiteral("naam"), QStringLiteral("vorm"), QStringLiteral("domeinen"),
                          QStringLiteral("actoren"), QStringLiteral("rollen"), QStringLiteral("status"), QStringLiteral("gemeenten"),
                          QStringLiteral("gebiedsbasis"), QStringLiteral("schaal"), QStringLiteral("bron"), QStringLiteral("betrouwbaarheid")},
                         {{QStringLiteral("proef"), QStringLiteral("Proef Noord"), QStringLiteral("city-deal"), QStringLiteral("economie"),
                           QStringLiteral("gemeenten"), QStringLiteral("uitvoerend"), QStringLiteral("actief"), QStringLiteral("GM0014; GM0034"),
                           QStringLiteral("twee gemeenten"), QStringLiteral("regio"), QStringLiteral("test"), QStringLiteral("hoog")},
                          {QStringLiteral("fout"), QStringLiteral("Fout"), QStringLiteral("city-deal"), QStringLiteral("economie"),
                           QStringLiteral("gemeenten"), QStringLiteral("uitvoerend"), QStringLiteral("actief"), QStringLiteral("GM0001"),
                           QStringLiteral("een gemeente"), QStringLiteral("regio"), QStringLiteral("test"), QStringLiteral("hoog")}},
                         false);
    }
    r = runRegio({QStringLiteral("bodies"), QStringLiteral("--registry"), ods});
    CHECK(r.code == 3);
    CHECK(r.err == QStringLiteral("regio: %1:Verbanden:3: kolom 'gemeenten': onbekende gemeentecode GM0001\n").arg(ods));
}
