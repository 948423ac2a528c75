#pragma once
// The SBI 2008 sector keys of a CBS table and how they nest (as in CBS's `sbi_keys.csv`):
// key → title, SBI letters, level (totaal, hoofdgroep, groep, sectie) and parent key. The sections
// are the finest level; the all-activities total (key T001081 in 83582NED) is the region total
// E[r,T] of DESIGN.md §5; the `groep` parents give the Eurostat A*10 groups used for related
// variety (Frenken, Van Oort & Verburg 2007).
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace regio::economy {

enum class SectorLevel { Total, MainGroup, Group, Section };

struct SectorKey {
    QString key;      // CBS key, trimmed: "307500"
    QString title;    // "C Industrie"
    QString letters;  // "C", "B-E", "A-U"
    SectorLevel level = SectorLevel::Section;
    QString parent;   // parent key, "" for the total
    bool operator==(const SectorKey&) const = default;
};

class SectorHierarchy {
public:
    SectorHierarchy() = default;
    // Validates: unique keys, exactly one total, every parent known, no cycles. Throws
    // std::invalid_argument (the parser turns it into an InputError with the line).
    explicit SectorHierarchy(std::vector<SectorKey> keys);

    const std::vector<SectorKey>& keys() const { return m_keys; }
    const SectorKey* find(const QString& key) const;
    qsizetype indexOf(const QString& key) const { return m_index.value(key, -1); }
    bool contains(const QString& key) const { return m_index.contains(key); }
    QString totalKey() const { return m_total; }
    // Section keys, in file order (A, B, C, … S for 83582NED).
    QStringList sections() const;
    // The A*10 group of a section: its parent when that parent is a `groep`, else the section
    // itself (DESIGN.md §5: A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U).
    QString varietyGroup(const QString& sectionKey) const;
    // Title without the leading letters: "Industrie" for "C Industrie".
    QString shortTitle(const QString& key) const;
    bool empty() const { return m_keys.empty(); }
    bool operator==(const SectorHierarchy& o) const { return m_keys == o.m_keys; }

private:
    std::vector<SectorKey> m_keys;
    QHash<QString, qsizetype> m_index;
    QString m_total;
};

QString sectorLevelKey(SectorLevel level);  // totaal, hoofdgroep, groep, sectie

// A title of the key table in the interface language ("C Industrie" → "C Manufacturing" in
// English); titles of an imported table without a translation stay as they are.
QString sectorTitle(const QString& title);

// Parses a key table with header `key,title,sbi_letters,level,parent`. Throws InputError(file, line, …).
SectorHierarchy parseSectorHierarchy(const QByteArray& data, const QString& fileName);
SectorHierarchy readSectorHierarchy(const QString& path);
// Writes the same format (round trip).
QString sectorHierarchyToCsv(const SectorHierarchy& hierarchy);

} // namespace regio::economy
