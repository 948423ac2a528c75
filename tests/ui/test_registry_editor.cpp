// The registry editor (issue "Who covers the triangle", item 4): the document round-trips, edits
// through the form are undoable, validation messages appear next to their field, bad files and
// failed saves lose nothing, and the body-count choropleth colours the map. Offscreen.
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "ui/main_window.h"
#include "ui/map/map_widget.h"
#include "ui/registry/body_form.h"
#include "ui/registry/body_layers.h"
#include "ui/registry/registry_document.h"
#include "ui/registry/registry_editor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace regio;
using namespace regio::ui;

namespace {

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("RegistryDocument: the embedded default round-trips through saveAs and open")
{
    RegistryDocument doc(RegionModel::embedded());
    REQUIRE(doc.loadError().isEmpty());
    REQUIRE(doc.registry().bodies.size() > 50);
    CHECK(doc.isEmbeddedDefault());
    CHECK_FALSE(doc.isDirty());
    QString error;
    CHECK_FALSE(doc.save(&error)); // the default is read-only: Save As
    CHECK(error.contains(QStringLiteral("Opslaan als")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.json"));
    REQUIRE(doc.saveAs(path, &error));
    CHECK(doc.filePath() == path);
    RegistryDocument reopened(RegionModel::embedded());
    REQUIRE(reopened.open(path, &error));
    CHECK(reopened.registry() == doc.registry());
    CHECK(reopened.registry() == registry::loadDefaultRegistry(RegionModel::embedded()));
    CHECK_FALSE(reopened.isDirty());
}

TEST_CASE("RegistryEditor: an edit through the form is applied, undone exactly and redone")
{
    RegistryDocument doc(RegionModel::embedded());
    RegistryEditor editor(doc);
    const QString id = doc.registry().bodies.at(3).id;
    REQUIRE(editor.selectBody(id));
    const registry::Body before = *doc.registry().find(id);

    auto* name = editor.form()->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    typeInto(name, QStringLiteral("Proefverband Twente"));
    const bool hadOnderwijs = before.domains.contains(registry::Domain::Onderwijs);
    auto* onderwijs = editor.form()->findChild<QCheckBox*>(QStringLiteral("domain-onderwijs"));
    REQUIRE(onderwijs);
    onderwijs->click();
    if (hadOnderwijs && before.domains.size() == 1) // keep at least one domain
        editor.form()->findChild<QCheckBox*>(QStringLiteral("domain-economie"))->click();
    CHECK(editor.hasPendingEdits());
    CHECK_FALSE(doc.isDirty()); // nothing in the registry until Toepassen

    REQUIRE(editor.apply());
    const registry::Body after = *doc.registry().find(id);
    CHECK(after.name == QStringLiteral("Proefverband Twente"));
    CHECK(after.domains.contains(registry::Domain::Onderwijs) != hadOnderwijs);
    CHECK(after.source == before.source); // untouched fields stay exactly
    CHECK(after.notes == before.notes);
    CHECK(doc.isDirty());

    doc.undoStack()->undo();
    CHECK(*doc.registry().find(id) == before);
    CHECK_FALSE(doc.isDirty());
    CHECK(editor.form()->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text() == before.name);
    doc.undoStack()->redo();
    CHECK(*doc.registry().find(id) == after);
}

TEST_CASE("RegistryEditor: an untouched body passes through the form unchanged, for every body")
{
    RegistryDocument doc(RegionModel::embedded());
    RegistryEditor editor(doc);
    for (const registry::Body& b : doc.registry().bodies) {
        REQUIRE(editor.selectBody(b.id));
        CHECK_MESSAGE(editor.form()->body() == b, b.id.toStdString());
        CHECK_FALSE(editor.hasPendingEdits());
    }
}

TEST_CASE("RegistryEditor: map clicks toggle a municipality of the territory")
{
    RegistryDocument doc(RegionModel::embedded());
    RegistryEditor editor(doc);
    const QString id = doc.registry().bodies.front().id;
    REQUIRE(editor.selectBody(id));
    const QString code = QStringLiteral("GM0772");
    REQUIRE_FALSE(doc.registry().find(id)->territory.municipalities.contains(code));
    QSignalSpy preview(&editor, &RegistryEditor::territoryPreview);

    editor.setPickingOnMap(true);
    editor.toggleMunicipality(code);
    REQUIRE(!preview.isEmpty());
    CHECK(preview.last().at(0).toStringList().contains(code));
    REQUIRE(editor.apply());
    CHECK(doc.registry().find(id)->territory.municipalities.contains(code));
    editor.toggleMunicipality(code);
    REQUIRE(editor.apply());
    CHECK_FALSE(doc.registry().find(id)->territory.municipalities.contains(code));

    // The document's own command, undoable.
    REQUIRE(doc.toggleMunicipality(id, code));
    CHECK(doc.registry().find(id)->territory.municipalities.contains(code));
    CHECK(doc.index().bodiesIn(code).size() > 0);
    doc.undoStack()->undo();
    CHECK_FALSE(doc.registry().find(id)->territory.municipalities.contains(code));
}

TEST_CASE("RegistryEditor: problems are shown next to their field and Apply is refused")
{
    RegistryDocument doc(RegionModel::embedded());
    RegistryEditor editor(doc);
    const registry::Registry before = doc.registry();
    REQUIRE(editor.selectBody(before.bodies.front().id));
    CHECK(editor.form()->messageFor(QStringLiteral("name")).isEmpty());

    typeInto(editor.form()->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QString());
    CHECK_FALSE(editor.form()->messageFor(QStringLiteral("name")).isEmpty());
    for (auto d : registry::allDomains) {
        auto* box = editor.form()->findChild<QCheckBox*>(QStringLiteral("domain-") + registry::key(d));
        if (box->isChecked())
            box->click();
    }
    CHECK_FALSE(editor.form()->messageFor(QStringLiteral("domains")).isEmpty());
    typeInto(editor.form()->findChild<QLineEdit*>(QStringLiteral("foundedEdit")), QStringLiteral("twintig"));
    CHECK(editor.form()->messageFor(QStringLiteral("founded")).contains(QStringLiteral("jaartal")));
    // An id another body already has.
    typeInto(editor.form()->findChild<QLineEdit*>(QStringLiteral("idEdit")), before.bodies.at(1).id);
    CHECK(editor.form()->messageFor(QStringLiteral("id")).contains(QStringLiteral("dubbele id")));

    CHECK_FALSE(editor.apply());
    CHECK(doc.registry() == before);
    CHECK_FALSE(doc.isDirty());
    editor.revert();
    CHECK(editor.form()->messageFor(QStringLiteral("name")).isEmpty());
}

TEST_CASE("RegistryEditor: a new body is added on Apply and delete is undoable")
{
    RegistryDocument doc(RegionModel::embedded());
    RegistryEditor editor(doc);
    const size_t n = doc.registry().bodies.size();
    editor.newBody();
    CHECK(editor.isNewBody());
    CHECK_FALSE(editor.apply()); // no domains, actors, roles, territory, source yet
    auto* form = editor.form();
    form->findChild<QCheckBox*>(QStringLiteral("domain-arbeidsmarkt"))->click();
    form->findChild<QCheckBox*>(QStringLiteral("actor-gemeenten"))->click();
    form->findChild<QCheckBox*>(QStringLiteral("role-uitvoerend"))->click();
    editor.toggleMunicipality(QStringLiteral("GM0772"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("territoryBasisEdit")), QStringLiteral("gemeente Eindhoven"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("sourceEdit")), QStringLiteral("eigen inventarisatie"));
    REQUIRE(editor.apply());
    REQUIRE(doc.registry().bodies.size() == n + 1);
    const QString id = editor.currentId();
    CHECK(doc.registry().find(id)->source == QStringLiteral("eigen inventarisatie"));
    CHECK(doc.problems().empty());

    REQUIRE(editor.deleteCurrent(false));
    CHECK(doc.registry().find(id) == nullptr);
    doc.undoStack()->undo();
    CHECK(doc.registry().find(id) != nullptr);
}

TEST_CASE("RegistryDocument: a truncated file is refused naming file and line; the registry stays")
{
    RegistryDocument doc(RegionModel::embedded());
    doc.toggleMunicipality(doc.registry().bodies.front().id, QStringLiteral("GM0772"));
    const registry::Registry before = doc.registry();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("afgebroken.json"));
    const QByteArray full = readAll(QStringLiteral(":/data/registry-default.json"));
    REQUIRE(full.size() > 1000);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(full.left(full.size() / 2));
    }
    QString error;
    CHECK_FALSE(doc.open(path, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("afgebroken.json:")));
    CHECK(error.contains(QRegularExpression(QStringLiteral("afgebroken\\.json:\\d+:"))));
    CHECK(doc.registry() == before);
    CHECK(doc.isDirty());
    CHECK(doc.isEmbeddedDefault());
}

TEST_CASE("RegistryDocument: a failed Save As leaves the document dirty and the old file intact")
{
    RegistryDocument doc(RegionModel::embedded());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.json"));
    QString error;
    REQUIRE(doc.saveAs(path, &error));
    const QByteArray saved = readAll(path);
    REQUIRE(doc.removeBody(doc.registry().bodies.front().id));
    REQUIRE(doc.isDirty());

    const QString bad = dir.filePath(QStringLiteral("bestaat-niet/register.json"));
    CHECK_FALSE(doc.saveAs(bad, &error));
    CHECK(error.contains(bad));
    CHECK(doc.isDirty());
    CHECK(doc.filePath() == path);
    CHECK(readAll(path) == saved);
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("Choropleth 'Aantal samenwerkingsverbanden': classes, legend and the rendered map")
{
    const RegionModel& model = RegionModel::embedded();
    RegistryDocument doc(model);
    const auto summary = coverage::nationalSummary(model, doc.registry(), doc.index());
    int maxCount = 0;
    int minCount = 1000;
    int eindhoven = -1;
    for (const auto& s : summary) {
        maxCount = std::max(maxCount, s.bodies);
        if (s.bodies > 0)
            minCount = std::min(minCount, s.bodies);
        if (s.code == QStringLiteral("GM0772"))
            eindhoven = s.bodies;
    }
    REQUIRE(eindhoven > 0);
    const auto classes = countClasses(maxCount, minCount);
    const MapColouring colouring = bodyCountColouring(model, doc.registry(), doc.index());
    const QColor expected = classOf(classes, eindhoven).fill;
    CHECK(colouring.municipalityFill.value(QStringLiteral("GM0772")) == expected);
    REQUIRE(colouring.legend.size() == qsizetype(classes.size()));
    for (size_t i = 0; i < classes.size(); ++i) {
        CHECK(colouring.legend.at(qsizetype(i)).fill == classes[i].fill);
        if (i > 0)
            CHECK(colouring.legend.at(qsizetype(i)).label.startsWith(classes[i].label));
    }
    CHECK(colouring.note.contains(QStringLiteral("register: ") + doc.registry().title));

    MapWidget map(model);
    map.resize(700, 800);
    map.setColouring(colouring);
    auto render = [&map] {
        QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        map.render(painter, QRectF(QPointF(0, 0), QSizeF(map.size())));
        return image;
    };
    // Zoomed to Eindhoven (the legend, bottom left, would cover it on the whole country), most
    // pixels inside it carry its class colour.
    map.zoomToRegion(QStringLiteral("GM0772"));
    QImage image = render();
    const Municipality* m = model.municipality(QStringLiteral("GM0772"));
    REQUIRE(m);
    const QTransform toWorld = map.worldToScreen().inverted();
    int inside = 0, matching = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QPointF w = toWorld.map(QPointF(x + 0.5, y + 0.5));
            if (!geo::contains(m->shape, geo::Point(w.x(), w.y())))
                continue;
            ++inside;
            matching += image.pixelColor(x, y).rgb() == expected.rgb();
        }
    REQUIRE(inside > 20);
    CHECK(matching > 0.5 * inside);
    // On the whole country every class colour that some municipality has appears.
    map.zoomToFit();
    image = render();
    // Every class colour that some municipality has appears in the image.
    for (const CountClass& k : classes) {
        bool used = false;
        for (const auto& s : summary)
            used = used || classOf(classes, s.bodies).fill == k.fill;
        if (!used)
            continue;
        bool seen = false;
        for (int y = 0; y < image.height() && !seen; y += 2)
            for (int x = 0; x < image.width() && !seen; x += 2)
                seen = image.pixelColor(x, y).rgb() == k.fill.rgb();
        CHECK_MESSAGE(seen, k.label.toStdString());
    }
}

TEST_CASE("BodyLayerPanel: themes emit colourings with a source; a body is highlighted")
{
    RegistryDocument doc(RegionModel::embedded());
    BodyLayerPanel panel(doc);
    QSignalSpy colourings(&panel, &BodyLayerPanel::colouringChanged);
    QSignalSpy highlights(&panel, &BodyLayerPanel::bodyHighlighted);
    panel.setTheme(BodyLayerPanel::Theme::DekkingDriehoek);
    REQUIRE(colourings.size() == 1);
    const auto triangle = colourings.last().at(0).value<MapColouring>();
    CHECK(triangle.legend.size() == 5);
    CHECK(triangle.municipalityFill.size() == qsizetype(RegionModel::embedded().municipalities().size()));
    panel.setTheme(BodyLayerPanel::Theme::OverlapPerType, registry::BodyType::EconomicBoard);
    CHECK(colourings.last().at(0).value<MapColouring>().title.contains(QStringLiteral("Economic Boards")));
    CHECK(colourings.last().at(0).value<MapColouring>().note.contains(QStringLiteral("register: ")));

    const QString id = doc.registry().bodies.front().id;
    panel.setBodyChecked(id, true);
    CHECK(panel.theme() == BodyLayerPanel::Theme::GekozenVerbanden);
    CHECK(panel.checkedBodies() == QStringList{id});
    CHECK(panel.tree()->topLevelItemCount() > 0);
    for (int t = 0; t < panel.tree()->topLevelItemCount(); ++t)
        for (int i = 0; i < panel.tree()->topLevelItem(t)->childCount(); ++i)
            if (panel.tree()->topLevelItem(t)->child(i)->checkState(0) == Qt::Checked)
                panel.tree()->setCurrentItem(panel.tree()->topLevelItem(t)->child(i));
    REQUIRE(!highlights.isEmpty());
    CHECK(highlights.last().at(0).toStringList() == doc.index().municipalitiesOf(0));
}

// Screenshots to judge by eye: REGIO_SCREENSHOT_DIR=/tmp ui_test_registry_editor -tc='*Screenshots*'
TEST_CASE("Screenshots of the editor and the choropleths (only with REGIO_SCREENSHOT_DIR)")
{
    const QString out = qEnvironmentVariable("REGIO_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    const RegionModel& model = RegionModel::embedded();
    RegistryDocument doc(model);
    RegistryEditor editor(doc);
    editor.resize(900, 1000);
    editor.selectBody(doc.registry().bodies.at(20).id);
    typeInto(editor.form()->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QString());
    editor.grab().save(out + QStringLiteral("/editor.png"));

    BodyLayerPanel panel(doc);
    panel.resize(380, 700);
    MapWidget map(model);
    map.resize(900, 1000);
    map.zoomToFit();
    auto shoot = [&](const QString& name) {
        QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        map.render(painter, QRectF(QPointF(0, 0), QSizeF(map.size())));
        painter.end();
        image.save(out + QStringLiteral("/choropleth-") + name + QStringLiteral(".png"));
    };
    QObject::connect(&panel, &BodyLayerPanel::colouringChanged, &map, &MapWidget::setColouring);
    QObject::connect(&panel, &BodyLayerPanel::bodyHighlighted, &map, &MapWidget::setOutlinedMunicipalities);
    panel.setTheme(BodyLayerPanel::Theme::AantalVerbanden);
    shoot(QStringLiteral("aantal"));
    panel.setTheme(BodyLayerPanel::Theme::DekkingDriehoek);
    shoot(QStringLiteral("driehoek"));
    panel.setTheme(BodyLayerPanel::Theme::OverlapPerType, registry::BodyType::EconomicBoard);
    shoot(QStringLiteral("economic-boards"));
    for (const auto& b : doc.registry().bodies)
        if (b.type == registry::BodyType::RegionaalWerkbedrijf && panel.checkedBodies().size() < 3)
            panel.setBodyChecked(b.id, true);
    shoot(QStringLiteral("gekozen"));
    panel.grab().save(out + QStringLiteral("/body-panel.png"));
}

TEST_CASE("RegistryEditor: the bodies table sorts by name as an index does, not by case")
{
    RegistryDocument doc(RegionModel::embedded());
    RegistryEditor editor(doc);
    auto* table = editor.findChild<QTableWidget*>();
    REQUIRE(table);
    REQUIRE(table->rowCount() == int(doc.registry().bodies.size()));
    table->sortByColumn(0, Qt::AscendingOrder);
    for (int r = 1; r < table->rowCount(); ++r) {
        const QString previous = table->item(r - 1, 0)->text();
        const QString current = table->item(r, 0)->text();
        CHECK_MESSAGE(QString::compare(nameSortKey(previous), nameSortKey(current)) <= 0,
                      (previous + QStringLiteral(" > ") + current).toStdString());
    }
    // "EPZ" sorts after the "Economic Board …" names, not before them as a plain comparison would.
    int epz = -1, economicBoard = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->item(r, 0)->text();
        if (name == QStringLiteral("EPZ"))
            epz = r;
        if (economicBoard < 0 && name.startsWith(QStringLiteral("Economic Board")))
            economicBoard = r;
    }
    REQUIRE(epz >= 0);
    REQUIRE(economicBoard >= 0);
    CHECK(economicBoard < epz);
}

TEST_CASE("Register dock at 1366×768: it can be made taller, and the form's messages stay in view above it")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    window.resize(1366, 730); // a laptop window that is not maximised: title bar and task bar take the rest
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("registryDock"));
    REQUIRE(dock);
    dock->show();
    QApplication::processEvents();
    // Taller on request: the views above give up height down to a small minimum.
    window.resizeDocks({dock}, {int(window.height() * 0.7)}, Qt::Vertical);
    QApplication::processEvents();
    CHECK(dock->height() >= window.height() * 0.45); // was a third: the views above kept 390 px
    RegistryEditor* editor = window.registryEditor();
    QTableWidget* table = editor->table();
    const int rowHeight = std::max(1, table->rowHeight(0));
    CHECK(table->viewport()->height() / rowHeight >= 6); // several rows, not two

    // Problems in the form: a summary pinned above it, visible inside the dock however far the
    // form is scrolled; a click on a message's field name goes to the field.
    REQUIRE(editor->selectBody(editor->document().registry().bodies.front().id));
    auto* name = editor->form()->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    typeInto(name, QString());
    typeInto(editor->form()->findChild<QLineEdit*>(QStringLiteral("foundedEdit")), QStringLiteral("twintig"));
    QApplication::processEvents();
    QLabel* problems = editor->problemsLabel();
    REQUIRE(problems);
    auto* scroll = editor->findChild<QScrollArea*>();
    REQUIRE(scroll);
    for (int value : {0, scroll->verticalScrollBar()->maximum()}) {
        CAPTURE(value);
        scroll->verticalScrollBar()->setValue(value);
        QApplication::processEvents();
        CHECK(problems->isVisible());
        CHECK(problems->text().contains(QStringLiteral("jaartal")));
        CHECK(problems->text().contains(QStringLiteral("Naam")));
        const QRect inDock(problems->mapTo(dock, QPoint(0, 0)), problems->size());
        CHECK(dock->rect().contains(inDock));
        CHECK(problems->height() >= problems->fontMetrics().height() * 3); // the heading and both messages
    }
    CHECK_FALSE(editor->apply());
    Q_EMIT problems->linkActivated(QStringLiteral("field:name"));
    CHECK(QApplication::focusWidget() == name);
    editor->revert();
    QApplication::processEvents();
    CHECK_FALSE(problems->isVisible());
}
