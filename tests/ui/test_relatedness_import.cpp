// The Verwantschap tab's employment import refuses regions the map does not know, with file and
// line, and keeps the data it had (issue 11, item 3: the same check as regio's commands).
#include "ui/relatedness/relatedness_model.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QTemporaryDir>

using regio::ui::RelatednessModel;

TEST_CASE("employment import: unknown region code refused with file and line, data kept")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    };
    RelatednessModel model;
    REQUIRE(model.loadError().isEmpty());
    REQUIRE(model.regionCount() == 40);

    const QString bad = write(QStringLiteral("werk.csv"), "region,01,10\nCR01,5,7\nXX99,1,2\n");
    QString error;
    CHECK_FALSE(model.importEmployment(bad, &error));
    CHECK(error == bad + QStringLiteral(":3: onbekende regio XX99"));
    CHECK(model.isDemonstration());
    CHECK(model.regionCount() == 40);

    // Municipality and division codes of the embedded model are accepted.
    const QString good = write(QStringLiteral("goed.csv"), "region,01,10\nGM0363,5,7\nCR01,1,2\nPV27,3,3\n");
    CHECK(model.importEmployment(good, &error));
    CHECK(model.regionCount() == 3);
}
