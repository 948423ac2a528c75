#include "agenda/agenda_table.h"

#include <QCoreApplication>

namespace regio::agenda {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("regio::agenda::AgendaTable", text); }

QString kindText(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Strength: return tr("sterkte");
    case ItemKind::Threat: return tr("bedreiging");
    case ItemKind::Opportunity: return tr("kans");
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
    t.title = tr("Agenda — %1").arg(a.name);
    t.sourceLine = sourceOf(a);
    if (!a.economyRegion.basis.isEmpty())
        t.notes << tr("Gebied: %1").arg(a.economyRegion.basis);
    t.notes << tr("Sterkte: LQ > 1; bedreiging: een sterkte die langzamer groeit dan de sector in Nederland; "
                  "kans: een niet-gespecialiseerde sector met een hoge verwantschapsdichtheid.");
    t.headers = {tr("Soort"), tr("Sectie"), tr("Sector"), tr("Banen %1").arg(a.to), tr("Banen %1").arg(a.from),
                 tr("Verandering"), tr("Groei"), tr("Groei Nederland"), tr("LQ %1").arg(a.to), tr("LQ %1").arg(a.from),
                 tr("Dichtheid (0–100)"), tr("Kennisintensief"), tr("Verbanden die kunnen handelen")};
    const QString unknown = tr("onbekend: geheim (door CBS onderdrukt) of niet te berekenen, niet 0");
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
                              TableCell::fromText(s.knowledgeIntensive ? tr("ja") : tr("nee")),
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
    t.title = tr("Lacunes — %1").arg(a.name);
    t.sourceLine = sourceOf(a);
    t.headers = {tr("Lacune"), tr("Secties"), tr("Verbanden")};
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
