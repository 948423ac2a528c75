// Exports as a user gets them: PDF text (pdftotext) and rendering (pdftoppm), SVG as XML, PNG
// pixels; clipboard and presentation mode.
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "regions/region_model.h"
#include "test_paths.h"
#include "ui/export/view_export.h"
#include "ui/main_window.h"
#include "ui/map/map_widget.h"
#include "ui/registry/registry_document.h"
#include "ui/relatedness/relatedness_style.h"
#include "ui/report/region_profile.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

using namespace regio;
using namespace regio::ui;

namespace {

MainWindow::ViewExport mapOfAmsterdam(MainWindow& window)
{
    window.resize(1200, 800);
    window.selectRegion(QStringLiteral("GM0363"));
    window.map()->zoomToFit();
    return window.currentViewExport();
}

// Standard output of a successful run; nullopt when the program failed.
std::optional<QString> run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

int countColour(const QImage& image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xFFFFFF) == (colour & 0xFFFFFF);
    return n;
}

} // namespace

TEST_CASE("Map export to PDF: title, selection, source line and date as text; the map drawn")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    const MainWindow::ViewExport content = mapOfAmsterdam(window);
    CHECK(content.frame.title == QStringLiteral("Gemeenten 2025"));
    CHECK(content.frame.subtitle.contains(QStringLiteral("Amsterdam")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kaart.pdf"));
    ExportOptions exportOptions;
    exportOptions.format = ExportFormat::Pdf;
    REQUIRE(exportView(pdf, exportOptions, content.frame, content.renderer).isEmpty());

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        MESSAGE("pdftotext ontbreekt (poppler-utils): PDF-inhoud niet gecontroleerd");
        return;
    }
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).value_or(QString());
    CHECK(text.contains(QStringLiteral("Gemeenten 2025")));
    CHECK(text.contains(QStringLiteral("Selectie: Amsterdam")));
    CHECK(text.contains(QStringLiteral("Bron: CBS/Kadaster (CC BY 4.0)")));
    CHECK(text.contains(exportDateText()));
    CHECK(text.contains(QStringLiteral("Gemeentegrens"))); // the legend travels with the map

    // Rendered, the page shows the map's neutral fill and the selection colour: not blank.
    REQUIRE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                             QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))})
                .has_value());
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    REQUIRE(!page.isNull());
    CHECK(page.width() > page.height()); // A4 landscape
    const MapStyle style;
    CHECK(countColour(page, style.neutralFill.rgb()) > 2000);
    CHECK(countColour(page, style.selectionFill.rgb()) > 5);
}

namespace {

struct PdfWord {
    int page = 0;
    QRectF box; // points
    QString text;
};

// The words of a PDF with their boxes in points (pdftotext -bbox); empty without poppler.
std::vector<PdfWord> pdfWords(const QString& pdf)
{
    std::vector<PdfWord> words;
    const auto xhtml = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    if (!xhtml)
        return words;
    QXmlStreamReader xml(*xhtml);
    int page = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("page"))
            ++page;
        if (xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            PdfWord w;
            w.page = page;
            w.box = QRectF(QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                           QPointF(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
            w.text = xml.readElementText();
            words.push_back(w);
        }
    }
    return words;
}

} // namespace

TEST_CASE("Map PDF: the source line once, no 'Selectie' without a selection, a legible legend, names apart")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        MESSAGE("pdftotext ontbreekt (poppler-utils): PDF-inhoud niet gecontroleerd");
        return;
    }
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    // A large window: its map, fitted onto A4, used to shrink the legend to about 6 pt.
    window.resize(1920, 1080);
    window.map()->resize(1500, 900);
    window.map()->zoomToFit();
    REQUIRE(window.map()->selection().isEmpty());
    const MainWindow::ViewExport content = window.currentViewExport();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kaart.pdf"));
    ExportOptions exportOptions;
    exportOptions.format = ExportFormat::Pdf; // A4 landscape
    REQUIRE(exportView(pdf, exportOptions, content.frame, content.renderer).isEmpty());
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).value_or(QString());
    REQUIRE(text.contains(QStringLiteral("Gemeentegrens")));
    CHECK(text.count(QStringLiteral("CBS/Kadaster")) == 1); // the frame's source line; not also the map's own
    CHECK_FALSE(text.contains(QStringLiteral("Selectie")));  // nothing selected: no such legend row
    CHECK(window.map()->legendPointSize() >= 9.0);

    const std::vector<PdfWord> words = pdfWords(pdf);
    REQUIRE_FALSE(words.empty());
    // The legend's words, measured on the page: a 9 pt DejaVu Sans line is about 10.5 pt high.
    const auto legendWord = std::find_if(words.begin(), words.end(), [](const PdfWord& w) { return w.text == QLatin1String("Gemeentegrens"); });
    REQUIRE(legendWord != words.end());
    CHECK(legendWord->box.height() >= 10.0);
    // The place names keep apart on paper (each is drawn five times for its halo: those copies
    // count as one), and none lies under the legend.
    const auto provincie = std::find_if(words.begin(), words.end(), [](const PdfWord& w) { return w.text == QLatin1String("provincie"); });
    REQUIRE(provincie != words.end());
    const double line = legendWord->box.height() * 1.25;
    const QRectF legendBox = legendWord->box.united(provincie->box).adjusted(-3 * line, -2 * line, 0, line);
    QSet<QString> nameWords;
    for (const QString& name : window.map()->labelsShown())
        for (const QString& word : name.split(QLatin1Char(' ')))
            nameWords.insert(word);
    std::vector<PdfWord> names;
    for (const PdfWord& w : words) {
        if (!nameWords.contains(w.text) || w.text == QLatin1String("Gemeentegrens"))
            continue;
        CHECK_FALSE(legendBox.intersects(w.box)); // no name under the legend
        const bool copy = std::any_of(names.begin(), names.end(), [&](const PdfWord& o) {
            return o.text == w.text && (o.box.center() - w.box.center()).manhattanLength() < 3.0;
        });
        if (!copy)
            names.push_back(w);
    }
    CHECK(names.size() >= 10);
    int overlaps = 0;
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = i + 1; j < names.size(); ++j)
            if (names[i].box.adjusted(0.5, 0.5, -0.5, -0.5).intersects(names[j].box.adjusted(0.5, 0.5, -0.5, -0.5))) {
                ++overlaps;
                MESSAGE(names[i].text.toStdString() << " overlaps " << names[j].text.toStdString());
            }
    CHECK(overlaps == 0);
}

TEST_CASE("Map export to SVG is well-formed XML with the title and source; PNG has the chosen size")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    const MainWindow::ViewExport content = mapOfAmsterdam(window);
    QTemporaryDir dir;

    const QString svg = dir.filePath(QStringLiteral("kaart.svg"));
    ExportOptions svgOptions;
    svgOptions.format = ExportFormat::Svg;
    REQUIRE(exportView(svg, svgOptions, content.frame, content.renderer).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString allText;
    int paths = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            allText += xml.text();
        if (xml.isStartElement() && xml.name() == QLatin1String("path"))
            ++paths;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(allText.contains(QStringLiteral("Gemeenten 2025")));
    CHECK(allText.contains(QStringLiteral("Amsterdam")));
    CHECK(allText.contains(QStringLiteral("CBS/Kadaster")));
    CHECK(paths > 300); // vector: one path per municipality at least

    const QString png = dir.filePath(QStringLiteral("kaart.png"));
    ExportOptions pngOptions;
    pngOptions.format = ExportFormat::Png;
    pngOptions.pixelSize = QSize(1280, 720);
    REQUIRE(exportView(png, pngOptions, content.frame, content.renderer).isEmpty());
    const QImage image(png);
    CHECK(image.size() == QSize(1280, 720));
    CHECK(countColour(image, MapStyle().selectionFill.rgb()) > 20);

    // A file in a folder that does not exist: an error naming it, nothing written.
    const QString bad = dir.filePath(QStringLiteral("bestaat-niet/kaart.pdf"));
    const QString error = exportView(bad, svgOptions, content.frame, content.renderer);
    CHECK(error.contains(bad));
    CHECK_FALSE(QFileInfo::exists(bad));
    CHECK(exportFormatForPath(QStringLiteral("x.PDF")) == ExportFormat::Pdf);
    CHECK_FALSE(exportFormatForPath(QStringLiteral("x.docx")).has_value());
}

TEST_CASE("Presentation mode hides the chrome, enlarges the map's text and comes back")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    window.resize(1000, 700);
    window.show();
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("detailsDock"));
    REQUIRE(dock);
    CHECK(dock->isVisible());
    const int normalLabelSize = window.map()->mapStyle().labelPointSize;

    window.setPresentationMode(true);
    CHECK(window.presentationMode());
    CHECK_FALSE(window.menuBar()->isVisible());
    CHECK_FALSE(dock->isVisible());
    CHECK(window.map()->mapStyle().labelPointSize > normalLabelSize);
    CHECK(window.map()->mapStyle().divisionBorderWidth > MapStyle().divisionBorderWidth);
    CHECK(relatednessFontScale() > 1.0); // the charts and the network grow too

    // Page Down walks through the regions of the layer, alphabetically.
    window.stepRegion(+1);
    CHECK(window.map()->selection() == QStringLiteral("GM1680")); // Aa en Hunze
    window.stepRegion(-1); // wraps round to the last: Zwolle
    CHECK(window.map()->selection() == QStringLiteral("GM0193"));

    window.setPresentationMode(false);
    CHECK_FALSE(window.presentationMode());
    CHECK(window.menuBar()->isVisible());
    CHECK(dock->isVisible());
    CHECK(window.map()->mapStyle().labelPointSize == normalLabelSize);
    CHECK(relatednessFontScale() == 1.0);

    window.copyCurrentViewForTest();
    const QImage copied = QApplication::clipboard()->image();
    CHECK(copied.size() == QSize(1920, 1080));
}

TEST_CASE("Every tab exports: triangle and sector network as PDF with their text, via the screen-like replay")
{
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    window.resize(1400, 900);
    REQUIRE(window.selectRegion(QStringLiteral("GM0772")));
    QTemporaryDir dir;
    const bool poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();

    struct Case {
        const char* tab;
        QStringList expected;
    };
    const Case cases[] = {
        {"driehoek", {QStringLiteral("Economie"), QStringLiteral("Onderwijs"), QStringLiteral("Arbeidsmarkt"),
                      QStringLiteral("Brainport"), QStringLiteral("Register:")}},
        {"verwantschap", {QStringLiteral("Sectornetwerk"), QStringLiteral("Zuidoost-Noord-Brabant"),
                          QStringLiteral("Demonstratiedata")}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.tab);
        REQUIRE(window.showTab(QString::fromLatin1(c.tab)));
        const MainWindow::ViewExport content = window.currentViewExport();
        const QString pdf = dir.filePath(QString::fromLatin1(c.tab) + QStringLiteral(".pdf"));
        ExportOptions pdfOptions;
        REQUIRE(exportView(pdf, pdfOptions, content.frame, content.renderer).isEmpty());
        const QString svg = dir.filePath(QString::fromLatin1(c.tab) + QStringLiteral(".svg"));
        ExportOptions svgOptions;
        svgOptions.format = ExportFormat::Svg;
        REQUIRE(exportView(svg, svgOptions, content.frame, content.renderer).isEmpty());
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd())
            xml.readNext();
        CHECK_FALSE(xml.hasError());
        if (!poppler)
            continue;
        QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).value_or(QString());
        text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB03), QStringLiteral("ffi"));
        for (const QString& word : c.expected)
            CHECK_MESSAGE(text.contains(word), word.toStdString());
    }
}

TEST_CASE("Region profile: the bodies table continues on the next page with whole rows, never a split one")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        MESSAGE("pdftotext ontbreekt (poppler-utils): PDF-inhoud niet gecontroleerd");
        return;
    }
    const RegionModel& regions = RegionModel::embedded();
    RegistryDocument registryDoc(regions);
    ProfileContext context;
    context.regions = &regions;
    context.registry = &registryDoc.registry();
    context.index = &registryDoc.index();
    context.registrySource = QStringLiteral("register: ingebouwd");
    const QString code = QStringLiteral("PV23"); // Overijssel: more bodies than one page holds
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("profiel.pdf"));
    const ProfileResult result = writeRegionProfile(code, pdf, context);
    REQUIRE(result.error.isEmpty());

    // Each row's cells on one page: its name in the Naam column and its source in the Bron column
    // of the same page, every word (pdftotext -bbox; columns from the header of each page).
    const std::vector<PdfWord> words = pdfWords(pdf);
    std::map<int, std::array<double, 5>> columns; // page → x of Naam, Bron, Betrouwbaarheid, Type; header bottom
    for (const PdfWord& w : words) {
        if (w.text == QLatin1String("Naam")) {
            columns[w.page][0] = w.box.left();
            columns[w.page][4] = w.box.bottom();
        }
        if (w.text == QLatin1String("Type"))
            columns[w.page][3] = w.box.left();
        if (w.text == QLatin1String("Bron") && w.box.top() < 100)
            columns[w.page][1] = w.box.left();
        if (w.text == QLatin1String("Betrouwbaarheid") && w.box.top() < 100) // the header, not the note under the table
            columns[w.page][2] = w.box.left();
    }
    std::erase_if(columns, [](const auto& c) { return c.second[2] <= 0; }); // table pages only
    REQUIRE(columns.size() >= 2); // the case this test is about: the table continues
    // Words per page: in the Naam column (left of Type) and in the Bron column.
    std::map<int, QSet<QString>> nameWords, sourceWords;
    for (const PdfWord& w : words) {
        const auto c = columns.find(w.page);
        if (c == columns.end() || w.box.top() < c->second[4])
            continue;
        const double typeX = c->second[3];
        if (w.box.left() >= c->second[0] - 1 && w.box.left() < typeX - 2)
            nameWords[w.page].insert(w.text);
        if (w.box.left() >= c->second[1] - 1 && w.box.left() < c->second[2] - 2)
            sourceWords[w.page].insert(w.text);
    }
    const auto normal = [](QString s) { return s.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl")); };
    const auto allOn = [&](const QString& text, const QSet<QString>& set) {
        QSet<QString> have;
        for (const QString& w : set)
            have.insert(normal(w));
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (have.contains(word))
                continue;
            // A word broken after a hyphen or slash over two lines: "Ommen-" and "Hardenberg",
            // "('SBB/" and "kenniscentra');".
            static const QRegularExpression breaks(QStringLiteral("(?<=[-/])"));
            for (const QString& part : word.split(breaks, Qt::SkipEmptyParts))
                if (!have.contains(part) && !have.contains(part.chopped(part.endsWith(QLatin1Char('-')) ? 1 : 0)))
                    return false;
        }
        return true;
    };

    const coverage::CoverageResult cov = coverage::coverageOf(regions.municipalityCodesOf(code), registryDoc.registry(), registryDoc.index());
    REQUIRE(cov.bodies.size() >= 20);
    for (const coverage::BodyCoverage& bc : cov.bodies) {
        const registry::Body& b = registryDoc.registry().bodies[std::size_t(bc.body)];
        CAPTURE(b.name.toStdString());
        CAPTURE(b.source.toStdString());
        // Some page holds the whole row: the name in the Naam column and the source in the Bron
        // column (names share words, e.g. "Regio Zwolle" and "Werkbedrijf Regio Zwolle", so a
        // page with the name's words alone proves nothing).
        int pages = 0;
        for (const auto& [page, names] : nameWords)
            if (allOn(b.name, names) && allOn(b.source, sourceWords[page]))
                ++pages;
        CHECK(pages >= 1);
    }
}
