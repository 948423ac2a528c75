#include "ui/agenda/agenda_html.h"

#include "ui/agenda/agenda_view.h"

namespace regio::ui {

namespace {

using economy::isKnown;

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString domainWords(registry::DomainSet set)
{
    QStringList words;
    for (registry::Domain d : registry::allDomains)
        if (set.contains(d))
            words << registry::label(d);
    return words.join(QStringLiteral(", "));
}

// "LQ 2,18 · 86.900 banen · +4.500 sinds 2011 (+5,4 %; Nederland +3,1 %)"
QString figures(const agenda::SectorItem& item, int from)
{
    QStringList parts;
    if (isKnown(item.lq))
        parts << AgendaView::tr("LQ %1").arg(agenda::dutchNumber(item.lq, 2));
    if (isKnown(item.jobs))
        parts << AgendaView::tr("%1 banen").arg(agenda::dutchNumber(item.jobs, 0));
    if (isKnown(item.change)) {
        QString change = (item.change > 0 ? QStringLiteral("+") : QString()) + agenda::dutchNumber(item.change, 0);
        QString rates;
        if (isKnown(item.growth))
            rates = agenda::dutchPercent(item.growth);
        if (isKnown(item.nationalGrowth))
            rates += AgendaView::tr("; Nederland %1").arg(agenda::dutchPercent(item.nationalGrowth));
        parts << AgendaView::tr("%1 sinds %2").arg(change).arg(from) + (rates.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(rates));
    } else {
        parts << AgendaView::tr("verandering sinds %1 onbekend (geheim)").arg(from);
    }
    if (isKnown(item.density))
        parts << AgendaView::tr("verwantschapsdichtheid %1").arg(agenda::dutchNumber(item.density, 0));
    return parts.join(QStringLiteral(" · "));
}

QString bodiesHtml(const agenda::SectorItem& item, bool knowledgeNote)
{
    if (item.bodies.empty())
        return QStringLiteral("<p class='gap'>%1</p>").arg(AgendaView::tr("Geen samenwerkingsverband in het register dat hierop kan handelen."));
    QStringList lines;
    for (const agenda::ActingBody& b : item.bodies) {
        QString line = QStringLiteral("<a href='body:%1'>%2</a> — %3").arg(esc(b.id), esc(b.name),
            b.wholeRegion ? AgendaView::tr("heel het gebied")
                          : AgendaView::tr("%1 van het gebied").arg(agenda::dutchPercent(b.coverage).remove(QLatin1Char('+'))));
        line += QStringLiteral(" · ") + esc(domainWords(b.roles));
        if (!b.missingActors.isEmpty())
            line += QStringLiteral(" · <span class='missing'>%1</span>").arg(AgendaView::tr("ontbreekt: %1").arg(esc(agenda::actorWords(b.missingActors))));
        lines << line;
    }
    QString html = QStringLiteral("<ul><li>") + lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
    if (knowledgeNote && item.knowledgeIntensive)
        html += QStringLiteral("<p class='muted'>%1</p>").arg(AgendaView::tr("Kennisintensieve sector: onderwijsinstellingen horen aan tafel."));
    return html;
}

QString itemsHtml(const std::vector<agenda::SectorItem>& items, int from, const QString& none)
{
    if (items.empty())
        return QStringLiteral("<p class='muted'>%1</p>").arg(none);
    QString html;
    for (const agenda::SectorItem& item : items) {
        html += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(item.title), esc(figures(item, from)));
        html += bodiesHtml(item, true);
    }
    return html;
}

QString pairsText(const std::vector<agenda::SectorPair>& pairs)
{
    QStringList words;
    for (const agenda::SectorPair& p : pairs)
        words << QStringLiteral("%1 (LQ %2)").arg(p.title, agenda::dutchNumber(p.lqNeighbour, 2));
    return words.join(QStringLiteral(", "));
}

} // namespace

QString agendaHtml(const agenda::Agenda& a)
{
    QString html;
    if (!a.gaps.empty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(AgendaView::tr("Wat ontbreekt"));
        for (const agenda::Gap& g : a.gaps)
            html += QStringLiteral("<li class='gap'>%1</li>").arg(esc(g.text));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(AgendaView::tr("Sterk in (%1): specialisaties, LQ > 1").arg(a.strengths.size()));
    html += itemsHtml(a.strengths, a.from, AgendaView::tr("Geen specialisaties."));
    html += QStringLiteral("<h2>%1</h2>").arg(AgendaView::tr("Bedreigd (%1): specialisaties die harder krimpen of trager groeien dan landelijk").arg(a.threats.size()));
    html += itemsHtml(a.threats, a.from, AgendaView::tr("Geen: elke specialisatie groeit minstens zo snel als landelijk."));
    html += QStringLiteral("<h2>%1</h2>").arg(AgendaView::tr("Kansen (%1): niet gespecialiseerd, wel verwant aan de specialisaties").arg(a.opportunities.size()));
    if (isKnown(a.densityMedian))
        html += QStringLiteral("<p class='muted'>%1</p>").arg(AgendaView::tr("Verwantschapsdichtheid boven de mediaan van het gebied (%1), met verwantschap uit "
                                                                 "gezamenlijke specialisatie van de COROP-gebieden (Hidalgo e.a. 2007).")
                                                                  .arg(agenda::dutchNumber(a.densityMedian, 0)));
    html += itemsHtml(a.opportunities, a.from, AgendaView::tr("Geen."));

    html += QStringLiteral("<h2>%1</h2><ul>").arg(AgendaView::tr("Schaal per domein"));
    for (const agenda::DomainScale& s : a.scale) {
        QStringList names;
        for (const agenda::ScaleBody& b : s.bodies)
            names << QStringLiteral("<a href='body:%1'>%2</a> (%3)").arg(esc(b.id), esc(b.name), esc(agenda::scaleFitKey(b.fit)));
        html += QStringLiteral("<li><b>%1</b>: %2%3</li>")
                    .arg(esc(registry::label(s.domain)), esc(agenda::scaleVerdictLabel(s.verdict)),
                         names.isEmpty() ? QString() : QStringLiteral(" — ") + names.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2>").arg(AgendaView::tr("Buren"));
    if (a.neighbours.empty()) {
        html += QStringLiteral("<p class='muted'>%1</p>").arg(AgendaView::tr("Geen buren van hetzelfde niveau."));
    } else {
        html += QStringLiteral("<ul>");
        for (const agenda::Neighbour& n : a.neighbours) {
            QString line = QStringLiteral("<a href='region:%1'>%2</a>").arg(esc(n.code), esc(n.name));
            if (!n.shared.empty())
                line += QStringLiteral(" — %1 %2").arg(AgendaView::tr("samen sterk in"), esc(pairsText(n.shared)));
            if (!n.complementary.empty())
                line += QStringLiteral(" — %1 %2").arg(AgendaView::tr("vult aan met"), esc(pairsText(n.complementary)));
            if (n.shared.empty() && n.complementary.empty())
                line += QStringLiteral(" — %1").arg(AgendaView::tr("geen gedeelde of aanvullende specialisaties"));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

namespace {

// Actors missing at every acting body: nobody at any of these tables brings them.
registry::ActorSet missingEverywhere(const agenda::SectorItem& item)
{
    if (item.bodies.empty())
        return {};
    registry::ActorSet common = item.bodies.front().missingActors;
    for (const agenda::ActingBody& b : item.bodies)
        for (registry::Actor a : registry::allActors)
            if (common.contains(a) && !b.missingActors.contains(a))
                common.remove(a);
    return common;
}

QString summaryRow(const agenda::SectorItem& item, const QString& kind, int from)
{
    QStringList whole;
    int partial = 0;
    for (const agenda::ActingBody& b : item.bodies) {
        if (b.wholeRegion)
            whole << b.name;
        else
            ++partial;
    }
    QString bodies = whole.isEmpty() ? QStringLiteral("<span class='gap'>%1</span>").arg(AgendaView::tr("geen over het hele gebied"))
                                     : esc(whole.join(QStringLiteral(", ")));
    if (partial > 0)
        bodies += AgendaView::tr("; %1 deels").arg(partial);
    const registry::ActorSet missing = missingEverywhere(item);
    const QString change = isKnown(item.change)
                               ? (item.change > 0 ? QStringLiteral("+") : QString()) + agenda::dutchNumber(item.change, 0)
                               : AgendaView::tr("onbekend");
    Q_UNUSED(from);
    return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td align='right'>%3</td><td align='right'>%4</td><td>%5</td><td class='missing'>%6</td></tr>")
        .arg(esc(kind), esc(item.title), isKnown(item.lq) ? agenda::dutchNumber(item.lq, 2) : QStringLiteral("—"), change, bodies,
             missing.isEmpty() ? QString() : esc(agenda::actorWords(missing)));
}

} // namespace

QString agendaSummaryHtml(const agenda::Agenda& a)
{
    QString html;
    if (!a.gaps.empty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(AgendaView::tr("Wat ontbreekt"));
        for (size_t i = 0; i < a.gaps.size() && i < 6; ++i)
            html += QStringLiteral("<li class='gap'>%1</li>").arg(esc(a.gaps[i].text));
        if (a.gaps.size() > 6)
            html += QStringLiteral("<li class='muted'>%1</li>").arg(AgendaView::tr("en %1 meer (zie de tab Agenda of regio agenda)").arg(a.gaps.size() - 6));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table width='100%' cellspacing='0' border='0.5'><tr><th>%1</th><th>%2</th><th>LQ</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(AgendaView::tr("Soort"), AgendaView::tr("Sector"), AgendaView::tr("Verandering %1–%2").arg(a.from).arg(a.to),
                     AgendaView::tr("Verbanden die kunnen handelen (heel gebied)"), AgendaView::tr("Bij geen ervan aan tafel"));
    for (const agenda::SectorItem& s : a.strengths)
        html += summaryRow(s, AgendaView::tr("sterk"), a.from);
    for (const agenda::SectorItem& s : a.threats)
        html += summaryRow(s, AgendaView::tr("bedreigd"), a.from);
    for (const agenda::SectorItem& s : a.opportunities)
        html += summaryRow(s, AgendaView::tr("kans"), a.from);
    html += QStringLiteral("</table>");
    QStringList scale;
    for (const agenda::DomainScale& d : a.scale)
        scale << QStringLiteral("%1: %2").arg(registry::label(d.domain), agenda::scaleVerdictLabel(d.verdict));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(AgendaView::tr("Schaal:"), esc(scale.join(QStringLiteral("; "))));
    QStringList neighbours;
    for (const agenda::Neighbour& n : a.neighbours) {
        QStringList parts;
        if (!n.shared.empty())
            parts << AgendaView::tr("samen sterk in %1").arg(pairsText(n.shared));
        if (!n.complementary.empty())
            parts << AgendaView::tr("vult aan met %1").arg(pairsText(n.complementary));
        if (!parts.isEmpty())
            neighbours << QStringLiteral("%1 (%2)").arg(n.name, parts.join(QStringLiteral("; ")));
    }
    if (!neighbours.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(AgendaView::tr("Buren:"), esc(neighbours.join(QStringLiteral(" · "))));
    return html;
}

QString agendaStyleSheet()
{
    return QStringLiteral("h2 { margin-top: 10px; margin-bottom: 2px; } ul { margin-top: 0px; } li { margin-bottom: 2px; }"
                          ".missing { color: #b03a00; font-weight: bold; } .gap { color: #b03a00; } .muted { color: #5a6570; }");
}

} // namespace regio::ui
