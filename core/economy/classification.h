#pragma once
// The classifications of the demonstration economy: SBI 2008 divisions (2-digit "afdelingen",
// CBS Standaard Bedrijfsindeling 2008, with their sections A..U) and the 40 COROP areas of 2025
// (codes and names as in CBS/Kadaster coropgebied_2025, properties statcode/statnaam).
#include <QString>

#include <vector>

namespace regio::economy {

struct SectorInfo {
    QString code;         // "01".."99"
    QString name;         // official Dutch division name
    QString section;      // "A".."U"
    QString sectionName;  // official Dutch section name
    bool operator==(const SectorInfo&) const = default;
};

struct RegionInfo {
    QString code;  // e.g. "CR23"
    QString name;  // e.g. "Groot-Amsterdam"
    bool operator==(const RegionInfo&) const = default;
};

// The 86 SBI 2008 divisions in code order.
const std::vector<SectorInfo>& sbiDivisions();
// The name of an SBI 2008 section letter ("" when unknown).
QString sbiSectionName(const QString& letter);
// The 40 COROP areas CR01..CR40 (2025).
const std::vector<RegionInfo>& coropAreas();

} // namespace regio::economy
