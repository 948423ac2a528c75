#include "coverage/coverage_table.h"

#include <QCoreApplication>

namespace regio::coverage {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("regio::coverage::CoverageTable", text); }

QString names(const std::vector<int>& bodies, const Registry& registry)
{
    QStringList out;
    for (int b : bodies)
        out << registry.bodies[size_t(b)].displayName();
    return out.join(QStringLiteral("; "));
}
} // namespace

io::Table coverageBodiesTable(const CoverageResult& result, const Registry& registry, const QString& regionName,
                              const QString& sourceLine)
{
    using io::TableCell;
    io::Table t;
    t.title = tr("Samenwerkingsverbanden — %1").arg(regionName);
    t.sourceLine = sourceLine;
    t.notes << tr("%1 gemeenten in het gebied; 'Gemeenten in gebied' telt de gemeenten van het gebied die het verband dekt.")
                   .arg(result.municipalities.size());
    t.headers = {tr("Naam"), tr("Id"), tr("Type"), tr("Domeinen"), tr("Rollen"), tr("Actoren"), tr("Schaal"),
                 tr("Hele gebied"), tr("Gemeenten in gebied"), tr("Dekking"), tr("Bron"), tr("Betrouwbaarheid")};
    const int size = int(result.municipalities.size());
    for (const BodyCoverage& c : result.bodies) {
        const registry::Body& b = registry.bodies[size_t(c.body)];
        std::vector<TableCell> r;
        r.push_back(TableCell::fromText(b.name));
        r.push_back(TableCell::fromText(b.id));
        r.push_back(TableCell::fromText(registry::label(b.type)));
        r.push_back(TableCell::fromText(registry::joinLabels(b.domains)));
        r.push_back(TableCell::fromText(registry::joinLabels(b.roles)));
        r.push_back(TableCell::fromText(registry::joinLabels(b.actors)));
        r.push_back(TableCell::fromText(registry::label(b.scale)));
        r.push_back(TableCell::fromText(c.wholeRegion ? tr("ja") : tr("nee")));
        r.push_back(TableCell::number(c.municipalities, 0));
        r.push_back(size > 0 ? TableCell::percentage(double(c.municipalities) / size, 0)
                             : TableCell::missing(tr("gebied zonder gemeenten")));
        r.push_back(b.source.isEmpty() ? TableCell::missing(tr("geen bron vermeld")) : TableCell::fromText(b.source));
        r.push_back(TableCell::fromText(registry::label(b.confidence)));
        t.rows.push_back(std::move(r));
    }
    return t;
}

io::Table coverageSummaryTable(const CoverageResult& result, const Registry& registry, const QString& regionName,
                               const QString& sourceLine)
{
    using io::TableCell;
    io::Table t;
    t.title = tr("Driehoek — %1").arg(regionName);
    t.sourceLine = sourceLine;
    t.headers = {tr("Onderdeel"), tr("Aantal"), tr("Samenwerkingsverbanden")};
    const auto row = [&t](const QString& what, const std::vector<int>& bodies, const Registry& reg) {
        t.rows.push_back({TableCell::fromText(what), TableCell::number(double(bodies.size()), 0), TableCell::fromText(names(bodies, reg))});
    };
    for (Domain d : registry::allDomains)
        row(tr("Hoek: %1").arg(registry::label(d)), result.perCorner[size_t(indexOf(d))], registry);
    for (Side s : allSides)
        row(tr("Zijde: %1").arg(label(s)), result.perSide[size_t(indexOf(s))], registry);
    row(tr("Integraal (alle drie domeinen)"), result.integraal, registry);
    t.rows.push_back({TableCell::fromText(tr("Actoren aanwezig")), TableCell::number(result.actorsPresent.size(), 0),
                      TableCell::fromText(registry::joinLabels(result.actorsPresent))});
    t.rows.push_back({TableCell::fromText(tr("Actoren ontbrekend")), TableCell::number(result.actorsMissing.size(), 0),
                      TableCell::fromText(registry::joinLabels(result.actorsMissing))});
    t.rows.push_back({TableCell::fromText(tr("Aantal samenwerkingsverbanden (drukte)")), TableCell::number(result.drukte(), 0),
                      TableCell::fromText(QString())});
    for (const QString& g : gaps(result))
        t.rows.push_back({TableCell::fromText(tr("Lacune")), TableCell::missing(), TableCell::fromText(g)});
    return t;
}

} // namespace regio::coverage
