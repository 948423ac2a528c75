// The main window where it is used: a 1366×768 laptop and a 1280×720 beamer, by keyboard alone.
// Real key events (QTest) go where a person's keys go: the open completion list, else the focus.
#include <doctest/doctest.h>

#include "regions/region_model.h"
#include "ui/help/manual_dialog.h"
#include "ui/main_window.h"
#include "ui/map/map_widget.h"
#include "ui/region_details.h"
#include "ui/registry/body_layers.h"
#include "ui/registry/registry_document.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_view.h"
#include "ui/triangle/triangle_diagram.h"
#include "ui/triangle/triangle_view.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include <algorithm>
#include <cstdlib>

using namespace regio;
using namespace regio::ui;

namespace {

QWidget* keyTarget(QWidget* fallback)
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    return fallback;
}

void typeText(QWidget* fallback, const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(keyTarget(fallback), c.toLatin1());
}

void showActive(MainWindow& window, QSize size)
{
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

StartOptions fresh()
{
    StartOptions options;
    options.restoreSettings = false;
    return options;
}

} // namespace

TEST_CASE("At 1280×720 and 1366×768 the search field is visible and finds Hardenberg by keyboard")
{
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
        CAPTURE(size.width());
        MainWindow window(RegionModel::embedded(), fresh());
        showActive(window, size);
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
        REQUIRE(search);
        CHECK(search->isVisible()); // not hidden in the toolbar's overflow
        const QRect inWindow(search->mapTo(&window, QPoint(0, 0)), search->size());
        CHECK(window.rect().contains(inWindow));

        QTest::keyClick(keyTarget(&window), Qt::Key_F, Qt::ControlModifier);
        CHECK(QApplication::focusWidget() == search);
        typeText(search, QStringLiteral("Harde"));
        CHECK(search->text() == QStringLiteral("Harde")); // nothing typed is lost when the list opens
        REQUIRE(search->completer()->popup()->isVisible());
        const QString first = search->completer()->popup()->model()->index(0, 0).data().toString();
        CHECK(first.startsWith(QStringLiteral("Hardenberg (GM0160)")));
        QTest::keyClick(keyTarget(search), Qt::Key_Return);
        CHECK(window.map()->selection() == QStringLiteral("GM0160"));
    }
}

TEST_CASE("Search ranks names that start with the text first, and finds cooperation bodies")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1366, 768));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    REQUIRE(search);
    QTest::keyClick(keyTarget(&window), Qt::Key_F, Qt::ControlModifier);
    typeText(search, QStringLiteral("H"));
    REQUIRE(search->completer()->popup()->isVisible());
    const QAbstractItemModel* list = search->completer()->popup()->model();
    REQUIRE(list->rowCount() > 5);
    for (int row = 0; row < 5; ++row)
        CHECK(list->index(row, 0).data().toString().startsWith(QLatin1Char('H')));
    QTest::keyClick(keyTarget(search), Qt::Key_Escape);

    // A body: its territory is outlined on the map.
    search->clear();
    typeText(search, QStringLiteral("Regio Zwolle"));
    bool foundBody = false;
    for (int row = 0; row < search->completer()->popup()->model()->rowCount(); ++row)
        foundBody = foundBody || !search->completer()->popup()->model()->index(row, 0).data().toString().contains(QStringLiteral("(GM"));
    CHECK(foundBody);
    // Down to the body (the arbeidsmarktregio of the same name comes first), then Enter.
    QAbstractItemView* popup = search->completer()->popup();
    for (int step = 0; step < 6 && popup->currentIndex().data().toString() != QStringLiteral("Regio Zwolle — metropoolregio / regionaal bestuur"); ++step)
        QTest::keyClick(keyTarget(search), Qt::Key_Down);
    REQUIRE(popup->currentIndex().data().toString().startsWith(QStringLiteral("Regio Zwolle — ")));
    QTest::keyClick(keyTarget(search), Qt::Key_Return);
    CHECK(window.map()->outlinedMunicipalities().contains(QStringLiteral("GM0193"))); // Zwolle

    // Ctrl+F is in a menu, so a person can find it.
    bool inMenu = false;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                inMenu = inMenu || a->shortcut() == QKeySequence(QKeySequence::Find);
    CHECK(inMenu);
}

TEST_CASE("Presentation mode: PageDown steps the region, Ctrl+PageDown the view, Esc restores the window")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1280, 720));
    window.showMaximized();
    QApplication::processEvents();
    REQUIRE(window.isMaximized());
    REQUIRE(window.selectRegion(QStringLiteral("GM0160")));
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);

    window.setPresentationMode(true);
    QApplication::processEvents();
    auto* title = window.findChild<QLabel*>(QStringLiteral("presentationTitle"));
    REQUIRE(title);
    CHECK(title->isVisible());
    CHECK(title->text().contains(QStringLiteral("Hardenberg")));
    CHECK_FALSE(window.findChild<QLineEdit*>(QStringLiteral("search"))->isVisible());
    CHECK_FALSE(tabs->tabBar()->isVisible());
    // The triangle alone, full height: its detail tabs give way.
    auto* triangleDetails = window.triangle()->findChild<QTabWidget*>();
    REQUIRE(triangleDetails);
    CHECK_FALSE(triangleDetails->isVisibleTo(window.triangle()));

    QTest::keyClick(keyTarget(&window), Qt::Key_PageDown);
    CHECK(window.map()->selection() != QStringLiteral("GM0160"));
    CHECK_FALSE(title->text().contains(QStringLiteral("Hardenberg")));
    QTest::keyClick(keyTarget(&window), Qt::Key_PageUp);
    CHECK(window.map()->selection() == QStringLiteral("GM0160"));
    const int tab = tabs->currentIndex();
    QTest::keyClick(keyTarget(&window), Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == (tab + 1) % tabs->count());
    QTest::keyClick(keyTarget(&window), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == tab);

    QTest::keyClick(keyTarget(&window), Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(window.presentationMode());
    CHECK(window.isMaximized());
    CHECK(window.menuBar()->isVisible());
    CHECK(window.findChild<QLineEdit*>(QStringLiteral("search"))->isVisible());
    CHECK(tabs->tabBar()->isVisible());
    CHECK_FALSE(title->isVisible());
    CHECK(triangleDetails->isVisibleTo(window.triangle()));

    // A normal window comes back at its own size, not a default one.
    window.showNormal();
    window.setGeometry(100, 80, 1000, 600);
    QApplication::processEvents();
    const QSize before = window.size(); // at least the window's minimum size
    window.setPresentationMode(true);
    QApplication::processEvents();
    QTest::keyClick(keyTarget(&window), Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(window.isMaximized());
    // Within a few pixels: the window's minimum height may differ by a line of layout spacing.
    CHECK(std::abs(window.width() - before.width()) <= 8);
    CHECK(std::abs(window.height() - before.height()) <= 8);
    CHECK(window.size() != window.screen()->availableGeometry().size());
}

TEST_CASE("First start fits the available screen; a geometry saved on a larger screen is clamped to it")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RegioverkennerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("RegioverkennerTest"));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    StartOptions remember; // restores settings, as a person's start does
    {
        MainWindow window(RegionModel::embedded(), remember);
        CHECK(window.width() <= available.width());
        CHECK(window.height() <= available.height());
        CHECK(window.width() >= available.width() * 8 / 10);
        window.setGeometry(available.x() + 200, available.y() + 150, available.width() * 2, available.height() * 2);
        QSettings().setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    }
    {
        MainWindow window(RegionModel::embedded(), remember);
        const QRect g = window.geometry();
        CHECK(available.contains(g));
    }
}

TEST_CASE("Map at national extent labels the large cities first; a body's outline can be removed and leaves a theme untinted")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1366, 768));
    window.map()->zoomToFit();
    window.map()->grab();
    const QStringList labels = window.map()->labelsShown();
    CAPTURE(labels.join(QStringLiteral(", ")).toStdString());
    for (const char* city : {"Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht", "Eindhoven"})
        CHECK(labels.contains(QString::fromUtf8(city)));
    if (labels.contains(QStringLiteral("Epe")))
        CHECK(labels.indexOf(QStringLiteral("Amsterdam")) < labels.indexOf(QStringLiteral("Epe")));
    // No name under the legend (drawn over the map): at 1280×720 and 1366×768, national extent.
    for (const bool presenting : {false, true})
    for (const Level level : {Level::Gemeente, Level::Provincie, Level::Corop, Level::Arbeidsmarktregio})
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
        CAPTURE(size.width());
        CAPTURE(int(level));
        CAPTURE(presenting);
        if (window.presentationMode() != presenting)
            window.setPresentationMode(presenting);
        window.map()->setLayer(level);
        window.resize(size);
        QApplication::processEvents();
        window.map()->zoomToFit();
        window.map()->grab();
        const QRectF legend = window.map()->legendShown();
        REQUIRE_FALSE(legend.isEmpty());
        REQUIRE(window.map()->labelBoxes().size() == std::size_t(window.map()->labelsShown().size()));
        for (std::size_t i = 0; i < window.map()->labelBoxes().size(); ++i) {
            CAPTURE(window.map()->labelsShown()[qsizetype(i)].toStdString());
            CHECK_FALSE(window.map()->labelBoxes()[i].intersects(legend));
        }
    }
    window.setPresentationMode(false);
    window.map()->setLayer(Level::Gemeente);

    window.map()->setOutlinedMunicipalities({QStringLiteral("GM0193"), QStringLiteral("GM0160")}, Qt::red);
    QAction* clear = window.findChild<QAction*>(QStringLiteral("clearOutlineAction"));
    REQUIRE(clear);
    CHECK(clear->isEnabled());
    window.map()->setFocus();
    QTest::keyClick(keyTarget(window.map()), Qt::Key_Escape);
    CHECK(window.map()->outlinedMunicipalities().isEmpty());
    CHECK_FALSE(clear->isEnabled());

    // Chosen in the Lagen panel, removed with Esc: the panel lets go too, so it can be chosen again.
    QTreeWidget* tree = window.bodyLayers()->tree();
    QTreeWidgetItem* body = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !body; ++i)
        if (tree->topLevelItem(i)->childCount() > 0)
            body = tree->topLevelItem(i)->child(0);
    REQUIRE(body);
    tree->setCurrentItem(body);
    CHECK_FALSE(window.map()->outlinedMunicipalities().isEmpty());
    window.map()->setFocus();
    QTest::keyClick(keyTarget(window.map()), Qt::Key_Escape);
    CHECK(window.map()->outlinedMunicipalities().isEmpty());
    CHECK(tree->currentItem() == nullptr);
    tree->setCurrentItem(body);
    CHECK_FALSE(window.map()->outlinedMunicipalities().isEmpty());
}

TEST_CASE("F1 opens the Dutch manual: the workflows and a shortcut overview read from the actions")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1366, 768));
    QTest::keyClick(keyTarget(&window), Qt::Key_F1);
    auto* manual = window.findChild<ManualDialog*>(QStringLiteral("manual"));
    REQUIRE(manual);
    CHECK(manual->isVisible());
    const QString html = manual->html();
    for (const char* section : {"Een gebied vinden", "De driehoek lezen", "vergelijken", "Presenteren", "Exporteren",
                                "register bewerken", "gegevens inlezen", "Sneltoetsen"})
        CHECK(html.contains(QString::fromUtf8(section), Qt::CaseInsensitive));
    // From the actions: the search, the region steps of presentation mode, the manual itself.
    for (const char* action : {"Zoeken", "Volgend gebied", "Presentatiemodus", "Handleiding"})
        CHECK(html.contains(QString::fromUtf8(action)));
    manual->close();
}

TEST_CASE("Driehoek at 1366×768: every place with bodies shows them, a click lists them in full, counts match")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1366, 768));
    for (const char* code : {"GM0160", "AM36"}) {
        CAPTURE(code);
        REQUIRE(window.selectRegion(QString::fromLatin1(code)));
        REQUIRE(window.showTab(QStringLiteral("driehoek")));
        TriangleDiagram* diagram = window.triangle()->diagram();
        diagram->grab(); // lays out as painted
        const auto shown = diagram->shownChips();
        // Names in full on the chips: a long name takes two lines rather than ending in "…".
        for (const auto& c : shown)
            if (c.kind != TriangleDiagram::Chip::Kind::More) {
                CAPTURE(c.text);
                CHECK(c.lines.join(QLatin1Char(' ')) == c.text);
                CHECK(c.lines.size() <= 2);
            }
        for (int place = 0; place < TriangleDiagram::kPlaces; ++place) {
            if (diagram->chipsAt(place).empty())
                continue;
            CAPTURE(place);
            const auto chip = std::find_if(shown.begin(), shown.end(), [place](const auto& c) { return c.place == place; });
            REQUIRE(chip != shown.end()); // no empty box where bodies are
            // ...and at least one name, not only a count ("+5 meer").
            CHECK(std::any_of(shown.begin(), shown.end(), [place](const auto& c) {
                return c.place == place && c.kind != TriangleDiagram::Chip::Kind::More;
            }));
            QTest::mouseClick(diagram, Qt::LeftButton, {}, chip->rect.center().toPoint());
            QMenu* menu = diagram->openMenu();
            REQUIRE(menu);
            CHECK(menu->isVisible());
            QStringList listed;
            for (QAction* a : menu->actions())
                if (!a->isSeparator() && !a->text().isEmpty())
                    listed << a->text();
            CHECK(listed.size() == diagram->bodyCount(place));
            for (const auto& c : diagram->chipsAt(place))
                for (const QString& name : c.names)
                    CHECK(listed.contains(name)); // the full name, never cut
            menu->close();
        }
    }
}

TEST_CASE("Schakelen op schalen for a division offers its municipalities")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1366, 768));
    REQUIRE(window.selectRegion(QStringLiteral("AM36"))); // Regio Zwolle
    QComboBox* choice = window.triangle()->scalesMunicipalityChoice();
    REQUIRE(choice);
    const int hardenberg = choice->findData(QStringLiteral("GM0160"));
    CHECK(hardenberg > 0);
    CHECK(choice->count() == int(RegionModel::embedded().municipalityCodesOf(QStringLiteral("AM36")).size()) + 1);
    REQUIRE(window.selectRegion(QStringLiteral("GM0160")));
    CHECK_FALSE(choice->isVisibleTo(window.triangle()));
}

TEST_CASE("Verwantschap at 1280×720 and 1366×768: sector names in full on the bar charts; a provincie is explained")
{
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
        CAPTURE(size.width());
        MainWindow window(RegionModel::embedded(), fresh());
        showActive(window, size);
        REQUIRE(window.selectRegion(QStringLiteral("GM0160")));
        REQUIRE(window.showTab(QStringLiteral("verwantschap")));
        QApplication::processEvents();
        for (RankingChartView* chart : {window.relatedness()->lqChart(), window.relatedness()->opportunityChart()}) {
            // Shown as a person does: its tab clicked, the layout settled (no grab(), which lays out anew).
            QTabWidget* tabs = nullptr;
            for (QWidget* w = chart->parentWidget(); w && !tabs; w = w->parentWidget())
                tabs = qobject_cast<QTabWidget*>(w);
            REQUIRE(tabs);
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(chart))
                    tabs->setCurrentIndex(i);
            QTest::qWait(100);
            REQUIRE(chart->isVisible());
            const auto axes = chart->chart()->axes(Qt::Vertical);
            REQUIRE(axes.size() == 1);
            CHECK_FALSE(axes.front()->labelsVisible()); // QtCharts would cut or drop them: names are drawn beside
            auto* categories = qobject_cast<QBarCategoryAxis*>(axes.front());
            REQUIRE(categories);
            for (const QString& label : categories->categories())
                CHECK_FALSE(label.contains(QChar(0x2026)));
            // Every bar has its sector's code and full name beside it.
            const QStringList names = chart->shownNames();
            REQUIRE(names.size() == int(chart->sectors().size()));
            // With the Details dock open the pane is short: the chart scrolls and keeps several bars.
            CHECK(window.findChild<QDockWidget*>(QStringLiteral("detailsDock"))->isVisible());
            CHECK(names.size() >= 6);
            for (int k = 0; k < names.size(); ++k) {
                const std::size_t sector = std::size_t(chart->sectors()[std::size_t(k)]);
                CHECK(names[k].endsWith(window.relatedness()->model()->sectorName(sector)));
            }
        }
        CHECK_FALSE(window.relatedness()->selectionNote()->isVisible());
        REQUIRE(window.selectRegion(QStringLiteral("PV23"))); // Overijssel
        CHECK(window.relatedness()->selectionNote()->isVisible());
        CHECK(window.relatedness()->selectionNote()->text().contains(QStringLiteral("Overijssel")));
    }
}

TEST_CASE("The Details dock lists the bodies that cover the selection, each a link to its territory")
{
    MainWindow window(RegionModel::embedded(), fresh());
    REQUIRE(window.selectRegion(QStringLiteral("GM0160")));
    const QString text = window.details()->toPlainText();
    CHECK(text.contains(QStringLiteral("Samenwerkingsverbanden (")));
    CHECK(text.contains(QStringLiteral("Regio Zwolle")));
    CHECK(text.contains(QStringLiteral("Landelijk (")));
    CHECK(window.details()->toHtml().contains(QStringLiteral("body:")));
}

TEST_CASE("After a restart the person's own registry file is open again, and it is among the recent files")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RegioverkennerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("RegioverkennerRegistryTest"));
    const QString file = dir.path() + QStringLiteral("/mijn-register.json");
    StartOptions remember;
    {
        MainWindow window(RegionModel::embedded(), remember);
        CHECK(window.registryDocument()->isEmbeddedDefault());
        QString error;
        REQUIRE(window.registryDocument()->saveAs(file, &error));
        window.show();
        REQUIRE(window.close());
    }
    CHECK(QSettings().value(QStringLiteral("registry/recent")).toStringList().contains(file));
    MainWindow again(RegionModel::embedded(), remember);
    CHECK(again.registryDocument()->filePath() == file);
    CHECK(again.windowTitle().contains(QStringLiteral("mijn-register.json")));
}

TEST_CASE("Driehoek: a click on the text beside the triangle lists every gap and overlap in full")
{
    MainWindow window(RegionModel::embedded(), fresh());
    showActive(window, QSize(1280, 720));
    REQUIRE(window.selectRegion(QStringLiteral("GM0160")));
    REQUIRE(window.showTab(QStringLiteral("driehoek")));
    TriangleDiagram* diagram = window.triangle()->diagram();
    QMenu* menu = diagram->openTextMenu(diagram->mapToGlobal(QPoint(10, 10)));
    REQUIRE(menu);
    QStringList listed;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            listed << a->text();
    for (const QString& line : diagram->gapLines() + diagram->overlapLines())
        CHECK(listed.contains(line));
    menu->close();
}
