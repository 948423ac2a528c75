#include "economy/economy_table.h"

#include "economy/indicators.h"

#include <QCoreApplication>

namespace regio::economy {

QString specialisationChangeText(SpecialisationChange change)
{
    switch (change) {
    case SpecialisationChange::Entry: return QCoreApplication::translate("regio::economy::EconomyTable", "nieuw (intrede)");
    case SpecialisationChange::Exit: return QCoreApplication::translate("regio::economy::EconomyTable", "verloren (uittrede)");
    case SpecialisationChange::Stays: return QCoreApplication::translate("regio::economy::EconomyTable", "blijft");
    case SpecialisationChange::Absent: return QCoreApplication::translate("regio::economy::EconomyTable", "—");
    case SpecialisationChange::Unknown: return QCoreApplication::translate("regio::economy::EconomyTable", "onbekend");
    }
    return {};
}

io::Table lqTable(const EconomyData& data, bool binary)
{
    using io::TableCell;
    Matrix lq = data.locationQuotients();
    if (binary)
        lq = binarySpecialisation(lq);
    io::Table t;
    t.title = binary ? QCoreApplication::translate("regio::economy::EconomyTable", "Specialisaties (LQ > 1)") : QCoreApplication::translate("regio::economy::EconomyTable", "Locatiequotiënten");
    t.sourceLine = data.demonstration ? demoNotice()
                 : !data.source.isEmpty() ? data.source
                                          : QCoreApplication::translate("regio::economy::EconomyTable", "Bron: eigen werkgelegenheidsbestand");
    t.notes << QCoreApplication::translate("regio::economy::EconomyTable", "LQ = (banen in de sector in de regio / banen in de regio) / (banen in de sector in totaal / alle banen); "
                  "gespecialiseerd als LQ > 1.");
    t.headers = {QCoreApplication::translate("regio::economy::EconomyTable", "Regio"), QCoreApplication::translate("regio::economy::EconomyTable", "Naam")};
    for (const QString& code : lq.colLabels()) {
        const QString name = data.sectorName(code);
        t.headers << (name.isEmpty() || name == code ? code : QStringLiteral("%1 %2").arg(code, name));
    }
    const QString unknown = QCoreApplication::translate("regio::economy::EconomyTable", "onbekend: geheim of ontbrekend in de bron, niet 0");
    for (size_t r = 0; r < lq.rows(); ++r) {
        const QString code = lq.rowLabels()[qsizetype(r)];
        const QString name = data.regionName(code);
        std::vector<TableCell> row{TableCell::fromText(code), name.isEmpty() || name == code ? TableCell::missing() : TableCell::fromText(name)};
        for (size_t c = 0; c < lq.cols(); ++c)
            row.push_back(TableCell::numberOr(lq(r, c), binary ? 0 : 3, unknown));
        t.rows.push_back(std::move(row));
    }
    return t;
}

io::Table sectorTable(const SectorStructure& s, const Growth& g, const QString& regionName, const QString& basis,
                      const QString& sourceLine)
{
    using io::TableCell;
    io::Table t;
    t.title = QCoreApplication::translate("regio::economy::EconomyTable", "Economische structuur — %1, %2").arg(regionName).arg(s.year);
    t.sourceLine = sourceLine;
    if (!basis.isEmpty())
        t.notes << QCoreApplication::translate("regio::economy::EconomyTable", "Gebied: %1").arg(basis);
    const bool withGrowth = !g.sectors.empty();
    t.headers = {QCoreApplication::translate("regio::economy::EconomyTable", "Sectie"), QCoreApplication::translate("regio::economy::EconomyTable", "Sector"), QCoreApplication::translate("regio::economy::EconomyTable", "Banen %1").arg(s.year), QCoreApplication::translate("regio::economy::EconomyTable", "Aandeel"), QCoreApplication::translate("regio::economy::EconomyTable", "Aandeel Nederland"), QCoreApplication::translate("regio::economy::EconomyTable", "LQ")};
    if (withGrowth) {
        t.headers << QCoreApplication::translate("regio::economy::EconomyTable", "Banen %1").arg(g.from) << QCoreApplication::translate("regio::economy::EconomyTable", "Verandering %1–%2").arg(g.from).arg(g.to)
                  << QCoreApplication::translate("regio::economy::EconomyTable", "Nationale groei") << QCoreApplication::translate("regio::economy::EconomyTable", "Sectorstructuur (mix)") << QCoreApplication::translate("regio::economy::EconomyTable", "Regionaal effect")
                  << QCoreApplication::translate("regio::economy::EconomyTable", "Specialisatie %1–%2").arg(g.from).arg(g.to);
        t.notes << QCoreApplication::translate("regio::economy::EconomyTable", "Shift-share (Dunn 1960): verandering = nationale groei + sectorstructuur + regionaal effect.");
    }
    const QString suppressed = QCoreApplication::translate("regio::economy::EconomyTable", "geheim: door CBS onderdrukt, onbekend (niet 0)");
    for (size_t i = 0; i < s.sectors.size(); ++i) {
        const SectorFigure& f = s.sectors[i];
        const bool secret = f.status == CellStatus::Suppressed;
        const auto pct = [&suppressed](double v) { return isKnown(v) ? TableCell::percentage(v, 1) : TableCell::missing(suppressed); };
        std::vector<TableCell> row{TableCell::fromText(f.letters), TableCell::fromText(f.title),
                                   secret ? TableCell::missing(suppressed) : TableCell::numberOr(f.jobs, 0, suppressed),
                                   pct(f.share), pct(f.shareNl),
                                   TableCell::numberOr(f.lq, 2, suppressed)};
        if (withGrowth) {
            const GrowthFigure* gf = i < g.sectors.size() ? &g.sectors[i] : nullptr;
            const QString unknown = QCoreApplication::translate("regio::economy::EconomyTable", "in %1 of %2 geheim: onbekend").arg(g.from).arg(g.to);
            const auto num = [&](double v) { return gf ? TableCell::numberOr(v, 0, unknown) : TableCell::missing(unknown); };
            row.push_back(num(gf ? gf->jobsFrom : kUnknown));
            row.push_back(num(gf ? gf->change : kUnknown));
            row.push_back(num(gf ? gf->national : kUnknown));
            row.push_back(num(gf ? gf->industryMix : kUnknown));
            row.push_back(num(gf ? gf->regional : kUnknown));
            row.push_back(gf ? TableCell::fromText(specialisationChangeText(gf->specialisation)) : TableCell::missing(unknown));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace regio::economy
