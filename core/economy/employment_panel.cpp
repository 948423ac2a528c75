#include "economy/employment_panel.h"

#include <QCoreApplication>

#include "io/csv.h"
#include "io/input_error.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace regio::economy {

namespace {

const QString kMagic = QStringLiteral("regioverkenner-panel 1");
const QString kSourceKey = QStringLiteral("herkomst: ");
const QString kMeasureKey = QStringLiteral("maat: ");

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "kan niet lezen: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace

EmploymentPanel::EmploymentPanel(QStringList regions, SectorHierarchy sectors, std::vector<int> years)
    : m_regions(std::move(regions)), m_sectors(std::move(sectors)), m_years(std::move(years))
{
    if (!std::is_sorted(m_years.begin(), m_years.end())
        || std::adjacent_find(m_years.begin(), m_years.end()) != m_years.end())
        throw std::invalid_argument("EmploymentPanel: years must be ascending and unique");
    m_values.assign(m_years.size() * size_t(m_regions.size()) * m_sectors.keys().size(), kUnknown);
    for (qsizetype r = 0; r < m_regions.size(); ++r) {
        m_regionIndex.insert(m_regions[r], r);
        if (m_regions[r].startsWith(QLatin1String("CR")))
            m_nationalRows.push_back(r);
    }
    if (m_nationalRows.empty())
        for (qsizetype r = 0; r < m_regions.size(); ++r)
            m_nationalRows.push_back(r);
}

qsizetype EmploymentPanel::yearIndex(int year) const
{
    const auto it = std::lower_bound(m_years.begin(), m_years.end(), year);
    return it != m_years.end() && *it == year ? qsizetype(it - m_years.begin()) : -1;
}

double EmploymentPanel::value(const QString& region, const QString& key, int year) const
{
    const qsizetype r = regionIndex(region);
    const qsizetype k = m_sectors.indexOf(key);
    const qsizetype y = yearIndex(year);
    return r < 0 || k < 0 || y < 0 ? kUnknown : value(r, k, y);
}

qsizetype EmploymentPanel::unknownCount() const
{
    return std::count_if(m_values.begin(), m_values.end(), [](double v) { return !isKnown(v); });
}

bool EmploymentPanel::operator==(const EmploymentPanel& o) const
{
    if (m_regions != o.m_regions || !(m_sectors == o.m_sectors) || m_years != o.m_years || source != o.source
        || measure != o.measure || m_values.size() != o.m_values.size())
        return false;
    for (size_t i = 0; i < m_values.size(); ++i) {
        const double a = m_values[i];
        const double b = o.m_values[i];
        if (isKnown(a) != isKnown(b) || (isKnown(a) && a != b))
            return false;
    }
    return true;
}

QString cbsAttribution() { return QCoreApplication::translate("regio::economy", "Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"); }

QString panelNumber(double v)
{
    if (!isKnown(v))
        return QString();
    if (v == std::round(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

EmploymentPanel parsePanel(const QByteArray& data, const QString& fileName, const SectorHierarchy& sectors)
{
    // Metadata sits in the leading comment lines, which the CSV reader skips.
    QString source;
    QString measure;
    bool magic = false;
    for (const QByteArray& raw : data.left(4096).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.startsWith(QLatin1Char('#')))
            break;
        const QString text = line.mid(1).trimmed();
        if (text == kMagic)
            magic = true;
        else if (text.startsWith(kSourceKey))
            source = text.mid(kSourceKey.size());
        else if (text.startsWith(kMeasureKey))
            measure = text.mid(kMeasureKey.size());
    }
    if (!magic)
        throw InputError(fileName, 1, QCoreApplication::translate("regio::economy", "geen werkgelegenheidspanel van Regioverkenner (eerste regel "
                                                     "'# %1' ontbreekt)").arg(kMagic));
    const io::CsvDocument doc = io::parseCsv(data, fileName, QLatin1Char(','));
    if (doc.records.size() < 2)
        throw InputError(fileName, doc.records.empty() ? 1 : doc.records.front().line,
                         QCoreApplication::translate("regio::economy", "geen gegevens na de kopregel"));
    const io::CsvRecord& header = doc.records.front();
    if (header.fields.size() < 3 || header.fields[0] != QLatin1String("region") || header.fields[1] != QLatin1String("year"))
        throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "kopregel moet beginnen met 'region,year,'"));
    std::vector<qsizetype> keyOfColumn;
    for (qsizetype c = 2; c < header.fields.size(); ++c) {
        const qsizetype k = sectors.indexOf(header.fields[c].trimmed());
        if (k < 0)
            throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "onbekende sectorsleutel '%1' in de kopregel").arg(header.fields[c]));
        keyOfColumn.push_back(k);
    }
    // First pass: regions and years, in file order / ascending.
    QStringList regions;
    QHash<QString, qsizetype> regionIndex;
    std::vector<int> years;
    for (size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord& rec = doc.records[r];
        if (rec.fields.size() != header.fields.size())
            throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "regel heeft %1 velden, de kopregel %2")
                                                     .arg(rec.fields.size()).arg(header.fields.size()));
        const QString code = rec.fields[0].trimmed();
        if (code.isEmpty())
            throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "lege regiocode"));
        if (!regionIndex.contains(code)) {
            regionIndex.insert(code, regions.size());
            regions << code;
        }
        bool ok = false;
        const int year = rec.fields[1].trimmed().toInt(&ok);
        if (!ok || year < 1800 || year > 2200)
            throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "ongeldig jaar '%1'").arg(rec.fields[1]));
        if (std::find(years.begin(), years.end(), year) == years.end())
            years.push_back(year);
    }
    std::sort(years.begin(), years.end());
    EmploymentPanel panel(regions, sectors, years);
    panel.source = source;
    panel.measure = measure;
    std::vector<char> seen(size_t(regions.size()) * years.size(), 0);
    for (size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord& rec = doc.records[r];
        const qsizetype ri = regionIndex.value(rec.fields[0].trimmed());
        const qsizetype yi = panel.yearIndex(rec.fields[1].trimmed().toInt());
        char& s = seen[size_t(yi) * size_t(regions.size()) + size_t(ri)];
        if (s)
            throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "regio %1 en jaar %2 komen twee keer voor")
                                                     .arg(rec.fields[0].trimmed(), rec.fields[1].trimmed()));
        s = 1;
        for (size_t c = 0; c < keyOfColumn.size(); ++c) {
            const QString text = rec.fields[qsizetype(c) + 2].trimmed();
            if (text.isEmpty())
                continue;  // unknown stays NaN
            bool ok = false;
            const double v = QLocale::c().toDouble(text, &ok);
            if (!ok || !std::isfinite(v) || v < 0)
                throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "ongeldige waarde '%1' voor sector %2")
                                                         .arg(text, header.fields[qsizetype(c) + 2]));
            panel.setValue(ri, keyOfColumn[c], yi, v);
        }
    }
    return panel;
}

QString panelToCsv(const EmploymentPanel& panel)
{
    QString out = QStringLiteral("# %1\n").arg(kMagic);
    if (!panel.source.isEmpty())
        out += QStringLiteral("# %1%2\n").arg(kSourceKey, panel.source);
    if (!panel.measure.isEmpty())
        out += QStringLiteral("# %1%2\n").arg(kMeasureKey, panel.measure);
    out += QCoreApplication::translate("regio::economy", "# Lege velden: onbekend (door de bron geheimgehouden), niet 0.\n");
    QStringList header{QStringLiteral("region"), QStringLiteral("year")};
    for (const SectorKey& k : panel.sectors().keys())
        header << k.key;
    out += io::csvLine(header);
    const qsizetype nk = qsizetype(panel.sectors().keys().size());
    for (qsizetype y = 0; y < qsizetype(panel.years().size()); ++y)
        for (qsizetype r = 0; r < panel.regions().size(); ++r) {
            QStringList row{panel.regions()[r], QString::number(panel.years()[size_t(y)])};
            for (qsizetype k = 0; k < nk; ++k)
                row << panelNumber(panel.value(r, k, y));
            out += io::csvLine(row);
        }
    return out;
}

const SectorHierarchy& cbsSectorHierarchy()
{
    static const SectorHierarchy hierarchy = [] {
        const QString path = QStringLiteral(":/data/cbs-sbi-keys.csv");
        return parseSectorHierarchy(readResource(path), path);
    }();
    return hierarchy;
}

const EmploymentPanel& cbsEmployment()
{
    static const EmploymentPanel panel = [] {
        const QString path = QStringLiteral(":/data/cbs-83582NED.csv");
        return parsePanel(readResource(path), path, cbsSectorHierarchy());
    }();
    return panel;
}

} // namespace regio::economy
