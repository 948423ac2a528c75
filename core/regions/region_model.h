#pragma once
// The region model: municipalities with their memberships, and divisions (provincie, COROP,
// arbeidsmarktregio) as sets of municipalities with dissolved shapes. Loaded from the embedded
// 2025 data (resources/data/regions-2025.rvg, written by `regio convert-regions`).
#include "geography/geometry.h"
#include "regions/level.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace regio {

struct Region {
    QString code;            // CBS code: GM0363, PV27, CR23, AM18
    QString name;            // statnaam
    Level level = Level::Gemeente;
    geo::MultiPolygon shape; // RD New metres
    geo::Box bounds;
    geo::Point labelPoint;
    double areaKm2 = 0.0;
};

struct Municipality : Region {
    // Codes of the provincie, COROP-gebied and arbeidsmarktregio, by divisionIndex().
    std::array<QString, 3> memberships;
    const QString& membership(Level of) const { return memberships.at(size_t(divisionIndex(of))); }
};

struct Division : Region {
    QStringList members; // municipality codes, sorted
};

// Sort key for region names as a Dutch reader expects an index: leading apostrophes and other
// non-letters ignored ("'s-Gravenhage" under S), case-insensitive.
QString nameSortKey(const QString& name);
// Regions in alphabetical order of nameSortKey (ties by code).
void sortByName(std::vector<const Region*>& regions);

class RegionModel {
public:
    RegionModel() = default;

    // The regions the program runs with: the embedded 2025 regions (Qt resource), unless an
    // .rvg of another year was chosen at start-up (`--regions FILE`, useRegions). Throws
    // InputError when the resource is damaged.
    static const RegionModel& embedded();
    // Makes `model` what embedded() returns, until resetRegions(). Call before anything holds
    // a reference to the previous regions (at start-up, or around one CLI command).
    static void useRegions(RegionModel model);
    static void resetRegions();
    // True while useRegions is in force.
    static bool usingOtherRegions();
    // From a file or bytes in the .rvg format (see docs/regions-format.md); throws InputError.
    static RegionModel load(const QString& path);
    static RegionModel fromBytes(const QByteArray& bytes, const QString& sourceName);
    QByteArray toBytes() const;

    int year() const { return m_year; }
    // The source line in the interface language ("Bron: CBS/Kadaster …" → "Source: …").
    QString attribution() const;

    const std::vector<Municipality>& municipalities() const { return m_municipalities; }
    const std::vector<Division>& divisions(Level level) const;

    // Lookups by CBS code; nullptr when unknown.
    const Municipality* municipality(const QString& code) const;
    const Division* division(const QString& code) const;
    const Region* region(const QString& code) const;

    // Municipality codes in a region: the division's members, or the municipality itself.
    QStringList municipalityCodesOf(const QString& code) const;

    // Building (converter, tests).
    void setYear(int year) { m_year = year; }
    void setAttribution(const QString& text) { m_attribution = text; }
    void addMunicipality(Municipality m);
    // Replaces all municipalities at once (large layers: one index rebuild instead of one per add).
    void setMunicipalities(std::vector<Municipality> list);
    void addDivision(Division d);

private:
    void reindex();

    int m_year = 0;
    QString m_attribution;
    std::vector<Municipality> m_municipalities;
    std::array<std::vector<Division>, 3> m_divisions;
    QHash<QString, qsizetype> m_municipalityIndex;
    QHash<QString, std::pair<int, qsizetype>> m_divisionIndex;
};

} // namespace regio
