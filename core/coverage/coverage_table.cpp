#include "coverage/coverage_table.h"

#include <QCoreApplication>

namespace regio::coverage {

namespace {

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
    t.title = QCoreApplication::translate("regio::coverage::CoverageTable", "Samenwerkingsverbanden — %1").arg(regionName);
    t.sourceLine = sourceLine;
    t.notes << QCoreApplication::translate("regio::coverage::CoverageTable", "%1 gemeenten in het gebied; 'Gemeenten in gebied' telt de gemeenten van het gebied die het verband dekt.")
                   .arg(result.municipalities.size());
    t.headers = {QCoreApplication::translate("regio::coverage::CoverageTable", "Naam"), QCoreApplication::translate("regio::coverage::CoverageTable", "Id"), QCoreApplication::translate("regio::coverage::CoverageTable", "Type"), QCoreApplication::translate("regio::coverage::CoverageTable", "Domeinen"), QCoreApplication::translate("regio::coverage::CoverageTable", "Rollen"), QCoreApplication::translate("regio::coverage::CoverageTable", "Actoren"), QCoreApplication::translate("regio::coverage::CoverageTable", "Schaal"),
                 QCoreApplication::translate("regio::coverage::CoverageTable", "Hele gebied"), QCoreApplication::translate("regio::coverage::CoverageTable", "Gemeenten in gebied"), QCoreApplication::translate("regio::coverage::CoverageTable", "Dekking"), QCoreApplication::translate("regio::coverage::CoverageTable", "Bron"), QCoreApplication::translate("regio::coverage::CoverageTable", "Betrouwbaarheid")};
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
        r.push_back(TableCell::fromText(c.wholeRegion ? QCoreApplication::translate("regio::coverage::CoverageTable", "ja") : QCoreApplication::translate("regio::coverage::CoverageTable", "nee")));
        r.push_back(TableCell::number(c.municipalities, 0));
        r.push_back(size > 0 ? TableCell::percentage(double(c.municipalities) / size, 0)
                             : TableCell::missing(QCoreApplication::translate("regio::coverage::CoverageTable", "gebied zonder gemeenten")));
        r.push_back(b.source.isEmpty() ? TableCell::missing(QCoreApplication::translate("regio::coverage::CoverageTable", "geen bron vermeld")) : TableCell::fromText(b.source));
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
    t.title = QCoreApplication::translate("regio::coverage::CoverageTable", "Driehoek — %1").arg(regionName);
    t.sourceLine = sourceLine;
    t.headers = {QCoreApplication::translate("regio::coverage::CoverageTable", "Onderdeel"), QCoreApplication::translate("regio::coverage::CoverageTable", "Aantal"), QCoreApplication::translate("regio::coverage::CoverageTable", "Samenwerkingsverbanden")};
    const auto row = [&t](const QString& what, const std::vector<int>& bodies, const Registry& reg) {
        t.rows.push_back({TableCell::fromText(what), TableCell::number(double(bodies.size()), 0), TableCell::fromText(names(bodies, reg))});
    };
    for (Domain d : registry::allDomains)
        row(QCoreApplication::translate("regio::coverage::CoverageTable", "Hoek: %1").arg(registry::label(d)), result.perCorner[size_t(indexOf(d))], registry);
    for (Side s : allSides)
        row(QCoreApplication::translate("regio::coverage::CoverageTable", "Zijde: %1").arg(label(s)), result.perSide[size_t(indexOf(s))], registry);
    row(QCoreApplication::translate("regio::coverage::CoverageTable", "Integraal (alle drie domeinen)"), result.integraal, registry);
    t.rows.push_back({TableCell::fromText(QCoreApplication::translate("regio::coverage::CoverageTable", "Actoren aanwezig")), TableCell::number(result.actorsPresent.size(), 0),
                      TableCell::fromText(registry::joinLabels(result.actorsPresent))});
    t.rows.push_back({TableCell::fromText(QCoreApplication::translate("regio::coverage::CoverageTable", "Actoren ontbrekend")), TableCell::number(result.actorsMissing.size(), 0),
                      TableCell::fromText(registry::joinLabels(result.actorsMissing))});
    t.rows.push_back({TableCell::fromText(QCoreApplication::translate("regio::coverage::CoverageTable", "Aantal samenwerkingsverbanden (drukte)")), TableCell::number(result.drukte(), 0),
                      TableCell::fromText(QString())});
    for (const QString& g : gaps(result))
        t.rows.push_back({TableCell::fromText(QCoreApplication::translate("regio::coverage::CoverageTable", "Lacune")), TableCell::missing(), TableCell::fromText(g)});
    return t;
}

} // namespace regio::coverage
