#pragma once
// Which actor types a body needs at its table to act on a sector in a given role (docs/agenda.md,
// "Wie moet aan tafel"). The reasoning follows SER 2017, Table 2.1 and sect. 2.2–2.3: each form of
// cooperation brings a typical set of parties — Economic Boards the triple helix (overheid,
// bedrijfsleven, kennisinstellingen), education partnerships (RIF, Centres of Expertise) schools
// with employers, labour-market regions (regionale werkbedrijven) gemeenten, UWV and the social
// partners — and the SER finds that each involves "slechts een deel van de relevante partijen".
#include "registry/body.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace regio::agenda {

// One need: met when any actor of `anyOf` is at the table; reported missing as `anyOf.front()`.
struct ActorNeed {
    std::vector<registry::Actor> anyOf;
    QString why;  // in words, for docs and tooltips
};

// Knowledge-intensive sections: every SBI division of the section is in Eurostat's list of
// knowledge-intensive services (NACE Rev. 2 divisions 50–51, 58–63, 64–66, 69–75, 78, 80, 84–93):
// J, K, M, O, P, Q and R.
bool isKnowledgeIntensive(const QString& sectionLetters);

// Needs of a role:
//   Economie:     overheid (gemeenten, provincie of Rijk), bedrijfsleven (of werkgeversorganisaties),
//                 kennisinstellingen; for a knowledge-intensive section also onderwijsinstellingen.
//   Onderwijs:    onderwijsinstellingen, bedrijfsleven (of werkgeversorganisaties).
//   Arbeidsmarkt: gemeenten, UWV, werkgeversorganisaties, werknemersorganisaties.
std::vector<ActorNeed> actorNeeds(registry::Domain role, bool knowledgeIntensive);

// The actors missing at a table with `present` for all `roles`: each unmet need's first actor.
registry::ActorSet missingActors(registry::DomainSet roles, registry::ActorSet present, bool knowledgeIntensive);

} // namespace regio::agenda
