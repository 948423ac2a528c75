#include "economy/regional_structure.h"

#include <QCoreApplication>

#include "regions/region_model.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace regio::economy {

namespace {

bool isNational(const QString& code) { return code == QLatin1String("NL01") || code == QLatin1String("NL"); }

QString labelOf(const RegionModel& regions, const QString& code)
{
    const Region* r = regions.region(code);
    return r ? QStringLiteral("%1 (%2)").arg(r->name, code) : code;
}

QString gemeenten(int n) { return n == 1 ? QCoreApplication::translate("regio::economy", "1 gemeente") : QCoreApplication::translate("regio::economy", "%1 gemeenten").arg(n); }

// The union of COROP areas that best covers a set of municipalities: every COROP area with more
// than half of its municipalities in the set; when there is none, the one holding most of them.
PanelRegion approximateByCorop(const QStringList& municipalities, const RegionModel& regions, const EmploymentPanel& panel)
{
    PanelRegion result;
    QMap<QString, int> inside;  // sorted by code: deterministic
    int known = 0;
    for (const QString& m : municipalities) {
        const Municipality* mun = regions.municipality(m);
        if (!mun)
            continue;
        ++known;
        ++inside[mun->membership(Level::Corop)];
    }
    result.municipalitiesTotal = known;
    if (known == 0)
        return result;
    QStringList chosen;
    for (auto it = inside.cbegin(); it != inside.cend(); ++it) {
        const Division* corop = regions.division(it.key());
        if (corop && 2 * it.value() > corop->members.size())
            chosen << it.key();
    }
    if (chosen.isEmpty()) {
        QString best;
        int most = 0;
        for (auto it = inside.cbegin(); it != inside.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        chosen << best;
    }
    QStringList labels;
    for (const QString& c : chosen) {
        if (panel.regionIndex(c) < 0) {
            result.basis = QCoreApplication::translate("regio::economy", "geen gegevens voor %1").arg(labelOf(regions, c));
            return result;
        }
        const Division* corop = regions.division(c);
        const int n = inside.value(c);
        result.municipalitiesCovered += n;
        result.municipalitiesOutside += int(corop->members.size()) - n;
        labels << labelOf(regions, c);
    }
    result.rows = chosen;
    result.exact = result.municipalitiesCovered == result.municipalitiesTotal && result.municipalitiesOutside == 0;
    const QString areas = (chosen.size() == 1 ? QCoreApplication::translate("regio::economy", "COROP-gebied ") : QCoreApplication::translate("regio::economy", "COROP-gebieden "))
                          + labels.join(QStringLiteral(", "));
    if (result.exact) {
        result.basis = chosen.size() == 1 ? areas : QCoreApplication::translate("regio::economy", "som van de %1").arg(areas);
    } else {
        result.basis = approximationPrefix() + QCoreApplication::translate("regio::economy", "%1; %2 van %3 gemeenten van het gebied liggen daarin")
                           .arg(areas).arg(result.municipalitiesCovered).arg(result.municipalitiesTotal);
        if (result.municipalitiesOutside > 0)
            result.basis += QCoreApplication::translate("regio::economy", ", plus %1 daarbuiten").arg(gemeenten(result.municipalitiesOutside));
    }
    return result;
}

} // namespace

QString approximationPrefix()
{
    return QCoreApplication::translate("regio::economy", "benadering: ");
}

namespace {

double growthRate(double from, double to)
{
    return isKnown(from) && isKnown(to) && from > 0 ? to / from - 1.0 : kUnknown;
}

} // namespace

QStringList nationalRows(const EmploymentPanel& panel)
{
    QStringList out;
    for (qsizetype r : panel.nationalRowIndices())
        out << panel.regions()[r];
    return out;
}

PanelRegion panelRegion(const QString& codeIn, const RegionModel& regions, const EmploymentPanel& panel)
{
    const QString code = codeIn.trimmed().toUpper();
    PanelRegion result;
    if (isNational(code)) {
        result.code = QStringLiteral("NL01");
        result.name = QStringLiteral("Nederland");
        result.rows = nationalRows(panel);
        result.exact = true;
        result.municipalitiesTotal = result.municipalitiesCovered = int(regions.municipalities().size());
        result.basis = QCoreApplication::translate("regio::economy", "som van de %1 COROP-gebieden").arg(result.rows.size());
        return result;
    }
    const Region* region = regions.region(code);
    if (panel.regionIndex(code) >= 0) {
        // The panel has the region itself (COROP areas in 83582NED; any level in an import).
        result.code = code;
        result.name = region ? region->name : code;
        result.rows << code;
        result.exact = true;
        const QStringList members = region ? regions.municipalityCodesOf(code) : QStringList();
        result.municipalitiesTotal = result.municipalitiesCovered = int(members.size());
        result.basis = region && region->level == Level::Corop ? QCoreApplication::translate("regio::economy", "COROP-gebied %1").arg(labelOf(regions, code))
                                                              : labelOf(regions, code);
        return result;
    }
    if (!region)
        return result;
    // A provincie is exact exactly when every COROP area it touches lies wholly inside it (nesting):
    // approximateByCorop then reports exact; any straddling area makes it a stated approximation.
    result = approximateByCorop(regions.municipalityCodesOf(code), regions, panel);
    result.code = code;
    result.name = region->name;
    return result;
}

PanelRegion panelRegionOfMunicipalities(const QStringList& municipalities, const QString& name,
                                        const RegionModel& regions, const EmploymentPanel& panel)
{
    PanelRegion result = approximateByCorop(municipalities, regions, panel);
    result.name = name;
    return result;
}

double regionValue(const EmploymentPanel& panel, const QStringList& rows, const QString& key, int year)
{
    if (rows.isEmpty())
        return kUnknown;
    double sum = 0.0;
    for (const QString& r : rows) {
        const double v = panel.value(r, key, year);
        if (!isKnown(v))
            return kUnknown;
        sum += v;
    }
    return sum;
}

double nationalValue(const EmploymentPanel& panel, const QString& key, int year)
{
    const qsizetype k = panel.sectors().indexOf(key);
    const qsizetype y = panel.yearIndex(year);
    if (k < 0 || y < 0)
        return kUnknown;
    double sum = 0.0;
    bool any = false;
    for (qsizetype r : panel.nationalRowIndices()) {
        const double v = panel.value(r, k, y);
        if (isKnown(v)) {
            sum += v;
            any = true;
        }
    }
    return any ? sum : kUnknown;
}

QString cellStatusKey(CellStatus status)
{
    switch (status) {
    case CellStatus::Ok: return QStringLiteral("ok");
    case CellStatus::Suppressed: return QStringLiteral("onderdrukt");
    case CellStatus::Approximate: return QStringLiteral("benadering");
    }
    return {};
}

QString specialisationChangeKey(SpecialisationChange c)
{
    switch (c) {
    case SpecialisationChange::Unknown: return QStringLiteral("onbekend");
    case SpecialisationChange::Entry: return QStringLiteral("intrede");
    case SpecialisationChange::Exit: return QStringLiteral("uittrede");
    case SpecialisationChange::Stays: return QStringLiteral("blijft");
    case SpecialisationChange::Absent: return QStringLiteral("geen");
    }
    return {};
}

SectorStructure sectorStructure(const EmploymentPanel& panel, const PanelRegion& region, int year)
{
    SectorStructure s;
    s.year = year;
    const SectorHierarchy& h = panel.sectors();
    s.total = regionValue(panel, region.rows, h.totalKey(), year);
    s.totalNl = nationalValue(panel, h.totalKey(), year);
    for (const QString& key : h.sections()) {
        SectorFigure f;
        f.key = key;
        f.letters = h.find(key)->letters;
        f.title = sectorTitle(h.find(key)->title);
        f.jobs = regionValue(panel, region.rows, key, year);
        const double nl = nationalValue(panel, key, year);
        // DESIGN.md §5: LQ[r,i] = (E[r,i]/E[r,T]) / (E[NL,i]/E[NL,T]), with E[·,T] the all-activities
        // key and E[NL,·] the sum of the published COROP cells.
        if (isKnown(f.jobs) && isKnown(s.total) && s.total > 0)
            f.share = f.jobs / s.total;
        if (isKnown(nl) && isKnown(s.totalNl) && s.totalNl > 0)
            f.shareNl = nl / s.totalNl;
        if (isKnown(f.share) && isKnown(f.shareNl) && f.shareNl > 0)
            f.lq = f.share / f.shareNl;
        f.status = !isKnown(f.jobs) ? CellStatus::Suppressed : region.exact ? CellStatus::Ok : CellStatus::Approximate;
        s.sectors.push_back(f);
    }
    return s;
}

Growth growth(const EmploymentPanel& panel, const PanelRegion& region, int from, int to)
{
    Growth g;
    g.from = from;
    g.to = to;
    const SectorStructure s0 = sectorStructure(panel, region, from);
    const SectorStructure s1 = sectorStructure(panel, region, to);
    g.totalFrom = s0.total;
    g.totalTo = s1.total;
    const QString total = panel.sectors().totalKey();
    // Shift-share, classic form (Dunn 1960): with national growth g = E₁[NL,T]/E₀[NL,T] − 1, sector
    // growth g_i = E₁[NL,i]/E₀[NL,i] − 1 and regional sector growth g_ri,
    //   national = E₀[r,i]·g,  industry mix = E₀[r,i]·(g_i − g),  regional = E₀[r,i]·(g_ri − g_i),
    // which add up to the change. The regional shift is computed as change − national − mix, which
    // equals E₀·(g_ri − g_i) and stays defined when E₀[r,i] = 0.
    g.nationalGrowth = growthRate(nationalValue(panel, total, from), nationalValue(panel, total, to));
    for (size_t i = 0; i < s0.sectors.size(); ++i) {
        const SectorFigure& a = s0.sectors[i];
        const SectorFigure& b = s1.sectors[i];
        GrowthFigure f;
        f.key = a.key;
        f.letters = a.letters;
        f.title = a.title;
        f.jobsFrom = a.jobs;
        f.jobsTo = b.jobs;
        f.lqFrom = a.lq;
        f.lqTo = b.lq;
        const double gi = growthRate(nationalValue(panel, a.key, from), nationalValue(panel, a.key, to));
        if (isKnown(a.jobs) && isKnown(b.jobs)) {
            f.change = b.jobs - a.jobs;
            if (isKnown(g.nationalGrowth) && isKnown(gi)) {
                f.national = a.jobs * g.nationalGrowth;
                f.industryMix = a.jobs * (gi - g.nationalGrowth);
                f.regional = f.change - f.national - f.industryMix;
            }
        }
        // Entry / exit (EconGeo): M = 1 when LQ > 1; entry 0 → 1, exit 1 → 0.
        if (isKnown(a.lq) && isKnown(b.lq)) {
            const bool m0 = a.lq > 1.0;
            const bool m1 = b.lq > 1.0;
            f.specialisation = !m0 && m1   ? SpecialisationChange::Entry
                               : m0 && !m1 ? SpecialisationChange::Exit
                               : m0        ? SpecialisationChange::Stays
                                           : SpecialisationChange::Absent;
        }
        f.status = !isKnown(f.change) ? CellStatus::Suppressed : region.exact ? CellStatus::Ok : CellStatus::Approximate;
        g.sectors.push_back(f);
    }
    return g;
}

StructureIndices structureIndices(const EmploymentPanel& panel, const PanelRegion& region, int year)
{
    StructureIndices out;
    const SectorHierarchy& h = panel.sectors();
    QStringList used;
    std::vector<double> er, enl;
    for (const QString& key : h.sections()) {
        const double v = regionValue(panel, region.rows, key, year);
        const double n = nationalValue(panel, key, year);
        if (!isKnown(v) || !isKnown(n)) {
            ++out.sectionsUnknown;
            continue;
        }
        used << key;
        er.push_back(v);
        enl.push_back(n);
    }
    double sr = 0.0, snl = 0.0;
    for (size_t i = 0; i < er.size(); ++i) {
        sr += er[i];
        snl += enl[i];
    }
    out.sectionsUsed = int(used.size());
    if (used.isEmpty() || sr <= 0 || snl <= 0)
        return out;
    // Shares p[r,i] = E[r,i] / Σ_j E[r,j] over the published sections (DESIGN.md §5).
    out.krugman = out.herfindahl = out.entropy = 0.0;
    QMap<QString, double> groupShare;  // P_g
    std::vector<double> p(er.size());
    for (size_t i = 0; i < er.size(); ++i) {
        p[i] = er[i] / sr;
        const double pnl = enl[i] / snl;
        out.krugman += std::abs(p[i] - pnl);                    // Krugman (1991) dissimilarity
        out.herfindahl += p[i] * p[i];                          // Herfindahl–Hirschman
        if (p[i] > 0)
            out.entropy += p[i] * std::log2(1.0 / p[i]);        // Shannon entropy, bits
        groupShare[h.varietyGroup(used[qsizetype(i)])] += p[i];
    }
    // Frenken, Van Oort & Verburg (2007): UV = Σ_g P_g·log₂(1/P_g); RV = Σ_g P_g·H_g with
    // H_g = Σ_{i∈g} (p_i/P_g)·log₂(P_g/p_i); so entropy = RV + UV.
    out.unrelatedVariety = 0.0;
    out.relatedVariety = 0.0;
    for (auto it = groupShare.cbegin(); it != groupShare.cend(); ++it)
        if (it.value() > 0)
            out.unrelatedVariety += it.value() * std::log2(1.0 / it.value());
    for (size_t i = 0; i < p.size(); ++i) {
        const double pg = groupShare.value(h.varietyGroup(used[qsizetype(i)]));
        if (p[i] > 0 && pg > 0)
            out.relatedVariety += p[i] * std::log2(pg / p[i]);  // = P_g·Σ (p_i/P_g)·log₂(P_g/p_i)
    }
    return out;
}

namespace {

QStringList sectionLetters(const SectorHierarchy& h)
{
    QStringList letters;
    for (const QString& key : h.sections())
        letters << h.find(key)->letters;
    return letters;
}

} // namespace

Matrix sectionMatrix(const EmploymentPanel& panel, int year)
{
    const QStringList sections = panel.sectors().sections();
    Matrix m(panel.regions(), sectionLetters(panel.sectors()), kUnknown);
    for (qsizetype r = 0; r < panel.regions().size(); ++r)
        for (qsizetype i = 0; i < sections.size(); ++i)
            m(size_t(r), size_t(i)) = panel.value(panel.regions()[r], sections[i], year);
    return m;
}

Matrix sectionLqMatrix(const EmploymentPanel& panel, int year)
{
    Matrix m(panel.regions(), sectionLetters(panel.sectors()), kUnknown);
    for (qsizetype r = 0; r < panel.regions().size(); ++r) {
        PanelRegion one;
        one.rows << panel.regions()[r];
        one.exact = true;
        const SectorStructure s = sectorStructure(panel, one, year);
        for (size_t i = 0; i < s.sectors.size(); ++i)
            m(size_t(r), i) = s.sectors[i].lq;
    }
    return m;
}

std::vector<double> jobsSeries(const EmploymentPanel& panel, const PanelRegion& region, const QString& key)
{
    std::vector<double> out;
    for (int y : panel.years())
        out.push_back(regionValue(panel, region.rows, key, y));
    return out;
}

} // namespace regio::economy
