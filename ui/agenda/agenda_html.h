#pragma once
// The agenda of a region in rich text (HTML for QTextDocument): gaps, strengths, threats and
// opportunities with the bodies that can act and who is missing, scale per domain, neighbours.
// Body and region names are links "body:<id>" and "region:<code>". Used by the Agenda tab and the
// region profile, so both say exactly the same.
#include "agenda/agenda.h"

#include <QString>

namespace regio::ui {

QString agendaHtml(const agenda::Agenda& agenda);
// The same on one page (the region profile): one table row per sector with the bodies that cover
// the whole region and the parties missing at every one of them, the gaps, scale and neighbours.
QString agendaSummaryHtml(const agenda::Agenda& agenda);
QString agendaStyleSheet();

} // namespace regio::ui
