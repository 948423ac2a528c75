// The Agenda tab as a user meets it (offscreen): the join for Zuidoost-Noord-Brabant names its
// industry and the Brainport bodies that can act, links select bodies and regions, the neighbour
// map colours the neighbours, the national theme colours the map, and the tab fits at 1280×720
// and 1366×768 and follows the main window's selection.
#include <doctest/doctest.h>

#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "ui/agenda/agenda_view.h"
#include "ui/main_window.h"
#include "ui/map/map_colouring.h"
#include "ui/map/map_widget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>

using namespace regio;
using namespace regio::ui;

namespace {

const registry::Registry& defaultRegistry()
{
    static const registry::Registry reg = registry::loadDefaultRegistry(RegionModel::embedded());
    return reg;
}

} // namespace

TEST_CASE("Zuidoost-Noord-Brabant: strong in industry, Brainport bodies able to act, CBS named")
{
    AgendaView view(RegionModel::embedded());
    view.setRegistry(&defaultRegistry());
    view.setRegion(QStringLiteral("CR36"));
    REQUIRE(view.hasAgenda());
    const agenda::Agenda& a = view.current();
    bool industry = false;
    for (const agenda::SectorItem& s : a.strengths)
        if (s.letters == QLatin1String("C")) {
            industry = true;
            bool brainport = false;
            for (const agenda::ActingBody& b : s.bodies)
                brainport = brainport || b.name.contains(QStringLiteral("Brainport"));
            CHECK(brainport);
        }
    CHECK(industry);
    const QString text = view.text()->toPlainText();
    CHECK(text.contains(QStringLiteral("C Industrie")));
    CHECK(text.contains(QStringLiteral("Brainport")));
    CHECK(view.sourceLabel()->text().contains(QStringLiteral("Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)")));
    CHECK(view.exportTitle().startsWith(QStringLiteral("Agenda — Zuidoost-Noord-Brabant")));
    // Every body in the text is a link to it, every neighbour a link to select it.
    const QString html = view.html();
    CHECK(html.contains(QStringLiteral("href='body:")));
    CHECK(html.contains(QStringLiteral("href='region:")));
}

TEST_CASE("Links: a body shows its territory, a neighbour becomes the selection")
{
    AgendaView view(RegionModel::embedded());
    view.setRegistry(&defaultRegistry());
    view.setRegion(QStringLiteral("CR23"));
    REQUIRE(view.hasAgenda());
    REQUIRE_FALSE(view.current().neighbours.empty());
    QSignalSpy bodies(&view, &AgendaView::bodyActivated);
    QSignalSpy regions(&view, &AgendaView::regionActivated);
    Q_EMIT view.text()->anchorClicked(QUrl(QStringLiteral("region:%1").arg(view.current().neighbours.front().code)));
    REQUIRE(regions.count() == 1);
    CHECK(regions.at(0).at(0).toString() == view.current().neighbours.front().code);
    Q_EMIT view.text()->anchorClicked(QUrl(QStringLiteral("body:abc")));
    REQUIRE(bodies.count() == 1);
    CHECK(bodies.at(0).at(0).toString() == QStringLiteral("abc"));
    // The neighbour map colours the region and its neighbours, nothing else.
    const MapColouring& c = view.neighbourMap()->colouring();
    int filled = 0;
    for (const QString& m : RegionModel::embedded().municipalityCodesOf(QStringLiteral("CR23")))
        filled += c.municipalityFill.contains(m);
    CHECK(filled == RegionModel::embedded().municipalityCodesOf(QStringLiteral("CR23")).size());
}

TEST_CASE("The national theme colours every COROP area by its uncovered specialisations")
{
    AgendaView view(RegionModel::embedded());
    view.setRegistry(&defaultRegistry());
    const MapColouring theme = view.uncoveredTheme(Level::Corop);
    CHECK(theme.municipalityFill.size() == qsizetype(RegionModel::embedded().municipalities().size()));
    CHECK(theme.legend.size() == 4);
    CHECK(theme.note.contains(QStringLiteral("CBS")));
}

TEST_CASE("Without a selection a hint; the tab follows the main window at beamer and laptop sizes")
{
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
        CAPTURE(size.width());
        StartOptions options;
        options.restoreSettings = false;
        MainWindow window(RegionModel::embedded(), options);
        window.resize(size);
        window.show();
        REQUIRE(window.showTab(QStringLiteral("agenda")));
        CHECK(window.agenda()->basisLabel()->text().contains(QStringLiteral("Kies een gebied")));
        REQUIRE(window.selectRegion(QStringLiteral("AM18")));
        CHECK(window.agenda()->hasAgenda());
        CHECK(window.agenda()->exportTitle().startsWith(QStringLiteral("Agenda — Groot Amsterdam")));
        CHECK(window.agenda()->basisLabel()->text().contains(QStringLiteral("benadering")));
        const QRect inWindow(window.agenda()->mapTo(&window, QPoint(0, 0)), window.agenda()->size());
        CHECK(window.rect().contains(inWindow));
        CHECK(window.agenda()->text()->isVisible());
        const MainWindow::ViewExport content = window.currentViewExport();
        CHECK(content.frame.sourceLine.contains(QStringLiteral("CBS StatLine")));
    }
}
