#pragma once
// The part both StatLine readers share: collecting (region, sector, year, value) observations into
// a panel, with the checks every import needs (region and period codes, duplicates, bounds).
#include "economy/statline.h"
#include "io/csv.h"

#include <QHash>

namespace regio::economy::statline {

// A CBS region code as exported (padding trimmed): NL01, PV27, CR23, GM0363, AM18, LD01, …
bool looksLikeRegionCode(const QString& code);
// 2010 for "2010JJ00"; nullopt for a valid non-yearly period (2010KW01, 2010MM03, 2010X000 …).
// Throws InputError when the text is no StatLine period at all.
std::optional<int> parseYear(const QString& period, const QString& file, int line);
// A value as CBS writes it: empty, "." or "x" → NaN (unknown); else a finite non-negative number.
double parseValue(const QString& text, bool decimalComma, const QString& file, int line);

// "regel heeft n velden, de kopregel m" unless the record has `expected` fields.
void requireFieldCount(const io::CsvRecord& rec, qsizetype expected, const QString& file);

// Where one observation sits in a record of either format.
struct RecordColumns {
    qsizetype period = -1, value = -1, region = -1, sector = -1;
    bool decimalComma = false;
};

class PanelBuilder {
public:
    PanelBuilder(const StatLineOptions& options, QString fileName);
    const SectorHierarchy& sectors() const { return m_sectors; }
    // Adds one observation; `value` NaN = unknown. Throws InputError for an unknown region or
    // sector, a duplicate, or a shape beyond the bounds.
    void add(int line, const QString& region, const QString& sectorKey, int year, double value);
    void skipPeriod() { ++m_skippedPeriods; }
    // Reads the observation of a record: a non-yearly period is skipped (and counted), a year
    // outside the options' years ignored, the value parsed and added.
    void addRecord(const io::CsvRecord& rec, const RecordColumns& columns);
    bool wantsYear(int year) const;
    StatLineImport finish(const QString& measure, double scale, int lastLine);

private:
    struct Cell { qsizetype region; qsizetype key; int year; double value; };
    StatLineOptions m_options;
    QString m_file;
    SectorHierarchy m_sectors;
    QStringList m_regions;
    QHash<QString, qsizetype> m_regionIndex;
    std::vector<Cell> m_cells;
    QHash<quint64, int> m_lineOfCell;  // duplicate detection
    qsizetype m_skippedPeriods = 0;
    QStringList m_ignored;
};

} // namespace regio::economy::statline
