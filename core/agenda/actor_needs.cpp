#include "agenda/actor_needs.h"

#include <QCoreApplication>

namespace regio::agenda {

using registry::Actor;
using registry::Domain;

bool isKnowledgeIntensive(const QString& sectionLetters)
{
    static const QStringList kis{QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("M"), QStringLiteral("O"),
                                 QStringLiteral("P"), QStringLiteral("Q"), QStringLiteral("R")};
    return kis.contains(sectionLetters);
}

std::vector<ActorNeed> actorNeeds(Domain role, bool knowledgeIntensive)
{
    // SER 2017 Table 2.1: the parties each form of cooperation typically brings together.
    switch (role) {
    case Domain::Economie: {
        std::vector<ActorNeed> needs{
            {{Actor::Gemeenten, Actor::Provincie, Actor::Rijk}, QCoreApplication::translate("regio::agenda", "overheid (triple helix)")},
            {{Actor::Bedrijfsleven, Actor::Werkgeversorganisaties}, QCoreApplication::translate("regio::agenda", "bedrijfsleven (triple helix)")},
            {{Actor::Kennisinstellingen}, QCoreApplication::translate("regio::agenda", "kennisinstellingen (triple helix)")},
        };
        if (knowledgeIntensive)
            needs.push_back({{Actor::Onderwijsinstellingen},
                             QCoreApplication::translate("regio::agenda", "onderwijsinstellingen (kennisintensieve sector: opgeleide mensen)")});
        return needs;
    }
    case Domain::Onderwijs:
        return {
            {{Actor::Onderwijsinstellingen}, QCoreApplication::translate("regio::agenda", "onderwijsinstellingen (het aanbod)")},
            {{Actor::Bedrijfsleven, Actor::Werkgeversorganisaties}, QCoreApplication::translate("regio::agenda", "bedrijfsleven (de vraag)")},
        };
    case Domain::Arbeidsmarkt:
        return {
            {{Actor::Gemeenten}, QCoreApplication::translate("regio::agenda", "gemeenten (werk en inkomen)")},
            {{Actor::Uwv}, QCoreApplication::translate("regio::agenda", "UWV (werkzoekenden, arbeidsmarktinformatie)")},
            {{Actor::Werkgeversorganisaties}, QCoreApplication::translate("regio::agenda", "werkgeversorganisaties (sociale partners)")},
            {{Actor::Werknemersorganisaties}, QCoreApplication::translate("regio::agenda", "werknemersorganisaties (sociale partners)")},
        };
    }
    return {};
}

registry::ActorSet missingActors(registry::DomainSet roles, registry::ActorSet present, bool knowledgeIntensive)
{
    registry::ActorSet missing;
    for (Domain role : roles.values())
        for (const ActorNeed& need : actorNeeds(role, knowledgeIntensive)) {
            bool met = false;
            for (Actor a : need.anyOf)
                met = met || present.contains(a);
            if (!met)
                missing.insert(need.anyOf.front());
        }
    return missing;
}

} // namespace regio::agenda
