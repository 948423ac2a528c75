// Tables to Excel and CSV from the GUI (issue 12, item 3): every tab hands over the table it shows
// (the same rows and numbers as on screen), the tables have the right-click menu with the export
// entries, the Bestand menu has them, and a written XLSX reads back.
#include <doctest/doctest.h>

#include "regions/region_model.h"
#include "ui/agenda/agenda_view.h"
#include "ui/economy/economy_view.h"
#include "ui/export/table_export.h"
#include "ui/main_window.h"
#include "ui/registry/registry_document.h"
#include "ui/registry/registry_editor.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_view.h"
#include "ui/triangle/triangle_view.h"

#include "xlsx_reader.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace regio;
using namespace regio::ui;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QStringList actionTexts(const QMenu* menu)
{
    QStringList out;
    for (const QAction* a : menu->actions())
        out << a->text();
    return out;
}
} // namespace

TEST_CASE("each tab exports the table it shows, with the same rows and numbers")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    window.resize(1280, 720);
    window.show();
    REQUIRE(window.selectRegion(QStringLiteral("CR23")));

    // Kaart: the registry, one row per body.
    REQUIRE(window.showTab(QStringLiteral("kaart")));
    std::vector<io::Table> tables = window.currentTables();
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == window.findChild<RegistryDocument*>()->registry().bodies.size());

    // Driehoek: the bodies table as on screen (names in the same set), then the triangle.
    REQUIRE(window.showTab(QStringLiteral("driehoek")));
    const QTableWidget* bodies = window.findChild<TriangleView*>()->bodiesTable();
    tables = window.currentTables();
    REQUIRE(tables.size() == 2);
    REQUIRE(int(tables[0].rows.size()) == bodies->rowCount());
    REQUIRE(bodies->rowCount() > 3);
    QStringList onScreen, exported;
    for (int r = 0; r < bodies->rowCount(); ++r)
        onScreen << bodies->item(r, TriangleView::Naam)->text();
    for (const auto& row : tables[0].rows)
        exported << row[0].text;
    onScreen.sort();
    exported.sort();
    CHECK(onScreen == exported);
    CHECK(tables[0].title.contains(QStringLiteral("Groot-Amsterdam")));
    CHECK(bodies->contextMenuPolicy() == Qt::CustomContextMenu);

    // Economie: the table of the tab; jobs as numbers equal to the cell's sort value.
    REQUIRE(window.showTab(QStringLiteral("economie")));
    const QTableWidget* economy = window.economy()->table();
    tables = window.currentTables();
    REQUIRE(tables.size() == 1);
    REQUIRE(int(tables[0].rows.size()) == economy->rowCount());
    for (int r = 0; r < economy->rowCount(); ++r) {
        const QString title = economy->item(r, EconomyView::Sector)->text();
        const auto it = std::find_if(tables[0].rows.begin(), tables[0].rows.end(),
                                     [&](const auto& row) { return row[1].text == title; });
        REQUIRE(it != tables[0].rows.end());
        const QString shown = economy->item(r, EconomyView::Banen)->text();
        if (shown == QStringLiteral("geheim"))
            CHECK((*it)[2].kind == io::CellKind::Missing); // never 0
        else
            CHECK(QString::number((*it)[2].value, 'f', 0) == QString(shown).remove(QLatin1Char('.')).remove(QChar(0x202F)).remove(QLatin1Char(' ')));
    }
    CHECK(economy->contextMenuPolicy() == Qt::CustomContextMenu);

    // Agenda and Verwantschap.
    REQUIRE(window.showTab(QStringLiteral("agenda")));
    tables = window.currentTables();
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].title.startsWith(QStringLiteral("Agenda")));
    CHECK(window.agenda()->text()->contextMenuPolicy() == Qt::CustomContextMenu);
    REQUIRE(window.showTab(QStringLiteral("verwantschap")));
    tables = window.currentTables();
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].headers.value(0) == QStringLiteral("Regio"));
    CHECK(window.findChild<RelatednessView*>()->lqChart()->contextMenuPolicy() == Qt::CustomContextMenu);
    CHECK(window.registryEditor()->table()->contextMenuPolicy() == Qt::CustomContextMenu);

    // The Bestand menu has the entries.
    const QMenu* tableMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("tableExportMenu"));
    REQUIRE(tableMenu);
    CHECK(actionTexts(tableMenu).contains(QStringLiteral("Tabel van dit tabblad naar &Excel…")));
    CHECK(actionTexts(tableMenu).contains(QStringLiteral("&Register naar Excel…")));
}

TEST_CASE("the right-click menu's entries; writeTables writes XLSX and CSV and names a failure")
{
    QMenu menu;
    QWidget parent;
    addTableExportActions(&menu, &parent, [] { return std::vector<io::Table>{}; });
    CHECK(actionTexts(&menu) == QStringList{QStringLiteral("Exporteren naar Excel…"), QStringLiteral("Exporteren als CSV…"),
                                            QStringLiteral("CSV met decimale komma")});

    io::Table t;
    t.title = QStringLiteral("Proef");
    t.headers = {QStringLiteral("A"), QStringLiteral("B")};
    t.rows.push_back({io::TableCell::fromText(QStringLiteral("x")), io::TableCell::number(1.5, 1)});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString xlsx = dir.filePath(QStringLiteral("proef.xlsx"));
    CHECK(writeTables(xlsx, {t}, TableFileFormat::Xlsx) == QString());
    const test::XlsxBook book = test::readXlsx(readAll(xlsx));
    REQUIRE(book.sheets.size() == 1);
    CHECK(book.sheets[0].at(QStringLiteral("B2")).number() == doctest::Approx(1.5));
    const QString csv = dir.filePath(QStringLiteral("proef.csv"));
    CHECK(writeTables(csv, {t}, TableFileFormat::Csv, true) == QString());
    CHECK(readAll(csv).startsWith("\xEF\xBB\xBF" "A;B\r\nx;1,5\r\n"));
    const QString nowhere = dir.filePath(QStringLiteral("nergens/proef.xlsx"));
    CHECK(writeTables(nowhere, {t}, TableFileFormat::Xlsx) == QStringLiteral("kan %1 niet schrijven: map bestaat niet").arg(nowhere));
}
