#include "economy/economy_table.h"

#include "economy/indicators.h"

#include <QCoreApplication>

namespace regio::economy {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("regio::economy::EconomyTable", text); }
} // namespace

QString specialisationChangeText(SpecialisationChange change)
{
    switch (change) {
    case SpecialisationChange::Entry: return tr("nieuw (intrede)");
    case SpecialisationChange::Exit: return tr("verloren (uittrede)");
    case SpecialisationChange::Stays: return tr("blijft");
    case SpecialisationChange::Absent: return tr("—");
    case SpecialisationChange::Unknown: return tr("onbekend");
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
    t.title = binary ? tr("Specialisaties (LQ > 1)") : tr("Locatiequotiënten");
    t.sourceLine = data.demonstration ? demoNotice()
                 : !data.source.isEmpty() ? data.source
                                          : tr("Bron: eigen werkgelegenheidsbestand");
    t.notes << tr("LQ = (banen in de sector in de regio / banen in de regio) / (banen in de sector in totaal / alle banen); "
                  "gespecialiseerd als LQ > 1.");
    t.headers = {tr("Regio"), tr("Naam")};
    for (const QString& code : lq.colLabels()) {
        const QString name = data.sectorName(code);
        t.headers << (name.isEmpty() || name == code ? code : QStringLiteral("%1 %2").arg(code, name));
    }
    const QString unknown = tr("onbekend: geheim of ontbrekend in de bron, niet 0");
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
    t.title = tr("Economische structuur — %1, %2").arg(regionName).arg(s.year);
    t.sourceLine = sourceLine;
    if (!basis.isEmpty())
        t.notes << tr("Gebied: %1").arg(basis);
    const bool withGrowth = !g.sectors.empty();
    t.headers = {tr("Sectie"), tr("Sector"), tr("Banen %1").arg(s.year), tr("Aandeel"), tr("Aandeel Nederland"), tr("LQ")};
    if (withGrowth) {
        t.headers << tr("Banen %1").arg(g.from) << tr("Verandering %1–%2").arg(g.from).arg(g.to)
                  << tr("Nationale groei") << tr("Sectorstructuur (mix)") << tr("Regionaal effect")
                  << tr("Specialisatie %1–%2").arg(g.from).arg(g.to);
        t.notes << tr("Shift-share (Dunn 1960): verandering = nationale groei + sectorstructuur + regionaal effect.");
    }
    const QString suppressed = tr("geheim: door CBS onderdrukt, onbekend (niet 0)");
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
            const QString unknown = tr("in %1 of %2 geheim: onbekend").arg(g.from).arg(g.to);
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
