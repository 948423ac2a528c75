// The peiljaar in the app (issue #13): one year control per window in the Lagen dock, followed by
// the map themes, the triangle and the details; the "Democratische verantwoording" theme; the
// accountability columns; the chart of bodies per type per year; and the editor's new fields.
// Fixture tests/data/registry/cli-years.json (real 2025 codes):
//   brainport-test   2010–      GM0772, GM0861   oversight geen (stichting)
//   werkbedrijf-zob  2015–      AM28             oversight gemeenteraden
//   agenda-oud       2011–2014  PV30             oversight unknown
//   lille-test       2008–      abroad only
// Tilburg (GM0855) lies in PV30 but not in AM28: 1 body in 2014, none in 2016.
#include <doctest/doctest.h>

#include "regions/region_model.h"
#include "test_paths.h"
#include "ui/main_window.h"
#include "ui/map/map_widget.h"
#include "ui/region_details.h"
#include "ui/registry/body_form.h"
#include "ui/registry/body_layers.h"
#include "ui/registry/landscape_chart.h"
#include "registry/registry_json.h"
#include "ui/registry/registry_document.h"
#include "ui/report/region_profile.h"
#include "ui/triangle/triangle_view.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace regio;
using namespace regio::ui;

namespace {

QString fixture() { return test::testDataDir() + QStringLiteral("/registry/cli-years.json"); }

// The legend label of the class a municipality is filled with.
QString legendOf(const MapColouring& c, const QString& code)
{
    const QColor fill = c.municipalityFill.value(code, c.defaultFill);
    for (const LegendEntry& e : c.legend)
        if (e.fill == fill)
            return e.label;
    return QStringLiteral("?");
}

void chooseYear(BodyLayerPanel& panel, int year)
{
    const int i = panel.yearBox()->findData(year);
    REQUIRE(i >= 0);
    panel.yearBox()->setCurrentIndex(i);
}

} // namespace

TEST_CASE("changing the peiljaar in the Lagen dock changes the map theme counts")
{
    RegistryDocument doc(RegionModel::embedded());
    QString error;
    REQUIRE(doc.open(fixture(), &error));
    BodyLayerPanel panel(doc);
    CHECK(panel.yearBox()->currentData().toInt() == -1); // "Huidig"
    CHECK(panel.yearBox()->itemText(1) == QStringLiteral("2010"));
    panel.setTheme(BodyLayerPanel::Theme::AantalVerbanden);
    QSignalSpy spy(&panel, &BodyLayerPanel::colouringChanged);

    chooseYear(panel, 2014);
    CHECK(doc.referenceYear() == 2014);
    REQUIRE(spy.count() >= 1);
    const MapColouring in2014 = spy.last().at(0).value<MapColouring>();
    CHECK(in2014.title.contains(QStringLiteral("peiljaar 2014")));
    const auto count2014 = coverage::nationalSummary(RegionModel::embedded(), doc.registry(), doc.index(), doc.coverageOptions());
    CHECK(legendOf(in2014, QStringLiteral("GM0855")) != QStringLiteral("geen verband"));

    chooseYear(panel, 2016);
    const MapColouring in2016 = panel.currentColouring();
    CHECK(in2016.title.contains(QStringLiteral("peiljaar 2016")));
    CHECK(legendOf(in2016, QStringLiteral("GM0855")) == QStringLiteral("geen verband"));
    // Independently: Tilburg had 1 body (agenda-oud) in 2014 and none in 2016.
    const auto count2016 = coverage::nationalSummary(RegionModel::embedded(), doc.registry(), doc.index(), doc.coverageOptions());
    const auto tilburg = [](const std::vector<coverage::MunicipalitySummary>& s) {
        for (const auto& m : s)
            if (m.code == QStringLiteral("GM0855"))
                return m.bodies;
        return -1;
    };
    CHECK(tilburg(count2014) == 1);
    CHECK(tilburg(count2016) == 0);

    panel.yearBox()->setCurrentIndex(0);
    CHECK_FALSE(doc.referenceYear().has_value());
    CHECK_FALSE(panel.currentColouring().title.contains(QStringLiteral("peiljaar")));
}

TEST_CASE("Democratische verantwoording: colour by the known oversight, every count in words on hover")
{
    RegistryDocument doc(RegionModel::embedded());
    QString error;
    REQUIRE(doc.open(fixture(), &error));
    BodyLayerPanel panel(doc);
    panel.setTheme(BodyLayerPanel::Theme::DemocratischeVerantwoording);
    chooseYear(panel, 2016);
    const MapColouring now = panel.currentColouring();
    CHECK(now.title == QStringLiteral("Democratische verantwoording — peiljaar 2016"));
    // Eindhoven 2016: brainport (geen) and the werkbedrijf (gemeenteraden).
    CHECK(legendOf(now, QStringLiteral("GM0772")) == QStringLiteral("deels onder een gekozen raad, deels niet"));
    CHECK(now.municipalityText.value(QStringLiteral("GM0772"))
          == QStringLiteral("1 onder een gekozen raad, 1 niet, 0 onbekend (van 2 verbanden)"));
    chooseYear(panel, 2014);
    const MapColouring then = panel.currentColouring();
    // Eindhoven 2014: brainport (geen) and agenda-oud (unknown).
    CHECK(legendOf(then, QStringLiteral("GM0772")) == QStringLiteral("geen van de bekende verbanden onder een gekozen raad"));
    CHECK(then.municipalityText.value(QStringLiteral("GM0772"))
          == QStringLiteral("0 onder een gekozen raad, 1 niet, 1 onbekend (van 2 verbanden)"));
    // Tilburg 2014: only agenda-oud, oversight unknown.
    CHECK(legendOf(then, QStringLiteral("GM0855")) == QStringLiteral("toezicht van alle verbanden onbekend"));

    // The map says it in words on hover.
    MapWidget map(RegionModel::embedded());
    map.setColouring(then);
    CHECK(map.themeValue(QStringLiteral("GM0855"))
          == QStringLiteral("Democratische verantwoording — peiljaar 2014: 0 onder een gekozen raad, 0 niet, 1 onbekend "
                            "(van 1 verband)"));
}

TEST_CASE("one peiljaar per window: the triangle and its table follow it, with accountability columns")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    window.resize(1366, 768);
    QString error;
    REQUIRE(window.registryDocument()->open(fixture(), &error));
    REQUIRE(window.selectRegion(QStringLiteral("GM0772")));
    QTableWidget* table = window.triangle()->bodiesTable();
    const auto names = [table] {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, TriangleView::Naam)->text();
        out.sort();
        return out;
    };
    chooseYear(*window.bodyLayers(), 2014);
    CHECK(window.triangle()->coverageOptions().year == 2014);
    CHECK(window.triangle()->exportTitle().contains(QStringLiteral("peiljaar 2014")));
    CHECK(names() == QStringList{QStringLiteral("Brainport (test)"), QStringLiteral("Oude agenda Zuidoost (test)")});
    CHECK(window.details()->toPlainText().contains(QStringLiteral("Samenwerkingsverbanden (2, peiljaar 2014)")));
    chooseYear(*window.bodyLayers(), 2016);
    CHECK(names() == QStringList{QStringLiteral("Brainport (test)"), QStringLiteral("Werkbedrijf Zuidoost-Brabant (test)")});
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->item(r, TriangleView::Naam)->text();
        if (name.startsWith(QStringLiteral("Brainport"))) {
            CHECK(table->item(r, TriangleView::Rechtsvorm)->text() == QStringLiteral("Stichting"));
            CHECK(table->item(r, TriangleView::Rechtsvorm)->toolTip().contains(QStringLiteral("bron: openbaar: Brainport")));
            CHECK(table->item(r, TriangleView::Toezicht)->text() == QStringLiteral("Geen gekozen raad direct"));
            CHECK(table->item(r, TriangleView::Geldbronnen)->text() == QStringLiteral("onbekend"));
        } else {
            CHECK(table->item(r, TriangleView::Rechtsvorm)->text() == QStringLiteral("onbekend"));
            CHECK(table->item(r, TriangleView::Toezicht)->text() == QStringLiteral("Gemeenteraden"));
        }
        CHECK(table->item(r, TriangleView::Betrouwbaarheid)->toolTip().startsWith(QStringLiteral("Betrouwbaarheid hoog:")));
    }
    CHECK(table->horizontalHeaderItem(TriangleView::Betrouwbaarheid)->toolTip().contains(QStringLiteral("middel:")));
}

TEST_CASE("the chart of bodies per type per year counts what the registry says")
{
    RegistryDocument doc(RegionModel::embedded());
    QString error;
    REQUIRE(doc.open(fixture(), &error));
    LandscapeChartDialog dialog(doc);
    auto* series = qobject_cast<QStackedBarSeries*>(dialog.chartView()->chart()->series().value(0));
    REQUIRE(series);
    QHash<QString, QBarSet*> sets;
    for (QBarSet* s : series->barSets())
        sets.insert(s->label(), s);
    REQUIRE(sets.size() == 4); // four types occur
    QBarSet* werkbedrijf = sets.value(QStringLiteral("Regionaal werkbedrijf"));
    REQUIRE(werkbedrijf);
    CHECK(werkbedrijf->at(2014 - 2010) == 0);
    CHECK(werkbedrijf->at(2015 - 2010) == 1);
    QBarSet* agenda = sets.value(QStringLiteral("Strategische agenda"));
    REQUIRE(agenda);
    CHECK(agenda->at(0) == 0); // founded 2011
    CHECK(agenda->at(1) == 1);
    CHECK(agenda->at(2014 - 2010) == 1); // its last year
    CHECK(agenda->at(2015 - 2010) == 0);
    CHECK(dialog.sourceLine().contains(QStringLiteral("register: Testregister door de jaren")));
    CHECK(dialog.sourceLine().contains(QStringLiteral("oprichtingsjaar")));
    CHECK_FALSE(dialog.sourceLine().contains(QStringLiteral("seed")));
}

TEST_CASE("the editor edits legal form, oversight, funding sources, end year and territory kind")
{
    BodyForm form(RegionModel::embedded());
    registry::Body b;
    b.id = QStringLiteral("x");
    b.name = QStringLiteral("X");
    b.domains = {registry::Domain::Economie};
    b.actors = {registry::Actor::Gemeenten};
    b.roles = {registry::Role::Adviserend};
    b.territory.municipalities = {QStringLiteral("GM0772")};
    b.territoryBasis = QStringLiteral("Eindhoven");
    b.source = QStringLiteral("SER-advies 2017");
    b.status = registry::Status::Actief;
    form.setBody(b, QStringLiteral("$.bodies[0]"), {});
    CHECK(form.problems().empty());
    CHECK(form.body() == b);

    auto* legal = form.findChild<QComboBox*>(QStringLiteral("legalFormCombo"));
    REQUIRE(legal);
    legal->setCurrentIndex(legal->findData(QStringLiteral("stichting")));
    CHECK(form.body().legalForm == registry::LegalForm::Stichting);
    CHECK(form.messageFor(QStringLiteral("legalFormSource")).startsWith(QStringLiteral("bron ontbreekt")));
    auto* legalSource = form.findChild<QLineEdit*>(QStringLiteral("legalFormSourceEdit"));
    REQUIRE(legalSource);
    QTest::keyClicks(legalSource, QStringLiteral("openbaar: KvK"));
    CHECK(form.messageFor(QStringLiteral("legalFormSource")).isEmpty());

    auto* none = form.findChild<QCheckBox*>(QStringLiteral("oversight-geen"));
    auto* councils = form.findChild<QCheckBox*>(QStringLiteral("oversight-gemeenteraden"));
    REQUIRE(none);
    REQUIRE(councils);
    none->setChecked(true);
    councils->setChecked(true);
    CHECK(form.messageFor(QStringLiteral("oversight")).contains(QStringLiteral("'geen' (geen gekozen raad direct) gaat niet samen")));
    none->setChecked(false);
    CHECK(form.messageFor(QStringLiteral("oversight")).isEmpty());
    CHECK(form.body().oversight == registry::OversightSet{registry::Oversight::Gemeenteraden});
    councils->setChecked(false);
    CHECK_FALSE(form.body().oversight.has_value()); // nothing ticked = unknown

    auto* efro = form.findChild<QCheckBox*>(QStringLiteral("funding-efro"));
    REQUIRE(efro);
    efro->setChecked(true);
    CHECK(form.body().fundingSources == registry::FundingSourceSet{registry::FundingSource::Efro});

    auto* ended = form.findChild<QLineEdit*>(QStringLiteral("endedEdit"));
    REQUIRE(ended);
    QTest::keyClicks(ended, QStringLiteral("2019"));
    CHECK(form.body().ended == 2019);
    CHECK(form.messageFor(QStringLiteral("ended")).contains(QStringLiteral("niet 'beëindigd'")));

    auto* kind = form.findChild<QComboBox*>(QStringLiteral("territoryKindCombo"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("locaties")));
    CHECK(form.body().territory.kind == registry::TerritoryKind::Locaties);
}

TEST_CASE("the region profile at a peiljaar: its bodies, and legal form, oversight and funding with sources")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        MESSAGE("pdftotext not installed: skipped");
        return;
    }
    const RegionModel& regions = RegionModel::embedded();
    const registry::Registry reg = registry::loadRegistry(fixture(), regions);
    const registry::BodyIndex index(reg, regions);
    ProfileContext context;
    context.regions = &regions;
    context.registry = &reg;
    context.index = &index;
    context.registrySource = QStringLiteral("register: %1").arg(reg.title);
    context.referenceYear = 2014;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("profiel.pdf"));
    const ProfileResult result = writeRegionProfile(QStringLiteral("GM0772"), pdf, context);
    REQUIRE(result.error.isEmpty());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("peiljaar 2014")));
    // The pages about bodies (cover, triangle, table) come before the economy; the agenda page
    // after them is about today and says so.
    const qsizetype economy = text.indexOf(QStringLiteral("Economische structuur"));
    REQUIRE(economy > 0);
    const QString bodiesPages = text.left(economy);
    CHECK(bodiesPages.contains(QStringLiteral("Oude agenda Zuidoost (test)"))); // there in 2014
    CHECK_FALSE(bodiesPages.contains(QStringLiteral("Werkbedrijf Zuidoost"))); // founded 2015
    CHECK(text.contains(QStringLiteral("de huidige verbanden, niet de peiljaar 2014")));
    CHECK(text.contains(QStringLiteral("Rechtsvorm")));
    CHECK(text.contains(QStringLiteral("Stichting")));
    CHECK(text.contains(QStringLiteral("onbekend")));
    CHECK(text.contains(QStringLiteral("Betrouwbaarheid")));
}

TEST_CASE("an abroad-only body is listed in the Lagen dock but not on the map")
{
    RegistryDocument doc(RegionModel::embedded());
    QString error;
    REQUIRE(doc.open(fixture(), &error));
    const int lille = doc.registry().indexOf(QStringLiteral("lille-test"));
    REQUIRE(lille >= 0);
    CHECK(doc.index().municipalitiesOf(lille).isEmpty());
    const MapColouring c = bodiesColouring(RegionModel::embedded(), doc.registry(), doc.index(), {lille});
    CHECK(c.title == QStringLiteral("Eurometropool (test) — niet op de kaart: over de grens"));
    const QColor filled = c.legend.front().fill;
    int coloured = 0;
    for (auto it = c.municipalityFill.begin(); it != c.municipalityFill.end(); ++it)
        coloured += it.value() == filled;
    CHECK(coloured == 0);
    BodyLayerPanel panel(doc);
    bool listed = false;
    for (int t = 0; t < panel.tree()->topLevelItemCount(); ++t)
        for (int i = 0; i < panel.tree()->topLevelItem(t)->childCount(); ++i) {
            const QTreeWidgetItem* item = panel.tree()->topLevelItem(t)->child(i);
            if (item->text(0) == QStringLiteral("Eurometropool (test)")) {
                listed = true;
                CHECK(item->text(1) == QStringLiteral("buitenland"));
            }
        }
    CHECK(listed);
}
