#pragma once
// The agenda's gaps in Dutch sentences, as the Driehoek view states them (docs/agenda.md, "Lacunes").
#include "agenda/agenda.h"

namespace regio::agenda {

// In this order: strengths without a body on Economie covering the whole region; strengths
// without education institutions at any table covering the whole region; opportunities without a
// body on Economie covering the whole region; each threat; per body covering the whole region,
// the actors missing at its table for the strengths and opportunities; each domain whose scale
// verdict is not "past".
std::vector<Gap> gapsOf(const Agenda& agenda, const registry::Registry& registry);

} // namespace regio::agenda
