// The registry document opens a sheet of bodies (XLSX/ODS, written here with GDAL's API) and
// never saves JSON over it: save() refuses with the reason, saveAs() writes a JSON registry.
#include <doctest/doctest.h>

#include "gdal_fixture.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "ui/registry/registry_document.h"

#include <QFile>
#include <QTemporaryDir>

using namespace regio;
using namespace regio::ui;

TEST_CASE("A registry read from a spreadsheet is saved as JSON, never over the workbook")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString xlsx = dir.filePath(QStringLiteral("verbanden.xlsx"));
    {
        GDALDatasetUniquePtr ds = test::createDataset(QStringLiteral("XLSX"), xlsx);
        test::writeSheet(*ds, QStringLiteral("Blad1"),
                         {QStringLiteral("id"), QStringLiteral("naam"), QStringLiteral("vorm"), QStringLiteral("domeinen"),
                          QStringLiteral("actoren"), QStringLiteral("rollen"), QStringLiteral("status"), QStringLiteral("indelingen"),
                          QStringLiteral("gebiedsbasis"), QStringLiteral("schaal"), QStringLiteral("bron"), QStringLiteral("betrouwbaarheid")},
                         {{QStringLiteral("noord"), QStringLiteral("Noord"), QStringLiteral("Economic Board"), QStringLiteral("economie"),
                           QStringLiteral("bedrijfsleven; gemeenten"), QStringLiteral("agenderend"), QStringLiteral("actief"),
                           QStringLiteral("CR01"), QStringLiteral("COROP Oost-Groningen"), QStringLiteral("regio"), QStringLiteral("test"),
                           QStringLiteral("middel")}},
                         false);
    }
    QFile original(xlsx);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    RegistryDocument doc(RegionModel::embedded());
    QString error;
    REQUIRE_MESSAGE(doc.open(xlsx, &error), error.toStdString());
    REQUIRE(doc.registry().bodies.size() == 1);
    CHECK(doc.registry().bodies[0].type == registry::BodyType::EconomicBoard);
    CHECK(doc.registry().bodies[0].territory.divisions == QStringList{QStringLiteral("CR01")});

    CHECK_FALSE(doc.save(&error));
    CHECK(error.contains(QStringLiteral("verbanden.xlsx is een rekenblad")));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == before);
    original.close();

    const QString json = dir.filePath(QStringLiteral("verbanden.json"));
    REQUIRE(doc.saveAs(json, &error));
    const registry::Registry reread = registry::loadRegistry(json, RegionModel::embedded());
    CHECK(reread.bodies == doc.registry().bodies);
}

TEST_CASE("Regions of another year: the built-in registry is not used, and one sentence says why")
{
    RegionModel other;  // an .rvg of 2031 (what --regions loads); its codes need not matter here
    other.setYear(2031);
    RegistryDocument doc(other);
    CHECK(doc.registry().bodies.empty());
    CHECK(doc.loadError() == QStringLiteral("Het ingebouwde register gebruikt de gemeentelijke indeling van 2025; de regio's van 2031 "
                                            "zijn geladen. Open een register van 2031 (Bestand › Register openen…)."));
}
