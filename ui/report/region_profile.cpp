#include "ui/report/region_profile.h"

#include <QCoreApplication>

#include "i18n/language.h"

#include "coverage/coverage.h"
#include "economy/indicators.h"
#include "economy/region_economy.h"
#include "agenda/agenda.h"
#include "economy/regional_structure.h"
#include "io/safe_write.h"
#include "ui/agenda/agenda_html.h"
#include "ui/economy/sector_bars.h"
#include "ui/export/view_export.h"
#include "ui/map/map_widget.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>

namespace regio::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Rich text laid out to a width, for paragraphs and tables on a page.
class TextBlock {
public:
    TextBlock(const QString& html, double width, double pixelSize)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(std::max(6, int(pixelSize)));
        m_doc.setDefaultFont(font);
        m_doc.setDocumentMargin(0);
        m_doc.setDefaultStyleSheet(QStringLiteral(
            "h2 { font-size: large; margin-bottom: 4px; } th { background: #dde5ee; text-align: left; }"
            "td, th { padding: 3px; } .muted { color: #5a6570; } .gap { color: #a03c00; font-weight: bold; } .missing { color: #a03c00; font-weight: bold; }"));
        m_doc.setHtml(html);
        m_doc.setTextWidth(width);
    }
    // Lays the text out in pages of `size` (table rows are not split across pages).
    int paginate(const QSizeF& size)
    {
        m_doc.setPageSize(size);
        return m_doc.pageCount();
    }
    double height() const { return m_doc.size().height(); }
    // Draws the part [offset, offset + rect.height()) of the block into rect.
    void draw(QPainter& painter, const QRectF& rect, double offset = 0.0)
    {
        painter.save();
        painter.translate(rect.topLeft() - QPointF(0, offset));
        m_doc.drawContents(&painter, QRectF(0, offset, rect.width(), rect.height()));
        painter.restore();
    }

private:
    QTextDocument m_doc;
};

// A table split into pages of `size`, each page the header and as many whole rows as fit (a row
// taller than a page gets a page of its own). Rows are HTML "<tr>…</tr>"; `head` opens the table.
std::vector<std::shared_ptr<TextBlock>> tablePages(const QString& head, const QStringList& rows, const QSizeF& size, double pixelSize)
{
    std::vector<std::shared_ptr<TextBlock>> pages;
    const auto blockOf = [&](qsizetype from, qsizetype count) {
        return std::make_shared<TextBlock>(head + rows.mid(from, count).join(QString()) + QStringLiteral("</table>"), size.width(), pixelSize);
    };
    qsizetype from = 0;
    do {
        qsizetype count = 1;
        std::shared_ptr<TextBlock> fits = blockOf(from, std::min<qsizetype>(1, rows.size() - from));
        while (from + count < rows.size()) {
            auto next = blockOf(from, count + 1);
            if (next->height() > size.height())
                break;
            fits = std::move(next);
            ++count;
        }
        pages.push_back(std::move(fits));
        from += count;
    } while (from < rows.size());
    return pages;
}

QString listOrNone(const QStringList& items)
{
    if (items.isEmpty())
        return QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">geen</p>");
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString bodyNames(const std::vector<int>& bodies, const registry::Registry& reg)
{
    QStringList names;
    for (int b : bodies)
        names << reg.bodies[size_t(b)].displayName();
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
}

struct Page {
    QString title;
    QString subtitle;
    std::function<void(QPainter&, const QRectF&)> body;
};

} // namespace

QString profileSourceLine(const ProfileContext& context)
{
    QStringList parts;
    if (context.regions)
        parts << context.regions->attribution();
    if (!context.registrySource.isEmpty())
        parts << context.registrySource;
    if (context.economy && context.economy->demonstration)
        parts << economy::demoNotice() + QCoreApplication::translate("regio::ui::RegionProfile", " (economische gegevens)");
    return parts.join(QStringLiteral("; "));
}

ProfileResult writeRegionProfile(const QString& regionCode, const QString& path, const ProfileContext& context)
{
    ProfileResult result;
    const RegionModel& regions = *context.regions;
    const Region* region = regions.region(regionCode.trimmed().toUpper());
    if (!region) {
        result.error = QCoreApplication::translate("regio::ui::RegionProfile", "onbekende regiocode '%1'").arg(regionCode);
        return result;
    }
    const QString code = region->code;
    const QLocale nl = regio::i18n::textLocale();
    const QStringList members = regions.municipalityCodesOf(code);
    const registry::Registry& reg = *context.registry;
    coverage::CoverageOptions options;
    options.year = context.referenceYear;
    const coverage::CoverageResult cov = coverage::coverageOf(members, reg, *context.index, options);
    // "peiljaar 2014" in the subtitles of the pages about bodies.
    const QString yearNote = context.referenceYear
                                 ? QCoreApplication::translate("regio::ui::RegionProfile", " · peiljaar %1").arg(*context.referenceYear)
                                 : QString();
    const QString levelText = levelLabel(region->level);
    const QString heading = QCoreApplication::translate("regio::ui::RegionProfile", "Regioprofiel %1").arg(region->name);

    // Rendered in memory, then written with every step checked (a full disk must not leave a
    // truncated PDF behind a success message).
    QByteArray pdfBytes;
    QBuffer buffer(&pdfBytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(heading);
    pdf.setCreator(QCoreApplication::translate("regio::ui::RegionProfile", "Regioverkenner"));
    pdf.setResolution(150);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QRectF pageRect(0, 0, pdf.width(), pdf.height());

    std::vector<Page> pages;

    // 1. Cover: the region on the map and the key facts.
    pages.push_back({heading,
                     QCoreApplication::translate("regio::ui::RegionProfile", "%1 %2 · %3 gemeente(n) · %4 km²")
                         .arg(levelText, code).arg(members.size()).arg(nl.toString(region->areaKm2, 'f', 0)),
                     [&](QPainter& painter, const QRectF& rect) {
                         const QRectF mapRect(rect.left(), rect.top(), rect.width() * 0.62, rect.height());
                         MapWidget map(regions);
                         map.resize(900, 700);
                         map.setLayer(region->level);
                         map.setSelection(code);
                         map.zoomToRegion(code);
                         map.renderForExport(painter, mapRect);
                         QString facts = QStringLiteral("<h2>%1</h2><table>").arg(esc(region->name));
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>Niveau</td><td>%1</td></tr>").arg(esc(levelText));
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>CBS-code</td><td>%1</td></tr>").arg(code);
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>Oppervlakte</td><td>%1 km²</td></tr>").arg(nl.toString(region->areaKm2, 'f', 1));
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>Gemeenten</td><td>%1</td></tr>").arg(members.size());
                         if (region->level == Level::Gemeente) {
                             const auto* m = static_cast<const Municipality*>(region);
                             for (Level level : divisionLevels)
                                 if (const Division* d = regions.division(m->membership(level)))
                                     facts += QStringLiteral("<tr><td>%1</td><td>%2 (%3)</td></tr>").arg(levelLabel(level), esc(d->name), d->code);
                         }
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>Samenwerkingsverbanden</td><td><b>%1</b></td></tr>").arg(cov.drukte());
                         QStringList corners;
                         for (registry::Domain d : registry::allDomains)
                             if (cov.corners.contains(d))
                                 corners << registry::label(d);
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>Hoeken van de driehoek</td><td>%1 van 3 (%2)</td></tr>")
                                      .arg(corners.size()).arg(esc(corners.join(QStringLiteral(", "))));
                         facts += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td>Integraal verband</td><td>%1</td></tr>")
                                      .arg(cov.isIntegraal() ? esc(bodyNames(cov.integraal, reg)) : QCoreApplication::translate("regio::ui::RegionProfile", "geen"));
                         facts += QStringLiteral("</table>");
                         const QStringList gapList = coverage::gaps(cov);
                         if (!gapList.isEmpty())
                             facts += QCoreApplication::translate("regio::ui::RegionProfile", "<h2>Lacunes</h2>") + listOrNone(gapList);
                         const QRectF textRect(mapRect.right() + rect.width() * 0.03, rect.top(), rect.width() * 0.35, rect.height());
                         TextBlock block(facts, textRect.width(), rect.height() / 48.0);
                         block.draw(painter, textRect);
                     }});

    // 2. The triangle: corners, sides, integral bodies, actors, gaps and overlaps in words.
    pages.push_back({QCoreApplication::translate("regio::ui::RegionProfile", "Driehoek economie – onderwijs – arbeidsmarkt"), region->name + yearNote,
                     [&](QPainter& painter, const QRectF& rect) {
                         QRectF textRect = rect;
                         if (context.triangle) {
                             const QRectF diagram(rect.left(), rect.top(), rect.width() * 0.58, rect.height());
                             context.triangle(painter, diagram, code);
                             textRect = QRectF(diagram.right() + rect.width() * 0.02, rect.top(), rect.width() * 0.40, rect.height());
                         }
                         QString html = QCoreApplication::translate("regio::ui::RegionProfile", "<h2>Per hoek</h2><table>");
                         for (registry::Domain d : registry::allDomains)
                             html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                         .arg(registry::label(d), esc(bodyNames(cov.cornerOnly[size_t(coverage::indexOf(d))], reg)));
                         for (coverage::Side s : coverage::allSides)
                             html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                         .arg(coverage::label(s), esc(bodyNames(cov.perSide[size_t(coverage::indexOf(s))], reg)));
                         html += QCoreApplication::translate("regio::ui::RegionProfile", "<tr><td><b>Integraal</b></td><td>%1</td></tr></table>").arg(esc(bodyNames(cov.integraal, reg)));
                         QStringList present, missing;
                         for (registry::Actor a : registry::allActors)
                             (cov.actorsPresent.contains(a) ? present : missing) << registry::label(a);
                         html += QCoreApplication::translate("regio::ui::RegionProfile", "<h2>Aan tafel</h2><p>%1</p>").arg(esc(present.join(QStringLiteral(", "))));
                         html += QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">Ontbreekt: %1</p>").arg(esc(missing.isEmpty() ? QCoreApplication::translate("regio::ui::RegionProfile", "niemand") : missing.join(QStringLiteral(", "))));
                         html += QCoreApplication::translate("regio::ui::RegionProfile", "<h2>Lacunes</h2>") + listOrNone(coverage::gaps(cov));
                         html += QCoreApplication::translate("regio::ui::RegionProfile", "<h2>Overlap (bestuurlijke drukte)</h2>") + listOrNone(coverage::overlapSentences(cov, reg));
                         TextBlock block(html, textRect.width(), rect.height() / 50.0);
                         block.draw(painter, textRect);
                     }});

    // 3. The bodies table with sources, continued over as many pages as needed.
    {
        QStringList rows, accountabilityRows;
        for (const coverage::BodyCoverage& bc : cov.bodies) {
            const registry::Body& b = reg.bodies[size_t(bc.body)];
            QStringList domains;
            for (registry::Domain d : registry::allDomains)
                if (b.domains.contains(d))
                    domains << registry::label(d);
            // Form, oversight and money in one column: "onbekend" once when none is known.
            const QString accountability =
                (b.legalForm || b.oversight || b.fundingSources)
                    ? QCoreApplication::translate("regio::ui::RegionProfile", "Rechtsvorm: %1<br>Toezicht: %2<br>Geld: %3")
                          .arg(esc(registry::legalFormText(b)), esc(registry::oversightText(b)),
                               esc(registry::fundingSourcesText(b)))
                    : QCoreApplication::translate("regio::ui::RegionProfile", "onbekend");
            rows << QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                                  "<td>%8</td></tr>")
                        .arg(esc(b.name), esc(registry::label(b.type)), esc(domains.join(QStringLiteral(", "))),
                             esc(registry::label(b.scale)), bc.wholeRegion ? QCoreApplication::translate("regio::ui::RegionProfile", "heel gebied") : QCoreApplication::translate("regio::ui::RegionProfile", "deel"),
                             esc(b.source), esc(registry::label(b.confidence)), accountability);
            // The sources of what is known of form, oversight and money, in a table of their own.
            if (b.legalForm || b.oversight || b.fundingSources)
                accountabilityRows << QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                                          .arg(esc(b.name), esc(b.legalForm ? b.legalFormSource : QString()),
                                               esc(b.oversight ? b.oversightSource : QString()),
                                               esc(b.fundingSources ? b.fundingSourcesSource : QString()));
        }
        for (int s : cov.sites) {
            const registry::Body& b = reg.bodies[size_t(s)];
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td></td><td></td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td></td></tr>")
                        .arg(esc(b.name), esc(registry::label(b.type)),
                             esc(QCoreApplication::translate("regio::ui::RegionProfile", "alleen vestiging; telt niet als dekking")),
                             esc(b.source), esc(registry::label(b.confidence)));
        }
        QStringList meaning;
        for (registry::Confidence c : registry::allConfidences)
            meaning << esc(registry::confidenceExplanation(c));
        rows << QStringLiteral("<tr><td colspan=\"8\" class=\"muted\">%1</td></tr>")
                    .arg(QCoreApplication::translate("regio::ui::RegionProfile", "Betrouwbaarheid — %1. Onbekend: geen bron gevonden; "
                                                                      "niets is geraden.")
                             .arg(meaning.join(QStringLiteral("; "))));
        const QString head =
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\"><thead><tr><th width=\"17%\">%1</th><th width=\"12%\">%2</th>"
                           "<th width=\"10%\">%3</th><th width=\"11%\">%4</th><th width=\"6%\">%5</th>"
                           "<th width=\"18%\">%6</th><th width=\"12%\">%7</th><th width=\"14%\">%8</th></tr></thead>")
                .arg(QCoreApplication::translate("regio::ui::RegionProfile", "Naam"), QCoreApplication::translate("regio::ui::RegionProfile", "Type"), QCoreApplication::translate("regio::ui::RegionProfile", "Domeinen"), QCoreApplication::translate("regio::ui::RegionProfile", "Schaal"), QCoreApplication::translate("regio::ui::RegionProfile", "Dekking"), QCoreApplication::translate("regio::ui::RegionProfile", "Bron"), QCoreApplication::translate("regio::ui::RegionProfile", "Betrouwbaarheid"),
                     QCoreApplication::translate("regio::ui::RegionProfile", "Rechtsvorm, toezicht, geld"));
        // Whole rows per page, the header repeated on each: a row is never cut at a page end.
        ExportFrame probe;
        probe.title = QCoreApplication::translate("regio::ui::RegionProfile", "Samenwerkingsverbanden en bronnen");
        probe.subtitle = region->name + yearNote;
        const QRectF body = framedBodyRect(pageRect, probe, &pdf);
        const auto blocks = tablePages(head, rows, body.size(), body.height() / 55.0);
        for (size_t p = 0; p < blocks.size(); ++p)
            pages.push_back({p == 0 ? probe.title : QCoreApplication::translate("regio::ui::RegionProfile", "Samenwerkingsverbanden en bronnen (vervolg)"), region->name + yearNote,
                             [block = blocks[p]](QPainter& painter, const QRectF& rect) { block->draw(painter, rect); }});
        if (!accountabilityRows.isEmpty()) {
            const QString sourcesTitle = QCoreApplication::translate("regio::ui::RegionProfile", "Rechtsvorm, toezicht en geldbronnen: de bronnen");
            const QString sourcesHead =
                QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\"><thead><tr><th width=\"25%\">%1</th>"
                               "<th width=\"25%\">%2</th><th width=\"25%\">%3</th><th width=\"25%\">%4</th></tr></thead>")
                    .arg(QCoreApplication::translate("regio::ui::RegionProfile", "Naam"),
                         QCoreApplication::translate("regio::ui::RegionProfile", "Bron rechtsvorm"),
                         QCoreApplication::translate("regio::ui::RegionProfile", "Bron toezicht"),
                         QCoreApplication::translate("regio::ui::RegionProfile", "Bron geldbronnen"));
            const auto sourceBlocks = tablePages(sourcesHead, accountabilityRows, body.size(), body.height() / 55.0);
            for (const auto& block : sourceBlocks)
                pages.push_back({sourcesTitle, region->name + yearNote,
                                 [block](QPainter& painter, const QRectF& rect) { block->draw(painter, rect); }});
        }
    }

    // 4. The real economy (CBS): sector structure against NL, change since the first year,
    //    specialisations entering and leaving, structure indices.
    {
        const economy::EmploymentPanel& panel = context.realEconomy ? *context.realEconomy : economy::cbsEmployment();
        const economy::PanelRegion basisReal = economy::panelRegion(code, regions, panel);
        const int y1 = panel.years().back();
        const int y0 = panel.years().front();
        pages.push_back({QCoreApplication::translate("regio::ui::RegionProfile", "Economische structuur %1").arg(y1), region->name,
                         [&, basisReal, y0, y1](QPainter& painter, const QRectF& rect_) {
            QRectF rect = rect_;
            const QString source = panel.source.isEmpty() ? QCoreApplication::translate("regio::ui::RegionProfile", "eigen bestand") : i18n::builtInText("regio::economy", panel.source);
            TextBlock note(QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">%1 — %2. %3 Geheime (onderdrukte) cellen zijn onbekend, niet 0.</p>")
                               .arg(esc(source), esc(i18n::builtInText("regio::economy", panel.measure)),
                                    basisReal.valid() ? esc((basisReal.exact ? QCoreApplication::translate("regio::ui::RegionProfile", "Gebied: ") : QCoreApplication::translate("regio::ui::RegionProfile", "Let op, ")) + basisReal.basis + QStringLiteral("."))
                                                      : QString()),
                           rect.width(), rect.height() / 50.0);
            note.draw(painter, rect);
            rect.setTop(rect.top() + note.height() * 1.25);
            if (!basisReal.valid()) {
                TextBlock(QCoreApplication::translate("regio::ui::RegionProfile", "<p>Voor dit gebied zijn geen CBS-gegevens per COROP-gebied beschikbaar.</p>"), rect.width(),
                          rect.height() / 40.0).draw(painter, rect);
                return;
            }
            const economy::SectorStructure s = economy::sectorStructure(panel, basisReal, y1);
            const economy::Growth g = economy::growth(panel, basisReal, y0, y1);
            const economy::StructureIndices st = economy::structureIndices(panel, basisReal, y1);
            SectorBarsWidget bars;
            std::vector<SectorBar> list;
            for (const economy::SectorFigure& f : s.sectors)
                list.push_back({f.title, f.share, f.shareNl, f.lq});
            bars.setBars(std::move(list), region->name);
            // The same text size as the page's tables: rect.height()/52 device pixels, in points for this device.
            const double points = rect.height() / 52.0 * 72.0 / std::max(1, painter.device()->logicalDpiY());
            bars.setFontScale(points / std::max(1.0, bars.font().pointSizeF()));
            const QRectF left(rect.left(), rect.top(), rect.width() * 0.47, rect.height());
            bars.paintBars(painter, left);
            auto number = [&](double v, int decimals) { return economy::isKnown(v) ? nl.toString(v, 'f', decimals) : QCoreApplication::translate("regio::ui::RegionProfile", "geheim"); };
            QString html = QCoreApplication::translate("regio::ui::RegionProfile", "<table width=\"100%\" cellspacing=\"0\" border=\"0.5\"><tr><th>Sector</th><th>Banen %1</th><th>LQ</th>"
                                          "<th>Verandering %2–%1</th><th>Regionaal effect</th></tr>").arg(y1).arg(y0);
            QStringList entries, exits, strengths;
            for (size_t i = 0; i < s.sectors.size(); ++i) {
                const economy::SectorFigure& f = s.sectors[i];
                const economy::GrowthFigure& gf = g.sectors[i];
                const bool specialised = economy::isKnown(f.lq) && f.lq > 1.0;
                if (specialised)
                    strengths << QCoreApplication::translate("regio::ui::RegionProfile", "%1 (LQ %2)").arg(f.title, nl.toString(f.lq, 'f', 2));
                if (gf.specialisation == economy::SpecialisationChange::Entry)
                    entries << f.title;
                if (gf.specialisation == economy::SpecialisationChange::Exit)
                    exits << f.title;
                html += QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"right\">%6</td><td align=\"right\">%7</td></tr>")
                            .arg(specialised ? QStringLiteral("<b>") : QString(), esc(f.title), specialised ? QStringLiteral("</b>") : QString(),
                                 number(f.jobs, 0), economy::isKnown(f.lq) ? nl.toString(f.lq, 'f', 2) : QStringLiteral("—"),
                                 economy::isKnown(gf.change) ? nl.toString(gf.change, 'f', 0) : QStringLiteral("—"),
                                 economy::isKnown(gf.regional) ? nl.toString(gf.regional, 'f', 0) : QStringLiteral("—"));
            }
            html += QStringLiteral("</table>");
            html += QCoreApplication::translate("regio::ui::RegionProfile", "<p><b>Specialisaties (LQ &gt; 1):</b> %1</p>").arg(esc(strengths.isEmpty() ? QCoreApplication::translate("regio::ui::RegionProfile", "geen") : strengths.join(QStringLiteral("; "))));
            html += QCoreApplication::translate("regio::ui::RegionProfile", "<p><b>Nieuw sinds %1:</b> %2. <b>Verloren:</b> %3.</p>")
                        .arg(y0).arg(esc(entries.isEmpty() ? QCoreApplication::translate("regio::ui::RegionProfile", "geen") : entries.join(QStringLiteral(", "))),
                                     esc(exits.isEmpty() ? QCoreApplication::translate("regio::ui::RegionProfile", "geen") : exits.join(QStringLiteral(", "))));
            html += QCoreApplication::translate("regio::ui::RegionProfile", "<p><b>Structuur %1:</b> Krugman %2 (verschil met NL), Herfindahl %3 (concentratie), entropie %4, "
                                   "verwante variëteit %5, onverwante variëteit %6.</p>")
                        .arg(y1).arg(number(st.krugman, 3), number(st.herfindahl, 3), number(st.entropy, 3),
                                     number(st.relatedVariety, 3), number(st.unrelatedVariety, 3));
            html += QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">Regionaal effect: de verandering min wat landelijke groei en sectormix "
                                   "verklaren (shift-share, Dunn 1960). COROP-grenzen volgen de indeling van elk jaar.</p>");
            const QRectF right(rect.left() + rect.width() * 0.5, rect.top(), rect.width() * 0.5, rect.height());
            TextBlock(html, right.width(), rect.height() / 52.0).draw(painter, right);
        }});
    }

    // 4b. The agenda (issue 10): the join of the real economy and the registry in its one-page form
    //     (the text shrinks a little when needed; a very long agenda continues on the next page).
    {
        const economy::EmploymentPanel& panel = context.realEconomy ? *context.realEconomy : economy::cbsEmployment();
        try {
            const agenda::AgendaContext agendaContext(regions, panel, reg);
            const agenda::Agenda a = agenda::agendaOf(code, agendaContext);
            // The agenda is about today: with a peiljaar it still uses the current bodies, and says so.
            const QString todayNote =
                context.referenceYear
                    ? QCoreApplication::translate("regio::ui::RegionProfile",
                                                  " Verbanden: de huidige verbanden, niet de peiljaar %1.")
                          .arg(*context.referenceYear)
                    : QString();
            const QString html = QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">%1. Economie: %2.%3</p>")
                                     .arg(esc(a.dataSources.join(QStringLiteral("; "))), esc(a.economyRegion.basis),
                                          esc(todayNote))
                                 + agendaSummaryHtml(a);
            ExportFrame probe;
            probe.title = QCoreApplication::translate("regio::ui::RegionProfile", "Agenda");
            probe.subtitle = region->name;
            const QRectF body = framedBodyRect(pageRect, probe, &pdf);
            std::shared_ptr<TextBlock> block;
            for (double divisor = 55.0; divisor <= 75.0; divisor += 5.0) {
                block = std::make_shared<TextBlock>(html, body.width(), body.height() / divisor);
                if (block->height() <= body.height())
                    break;
            }
            const int agendaPages = block->paginate(body.size());
            for (int p = 0; p < agendaPages; ++p)
                pages.push_back({p == 0 ? QCoreApplication::translate("regio::ui::RegionProfile", "Agenda %1–%2").arg(a.from).arg(a.to) : QCoreApplication::translate("regio::ui::RegionProfile", "Agenda (vervolg)"),
                                 region->name,
                                 [block, p](QPainter& painter, const QRectF& rect) { block->draw(painter, rect, p * rect.height()); }});
        } catch (const std::invalid_argument&) {
            pages.push_back({QCoreApplication::translate("regio::ui::RegionProfile", "Agenda"), region->name, [](QPainter& painter, const QRectF& rect) {
                TextBlock(QCoreApplication::translate("regio::ui::RegionProfile", "<p>Voor dit gebied zijn geen economische gegevens voor een agenda.</p>"), rect.width(),
                          rect.height() / 40.0).draw(painter, rect);
            }});
        }
    }

    // 4. Economy: SWOT and top LQ for the region's economic basis.
    const economy::EconomyData* eco = context.economy;
    economy::EconomicBasis basis;
    economy::SwotResult swot;
    if (eco) {
        basis = economy::economicBasis(code, regions, eco->employment);
        if (!basis.rows.isEmpty())
            swot = economy::swotOfRows(eco->employment, economy::skillRelatedness(eco->flows), basis.rows, code);
    }
    pages.push_back({QCoreApplication::translate("regio::ui::RegionProfile", "Economische sterkte: SWOT en specialisaties"),
                     region->name,
                     [&](QPainter& painter, const QRectF& rect_) {
                         QRectF rect = rect_;
                         if (!basis.rows.isEmpty()) {
                             TextBlock note(QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">Economische gegevens: %1.</p>").arg(esc(basis.basis)),
                                            rect.width(), rect.height() / 48.0);
                             note.draw(painter, rect);
                             rect.setTop(rect.top() + note.height() * 1.3);
                         }
                         if (basis.rows.isEmpty()) {
                             TextBlock(QCoreApplication::translate("regio::ui::RegionProfile", "<p>Voor dit gebied zijn geen economische gegevens per COROP-gebied beschikbaar.</p>"),
                                       rect.width(), rect.height() / 40.0).draw(painter, rect);
                             return;
                         }
                         const QRectF left(rect.left(), rect.top(), rect.width() * 0.49, rect.height());
                         const QRectF right(rect.left() + rect.width() * 0.51, rect.top(), rect.width() * 0.49, rect.height());
                         const QString code0 = basis.rows.size() == 1 ? basis.rows.first() : code;
                         if (context.swotChart && basis.rows.size() == 1)
                             context.swotChart(painter, left, code0);
                         if (context.lqChart && basis.rows.size() == 1)
                             context.lqChart(painter, right, code0);
                         if (context.swotChart && context.lqChart && basis.rows.size() == 1)
                             return;
                         // Text form (also for regions made of several COROP areas).
                         std::array<QStringList, 4> byQuadrant;
                         std::vector<const economy::SwotEntry*> entries;
                         for (const auto& e : swot.entries)
                             entries.push_back(&e);
                         std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->lq > b->lq; });
                         for (const auto* e : entries)
                             byQuadrant[size_t(e->quadrant)] << QCoreApplication::translate("regio::ui::RegionProfile", "%1 (LQ %2)").arg(eco->sectorName(e->sector)).arg(nl.toString(e->lq, 'f', 2));
                         QString html;
                         for (economy::Quadrant q : {economy::Quadrant::Strength, economy::Quadrant::Threat,
                                                     economy::Quadrant::Opportunity, economy::Quadrant::Weakness}) {
                             const QStringList& list = byQuadrant[size_t(q)];
                             html += QStringLiteral("<h2>%1 (%2)</h2><p>%3</p>")
                                         .arg(economy::quadrantName(q)).arg(list.size())
                                         .arg(esc(list.mid(0, 8).join(QStringLiteral("; ")) + (list.size() > 8 ? QStringLiteral("; …") : QString())));
                         }
                         html += QCoreApplication::translate("regio::ui::RegionProfile", "<p class=\"muted\">Drempel goed ingebed: mediaan %1.</p>").arg(nl.toString(swot.threshold, 'f', 1));
                         TextBlock(html, rect.width(), rect.height() / 48.0).draw(painter, rect);
                     }});

    // 5. The sector network with the region's specialisations highlighted.
    if (context.network && !basis.rows.isEmpty())
        pages.push_back({QCoreApplication::translate("regio::ui::RegionProfile", "Sectornetwerk: verwantschap en specialisaties"), region->name,
                         [&](QPainter& painter, const QRectF& rect) { context.network(painter, rect, basis.rows.first()); }});

    // 6. Sources and method notes: the definitions in words.
    pages.push_back({QCoreApplication::translate("regio::ui::RegionProfile", "Bronnen en methode"), region->name, [&](QPainter& painter, const QRectF& rect) {
        QString html = QCoreApplication::translate("regio::ui::RegionProfile", "<h2>Bronnen</h2><ul>");
        html += QCoreApplication::translate("regio::ui::RegionProfile", "<li>Gebiedsindeling %1: %2. Lidmaatschappen van gemeenten afgeleid door Regioverkenner; indelingen samengevoegd uit gemeenten.</li>")
                    .arg(regions.year()).arg(esc(regions.attribution()));
        html += QCoreApplication::translate("regio::ui::RegionProfile", "<li>Samenwerkingsverbanden: %1. Per verband staan bron en betrouwbaarheid in de tabel; "
                               "benaderde gebieden zijn in het register als zodanig aangemerkt.</li>").arg(esc(context.registrySource));
        html += QCoreApplication::translate("regio::ui::RegionProfile", "<li>Economische structuur: %1 (banen van werknemers in december, per COROP-gebied).</li>")
                    .arg(esc(context.realEconomy ? context.realEconomy->source : economy::cbsAttribution()));
        if (eco)
            html += eco->demonstration
                        ? QCoreApplication::translate("regio::ui::RegionProfile", "<li><b>%1.</b> De economische gegevens zijn een synthetische demonstratie-economie "
                                         "(SBI 2008-afdelingen × COROP-gebieden), geen CBS-cijfers.</li>").arg(esc(economy::demoNotice()))
                        : QCoreApplication::translate("regio::ui::RegionProfile", "<li>Economische gegevens voor SWOT en netwerk: door de gebruiker ingelezen bestanden.</li>");
        html += QCoreApplication::translate("regio::ui::RegionProfile", "</ul><h2>Methode</h2><ul>"
            "<li><b>Driehoek</b>: een verband dekt een gemeente als die in zijn werkgebied ligt. De gedekte hoeken zijn "
            "de domeinen (economie, onderwijs, arbeidsmarkt) van alle verbanden samen; <i>integraal</i> is een verband dat "
            "alle drie dekt. Drukte is het aantal verbanden; overlap zijn twee of meer verbanden van hetzelfde type.</li>"
            "<li><b>Locatiequotiënt</b>: het aandeel van een sector in de werkgelegenheid van de regio gedeeld door het "
            "landelijke aandeel; boven 1 is de regio gespecialiseerd.</li>"
            "<li><b>Shift-share</b> (Dunn 1960): de verandering van de banen in een sector = landelijke groei + sectormix "
            "(de sector groeide landelijk sneller of trager) + regionaal effect (het gebied deed het beter of slechter).</li>"
            "<li><b>Agenda</b> (SER 2017, 3.2–3.4): sterk = LQ &gt; 1; bedreigd = sterk maar trager gegroeid dan de sector "
            "landelijk; kans = niet gespecialiseerd maar verwantschapsdichtheid boven de mediaan van het gebied "
            "(verwantschap uit gezamenlijke specialisatie van de COROP-gebieden); wie kan handelen = verbanden die (een deel "
            "van) het gebied dekken met het passende domein; wie ontbreekt = partijen die die rol nodig heeft "
            "(docs/agenda.md).</li>"
            "<li><b>Structuurmaten</b>: Krugman-index (verschil met Nederland), Herfindahl (concentratie), entropie, "
            "verwante en onverwante variëteit (Frenken, Van Oort &amp; Verburg 2007).</li>"
            "<li><b>Skill-relatedness</b> (Neffke &amp; Henning 2013): het aantal baanwisselaars tussen twee sectoren "
            "vergeleken met wat bij toeval te verwachten is, geschaald naar −1 … 1; verwant boven 0.</li>"
            "<li><b>Inbedding</b> (van Oort e.a. 2016): het gewogen aandeel van de verwante sectoren waarin de regio "
            "gespecialiseerd is (0–100).</li>"
            "<li><b>SWOT</b>: Sterkte = gespecialiseerd en goed ingebed; Bedreiging = gespecialiseerd maar slecht ingebed; "
            "Kans = niet gespecialiseerd maar goed ingebed; Zwakte = geen van beide. Goed ingebed = boven de mediaan van de regio.</li>"
            "<li><b>Sectornetwerk</b>: sectoren verbonden bij verwantschap boven de drempel; ruggengraat = maximale "
            "opspannende boom plus de sterkste verbindingen per sector; vaste layout, dezelfde voor elke regio.</li></ul>");
        TextBlock(html, rect.width(), rect.height() / 46.0).draw(painter, rect);
    }});

    // Write the pages.
    {
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const QString source = profileSourceLine(context);
        for (size_t i = 0; i < pages.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            ExportFrame frame;
            frame.title = pages[i].title;
            frame.subtitle = pages[i].subtitle;
            frame.sourceLine = QCoreApplication::translate("regio::ui::RegionProfile", "%1 · pagina %2 van %3").arg(source).arg(i + 1).arg(pages.size());
            paintFramed(painter, pageRect, frame, pages[i].body);
        }
        painter.end();
    }
    try {
        io::writeFileAtomically(path, pdfBytes);
    } catch (const io::WriteError& e) {
        result.error = e.message();
        result.writeFailure = e.cause();
        return result;
    }
    result.pages = int(pages.size());
    return result;
}

} // namespace regio::ui
