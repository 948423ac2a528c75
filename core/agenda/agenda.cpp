#include "agenda/agenda.h"

#include "i18n/language.h"

#include <QCoreApplication>

#include "agenda/agenda_gaps.h"
#include "economy/sector_hierarchy.h"
#include "coverage/coverage.h"
#include "economy/indicators.h"
#include "regions/adjacency.h"
#include "regions/region_model.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace regio::agenda {

using economy::isKnown;
using economy::kUnknown;
using economy::Matrix;

QString itemKindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Strength: return QStringLiteral("sterkte");
    case ItemKind::Threat: return QStringLiteral("bedreiging");
    case ItemKind::Opportunity: return QStringLiteral("kans");
    }
    return {};
}

QString scaleFitKey(ScaleFit f)
{
    switch (f) {
    case ScaleFit::Past: return QStringLiteral("past");
    case ScaleFit::Deels: return QStringLiteral("deels");
    case ScaleFit::VeelGroter: return QStringLiteral("veel-groter");
    }
    return {};
}

QString scaleVerdictKey(ScaleVerdict v)
{
    switch (v) {
    case ScaleVerdict::Past: return QStringLiteral("past");
    case ScaleVerdict::Deels: return QStringLiteral("deels");
    case ScaleVerdict::VeelGroter: return QStringLiteral("veel-groter");
    case ScaleVerdict::Geen: return QStringLiteral("geen");
    }
    return {};
}

QString scaleVerdictLabel(ScaleVerdict v)
{
    switch (v) {
    case ScaleVerdict::Past: return QCoreApplication::translate("regio::agenda", "past");
    case ScaleVerdict::Deels: return QCoreApplication::translate("regio::agenda", "te klein / deels");
    case ScaleVerdict::VeelGroter: return QCoreApplication::translate("regio::agenda", "veel groter");
    case ScaleVerdict::Geen: return QCoreApplication::translate("regio::agenda", "geen");
    }
    return {};
}

// --- context -------------------------------------------------------------------------------------

AgendaContext::AgendaContext(const RegionModel& regions, const economy::EmploymentPanel& panel,
                             const registry::Registry& registry, AgendaOptions options)
    : m_regions(&regions), m_panel(&panel), m_registry(&registry), m_index(registry, regions), m_options(options)
{
    const std::vector<int>& years = panel.years();
    if (years.empty())
        throw std::invalid_argument("agenda: the employment panel has no years");
    m_from = options.from ? options.from : years.front();
    m_to = options.to ? options.to : years.back();
    if (panel.yearIndex(m_from) < 0 || panel.yearIndex(m_to) < 0)
        throw std::invalid_argument("agenda: year not in the employment panel");
}

const Matrix& AgendaContext::relatedness(int year) const
{
    auto it = m_relatedness.find(year);
    if (it != m_relatedness.end())
        return it->second;
    // DESIGN.md §5: M[c,i] = 1 if LQ[c,i] > 1 over the national rows (40 COROP areas); an unknown
    // (suppressed) LQ counts as not specialised. C = Mᵀ·M; φ[i,j] = C[i,j] / max(C[i,i], C[j,j]).
    const QStringList rows = economy::nationalRows(*m_panel);
    const QStringList sections = m_panel->sectors().sections();
    Matrix m(rows, sections, 0.0);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        economy::PanelRegion pr;
        pr.code = rows[r];
        pr.rows = QStringList{rows[r]};
        const economy::SectorStructure s = economy::sectorStructure(*m_panel, pr, year);
        for (size_t i = 0; i < s.sectors.size(); ++i)
            if (isKnown(s.sectors[i].lq) && s.sectors[i].lq > 1.0)
                m(size_t(r), i) = 1.0;
    }
    return m_relatedness.emplace(year, economy::proximity(economy::coOccurrence(m))).first->second;
}

std::vector<const Region*> AgendaContext::regionsOf(Level level) const
{
    std::vector<const Region*> out;
    if (level == Level::Gemeente)
        for (const Municipality& m : m_regions->municipalities())
            out.push_back(&m);
    else
        for (const Division& d : m_regions->divisions(level))
            out.push_back(&d);
    return out;
}

const std::vector<std::vector<int>>& AgendaContext::adjacency(Level level) const
{
    auto it = m_adjacency.find(int(level));
    if (it != m_adjacency.end())
        return it->second;
    return m_adjacency.emplace(int(level), regio::adjacency(regionsOf(level))).first->second;
}

// --- the analysis --------------------------------------------------------------------------------

namespace {

std::vector<ActingBody> actingBodies(const coverage::CoverageResult& cov, const AgendaContext& ctx,
                                     bool knowledgeIntensive)
{
    const int n = int(cov.municipalities.size());
    std::vector<ActingBody> out;
    for (const coverage::BodyCoverage& c : cov.bodies) {
        const registry::Body& b = ctx.registry().bodies[size_t(c.body)];
        const DomainSet roles = b.domains;  // every domain is one of the triangle's three
        if (roles.isEmpty())
            continue;
        ActingBody a;
        a.body = c.body;
        a.id = b.id;
        a.name = b.displayName();
        a.municipalities = c.municipalities;
        a.coverage = n > 0 ? double(c.municipalities) / double(n) : 0.0;
        a.wholeRegion = c.wholeRegion;
        a.territoryMunicipalities = int(ctx.bodyIndex().municipalitiesOf(c.body).size());
        a.roles = roles;
        a.missingActors = missingActors(roles, b.actors, knowledgeIntensive);
        out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const ActingBody& x, const ActingBody& y) {
        if (x.wholeRegion != y.wholeRegion)
            return x.wholeRegion;
        return x.municipalities > y.municipalities;
    });
    return out;
}

std::array<DomainScale, 3> scaleOf(const std::vector<ActingBody>& bodies, int regionSize, double factor)
{
    std::array<DomainScale, 3> out;
    for (Domain d : registry::allDomains) {
        DomainScale& ds = out[size_t(coverage::indexOf(d))];
        ds.domain = d;
        bool past = false, larger = false;
        for (const ActingBody& a : bodies) {
            if (!a.roles.contains(d))
                continue;
            ScaleBody s{a.body, a.id, a.name, a.municipalities, a.territoryMunicipalities, a.wholeRegion, ScaleFit::Deels};
            if (a.wholeRegion)
                s.fit = double(a.territoryMunicipalities) > factor * double(regionSize) ? ScaleFit::VeelGroter
                                                                                        : ScaleFit::Past;
            past = past || s.fit == ScaleFit::Past;
            larger = larger || s.fit == ScaleFit::VeelGroter;
            ds.bodies.push_back(s);
        }
        ds.verdict = ds.bodies.empty() ? ScaleVerdict::Geen
                     : past            ? ScaleVerdict::Past
                     : larger          ? ScaleVerdict::VeelGroter
                                       : ScaleVerdict::Deels;
    }
    return out;
}

// LQ per section (hierarchy order) of a panel region in a year.
std::vector<double> lqOf(const economy::EmploymentPanel& panel, const economy::PanelRegion& region, int year)
{
    std::vector<double> out;
    for (const economy::SectorFigure& f : economy::sectorStructure(panel, region, year).sectors)
        out.push_back(f.lq);
    return out;
}

std::vector<Neighbour> neighboursOf(const economy::PanelRegion& self, Level level, const std::vector<double>& lq,
                                    const AgendaContext& ctx)
{
    std::vector<Neighbour> out;
    const std::vector<const Region*> regions = ctx.regionsOf(level);
    const auto it = std::find_if(regions.begin(), regions.end(), [&](const Region* r) { return r->code == self.code; });
    if (it == regions.end())
        return out;
    const std::vector<int>& adj = ctx.adjacency(level)[size_t(it - regions.begin())];
    const QStringList sections = ctx.panel().sectors().sections();
    for (int j : adj) {
        const Region* nb = regions[size_t(j)];
        const economy::PanelRegion pr = economy::panelRegion(nb->code, ctx.regions(), ctx.panel());
        // A neighbour whose economy is made of the same panel rows (two gemeenten in one COROP
        // area) says nothing about complementarity: left out.
        if (!pr.valid() || pr.rows == self.rows)
            continue;
        const std::vector<double> nlq = lqOf(ctx.panel(), pr, ctx.toYear());
        Neighbour n{nb->code, nb->name, pr.basis, {}, {}};
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const double a = lq[size_t(i)], b = nlq[size_t(i)];
            if (!isKnown(a) || !isKnown(b) || b <= 1.0)
                continue;
            const economy::SectorKey* k = ctx.panel().sectors().find(sections[i]);
            SectorPair p{k->key, k->letters, economy::sectorTitle(k->title), a, b};
            (a > 1.0 ? n.shared : n.complementary).push_back(p);
        }
        if (!n.shared.empty() || !n.complementary.empty())
            out.push_back(n);
    }
    std::sort(out.begin(), out.end(), [](const Neighbour& x, const Neighbour& y) { return x.code < y.code; });
    return out;
}

Agenda build(Agenda a, const AgendaContext& ctx)
{
    const economy::EmploymentPanel& panel = ctx.panel();
    a.from = ctx.fromYear();
    a.to = ctx.toYear();
    const QString source = !ctx.options().sourceLine.isEmpty() ? ctx.options().sourceLine
                           : !panel.source.isEmpty()             ? i18n::builtInText("regio::economy", panel.source)
                                                                 : QCoreApplication::translate("regio::agenda", "Bron: onbekend");
    a.dataSources << source;
    a.dataSources << QCoreApplication::translate("regio::agenda", "Verwantschap: nabijheid φ (Hidalgo e.a. 2007) uit de specialisaties (LQ > 1) van de "
                                    "COROP-gebieden in %1, zelfde tabel")
                         .arg(a.to);
    a.dataSources << QCoreApplication::translate("regio::agenda", "Samenwerkingsverbanden: %1").arg(i18n::builtInText("regio::registry", ctx.registry().title));
    if (!ctx.regions().attribution().isEmpty())
        a.dataSources << ctx.regions().attribution();

    const coverage::CoverageResult cov =
        coverage::coverageOf(a.municipalities, ctx.registry(), ctx.bodyIndex(),
                             coverage::CoverageOptions{ctx.options().includeEnded, !ctx.options().includeNational, std::nullopt});
    const std::vector<ActingBody> bodiesPlain = actingBodies(cov, ctx, false);
    const std::vector<ActingBody> bodiesKis = actingBodies(cov, ctx, true);
    a.scale = scaleOf(bodiesPlain, int(a.municipalities.size()), ctx.options().scaleFactor);

    // Region LQ (to) and the binary row M[r,·] for the relatedness density.
    const economy::SectorStructure structure = economy::sectorStructure(panel, a.economyRegion, a.to);
    const economy::Growth growth = economy::growth(panel, a.economyRegion, a.from, a.to);
    const QStringList sections = panel.sectors().sections();
    const size_t n = size_t(sections.size());
    Matrix row(QStringList{a.code}, sections, 0.0);
    std::vector<double> lq(n, kUnknown);
    for (size_t i = 0; i < n; ++i) {
        lq[i] = structure.sectors[i].lq;
        if (isKnown(lq[i]) && lq[i] > 1.0)
            row(0, i) = 1.0;
    }
    // RD[r,i] = 100·Σ_j M[r,j]·φ[i,j] / Σ_j φ[i,j] (DESIGN.md §5), median over all sections.
    const Matrix rd = economy::relatednessDensity(row, ctx.relatedness(a.to));
    std::vector<double> densities;
    for (size_t i = 0; i < n; ++i)
        densities.push_back(rd(0, i));
    a.densityMedian = economy::median(densities);

    std::vector<SectorItem> all;
    for (size_t i = 0; i < n; ++i) {
        const economy::SectorFigure& f = structure.sectors[i];
        const economy::GrowthFigure& g = growth.sectors[i];
        SectorItem it;
        it.key = f.key;
        it.letters = f.letters;
        it.title = f.title;
        it.source = a.dataSources.front();
        it.knowledgeIntensive = isKnowledgeIntensive(f.letters);
        it.jobs = f.jobs;
        it.jobsFrom = g.jobsFrom;
        it.change = g.change;
        if (isKnown(g.jobsFrom) && isKnown(g.jobsTo) && g.jobsFrom > 0)
            it.growth = g.jobsTo / g.jobsFrom - 1.0;
        const double n0 = economy::nationalValue(panel, f.key, a.from);
        const double n1 = economy::nationalValue(panel, f.key, a.to);
        if (isKnown(n0) && isKnown(n1) && n0 > 0)
            it.nationalGrowth = n1 / n0 - 1.0;
        it.lq = f.lq;
        it.lqFrom = g.lqFrom;
        it.density = rd(0, i);
        all.push_back(it);
    }
    for (SectorItem& it : all) {
        const bool strength = isKnown(it.lq) && it.lq > 1.0;
        const bool opportunity = isKnown(it.lq) && it.lq <= 1.0 && it.density > a.densityMedian;
        if (!strength && !opportunity)
            continue;
        it.bodies = it.knowledgeIntensive ? bodiesKis : bodiesPlain;
        if (strength) {
            a.strengths.push_back(it);
            // Threat: g_ri < g_i (DESIGN.md §5, "Agenda").
            if (isKnown(it.growth) && isKnown(it.nationalGrowth) && it.growth < it.nationalGrowth)
                a.threats.push_back(it);
        } else {
            a.opportunities.push_back(it);
        }
    }
    const auto byLq = [](const SectorItem& x, const SectorItem& y) { return x.lq > y.lq; };
    std::stable_sort(a.strengths.begin(), a.strengths.end(), byLq);
    std::stable_sort(a.threats.begin(), a.threats.end(), byLq);
    std::stable_sort(a.opportunities.begin(), a.opportunities.end(),
                     [](const SectorItem& x, const SectorItem& y) { return x.density > y.density; });

    if (a.level)
        a.neighbours = neighboursOf(a.economyRegion, *a.level, lq, ctx);
    a.gaps = gapsOf(a, ctx.registry());
    return a;
}

} // namespace

Agenda agendaOf(const QString& codeIn, const AgendaContext& ctx)
{
    const QString code = codeIn.trimmed().toUpper();
    Agenda a;
    a.economyRegion = economy::panelRegion(code, ctx.regions(), ctx.panel());
    if (!a.economyRegion.valid())
        throw std::invalid_argument(QCoreApplication::translate("regio::agenda", "onbekend gebied '%1'").arg(codeIn).toStdString());
    a.code = a.economyRegion.code;
    a.name = a.economyRegion.name;
    if (a.code == QLatin1String("NL01")) {
        for (const Municipality& m : ctx.regions().municipalities())
            a.municipalities << m.code;
        a.municipalities.sort();
    } else {
        a.level = levelOfCode(a.code);
        a.municipalities = ctx.regions().municipalityCodesOf(a.code);
        a.municipalities.sort();
    }
    return build(std::move(a), ctx);
}

Agenda agendaOfMunicipalities(const QStringList& municipalities, const QString& name, const AgendaContext& ctx)
{
    Agenda a;
    a.name = name;
    a.municipalities = municipalities;
    a.municipalities.sort();
    a.municipalities.removeDuplicates();
    a.economyRegion = economy::panelRegionOfMunicipalities(a.municipalities, name, ctx.regions(), ctx.panel());
    if (!a.economyRegion.valid())
        throw std::invalid_argument(QCoreApplication::translate("regio::agenda", "gebied '%1' heeft geen economische gegevens").arg(name).toStdString());
    return build(std::move(a), ctx);
}

Agenda agendaOfBody(const QString& bodyId, const AgendaContext& ctx)
{
    const int index = ctx.registry().indexOf(bodyId);
    if (index < 0)
        throw std::invalid_argument(QCoreApplication::translate("regio::agenda", "onbekend samenwerkingsverband '%1'").arg(bodyId).toStdString());
    const registry::Body& body = ctx.registry().bodies[size_t(index)];
    // A body wholly abroad (registry version 2), or with sites somewhere in the country, has no
    // municipality to build an agenda for.
    if (ctx.bodyIndex().municipalitiesOf(index).isEmpty())
        throw std::invalid_argument(QCoreApplication::translate("regio::agenda",
                                                                "samenwerkingsverband '%1' ligt niet in een bekende "
                                                                "Nederlandse gemeente (%2): geen agenda mogelijk")
                                        .arg(body.displayName(), body.territoryBasis)
                                        .toStdString());
    return agendaOfMunicipalities(ctx.bodyIndex().municipalitiesOf(index), body.displayName(), ctx);
}

std::vector<ThemeEntry> uncoveredSpecialisations(Level level, const AgendaContext& ctx)
{
    std::vector<ThemeEntry> out;
    const coverage::CoverageOptions options{ctx.options().includeEnded, !ctx.options().includeNational, std::nullopt};
    for (const Region* r : ctx.regionsOf(level)) {
        ThemeEntry e{r->code, r->name, 0, {}, {}, {}, {}};
        const economy::PanelRegion pr = economy::panelRegion(r->code, ctx.regions(), ctx.panel());
        if (pr.valid()) {
            const coverage::CoverageResult cov =
                coverage::coverageOf(ctx.regions().municipalityCodesOf(r->code), ctx.registry(), ctx.bodyIndex(), options);
            const bool economyWhole = cov.cornersWhole.contains(Domain::Economie);
            for (const economy::SectorFigure& f : economy::sectorStructure(ctx.panel(), pr, ctx.toYear()).sectors) {
                if (!isKnown(f.lq) || f.lq <= 1.0)
                    continue;
                ++e.specialisations;
                if (!economyWhole) {
                    e.uncovered << f.letters;
                    e.uncoveredKeys << f.key;
                }
                bool fullTable = false;
                for (const coverage::BodyCoverage& c : cov.bodies) {
                    const registry::Body& b = ctx.registry().bodies[size_t(c.body)];
                    fullTable = fullTable
                                || (c.wholeRegion && b.domains.contains(Domain::Economie)
                                    && missingActors({Domain::Economie}, b.actors, isKnowledgeIntensive(f.letters)).isEmpty());
                }
                if (!fullTable) {
                    e.withoutFullTable << f.letters;
                    e.withoutFullTableKeys << f.key;
                }
            }
        }
        out.push_back(e);
    }
    return out;
}

} // namespace regio::agenda
