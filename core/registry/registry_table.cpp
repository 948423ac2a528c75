#include "registry/registry_table.h"

#include <QCoreApplication>

namespace regio::registry {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("regio::registry::RegistryTable", text); }
} // namespace

io::Table registryTable(const Registry& registry, const BodyIndex* index, const std::vector<int>& chosen)
{
    using io::TableCell;
    io::Table t;
    t.title = tr("Register");
    t.sourceLine = tr("Bron: register '%1'; de bron van elk verband staat in de kolom Bron.").arg(registry.title);
    t.notes << tr("Meerdere waarden in één cel zijn met ';' gescheiden, zoals in het registerbestand.");
    t.headers = {tr("Id"), tr("Naam"), tr("Korte naam"), tr("Type"), tr("Subtype"), tr("Domeinen"), tr("Actoren"),
                 tr("Rollen"), tr("Financiering"), tr("€ per inwoner per jaar"), tr("Opgericht"), tr("Status"),
                 tr("Schaal"), tr("Landelijk"), tr("Gemeenten (codes)"), tr("Indelingen (codes)"), tr("Buitenland"),
                 tr("Gebied in woorden"), tr("Aantal gemeenten"), tr("Bron"), tr("Betrouwbaarheid"), tr("Website"),
                 tr("Toelichting")};
    std::vector<int> rows = chosen;
    if (rows.empty())
        for (size_t i = 0; i < registry.bodies.size(); ++i)
            rows.push_back(int(i));
    const QString sep = QStringLiteral(";");
    for (int i : rows) {
        if (i < 0 || size_t(i) >= registry.bodies.size())
            continue;
        const Body& b = registry.bodies[size_t(i)];
        std::vector<TableCell> r;
        r.push_back(TableCell::fromText(b.id));
        r.push_back(TableCell::fromText(b.name));
        r.push_back(TableCell::fromText(b.shortName));
        r.push_back(TableCell::fromText(key(b.type)));
        r.push_back(TableCell::fromText(b.subtype));
        r.push_back(TableCell::fromText(joinKeys(b.domains, sep)));
        r.push_back(TableCell::fromText(joinKeys(b.actors, sep)));
        r.push_back(TableCell::fromText(joinKeys(b.roles, sep)));
        r.push_back(TableCell::fromText(b.funding));
        r.push_back(b.fundingPerInhabitant ? TableCell::number(*b.fundingPerInhabitant, 2)
                                           : TableCell::missing(tr("niet bekend")));
        r.push_back(b.founded ? TableCell::year(*b.founded) : TableCell::missing(tr("niet bekend")));
        r.push_back(TableCell::fromText(key(b.status)));
        r.push_back(TableCell::fromText(key(b.scale)));
        r.push_back(TableCell::fromText(b.territory.national ? tr("ja") : tr("nee")));
        r.push_back(TableCell::fromText(b.territory.municipalities.join(sep)));
        r.push_back(TableCell::fromText(b.territory.divisions.join(sep)));
        r.push_back(TableCell::fromText(b.territory.abroad.join(sep)));
        r.push_back(TableCell::fromText(b.territoryBasis));
        r.push_back(index && i < index->bodyCount() ? TableCell::number(index->municipalitiesOf(i).size(), 0)
                                                    : TableCell::missing(tr("niet bepaald")));
        r.push_back(TableCell::fromText(b.source));
        r.push_back(TableCell::fromText(key(b.confidence)));
        r.push_back(TableCell::fromText(b.website));
        r.push_back(TableCell::fromText(b.notes));
        t.rows.push_back(std::move(r));
    }
    return t;
}

} // namespace regio::registry
