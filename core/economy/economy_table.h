#pragma once
// Economy results as spreadsheet tables (io/table.h): the LQ matrix (Verwantschap, `regio lq`) and
// the sector table of the Economie tab (`regio economy`, growth and shift-share when asked).
#include "economy/demo_economy.h"
#include "economy/regional_structure.h"
#include "io/table.h"

namespace regio::economy {

// Location quotients of `data` (regions × sectors, one row per region with its name), or the binary
// specialisation (1/0) when `binary`. Unknown values (suppressed cells) are empty cells with a note.
io::Table lqTable(const EconomyData& data, bool binary = false);

// The sector table of a region as the Economie tab shows it: per section the jobs, share, share
// of the Netherlands, LQ and — when `growth` has sectors — the change from..to with its shift-share
// parts and the entry/exit of the specialisation.
io::Table sectorTable(const SectorStructure& structure, const Growth& growth, const QString& regionName,
                      const QString& basis, const QString& sourceLine);

// "nieuw (intrede)", "verloren (uittrede)", "blijft", "—", "onbekend".
QString specialisationChangeText(SpecialisationChange change);

} // namespace regio::economy
