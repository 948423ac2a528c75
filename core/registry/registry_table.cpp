#include "registry/registry_table.h"

#include <QCoreApplication>

namespace regio::registry {

io::Table registryTable(const Registry& registry, const std::vector<int>& chosen)
{
    using io::TableCell;
    io::Table t;
    t.title = QCoreApplication::translate("regio::registry::RegistryTable", "Register");
    t.sourceLine = QCoreApplication::translate("regio::registry::RegistryTable", "Bron: register '%1'; de bron van elk verband staat in de kolom Bron.").arg(registry.title);
    t.notes << QCoreApplication::translate("regio::registry::RegistryTable", "Meerdere waarden in één cel zijn met ';' gescheiden, zoals in het registerbestand.");
    t.notes << QCoreApplication::translate("regio::registry::RegistryTable", "Financiering per inwoner: euro per inwoner per jaar. Gemeenten en Indelingen: CBS-codes "
                  "(GM, PV, CR, AM). Gebiedsbasis: het gebied in woorden.");
    t.notesOnOwnSheet = true; // the sheet itself reads back as a registry
    // The column names of the spreadsheet import (registry_sheet.h), not translated: they are read back.
    t.headers = {QStringLiteral("Id"), QStringLiteral("Naam"), QStringLiteral("Korte naam"), QStringLiteral("Type"),
                 QStringLiteral("Subtype"), QStringLiteral("Domeinen"), QStringLiteral("Actoren"), QStringLiteral("Rollen"),
                 QStringLiteral("Financiering"), QStringLiteral("Financiering per inwoner"), QStringLiteral("Opgericht"),
                 QStringLiteral("Status"), QStringLiteral("Schaal"), QStringLiteral("Landelijk"), QStringLiteral("Gemeenten"),
                 QStringLiteral("Indelingen"), QStringLiteral("Buitenland"), QStringLiteral("Gebiedsbasis"),
                 QStringLiteral("Bron"), QStringLiteral("Betrouwbaarheid"), QStringLiteral("Website"),
                 QStringLiteral("Opmerkingen"),
                 // Format version 2: end year, kind of territory, legal form, oversight, funding sources.
                 QStringLiteral("Beëindigd"), QStringLiteral("Soort gebied"), QStringLiteral("Rechtsvorm"),
                 QStringLiteral("Bron rechtsvorm"), QStringLiteral("Toezicht"), QStringLiteral("Bron toezicht"),
                 QStringLiteral("Geldbronnen"), QStringLiteral("Bron geldbronnen")};
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
        r.push_back(b.fundingPerInhabitant ? TableCell::number(*b.fundingPerInhabitant)
                                           : TableCell::missing(QCoreApplication::translate("regio::registry::RegistryTable", "niet bekend")));
        r.push_back(b.founded ? TableCell::year(*b.founded) : TableCell::missing(QCoreApplication::translate("regio::registry::RegistryTable", "niet bekend")));
        r.push_back(TableCell::fromText(key(b.status)));
        r.push_back(TableCell::fromText(key(b.scale)));
        r.push_back(TableCell::fromText(b.territory.national ? QStringLiteral("ja") : QStringLiteral("nee")));
        r.push_back(TableCell::fromText(b.territory.municipalities.join(sep)));
        r.push_back(TableCell::fromText(b.territory.divisions.join(sep)));
        r.push_back(TableCell::fromText(b.territory.abroad.join(sep)));
        r.push_back(TableCell::fromText(b.territoryBasis));
        r.push_back(TableCell::fromText(b.source));
        r.push_back(TableCell::fromText(key(b.confidence)));
        r.push_back(TableCell::fromText(b.website));
        r.push_back(TableCell::fromText(b.notes));
        const QString unknown = QCoreApplication::translate("regio::registry::RegistryTable", "niet bekend");
        r.push_back(b.ended ? TableCell::year(*b.ended) : TableCell::missing(unknown));
        r.push_back(TableCell::fromText(key(b.territory.kind)));
        r.push_back(b.legalForm ? TableCell::fromText(key(*b.legalForm)) : TableCell::missing(unknown));
        r.push_back(TableCell::fromText(b.legalFormSource));
        r.push_back(b.oversight ? TableCell::fromText(joinKeys(*b.oversight, sep)) : TableCell::missing(unknown));
        r.push_back(TableCell::fromText(b.oversightSource));
        r.push_back(b.fundingSources ? TableCell::fromText(joinKeys(*b.fundingSources, sep)) : TableCell::missing(unknown));
        r.push_back(TableCell::fromText(b.fundingSourcesSource));
        t.rows.push_back(std::move(r));
    }
    return t;
}

} // namespace regio::registry
