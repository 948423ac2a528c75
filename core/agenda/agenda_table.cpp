#include "agenda/agenda_table.h"

#include <QCoreApplication>

namespace regio::agenda {

namespace {

QString kindText(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Strength: return QCoreApplication::translate("regio::agenda::AgendaTable", "sterkte");
    case ItemKind::Threat: return QCoreApplication::translate("regio::agenda::AgendaTable", "bedreiging");
    case ItemKind::Opportunity: return QCoreApplication::translate("regio::agenda::AgendaTable", "kans");
    }
    return {};
}

QString sourceOf(const Agenda& a)
{
    return a.dataSources.join(QStringLiteral("; "));
}
} // namespace

io::Table agendaSectorTable(const Agenda& a)
{
    using io::TableCell;
    io::Table t;
    t.title = QCoreApplication::translate("regio::agenda::AgendaTable", "Agenda — %1").arg(a.name);
    t.sourceLine = sourceOf(a);
    if (!a.economyRegion.basis.isEmpty())
        t.notes << QCoreApplication::translate("regio::agenda::AgendaTable", "Gebied: %1").arg(a.economyRegion.basis);
    t.notes << QCoreApplication::translate("regio::agenda::AgendaTable", "Sterkte: LQ > 1; bedreiging: een sterkte die langzamer groeit dan de sector in Nederland; "
                  "kans: een niet-gespecialiseerde sector met een hoge verwantschapsdichtheid.");
    t.headers = {QCoreApplication::translate("regio::agenda::AgendaTable", "Soort"), QCoreApplication::translate("regio::agenda::AgendaTable", "Sectie"), QCoreApplication::translate("regio::agenda::AgendaTable", "Sector"), QCoreApplication::translate("regio::agenda::AgendaTable", "Banen %1").arg(a.to), QCoreApplication::translate("regio::agenda::AgendaTable", "Banen %1").arg(a.from),
                 QCoreApplication::translate("regio::agenda::AgendaTable", "Verandering"), QCoreApplication::translate("regio::agenda::AgendaTable", "Groei"), QCoreApplication::translate("regio::agenda::AgendaTable", "Groei Nederland"), QCoreApplication::translate("regio::agenda::AgendaTable", "LQ %1").arg(a.to), QCoreApplication::translate("regio::agenda::AgendaTable", "LQ %1").arg(a.from),
                 QCoreApplication::translate("regio::agenda::AgendaTable", "Dichtheid (0–100)"), QCoreApplication::translate("regio::agenda::AgendaTable", "Kennisintensief"), QCoreApplication::translate("regio::agenda::AgendaTable", "Verbanden die kunnen handelen")};
    const QString unknown = QCoreApplication::translate("regio::agenda::AgendaTable", "onbekend: geheim (door CBS onderdrukt) of niet te berekenen, niet 0");
    const auto add = [&](ItemKind kind, const std::vector<SectorItem>& items) {
        for (const SectorItem& s : items) {
            QStringList bodies;
            for (const ActingBody& b : s.bodies)
                bodies << b.name;
            t.rows.push_back({TableCell::fromText(kindText(kind)), TableCell::fromText(s.letters), TableCell::fromText(s.title),
                              TableCell::numberOr(s.jobs, 0, unknown), TableCell::numberOr(s.jobsFrom, 0, unknown),
                              TableCell::numberOr(s.change, 0, unknown),
                              economy::isKnown(s.growth) ? TableCell::percentage(s.growth, 1) : TableCell::missing(unknown),
                              economy::isKnown(s.nationalGrowth) ? TableCell::percentage(s.nationalGrowth, 1)
                                                                 : TableCell::missing(unknown),
                              TableCell::numberOr(s.lq, 2, unknown), TableCell::numberOr(s.lqFrom, 2, unknown),
                              TableCell::numberOr(s.density, 1, unknown),
                              TableCell::fromText(s.knowledgeIntensive ? QCoreApplication::translate("regio::agenda::AgendaTable", "ja") : QCoreApplication::translate("regio::agenda::AgendaTable", "nee")),
                              TableCell::fromText(bodies.join(QStringLiteral("; ")))});
        }
    };
    add(ItemKind::Strength, a.strengths);
    add(ItemKind::Threat, a.threats);
    add(ItemKind::Opportunity, a.opportunities);
    return t;
}

io::Table agendaGapTable(const Agenda& a)
{
    using io::TableCell;
    io::Table t;
    t.title = QCoreApplication::translate("regio::agenda::AgendaTable", "Lacunes — %1").arg(a.name);
    t.sourceLine = sourceOf(a);
    t.headers = {QCoreApplication::translate("regio::agenda::AgendaTable", "Lacune"), QCoreApplication::translate("regio::agenda::AgendaTable", "Secties"), QCoreApplication::translate("regio::agenda::AgendaTable", "Verbanden")};
    for (const Gap& g : a.gaps)
        t.rows.push_back({TableCell::fromText(g.text), TableCell::fromText(g.sectors.join(QStringLiteral("; "))),
                          TableCell::fromText(g.bodies.join(QStringLiteral("; ")))});
    return t;
}

std::vector<io::Table> agendaTables(const Agenda& a)
{
    return {agendaSectorTable(a), agendaGapTable(a)};
}

} // namespace regio::agenda
