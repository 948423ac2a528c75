#include "economy/statline_builder.h"

#include <QCoreApplication>

#include "i18n/language.h"

#include "io/input_error.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace regio::economy::statline {

namespace {

// Bounds that refuse absurd shapes before anything large is allocated.
constexpr qsizetype kMaxRegions = 10000;
constexpr size_t kMaxYears = 300;

// CBS's residual "COROP area" for jobs that cannot be placed in a region; not a COROP area.
bool isResidualRegion(const QString& code) { return code == QLatin1String("CR99"); }

} // namespace

bool looksLikeRegionCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^(NL|PV|CR|GM|AM|LD|RE|WK|BU|GG|RA)[0-9]{2,8}$"));
    return pattern.match(code).hasMatch();
}

std::optional<int> parseYear(const QString& period, const QString& file, int line)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})(JJ|KW|MM|X0|HJ)([0-9]{2})$"));
    const QRegularExpressionMatch m = pattern.match(period.trimmed());
    if (!m.hasMatch())
        throw InputError(file, line, QCoreApplication::translate("regio::economy", "periode '%1' is geen StatLine-periode (verwacht bijvoorbeeld 2024JJ00)")
                                         .arg(period.trimmed()));
    if (m.captured(2) != QLatin1String("JJ"))
        return std::nullopt;
    return m.captured(1).toInt();
}

double parseValue(const QString& raw, bool decimalComma, const QString& file, int line)
{
    QString text = raw.trimmed();
    if (text.isEmpty() || text == QLatin1String(".") || text.compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
        return kUnknown;
    if (decimalComma) {
        if (text.contains(QLatin1Char('.')))
            throw InputError(file, line, QCoreApplication::translate("regio::economy", "waarde '%1' heeft een punt; dit bestand gebruikt een decimale komma").arg(text));
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        throw InputError(file, line, QCoreApplication::translate("regio::economy", "ongeldige waarde '%1' (geen getal)").arg(raw.trimmed()));
    if (v < 0)
        throw InputError(file, line, QCoreApplication::translate("regio::economy", "negatieve waarde %1 (aantallen banen zijn nooit negatief)").arg(text));
    return v;
}

void requireFieldCount(const io::CsvRecord& rec, qsizetype expected, const QString& file)
{
    if (rec.fields.size() != expected)
        throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "regel heeft %1 velden, de kopregel %2").arg(rec.fields.size()).arg(expected));
}

void PanelBuilder::addRecord(const io::CsvRecord& rec, const RecordColumns& c)
{
    const std::optional<int> year = parseYear(rec.fields[c.period], m_file, rec.line);
    if (!year) {
        skipPeriod();
        return;
    }
    if (!wantsYear(*year))
        return;
    const double value = parseValue(rec.fields[c.value], c.decimalComma, m_file, rec.line);
    add(rec.line, rec.fields[c.region].trimmed(), rec.fields[c.sector].trimmed(), *year, value);
}

PanelBuilder::PanelBuilder(const StatLineOptions& options, QString fileName)
    : m_options(options), m_file(std::move(fileName)),
      m_sectors(options.sectors.empty() ? cbsSectorHierarchy() : options.sectors)
{
}

bool PanelBuilder::wantsYear(int year) const
{
    return m_options.years.empty() || std::find(m_options.years.begin(), m_options.years.end(), year) != m_options.years.end();
}

void PanelBuilder::add(int line, const QString& region, const QString& sectorKey, int year, double value)
{
    if (isResidualRegion(region)) {
        if (!m_ignored.contains(region))
            m_ignored << region;
        return;
    }
    if (!looksLikeRegionCode(region))
        throw InputError(m_file, line, QCoreApplication::translate("regio::economy", "'%1' is geen regiocode van CBS (verwacht bijvoorbeeld CR23, PV27 of GM0363)").arg(region));
    if (!m_options.knownRegions.isEmpty() && !m_options.knownRegions.contains(region))
        throw InputError(m_file, line, QCoreApplication::translate("regio::economy", "onbekende regio '%1' (niet in de regio-indeling van 2025)").arg(region));
    const qsizetype key = m_sectors.indexOf(sectorKey);
    if (key < 0)
        throw InputError(m_file, line, QCoreApplication::translate("regio::economy", "onbekende sectorsleutel '%1' (niet in de SBI-indeling)").arg(sectorKey));
    auto it = m_regionIndex.constFind(region);
    qsizetype ri;
    if (it == m_regionIndex.constEnd()) {
        if (m_regions.size() >= kMaxRegions)
            throw InputError(m_file, line, QCoreApplication::translate("regio::economy", "meer dan %1 verschillende regio's; dit is geen regionale tabel die "
                                                          "Regioverkenner kan lezen").arg(kMaxRegions));
        ri = m_regions.size();
        m_regionIndex.insert(region, ri);
        m_regions << region;
    } else {
        ri = it.value();
    }
    const quint64 id = (quint64(ri) << 32) | (quint64(key) << 16) | quint64(year & 0xffff);
    const auto dup = m_lineOfCell.constFind(id);
    if (dup != m_lineOfCell.constEnd())
        throw InputError(m_file, line, QCoreApplication::translate("regio::economy", "regio %1, sector %2, jaar %3 staat er al op regel %4 (een extra "
                                                      "dimensie of een dubbele regel?)")
                                           .arg(region, sectorKey).arg(year).arg(dup.value()));
    m_lineOfCell.insert(id, line);
    m_cells.push_back({ri, key, year, value});
}

StatLineImport PanelBuilder::finish(const QString& measure, double scale, int lastLine)
{
    std::vector<int> years;
    for (const Cell& c : m_cells)
        if (std::find(years.begin(), years.end(), c.year) == years.end()) {
            years.push_back(c.year);
            if (years.size() > kMaxYears)
                throw InputError(m_file, lastLine, QCoreApplication::translate("regio::economy", "meer dan %1 verschillende jaren").arg(kMaxYears));
        }
    if (m_cells.empty() || years.empty())
        throw InputError(m_file, lastLine, m_skippedPeriods > 0
                                               ? QCoreApplication::translate("regio::economy", "geen jaarcijfers (JJ00): alleen kwartalen of maanden")
                                               : QCoreApplication::translate("regio::economy", "geen gegevens gevonden"));
    std::sort(years.begin(), years.end());
    // The panel is dense (regions × all keys × years): refuse a shape far beyond the observations.
    const double dense = double(m_regions.size()) * double(m_sectors.keys().size()) * double(years.size());
    if (dense > 20.0 * double(m_cells.size()) + 1e5)
        throw InputError(m_file, lastLine, QCoreApplication::translate("regio::economy", "de tabel is te dun gevuld (%1 waarden voor %2 regio's × %3 jaren)")
                                               .arg(m_cells.size()).arg(m_regions.size()).arg(years.size()));
    StatLineImport result;
    result.panel = EmploymentPanel(m_regions, m_sectors, years);
    result.measure = measure;
    result.scale = scale;
    for (const Cell& c : m_cells) {
        const double v = isKnown(c.value) ? c.value * scale : kUnknown;
        if (isKnown(v) && !std::isfinite(v))
            throw InputError(m_file, lastLine, QCoreApplication::translate("regio::economy", "waarde te groot na vermenigvuldiging met %1").arg(scale));
        result.panel.setValue(c.region, c.key, result.panel.yearIndex(c.year), isKnown(v) && scale != 1.0 ? std::round(v * 1e6) / 1e6 : v);  // 47.7 × 1000 = 47700, not 47700.000000000007
        if (!isKnown(c.value))
            ++result.unknownCells;
    }
    result.panel.measure = measure;
    result.skippedPeriods = m_skippedPeriods;
    result.ignoredRegions = m_ignored;
    if (result.unknownCells > 0)
        result.notes << QCoreApplication::translate("regio::economy", "%1 waarden zijn geheim (onderdrukt) en blijven onbekend, niet 0.").arg(result.unknownCells);
    if (m_skippedPeriods > 0)
        result.notes << QCoreApplication::translate("regio::economy", "%1 regels met kwartaal- of maandcijfers overgeslagen; alleen jaarcijfers worden gelezen.")
                            .arg(m_skippedPeriods);
    if (!m_ignored.isEmpty())
        result.notes << QCoreApplication::translate("regio::economy", "Overgeslagen: %1 (restcategorie van CBS, geen COROP-gebied).").arg(m_ignored.join(QStringLiteral(", ")));
    if (scale != 1.0)
        result.notes << QCoreApplication::translate("regio::economy", "Waarden vermenigvuldigd met %1 (de tabel telt in duizendtallen).")
                            .arg(regio::i18n::textLocale().toString(scale, 'f', 0));
    return result;
}

} // namespace regio::economy::statline
