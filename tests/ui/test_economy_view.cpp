// The Economie tab as a user sees it (offscreen): the real CBS numbers for any selection, the data
// source and the region's basis always on screen, suppressed cells marked, full sector names, the
// tab following the main window's selection at laptop and beamer sizes, and its export.
#include <doctest/doctest.h>

#include "economy/employment_panel.h"
#include "economy/regional_structure.h"
#include "regions/region_model.h"
#include "ui/economy/economy_view.h"
#include "ui/economy/sector_bars.h"
#include "ui/export/view_export.h"
#include "ui/main_window.h"

#include <QBuffer>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace regio;
using namespace regio::ui;

namespace {

int rowOfSector(const QTableWidget* table, const QString& title)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, EconomyView::Sector)->text() == title)
            return r;
    return -1;
}

// All text the bars draw, via an SVG rendering (words of wrapped names end up in separate runs).
QString drawnText(const SectorBarsWidget& bars, QSize size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    {
        QPainter painter(&svg);
        bars.paintBars(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QString text;
    QXmlStreamReader xml(buffer.data());
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char(' ');
    return text.simplified();
}

} // namespace

TEST_CASE("Groot-Amsterdam: CBS source, exact basis, specialised in J and K, numbers as core computes them")
{
    EconomyView view(RegionModel::embedded());
    view.resize(1280, 640);
    view.setRegion(QStringLiteral("CR23"));
    CHECK(view.sourceLabel()->text().startsWith(QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)")));
    CHECK(view.basisLabel()->text() == QStringLiteral("Gebied: COROP-gebied Groot-Amsterdam (CR23)."));
    CHECK(view.year() == 2024);
    CHECK(view.baseYear() == 2010);
    const QTableWidget* table = view.table();
    REQUIRE(table->rowCount() == 19);
    const int j = rowOfSector(table, QStringLiteral("J Informatie en communicatie"));
    REQUIRE(j >= 0);
    // Jobs and LQ as core computes them, in Dutch notation.
    const auto& panel = economy::cbsEmployment();
    const double jobs = panel.value(QStringLiteral("CR23"), QStringLiteral("391600"), 2024);
    const QLocale nl(QLocale::Dutch);
    CHECK(table->item(j, EconomyView::Banen)->text() == nl.toString(jobs, 'f', 0));
    const economy::PanelRegion region = economy::panelRegion(QStringLiteral("CR23"), RegionModel::embedded(), panel);
    double lq = 0;
    for (const auto& f : economy::sectorStructure(panel, region, 2024).sectors)
        if (f.letters == QLatin1String("J"))
            lq = f.lq;
    CHECK(lq > 1.5);
    CHECK(table->item(j, EconomyView::Lq)->text() == nl.toString(lq, 'f', 2));
    CHECK(table->item(j, EconomyView::Lq)->font().bold());
    // The change column is the difference of the two years.
    const double before = panel.value(QStringLiteral("CR23"), QStringLiteral("391600"), 2010);
    CHECK(table->item(j, EconomyView::Verandering)->text() == QStringLiteral("+") + nl.toString(jobs - before, 'f', 0));
    CHECK(view.exportTitle() == QStringLiteral("Economische structuur — Groot-Amsterdam, 2024"));
}

TEST_CASE("Suppressed cells say 'geheim', never 0, in the table and the bars")
{
    EconomyView view(RegionModel::embedded());
    view.setRegion(QStringLiteral("CR01"));
    view.setYears(2010, 2010);
    const int b = rowOfSector(view.table(), QStringLiteral("B Delfstoffenwinning"));
    REQUIRE(b >= 0);
    CHECK(view.table()->item(b, EconomyView::Banen)->text() == QStringLiteral("geheim"));
    CHECK(view.table()->item(b, EconomyView::Lq)->text().isEmpty());
    bool seen = false;
    for (const SectorBar& bar : view.bars()->bars())
        if (bar.name == QLatin1String("B Delfstoffenwinning")) {
            CHECK(std::isnan(bar.share));
            seen = true;
        }
    CHECK(seen);
    CHECK(drawnText(*view.bars(), QSize(900, 600)).contains(QStringLiteral("geheim (onbekend)")));
}

TEST_CASE("Every sector name is drawn in full at beamer and laptop widths")
{
    EconomyView view(RegionModel::embedded());
    view.setRegion(QStringLiteral("CR36"));
    for (const QSize size : {QSize(620, 560), QSize(900, 600), QSize(1240, 620)}) {
        CAPTURE(size.width());
        const QString text = drawnText(*view.bars(), size);
        for (const SectorBar& bar : view.bars()->bars())
            for (const QString& word : bar.name.split(QLatin1Char(' ')))
                CHECK(text.contains(word));
        CHECK_FALSE(text.contains(QChar(0x2026)));  // no "…"
    }
}

TEST_CASE("An arbeidsmarktregio is shown as a stated approximation; an imported panel changes the source line")
{
    EconomyView view(RegionModel::embedded());
    view.setRegion(QStringLiteral("AM18"));
    CHECK(view.basisLabel()->text().contains(QStringLiteral("Benadering")));
    CHECK(view.basisLabel()->text().contains(QStringLiteral("gemeenten van het gebied liggen daarin")));
    view.setRegion(QStringLiteral("XX99"));
    CHECK(view.table()->rowCount() == 0);
    CHECK(view.basisLabel()->text().contains(QStringLiteral("geen economische gegevens")));

    economy::EmploymentPanel own = economy::parsePanel("# regioverkenner-panel 1\n# herkomst: Mijn bestand\nregion,year,T001081,301000\n"
                                                       "CR23,2020,100,10\nCR01,2020,300,10\n",
                                                       QStringLiteral("eigen.csv"), economy::cbsSectorHierarchy());
    view.setPanel(std::move(own));
    view.setRegion(QStringLiteral("CR23"));
    CHECK(view.sourceLabel()->text().startsWith(QStringLiteral("Mijn bestand")));
    CHECK(view.year() == 2020);
    view.useEmbeddedPanel();
    CHECK(view.sourceLabel()->text().startsWith(QStringLiteral("Bron: CBS StatLine")));
    CHECK(view.year() == 2024);
}

TEST_CASE("The tab follows the main window's selection at 1280×720 and 1366×768, and exports with its source")
{
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
        CAPTURE(size.width());
        StartOptions options;
        options.restoreSettings = false;
        MainWindow window(RegionModel::embedded(), options);
        window.resize(size);
        window.show();
        REQUIRE(window.showTab(QStringLiteral("economie")));
        REQUIRE(window.selectRegion(QStringLiteral("PV20")));
        EconomyView* view = window.economy();
        CHECK(view->isVisible());
        CHECK(view->exportTitle() == QStringLiteral("Economische structuur — Groningen, 2024"));
        CHECK(view->basisLabel()->text().contains(QStringLiteral("som van de COROP-gebieden")));
        // The whole tab fits in the window: header, year boxes and the pages.
        const QRect inWindow(view->mapTo(&window, QPoint(0, 0)), view->size());
        CHECK(window.rect().contains(inWindow));
        // Keyboard: the page tabs take focus and the arrow keys, as every Qt tab bar does.
        view->pages()->tabBar()->setFocus();
        QTest::keyClick(view->pages()->tabBar(), Qt::Key_Right);
        CHECK(view->pages()->currentIndex() == 1);
        CHECK(view->table()->isVisible());
        const MainWindow::ViewExport content = window.currentViewExport();
        CHECK(content.frame.sourceLine == QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"));
        CHECK(content.frame.title == QStringLiteral("Economische structuur — Groningen, 2024"));
        if (size.width() != 1366)
            continue;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("economie.pdf"));
        REQUIRE(exportView(pdf, ExportOptions{}, content.frame, content.renderer).isEmpty());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            MESSAGE("pdftotext ontbreekt (poppler-utils): PDF-inhoud niet gecontroleerd");
            continue;
        }
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        CHECK(text.contains(QStringLiteral("Economische structuur — Groningen, 2024")));
        CHECK(text.contains(QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)")));
        CHECK(text.contains(QStringLiteral("Industrie")));
    }
}
