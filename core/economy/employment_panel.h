#pragma once
// Employment by region × sector key × year, with unknown cells: the real economy (CBS StatLine
// table 83582NED, jobs of employees in December per COROP area × SBI 2008 section, 2010–2024) and
// any StatLine table the user imports. A suppressed (geheim) cell is NaN — unknown, never 0
// (DESIGN.md §4). Values are in persons (the importers apply the table's × 1 000).
//
// The project's own file format ("werkgelegenheidspanel", docs/economy.md):
//   # regioverkenner-panel 1
//   # herkomst: Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)
//   # maat: Banen van werknemers in december
//   region,year,<sector keys…>
//   CR01,2010,47700,…        (an empty field = unknown)
// with the sector keys' hierarchy in a separate key table (sector_hierarchy.h).
#include "economy/sector_hierarchy.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace regio::economy {

inline constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();
inline bool isKnown(double v) { return !std::isnan(v); }

class EmploymentPanel {
public:
    EmploymentPanel() = default;
    // All cells unknown. Years ascending and unique; regions unique; every key of the hierarchy is a column.
    EmploymentPanel(QStringList regions, SectorHierarchy sectors, std::vector<int> years);

    const QStringList& regions() const { return m_regions; }
    const SectorHierarchy& sectors() const { return m_sectors; }
    const std::vector<int>& years() const { return m_years; }
    qsizetype regionIndex(const QString& code) const { return m_regionIndex.value(code, -1); }
    // Indices of the rows national figures sum over: the COROP rows (CR…) when there are any, else all.
    const std::vector<qsizetype>& nationalRowIndices() const { return m_nationalRows; }
    qsizetype yearIndex(int year) const;
    bool empty() const { return m_values.empty(); }

    // By index: region × key (index in sectors().keys()) × year. NaN = unknown.
    double value(qsizetype region, qsizetype key, qsizetype year) const
    {
        return m_values[index(region, key, year)];
    }
    void setValue(qsizetype region, qsizetype key, qsizetype year, double v) { m_values[index(region, key, year)] = v; }
    // By code; NaN when the region, key or year is not in the panel.
    double value(const QString& region, const QString& key, int year) const;

    // Number of unknown cells (suppressed by the source).
    qsizetype unknownCount() const;

    // Where the numbers come from, shown with every number: "Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)".
    QString source;
    // What is counted: "Banen van werknemers in december".
    QString measure;

    bool operator==(const EmploymentPanel& o) const;

private:
    size_t index(qsizetype region, qsizetype key, qsizetype year) const
    {
        return (size_t(year) * size_t(m_regions.size()) + size_t(region)) * m_sectors.keys().size() + size_t(key);
    }
    QStringList m_regions;
    SectorHierarchy m_sectors;
    std::vector<int> m_years;
    std::vector<double> m_values;  // [year][region][key]
    QHash<QString, qsizetype> m_regionIndex;
    std::vector<qsizetype> m_nationalRows;
};

// The attribution line of table 83582NED.
QString cbsAttribution();

// The project's panel format (see above). Throws InputError(file, line, reason).
EmploymentPanel parsePanel(const QByteArray& data, const QString& fileName, const SectorHierarchy& sectors);
QString panelToCsv(const EmploymentPanel& panel);

// The embedded real economy: ":/data/cbs-83582NED.csv" with ":/data/cbs-sbi-keys.csv", parsed once.
const EmploymentPanel& cbsEmployment();
// The embedded SBI key table of 83582NED (also the default hierarchy for StatLine imports).
const SectorHierarchy& cbsSectorHierarchy();

// A number in its shortest exact form ('.' decimal point; integers without decimals).
QString panelNumber(double v);

} // namespace regio::economy
