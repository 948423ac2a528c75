#pragma once
// The economy data the analyses work on, and the embedded synthetic demonstration economy
// (DESIGN.md §4): SBI 2008 divisions × the 40 COROP areas, produced by a documented, seeded
// generator (demo_generator.cpp, docs/economy.md). It is NOT official statistics, and every place
// that shows it says so with demoNotice().
#include "economy/classification.h"
#include "economy/matrix.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace regio::economy {

struct EconomyData {
    Matrix employment;                // regions × sectors (jobs)
    Matrix flows;                     // sectors × sectors (job switchers, origin → destination)
    std::vector<SectorInfo> sectors;  // names and SBI sections (may be empty for imported data)
    std::vector<RegionInfo> regions;  // names (may be empty for imported data)
    bool demonstration = false;       // true for the synthetic demonstration economy
    QString source;                   // attribution of real data ("Bron: CBS StatLine, …"); "" otherwise
    // LQ computed by the data's own definition when it differs from locationQuotient(employment):
    // for the CBS table, E[r,T] is the all-activities key T001081 (DESIGN.md §5). Empty otherwise.
    Matrix lqOverride;

    QString sectorName(const QString& code) const;
    // The location quotients of `employment`: lqOverride when set, else locationQuotient(employment).
    Matrix locationQuotients() const;
    QString regionName(const QString& code) const;
};

// "Demonstratiedata — geen officiële statistiek"
QString demoNotice();

// The seed of the committed demonstration files.
inline constexpr std::uint64_t kDemoSeed = 20170707;

// Generates the demonstration economy (deterministic for a seed, on every platform).
EconomyData generateDemoEconomy(std::uint64_t seed = kDemoSeed);

// The CSV files of a demonstration economy: (file name, UTF-8 content) for demo-employment.csv,
// demo-flows.csv, demo-sectors.csv and demo-regions.csv; each starts with a '# ' notice line.
std::vector<std::pair<QString, QByteArray>> demoCsvFiles(const EconomyData& demo, std::uint64_t seed);

// Loads the embedded demonstration economy from the Qt resources ":/data/demo-*.csv" (parsed once,
// then copied). Throws regio::InputError if the embedded files are damaged.
EconomyData loadDemoEconomy();

} // namespace regio::economy
