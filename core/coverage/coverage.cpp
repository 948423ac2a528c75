#include "coverage/coverage.h"

#include <QCoreApplication>

#include "regions/region_model.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace regio::coverage {

using registry::Actor;
using registry::Body;
using registry::Status;

namespace {

// Present under the options, whatever the territory kind.
bool present(const Body& body, const CoverageOptions& options)
{
    if (options.year)
        return registry::presentIn(body, *options.year);
    return options.includeEnded || body.status != Status::Beeindigd;
}

// The bodies of one municipality that count under `options` (B(m), DESIGN.md §5).
std::vector<int> bodiesOf(const QString& municipality, const Registry& registry, const BodyIndex& index,
                          const CoverageOptions& options)
{
    std::vector<int> out;
    for (int b : index.bodiesIn(municipality))
        if (size_t(b) < registry.bodies.size() && counts(registry.bodies[size_t(b)], options))
            out.push_back(b);
    return out;
}

// Same-type overlap is about regional bodies competing for the same ground ("bestuurlijke
// drukte"); a national programme lies over every municipality alike and would make every type
// with one regional body look crowded, so national territories are left out of overlaps.
bool overlapCandidate(const Body& body)
{
    return !body.territory.national;
}

// Where a body sits in the triangle: corner, side or centre, by its number of domains.
void place(int b, DomainSet domains, CoverageResult& result)
{
    for (Domain d : domains.values())
        result.perCorner[size_t(indexOf(d))].push_back(b);
    if (domains.size() == 1)
        result.cornerOnly[size_t(indexOf(domains.values().front()))].push_back(b);
    if (domains.size() == 2)
        for (Side s : allSides)
            if (domainsOf(s) == domains)
                result.perSide[size_t(indexOf(s))].push_back(b);
    if (domains.size() == 3)
        result.integraal.push_back(b); // one body spans all three corners (DESIGN.md §5)
}

} // namespace

bool counts(const Body& body, const CoverageOptions& options)
{
    return present(body, options) && body.territory.kind == registry::TerritoryKind::Gebied
        && !(options.excludeNational && body.territory.national);
}

QString referenceYearLabel(const CoverageOptions& options)
{
    return options.year ? QCoreApplication::translate("regio::coverage", "peiljaar %1").arg(*options.year)
                        : QCoreApplication::translate("regio::coverage", "huidige situatie");
}

DomainSet domainsOf(Side side)
{
    switch (side) {
    case Side::EconomieOnderwijs: return {Domain::Economie, Domain::Onderwijs};
    case Side::OnderwijsArbeidsmarkt: return {Domain::Onderwijs, Domain::Arbeidsmarkt};
    case Side::EconomieArbeidsmarkt: return {Domain::Economie, Domain::Arbeidsmarkt};
    }
    return {};
}

QString key(Side side)
{
    switch (side) {
    case Side::EconomieOnderwijs: return QStringLiteral("economie-onderwijs");
    case Side::OnderwijsArbeidsmarkt: return QStringLiteral("onderwijs-arbeidsmarkt");
    case Side::EconomieArbeidsmarkt: return QStringLiteral("economie-arbeidsmarkt");
    }
    return {};
}

QString label(Side side)
{
    switch (side) {
    case Side::EconomieOnderwijs: return QCoreApplication::translate("regio::coverage", "Economie–Onderwijs");
    case Side::OnderwijsArbeidsmarkt: return QCoreApplication::translate("regio::coverage", "Onderwijs–Arbeidsmarkt");
    case Side::EconomieArbeidsmarkt: return QCoreApplication::translate("regio::coverage", "Economie–Arbeidsmarkt");
    }
    return {};
}

const BodyCoverage* CoverageResult::find(int body) const
{
    for (const BodyCoverage& c : bodies)
        if (c.body == body)
            return &c;
    return nullptr;
}

CoverageResult coverageOf(const QStringList& municipalityCodes, const Registry& registry, const BodyIndex& index,
                          const CoverageOptions& options)
{
    CoverageResult result;
    result.municipalities = municipalityCodes;
    result.municipalities.sort();
    result.municipalities.removeDuplicates();

    // B(R) = ∪ B(m): how many of the region's municipalities each body holds, and per type the
    // municipalities where two or more bodies of that type coincide.
    std::vector<int> held(registry.bodies.size(), 0);
    std::map<BodyType, std::pair<std::set<int>, QStringList>> sameType;
    std::set<int> sites;
    for (const QString& m : result.municipalities) {
        for (int b : index.bodiesIn(m))
            if (size_t(b) < registry.bodies.size()) {
                const Body& body = registry.bodies[size_t(b)];
                if (body.territory.kind == registry::TerritoryKind::Locaties && present(body, options)
                    && !(options.excludeNational && body.territory.national))
                    sites.insert(b);
            }
        std::map<BodyType, std::vector<int>> byType;
        for (int b : bodiesOf(m, registry, index, options)) {
            ++held[size_t(b)];
            if (overlapCandidate(registry.bodies[size_t(b)]))
                byType[registry.bodies[size_t(b)].type].push_back(b);
        }
        for (const auto& [type, bodies] : byType) {
            if (bodies.size() < 2)
                continue;
            auto& [set, where] = sameType[type];
            set.insert(bodies.begin(), bodies.end());
            where << m;
        }
    }

    const int regionSize = int(result.municipalities.size());
    for (size_t b = 0; b < held.size(); ++b) {
        if (held[b] == 0)
            continue;
        const Body& body = registry.bodies[b];
        const bool whole = held[b] == regionSize;
        result.bodies.push_back({int(b), held[b], whole});
        result.corners |= body.domains;
        if (whole)
            result.cornersWhole |= body.domains;
        result.actorsPresent |= body.actors;
        place(int(b), body.domains, result);
    }
    for (Actor a : registry::allActors)
        if (!result.actorsPresent.contains(a))
            result.actorsMissing.insert(a);
    for (const auto& [type, found] : sameType)
        result.overlaps.push_back({type, std::vector<int>(found.first.begin(), found.first.end()), found.second});
    result.sites.assign(sites.begin(), sites.end());
    return result;
}

QStringList gaps(const CoverageResult& result)
{
    QStringList out;
    if (result.bodies.empty()) {
        out << QCoreApplication::translate("regio::coverage", "Geen enkel samenwerkingsverband");
    }
    for (Domain d : registry::allDomains) {
        if (!result.corners.contains(d))
            out << QCoreApplication::translate("regio::coverage", "%1 niet vertegenwoordigd").arg(registry::label(d));
        else if (!result.cornersWhole.contains(d))
            out << QCoreApplication::translate("regio::coverage", "%1 alleen in een deel van de regio vertegenwoordigd").arg(registry::label(d));
    }
    if (!result.isIntegraal())
        out << QCoreApplication::translate("regio::coverage", "Geen samenwerkingsverband dat de hele driehoek afdekt");
    for (Actor a : result.actorsMissing.values())
        out << registry::absenceSentence(a);
    return out;
}

QStringList overlapSentences(const CoverageResult& result, const Registry& registry)
{
    QStringList out;
    for (const Overlap& o : result.overlaps) {
        QStringList names;
        for (int b : o.bodies)
            names << registry.bodies[size_t(b)].displayName();
        out << QStringLiteral("%1 %2: %3")
                   .arg(o.bodies.size())
                   .arg(registry::labelPlural(o.type), names.join(QStringLiteral(", ")));
    }
    return out;
}

std::vector<ScaleCell> scalesOf(const QString& municipalityCode, const Registry& registry, const BodyIndex& index,
                                const CoverageOptions& options)
{
    std::map<std::pair<Domain, Scale>, std::vector<int>> cells;
    for (int b : bodiesOf(municipalityCode, registry, index, options)) {
        const Body& body = registry.bodies[size_t(b)];
        for (Domain d : body.domains.values())
            cells[{d, body.scale}].push_back(b);
    }
    std::vector<ScaleCell> out;
    for (auto& [where, bodies] : cells)
        out.push_back({where.first, where.second, std::move(bodies)});
    return out;
}

std::vector<MunicipalitySummary> nationalSummary(const RegionModel& regions, const Registry& registry,
                                                 const BodyIndex& index, const CoverageOptions& options)
{
    std::vector<MunicipalitySummary> out;
    out.reserve(regions.municipalities().size());
    for (const Municipality& m : regions.municipalities()) {
        MunicipalitySummary s;
        s.code = m.code;
        DomainSet corners;
        std::map<BodyType, int> perType;
        for (int b : bodiesOf(m.code, registry, index, options)) {
            const Body& body = registry.bodies[size_t(b)];
            ++s.bodies;
            corners |= body.domains;
            s.integraal = s.integraal || body.domains.size() == 3;
            if (overlapCandidate(body))
                ++perType[body.type];
        }
        s.corners = corners.size();
        for (const auto& [type, n] : perType)
            s.overlaps += n >= 2 ? 1 : 0;
        out.push_back(s);
    }
    return out;
}

} // namespace regio::coverage

namespace regio::coverage {

AccountabilityCount accountabilityIn(const QString& municipalityCode, const Registry& registry,
                                     const BodyIndex& index, const CoverageOptions& options)
{
    AccountabilityCount c;
    c.code = municipalityCode;
    for (int b : bodiesOf(municipalityCode, registry, index, options)) {
        switch (registry::accountabilityOf(registry.bodies[size_t(b)])) {
        case registry::Accountability::Gekozen: ++c.elected; break;
        case registry::Accountability::NietGekozen: ++c.notElected; break;
        case registry::Accountability::Onbekend: ++c.unknown; break;
        }
    }
    return c;
}

std::vector<AccountabilityCount> accountabilitySummary(const RegionModel& regions, const Registry& registry,
                                                       const BodyIndex& index, const CoverageOptions& options)
{
    std::vector<AccountabilityCount> out;
    out.reserve(regions.municipalities().size());
    for (const Municipality& m : regions.municipalities())
        out.push_back(accountabilityIn(m.code, registry, index, options));
    return out;
}

std::vector<YearCount> bodiesPerYear(const Registry& registry, int from, int to)
{
    std::vector<YearCount> out;
    for (int year = from; year <= to; ++year) {
        YearCount y;
        y.year = year;
        for (const Body& body : registry.bodies)
            if (registry::presentIn(body, year)) {
                ++y.perType[size_t(body.type)];
                ++y.total;
            }
        out.push_back(y);
    }
    return out;
}

int bodiesWithoutFoundingYear(const Registry& registry)
{
    int n = 0;
    for (const Body& body : registry.bodies)
        n += body.founded ? 0 : 1;
    return n;
}

} // namespace regio::coverage
