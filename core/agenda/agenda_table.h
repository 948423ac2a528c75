#pragma once
// The agenda of a region as spreadsheet tables (io/table.h): its sections (strengths, threats,
// opportunities) with the numbers and the bodies that can act, and the gaps in words.
#include "agenda/agenda.h"
#include "io/table.h"

#include <vector>

namespace regio::agenda {

io::Table agendaSectorTable(const Agenda& agenda);
io::Table agendaGapTable(const Agenda& agenda);
// Both, for a workbook.
std::vector<io::Table> agendaTables(const Agenda& agenda);

} // namespace regio::agenda
