#pragma once
// The region levels the product knows: municipalities and the three division levels of CBS.
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace regio {

enum class Level { Gemeente, Provincie, Corop, Arbeidsmarktregio };

inline constexpr std::array<Level, 4> allLevels{Level::Gemeente, Level::Provincie, Level::Corop,
                                                Level::Arbeidsmarktregio};
inline constexpr std::array<Level, 3> divisionLevels{Level::Provincie, Level::Corop, Level::Arbeidsmarktregio};

// Machine key as used on the command line and in files: gemeente, provincie, corop, arbeidsmarktregio.
QString levelKey(Level level);
std::optional<Level> levelFromKey(QStringView key);
// Dutch name for the UI, singular and plural: "COROP-gebied" / "COROP-gebieden".
QString levelLabel(Level level);
QString levelLabelPlural(Level level);
// CBS code prefix: GM, PV, CR, AM.
QString levelCodePrefix(Level level);
// The level a CBS code belongs to, by its prefix (GM0363 → Gemeente); nullopt when unknown.
std::optional<Level> levelOfCode(QStringView code);
// Index 0..2 of a division level (Provincie, Corop, Arbeidsmarktregio); for membership arrays.
int divisionIndex(Level level);

} // namespace regio
