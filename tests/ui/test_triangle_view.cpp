// The "Driehoek" tab as drawn, on the embedded 2025 regions and the embedded default registry:
// corner labels and body names in the SVG text, corner discs by pixel colour, the gaps as
// coverage::gaps says them, Hardenberg's scales (SER 2017 sect. 3.3), and a source for every body.
// Rendered offscreen (QT_QPA_PLATFORM). Set REGIO_TRIANGLE_SHOTS=DIR to also save screenshots.
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "ui/export/view_export.h"
#include "ui/triangle/actor_grid.h"
#include "ui/triangle/scales_view.h"
#include "ui/triangle/triangle_diagram.h"
#include "ui/triangle/triangle_style.h"
#include "ui/triangle/triangle_view.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QTest>

using namespace regio;
using namespace regio::ui;
using registry::Domain;
using registry::Scale;

namespace {

struct Fixture {
    const RegionModel& regions = RegionModel::embedded();
    registry::Registry registry = registry::loadDefaultRegistry(regions);
    registry::BodyIndex index{registry, regions};
};

const Fixture& fixture()
{
    static const Fixture f;
    return f;
}

QString renderSvg(const std::function<void(QPainter&, const QRectF&)>& draw, const QSize& size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    {
        QPainter painter(&svg);
        draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return QString::fromUtf8(buffer.data());
}

QImage renderImage(const std::function<void(QPainter&, const QRectF&)>& draw, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

// How many of four points inside a corner's disc (clear of the initial in its middle) have `colour`.
int discPixels(const QImage& image, const TriangleDiagram& diagram, Domain domain, const QRectF& target, QRgb colour)
{
    const QPointF c = diagram.cornerCentre(domain, target);
    const double r = diagram.cornerRadius(target) * 0.72;
    int n = 0;
    for (const QPointF& d : {QPointF(-r, 0), QPointF(r, 0), QPointF(0, -r), QPointF(0, r)})
        n += (image.pixel((c + d).toPoint()) & 0xFFFFFF) == (colour & 0xFFFFFF);
    return n;
}

void saveShot(TriangleView& view, const QString& name)
{
    const QString dir = qEnvironmentVariable("REGIO_TRIANGLE_SHOTS");
    if (dir.isEmpty())
        return;
    view.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("Driehoek for Eindhoven: corner labels and a body name in the SVG, covered corners filled")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    view.setRegistry(&f.registry, &f.index);
    view.setRegion(QStringLiteral("GM0772"));
    const TriangleDiagram& diagram = *view.diagram();
    CHECK(diagram.title().startsWith(QStringLiteral("Eindhoven")));
    const auto draw = [&diagram](QPainter& p, const QRectF& r) { diagram.render(p, r); };

    const QString svg = renderSvg(draw, QSize(1400, 800));
    if (!qEnvironmentVariableIsEmpty("REGIO_TRIANGLE_SHOTS")) {
        QFile out(QDir(qEnvironmentVariable("REGIO_TRIANGLE_SHOTS")).filePath(QStringLiteral("triangle-GM0772.svg")));
        if (out.open(QIODevice::WriteOnly))
            out.write(svg.toUtf8());
    }
    for (const char* label : {"Economie", "Onderwijs", "Arbeidsmarkt", "Brainport", "Wat ontbreekt"})
        CHECK_MESSAGE(svg.contains(QString::fromUtf8(label)), std::string(label));

    const coverage::CoverageResult result = coverage::coverageOf({QStringLiteral("GM0772")}, f.registry, f.index);
    const QRectF target(0, 0, 1400, 800);
    const QImage image = renderImage(draw, target.size().toSize());
    for (Domain d : registry::allDomains) {
        const QRgb colour = triangle::domainColour(d).rgb();
        if (result.corners.contains(d))
            CHECK_MESSAGE(discPixels(image, diagram, d, target, colour) == 4, registry::label(d).toStdString());
        else
            CHECK(discPixels(image, diagram, d, target, qRgb(255, 255, 255)) == 4);
    }
    // The disc is where the corner is: no corner colour a disc away from it.
    const QPointF e = diagram.cornerCentre(Domain::Economie, target);
    CHECK((image.pixel((e + QPointF(0, 3 * diagram.cornerRadius(target))).toPoint()) & 0xFFFFFF) !=
          (triangle::domainColour(Domain::Economie).rgb() & 0xFFFFFF));

    // Every body of Eindhoven has its chip somewhere (single, grouped as "Landelijk", or "+N meer" on screen).
    int chips = 0;
    for (int p = 0; p < TriangleDiagram::kPlaces; ++p)
        for (const TriangleDiagram::Chip& chip : diagram.chipsAt(p))
            chips += chip.kind == TriangleDiagram::Chip::Kind::Body ? 1 : 0;
    int national = 0;
    for (const coverage::BodyCoverage& c : result.bodies)
        national += f.registry.bodies[size_t(c.body)].territory.national ? 1 : 0;
    CHECK(chips + national == int(result.bodies.size()));
}

TEST_CASE("Driehoek: the gaps listed are coverage::gaps, for a municipality and for a region")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    view.setRegistry(&f.registry, &f.index);
    for (const char* code : {"GM0772", "GM0160", "GM0363", "CR36"}) {
        view.setRegion(QString::fromLatin1(code));
        const auto result = coverage::coverageOf(f.regions.municipalityCodesOf(QString::fromLatin1(code)), f.registry, f.index);
        CHECK(view.diagram()->gapLines() == coverage::gaps(result));
        CHECK(view.diagram()->overlapLines() == coverage::overlapSentences(result, f.registry));
    }
    // The gap sentences are drawn (each begins its own item in the list beside the triangle).
    // Arnhem (GM0202): no body covers the whole triangle there and no maatschappelijke organisatie
    // sits at a table (Hardenberg has no gaps since its provinciale SER and its shared civil
    // service cover all three corners).
    view.setRegion(QStringLiteral("GM0202"));
    const TriangleDiagram& diagram = *view.diagram();
    const QString svg = renderSvg([&diagram](QPainter& p, const QRectF& r) { diagram.render(p, r); }, QSize(1600, 800));
    REQUIRE_FALSE(diagram.gapLines().isEmpty());
    for (const QString& gap : diagram.gapLines())
        CHECK_MESSAGE(svg.contains(gap.section(QLatin1Char(' '), 0, 1)), gap.toStdString());
}

TEST_CASE("Driehoek: a corner no body covers is hollow and says 'niet vertegenwoordigd'")
{
    const Fixture& f = fixture();
    registry::Registry economyOnly;
    for (const registry::Body& b : f.registry.bodies)
        if (b.domains == registry::DomainSet{Domain::Economie})
            economyOnly.bodies.push_back(b);
    const registry::BodyIndex index(economyOnly, f.regions);
    TriangleView view(f.regions);
    view.setRegistry(&economyOnly, &index);
    view.setRegion(QStringLiteral("GM0772"));
    const TriangleDiagram& diagram = *view.diagram();
    CHECK(diagram.gapLines().contains(QStringLiteral("Onderwijs niet vertegenwoordigd")));
    const QRectF target(0, 0, 1400, 800);
    const auto draw = [&diagram](QPainter& p, const QRectF& r) { diagram.render(p, r); };
    const QImage image = renderImage(draw, target.size().toSize());
    CHECK(discPixels(image, diagram, Domain::Economie, target, triangle::domainColour(Domain::Economie).rgb()) == 4);
    CHECK(discPixels(image, diagram, Domain::Onderwijs, target, qRgb(255, 255, 255)) == 4);
    CHECK(discPixels(image, diagram, Domain::Arbeidsmarkt, target, qRgb(255, 255, 255)) == 4);
    CHECK(renderSvg(draw, QSize(1400, 800)).contains(QStringLiteral("niet vertegenwoordigd")));
}

TEST_CASE("Schakelen op schalen: Hardenberg works with Regio Zwolle on economy and across the border")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    view.setRegistry(&f.registry, &f.index);
    view.setRegion(QStringLiteral("GM0160"));
    const ScalesView& scales = *view.scalesView();
    CHECK(scales.message().isEmpty());
    QStringList economie;
    for (Scale s : registry::allScales)
        economie << scales.cellNames(Domain::Economie, s);
    CHECK(economie.contains(QStringLiteral("Regio Zwolle")));
    QStringList border;
    for (Domain d : registry::allDomains)
        border << scales.cellNames(d, Scale::Grensoverschrijdend);
    CHECK_FALSE(border.isEmpty());
    // The cells are those of coverage::scalesOf, with display names.
    for (const coverage::ScaleCell& cell : coverage::scalesOf(QStringLiteral("GM0160"), f.registry, f.index))
        CHECK(scales.cellNames(cell.domain, cell.scale).size() == qsizetype(cell.bodies.size()));
    const QString svg = renderSvg([&scales](QPainter& p, const QRectF& r) { scales.render(p, r); }, QSize(1600, 600));
    CHECK(svg.contains(QStringLiteral("Regio Zwolle")));
    CHECK(svg.contains(QStringLiteral("overschrijdend"))); // the column heading, in one line or two

    // For a division the view says that it works per municipality.
    view.setRegion(QStringLiteral("CR36"));
    CHECK(scales.message().contains(QStringLiteral("per gemeente")));
    CHECK(scales.cellNames(Domain::Economie, Scale::Regio).isEmpty());
}

TEST_CASE("Bodies table: one row per body of the selection, each with its source")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    view.setRegistry(&f.registry, &f.index);
    for (const char* code : {"GM0160", "CR36"}) {
        view.setRegion(QString::fromLatin1(code));
        const auto result = coverage::coverageOf(f.regions.municipalityCodesOf(QString::fromLatin1(code)), f.registry, f.index);
        const QTableWidget& table = *view.bodiesTable();
        REQUIRE(table.rowCount() == int(result.bodies.size()));
        for (int row = 0; row < table.rowCount(); ++row) {
            const registry::Body* body = f.registry.find(table.item(row, TriangleView::Naam)->data(Qt::UserRole).toString());
            REQUIRE(body);
            const QString source = table.item(row, TriangleView::Bron)->text();
            CHECK_FALSE(source.trimmed().isEmpty());
            CHECK(source == body->source);
        }
    }
    // Region selection: some bodies cover only part of CR36, and the table says so.
    bool partial = false;
    for (int row = 0; row < view.bodiesTable()->rowCount(); ++row)
        partial = partial || view.bodiesTable()->item(row, TriangleView::Dekking)->text().startsWith(QStringLiteral("deel"));
    CHECK(partial);
}

TEST_CASE("Driehoek: actor grid rows are the forms present, missing actors flagged")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    view.setRegistry(&f.registry, &f.index);
    view.setRegion(QStringLiteral("GM0160"));
    const auto result = coverage::coverageOf({QStringLiteral("GM0160")}, f.registry, f.index);
    const ActorGrid& grid = *view.actorGrid();
    CHECK(grid.rowCount() == int(coverage::formsOf(result, f.registry).size()));
    for (int i = 0; i < int(registry::allActors.size()); ++i)
        CHECK(grid.columnMissing(3 + i) == result.actorsMissing.contains(registry::allActors[size_t(i)]));
    const QString svg = renderSvg([&grid](QPainter& p, const QRectF& r) { grid.render(p, r); }, QSize(1500, 500));
    CHECK(svg.contains(QStringLiteral("Aan tafel")));
    CHECK(svg.contains(grid.rowLabel(0).section(QLatin1Char(' '), 0, 0)));
}

TEST_CASE("Driehoek: nothing selected, no registry, unknown code; double-click reports the body")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    CHECK(view.bodiesTable()->rowCount() == 0);
    view.setRegistry(&f.registry, &f.index);
    view.setRegion(QString());
    CHECK(view.diagram()->gapLines().isEmpty());
    const TriangleDiagram& diagram = *view.diagram();
    CHECK(renderSvg([&diagram](QPainter& p, const QRectF& r) { diagram.render(p, r); }, QSize(1200, 700))
              .contains(QStringLiteral("Kies een gemeente")));
    view.setRegion(QStringLiteral("GM9999"));
    CHECK(view.bodiesTable()->rowCount() == 0);

    view.resize(1600, 1000);
    view.setRegion(QStringLiteral("GM0160"));
    view.showDetail(QStringLiteral("verbanden"));
    view.show();
    QSignalSpy spy(&view, &TriangleView::bodyActivated);
    QTableWidget& table = *view.bodiesTable();
    const QRect cell = table.visualItemRect(table.item(0, TriangleView::Naam));
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table.viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == table.item(0, TriangleView::Naam)->data(Qt::UserRole).toString());
}

TEST_CASE("Driehoek screenshots (REGIO_TRIANGLE_SHOTS)")
{
    const Fixture& f = fixture();
    TriangleView view(f.regions);
    view.setRegistry(&f.registry, &f.index);
    view.resize(1600, 1000);
    view.show();
    for (const char* code : {"GM0160", "CR36", "GM0772", "GM0363", ""}) {
        view.setRegion(QString::fromLatin1(code));
        for (const char* detail : {"aan-tafel", "schalen", "verbanden"}) {
            view.showDetail(QString::fromLatin1(detail));
            saveShot(view, QStringLiteral("triangle-%1-%2.png").arg(QString::fromLatin1(*code ? code : "leeg"),
                                                                    QString::fromLatin1(detail)));
        }
    }
    CHECK(view.region().isEmpty());

    // As exported: framed like every other view (PNG here; PDF and SVG go through the same renderer).
    view.setRegion(QStringLiteral("GM0160"));
    ExportFrame frame{view.exportTitle(), QString(), QStringLiteral("Bron: register samenwerkingsverbanden"), {}};
    const QImage exported = renderToImage(QSize(1920, 1080), frame, [&view](QPainter& p, const QRectF& r) { view.render(p, r); });
    CHECK(exported.pixel(960, 540) != 0);
    const QString dir = qEnvironmentVariable("REGIO_TRIANGLE_SHOTS");
    if (!dir.isEmpty())
        exported.save(QDir(dir).filePath(QStringLiteral("triangle-export-GM0160.png")));

    // A registry with economy only: two hollow corners.
    registry::Registry economyOnly;
    for (const registry::Body& b : f.registry.bodies)
        if (b.domains == registry::DomainSet{Domain::Economie} && !b.territory.national)
            economyOnly.bodies.push_back(b);
    const registry::BodyIndex index(economyOnly, f.regions);
    view.setRegistry(&economyOnly, &index);
    view.setRegion(QStringLiteral("AM28"));
    view.showDetail(QStringLiteral("aan-tafel"));
    saveShot(view, QStringLiteral("triangle-economie-alleen-AM28.png"));
    view.setRegistry(nullptr, nullptr);
}
