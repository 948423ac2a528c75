#include "ui/region_details.h"

#include "i18n/language.h"

#include "registry/body.h"

#include <QLocale>

#include <algorithm>

namespace regio::ui {

namespace {

QString regionLink(const Region& r)
{
    return QStringLiteral("<a href=\"region:%1\">%2</a> <span style=\"color:#5a6570\">%1</span>")
        .arg(r.code, r.name.toHtmlEscaped());
}

} // namespace

RegionDetails::RegionDetails(const RegionModel& model, QWidget* parent)
    : QTextBrowser(parent)
    , m_model(model)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setMinimumWidth(260);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("region"))
            Q_EMIT regionRequested(url.path());
        else if (url.scheme() == QLatin1String("body"))
            Q_EMIT bodyRequested(url.path());
    });
    refresh();
}

void RegionDetails::showRegion(const QString& code)
{
    m_code = code;
    refresh();
}

void RegionDetails::setExtraHtml(const QString& html)
{
    m_extraHtml = html;
    refresh();
}

void RegionDetails::setCoverage(const registry::Registry* registry, const coverage::CoverageResult* result,
                                const QString& yearLabel)
{
    if (!registry || !result) {
        setExtraHtml(QString());
        return;
    }
    std::vector<const registry::Body*> regional;
    QStringList national;
    for (const coverage::BodyCoverage& c : result->bodies) {
        const registry::Body& b = registry->bodies[size_t(c.body)];
        if (b.territory.national)
            national << b.name;
        else
            regional.push_back(&b);
    }
    std::stable_sort(regional.begin(), regional.end(), [](const registry::Body* a, const registry::Body* b) {
        return a->scale != b->scale ? a->scale < b->scale : a->name.localeAwareCompare(b->name) < 0;
    });
    QString html = yearLabel.isEmpty()
                       ? tr("<h3>Samenwerkingsverbanden (%1)</h3>").arg(result->bodies.size())
                       : tr("<h3>Samenwerkingsverbanden (%1, %2)</h3>").arg(result->bodies.size()).arg(yearLabel.toHtmlEscaped());
    if (result->bodies.empty())
        html += tr("<p>Geen samenwerkingsverband in het register dekt dit gebied.</p>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const registry::Body* b : regional)
        html += QStringLiteral("<tr><td><a href=\"body:%1\">%2</a></td><td style=\"color:#5a6570\">%3</td></tr>")
                    .arg(b->id, b->name.toHtmlEscaped(), registry::label(b->scale).toLower().toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!national.isEmpty())
        html += tr("<p><b>Landelijk (%1):</b> %2</p>").arg(national.size()).arg(national.join(QStringLiteral("; ")).toHtmlEscaped());
    if (!result->sites.empty()) {
        QStringList sites;
        for (int s : result->sites)
            sites << registry->bodies[size_t(s)].name;
        html += tr("<p><b>Vestigingen (%1, tellen niet als dekking):</b> %2</p>")
                    .arg(sites.size())
                    .arg(sites.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (!regional.empty())
        html += tr("<p style=\"color:#5a6570\">Klik op een verband om zijn werkgebied op de kaart te zien (Esc op de kaart wist het).</p>");
    setExtraHtml(html);
}

void RegionDetails::refresh()
{
    const QLocale nl = regio::i18n::textLocale();
    const Region* r = m_code.isEmpty() ? nullptr : m_model.region(m_code);
    if (!r) {
        setHtml(tr("<h2>Geen selectie</h2><p>Klik op de kaart of zoek een gemeente, provincie, "
                   "COROP-gebied of arbeidsmarktregio op naam of CBS-code.</p>"
                   "<p style=\"color:#5a6570\">Muis: slepen = verschuiven, wiel = zoomen, dubbelklik = inzoomen op gebied.<br>"
                   "Toetsen: pijlen = verschuiven, +/− = zoomen, Home = heel Nederland.</p>"));
        return;
    }
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(r->name.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top:0;color:#5a6570\">%1 · %2</p>").arg(levelLabel(r->level), r->code);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += tr("<tr><td>Oppervlakte</td><td><b>%1 km²</b></td></tr>").arg(nl.toString(r->areaKm2, 'f', 1));
    if (r->level == Level::Gemeente) {
        const auto* m = static_cast<const Municipality*>(r);
        for (Level level : divisionLevels)
            if (const Division* d = m_model.division(m->membership(level)))
                html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(levelLabel(level), regionLink(*d));
        html += QStringLiteral("</table>");
    } else {
        const auto* d = static_cast<const Division*>(r);
        html += tr("<tr><td>Gemeenten</td><td><b>%1</b></td></tr>").arg(d->members.size());
        // The larger divisions a division lies in (a COROP-gebied in its provincie), when unique.
        for (Level level : divisionLevels) {
            if (level == r->level || d->members.isEmpty())
                continue;
            QString common;
            bool unique = true;
            for (const QString& code : d->members) {
                const QString c = m_model.municipality(code)->membership(level);
                if (common.isEmpty())
                    common = c;
                else if (c != common)
                    unique = false;
            }
            if (unique)
                if (const Division* parent = m_model.division(common))
                    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(levelLabel(level), regionLink(*parent));
        }
        html += QStringLiteral("</table>");
        html += tr("<h3>Gemeenten</h3><p>");
        std::vector<const Region*> members;
        for (const QString& code : d->members)
            if (const Municipality* m = m_model.municipality(code))
                members.push_back(m);
        sortByName(members);
        QStringList links;
        for (const Region* m : members)
            links << QStringLiteral("<a href=\"region:%1\">%2</a>").arg(m->code, m->name.toHtmlEscaped());
        html += links.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    }
    html += m_extraHtml;
    setHtml(html);
}

} // namespace regio::ui
