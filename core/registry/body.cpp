#include "registry/body.h"

#include <QCoreApplication>

#include <span>

namespace regio::registry {

namespace {

// One row of a translation table: enum value, JSON key, Dutch label, and for some concepts a
// second Dutch form (actors: the gap sentence when absent; body types: the plural).
template <typename E>
struct Term {
    E value;
    const char* key;
    const char* label;
    const char* other = "";
};

// The translation tables — the one place where keys and Dutch words are spelled.
constexpr Term<Domain> domainTerms[] = {
    {Domain::Economie, "economie", "Economie"},
    {Domain::Onderwijs, "onderwijs", "Onderwijs"},
    {Domain::Arbeidsmarkt, "arbeidsmarkt", "Arbeidsmarkt"},
};

// Actors: the gap sentence reads "… niet betrokken" for single institutions, "Geen …" for plurals.
constexpr Term<Actor> actorTerms[] = {
    {Actor::Gemeenten, "gemeenten", "Gemeenten", "Geen gemeenten betrokken"},
    {Actor::Provincie, "provincie", "Provincie", "Provincie niet betrokken"},
    {Actor::Rijk, "rijk", "Rijk", "Rijk niet betrokken"},
    {Actor::Uwv, "uwv", "UWV", "UWV niet betrokken"},
    {Actor::Bedrijfsleven, "bedrijfsleven", "Bedrijfsleven", "Bedrijfsleven niet betrokken"},
    {Actor::Kennisinstellingen, "kennisinstellingen", "Kennisinstellingen", "Geen kennisinstellingen betrokken"},
    {Actor::Onderwijsinstellingen, "onderwijsinstellingen", "Onderwijsinstellingen", "Geen onderwijsinstellingen betrokken"},
    {Actor::Werkgeversorganisaties, "werkgeversorganisaties", "Werkgeversorganisaties", "Geen werkgeversorganisaties betrokken"},
    {Actor::Werknemersorganisaties, "werknemersorganisaties", "Werknemersorganisaties", "Geen werknemersorganisaties betrokken"},
    {Actor::MaatschappelijkeOrganisaties, "maatschappelijke-organisaties", "Maatschappelijke organisaties", "Geen maatschappelijke organisaties betrokken"},
};

constexpr Term<Role> roleTerms[] = {
    {Role::Adviserend, "adviserend", "Adviserend"},
    {Role::Agenderend, "agenderend", "Agenderend/coördinerend"},
    {Role::Uitvoerend, "uitvoerend", "Uitvoerend"},
    {Role::Financierend, "financierend", "Financierend"},
};

constexpr Term<Confidence> confidenceTerms[] = {
    {Confidence::Hoog, "hoog", "Hoog"},
    {Confidence::Middel, "middel", "Middel"},
    {Confidence::Laag, "laag", "Laag"},
};

constexpr Term<Status> statusTerms[] = {
    {Status::Actief, "actief", "Actief"},
    {Status::Beeindigd, "beëindigd", "Beëindigd"},
    {Status::Onbekend, "onbekend", "Onbekend"},
};

constexpr Term<BodyType> bodyTypeTerms[] = {
    {BodyType::EconomicBoard, "economic-board", "Economic Board", "Economic Boards"},
    {BodyType::GespecialiseerdeBoard, "gespecialiseerde-board", "Gespecialiseerde board", "gespecialiseerde boards"},
    {BodyType::StrategischeAgenda, "strategische-agenda", "Strategische agenda", "strategische agenda's"},
    {BodyType::Rom, "rom", "Regionale ontwikkelingsmaatschappij", "regionale ontwikkelingsmaatschappijen"},
    {BodyType::ProvincialeSer, "provinciale-ser", "Provinciale SER", "provinciale SER'en"},
    {BodyType::RegionaalWerkbedrijf, "regionaal-werkbedrijf", "Regionaal werkbedrijf", "regionale werkbedrijven"},
    {BodyType::Onderwijssamenwerking, "onderwijssamenwerking", "Onderwijssamenwerking", "onderwijssamenwerkingen"},
    {BodyType::Metropoolregio, "metropoolregio", "Metropoolregio / regionaal bestuur", "metropoolregio's / regionale besturen"},
    {BodyType::CityDeal, "city-deal", "City Deal", "City Deals"},
    {BodyType::Proeftuin, "proeftuin", "Proeftuin Maak Verschil", "proeftuinen Maak Verschil"},
    {BodyType::Grensoverschrijdend, "grensoverschrijdend", "Grensoverschrijdende samenwerking", "grensoverschrijdende samenwerkingen"},
    {BodyType::Programma, "programma", "Programma", "programma's"},
};

constexpr Term<Scale> scaleTerms[] = {
    {Scale::Gemeente, "gemeente", "Gemeente"},
    {Scale::Subregio, "subregio", "Subregio"},
    {Scale::Regio, "regio", "Regio"},
    {Scale::Provincie, "provincie", "Provincie"},
    {Scale::Landsdeel, "landsdeel", "Landsdeel"},
    {Scale::Nationaal, "nationaal", "Nationaal"},
    {Scale::Grensoverschrijdend, "grensoverschrijdend", "Grensoverschrijdend"},
};

// Version 2 vocabularies; labels marked for translation (context "Registry").
constexpr Term<LegalForm> legalFormTerms[] = {
    {LegalForm::GemeenschappelijkeRegeling, "gemeenschappelijke-regeling",
     QT_TRANSLATE_NOOP("Registry", "Gemeenschappelijke regeling (Wgr)")},
    {LegalForm::Stichting, "stichting", QT_TRANSLATE_NOOP("Registry", "Stichting")},
    {LegalForm::Vereniging, "vereniging", QT_TRANSLATE_NOOP("Registry", "Vereniging")},
    {LegalForm::Bv, "bv", QT_TRANSLATE_NOOP("Registry", "Besloten vennootschap (bv)")},
    {LegalForm::Nv, "nv", QT_TRANSLATE_NOOP("Registry", "Naamloze vennootschap (nv)")},
    {LegalForm::Zbo, "zbo", QT_TRANSLATE_NOOP("Registry", "Zelfstandig bestuursorgaan")},
    {LegalForm::Egts, "egts", QT_TRANSLATE_NOOP("Registry", "Europese groepering voor territoriale samenwerking")},
    {LegalForm::Convenant, "convenant", QT_TRANSLATE_NOOP("Registry", "Convenant")},
    {LegalForm::InformeelNetwerk, "informeel-netwerk", QT_TRANSLATE_NOOP("Registry", "Informeel netwerk")},
};

constexpr Term<Oversight> oversightTerms[] = {
    {Oversight::Gemeenteraden, "gemeenteraden", QT_TRANSLATE_NOOP("Registry", "Gemeenteraden")},
    {Oversight::ProvincialeStaten, "provinciale-staten", QT_TRANSLATE_NOOP("Registry", "Provinciale Staten")},
    {Oversight::Geen, "geen", QT_TRANSLATE_NOOP("Registry", "Geen gekozen raad direct")},
};

constexpr Term<FundingSource> fundingSourceTerms[] = {
    {FundingSource::Gemeenten, "gemeenten", QT_TRANSLATE_NOOP("Registry", "Gemeenten")},
    {FundingSource::Provincie, "provincie", QT_TRANSLATE_NOOP("Registry", "Provincie")},
    {FundingSource::Rijk, "rijk", QT_TRANSLATE_NOOP("Registry", "Rijk")},
    {FundingSource::Efro, "efro", QT_TRANSLATE_NOOP("Registry", "EU-fonds EFRO")},
    {FundingSource::Esf, "esf", QT_TRANSLATE_NOOP("Registry", "EU-fonds ESF")},
    {FundingSource::Bedrijven, "bedrijven", QT_TRANSLATE_NOOP("Registry", "Bedrijven")},
    {FundingSource::Onderwijsinstellingen, "onderwijsinstellingen", QT_TRANSLATE_NOOP("Registry", "Onderwijsinstellingen")},
    {FundingSource::Overig, "overig", QT_TRANSLATE_NOOP("Registry", "Overig")},
};

constexpr Term<TerritoryKind> territoryKindTerms[] = {
    {TerritoryKind::Gebied, "gebied", QT_TRANSLATE_NOOP("Registry", "Werkgebied")},
    {TerritoryKind::Locaties, "locaties", QT_TRANSLATE_NOOP("Registry", "Alleen vestigingsplaatsen")},
};

template <typename E>
const Term<E>& termOf(std::span<const Term<E>> table, E value)
{
    for (const Term<E>& t : table)
        if (t.value == value)
            return t;
    return table.front(); // unreachable for valid enum values: every table lists them all
}

template <typename E>
QString keyOf(std::span<const Term<E>> table, E value)
{
    return QString::fromUtf8(termOf(table, value).key);
}

template <typename E>
QString labelOf(std::span<const Term<E>> table, E value)
{
    return QString::fromUtf8(termOf(table, value).label);
}

template <typename E>
QString translatedLabelOf(std::span<const Term<E>> table, E value)
{
    return QCoreApplication::translate("Registry", termOf(table, value).label);
}

template <typename E>
std::optional<E> fromKeyIn(std::span<const Term<E>> table, QStringView key)
{
    for (const Term<E>& t : table)
        if (key == QString::fromUtf8(t.key))
            return t.value;
    return std::nullopt;
}

template <typename E>
QStringList keysOf(std::span<const Term<E>> table)
{
    QStringList out;
    for (const Term<E>& t : table)
        out << QString::fromUtf8(t.key);
    return out;
}

template <typename E>
QString joinKeysIn(std::span<const Term<E>> table, EnumSet<E> set, const QString& separator)
{
    QStringList parts;
    for (E v : set.values())
        parts << keyOf(table, v);
    return parts.join(separator);
}

template <typename E>
QString joinLabelsIn(std::span<const Term<E>> table, EnumSet<E> set, bool translated = false)
{
    QStringList parts;
    for (E v : set.values())
        parts << (translated ? translatedLabelOf(table, v) : labelOf(table, v));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString key(Domain value) { return keyOf<Domain>(domainTerms, value); }
QString key(Actor value) { return keyOf<Actor>(actorTerms, value); }
QString key(Role value) { return keyOf<Role>(roleTerms, value); }
QString key(Confidence value) { return keyOf<Confidence>(confidenceTerms, value); }
QString key(Status value) { return keyOf<Status>(statusTerms, value); }
QString key(BodyType value) { return keyOf<BodyType>(bodyTypeTerms, value); }
QString key(Scale value) { return keyOf<Scale>(scaleTerms, value); }

QString label(Domain value) { return labelOf<Domain>(domainTerms, value); }
QString label(Actor value) { return labelOf<Actor>(actorTerms, value); }
QString label(Role value) { return labelOf<Role>(roleTerms, value); }
QString label(Confidence value) { return labelOf<Confidence>(confidenceTerms, value); }
QString label(Status value) { return labelOf<Status>(statusTerms, value); }
QString label(BodyType value) { return labelOf<BodyType>(bodyTypeTerms, value); }
QString label(Scale value) { return labelOf<Scale>(scaleTerms, value); }
QString key(LegalForm value) { return keyOf<LegalForm>(legalFormTerms, value); }
QString key(Oversight value) { return keyOf<Oversight>(oversightTerms, value); }
QString key(FundingSource value) { return keyOf<FundingSource>(fundingSourceTerms, value); }
QString key(TerritoryKind value) { return keyOf<TerritoryKind>(territoryKindTerms, value); }
QString label(LegalForm value) { return translatedLabelOf<LegalForm>(legalFormTerms, value); }
QString label(Oversight value) { return translatedLabelOf<Oversight>(oversightTerms, value); }
QString label(FundingSource value) { return translatedLabelOf<FundingSource>(fundingSourceTerms, value); }
QString label(TerritoryKind value) { return translatedLabelOf<TerritoryKind>(territoryKindTerms, value); }
std::optional<LegalForm> legalFormFromKey(QStringView key) { return fromKeyIn<LegalForm>(legalFormTerms, key); }
std::optional<Oversight> oversightFromKey(QStringView key) { return fromKeyIn<Oversight>(oversightTerms, key); }
std::optional<FundingSource> fundingSourceFromKey(QStringView key) { return fromKeyIn<FundingSource>(fundingSourceTerms, key); }
std::optional<TerritoryKind> territoryKindFromKey(QStringView key) { return fromKeyIn<TerritoryKind>(territoryKindTerms, key); }
QStringList legalFormKeys() { return keysOf<LegalForm>(legalFormTerms); }
QStringList oversightKeys() { return keysOf<Oversight>(oversightTerms); }
QStringList fundingSourceKeys() { return keysOf<FundingSource>(fundingSourceTerms); }
QStringList territoryKindKeys() { return keysOf<TerritoryKind>(territoryKindTerms); }
QString joinKeys(OversightSet set, const QString& separator) { return joinKeysIn<Oversight>(oversightTerms, set, separator); }
QString joinKeys(FundingSourceSet set, const QString& separator) { return joinKeysIn<FundingSource>(fundingSourceTerms, set, separator); }
QString joinLabels(OversightSet set) { return joinLabelsIn<Oversight>(oversightTerms, set, true); }
QString joinLabels(FundingSourceSet set) { return joinLabelsIn<FundingSource>(fundingSourceTerms, set, true); }

bool presentIn(const Body& body, int year)
{
    if (body.founded && *body.founded > year)
        return false;
    if (body.ended)
        return *body.ended >= year;
    return body.status != Status::Beeindigd;
}

Accountability accountabilityOf(const Body& body)
{
    if (!body.oversight || body.oversight->isEmpty())
        return Accountability::Onbekend;
    if (body.oversight->contains(Oversight::Gemeenteraden) || body.oversight->contains(Oversight::ProvincialeStaten))
        return Accountability::Gekozen;
    return Accountability::NietGekozen;
}

namespace {

QString unknownWord() { return QCoreApplication::translate("Registry", "onbekend"); }

QString withSource(bool known, const QString& words, const QString& source)
{
    if (!known)
        return unknownWord();
    return source.trimmed().isEmpty() ? words
                                      : QCoreApplication::translate("Registry", "%1 (bron: %2)").arg(words, source);
}

} // namespace

QString legalFormText(const Body& body) { return body.legalForm ? label(*body.legalForm) : unknownWord(); }
QString oversightText(const Body& body) { return body.oversight ? joinLabels(*body.oversight) : unknownWord(); }
QString fundingSourcesText(const Body& body)
{
    return body.fundingSources ? joinLabels(*body.fundingSources) : unknownWord();
}
QString legalFormWithSource(const Body& body)
{
    return withSource(body.legalForm.has_value(), legalFormText(body), body.legalFormSource);
}
QString oversightWithSource(const Body& body)
{
    return withSource(body.oversight.has_value(), oversightText(body), body.oversightSource);
}
QString fundingSourcesWithSource(const Body& body)
{
    return withSource(body.fundingSources.has_value(), fundingSourcesText(body), body.fundingSourcesSource);
}

QString confidenceExplanation(Confidence value)
{
    switch (value) {
    case Confidence::Hoog:
        return QCoreApplication::translate("Registry",
                                           "hoog: naam, deelnemers en gebied staan zo in de genoemde bron of bij "
                                           "het verband zelf");
    case Confidence::Middel:
        return QCoreApplication::translate("Registry",
                                           "middel: de bron noemt het verband, maar het gebied of een deel van de "
                                           "gegevens is afgeleid of bij benadering");
    case Confidence::Laag:
        return QCoreApplication::translate("Registry",
                                           "laag: het gebied of de gegevens zijn een ruwe benadering of niet in een "
                                           "bron teruggevonden; gebruik met voorzichtigheid");
    }
    return {};
}

QString labelPlural(BodyType value) { return QString::fromUtf8(termOf<BodyType>(bodyTypeTerms, value).other); }
QString absenceSentence(Actor value) { return QString::fromUtf8(termOf<Actor>(actorTerms, value).other); }

std::optional<Domain> domainFromKey(QStringView key) { return fromKeyIn<Domain>(domainTerms, key); }
std::optional<Actor> actorFromKey(QStringView key) { return fromKeyIn<Actor>(actorTerms, key); }
std::optional<Role> roleFromKey(QStringView key) { return fromKeyIn<Role>(roleTerms, key); }
std::optional<Confidence> confidenceFromKey(QStringView key) { return fromKeyIn<Confidence>(confidenceTerms, key); }
std::optional<Status> statusFromKey(QStringView key) { return fromKeyIn<Status>(statusTerms, key); }
std::optional<BodyType> bodyTypeFromKey(QStringView key) { return fromKeyIn<BodyType>(bodyTypeTerms, key); }
std::optional<Scale> scaleFromKey(QStringView key) { return fromKeyIn<Scale>(scaleTerms, key); }

QStringList domainKeys() { return keysOf<Domain>(domainTerms); }
QStringList actorKeys() { return keysOf<Actor>(actorTerms); }
QStringList roleKeys() { return keysOf<Role>(roleTerms); }
QStringList confidenceKeys() { return keysOf<Confidence>(confidenceTerms); }
QStringList statusKeys() { return keysOf<Status>(statusTerms); }
QStringList bodyTypeKeys() { return keysOf<BodyType>(bodyTypeTerms); }
QStringList scaleKeys() { return keysOf<Scale>(scaleTerms); }

QString joinKeys(DomainSet set, const QString& separator) { return joinKeysIn<Domain>(domainTerms, set, separator); }
QString joinKeys(ActorSet set, const QString& separator) { return joinKeysIn<Actor>(actorTerms, set, separator); }
QString joinKeys(RoleSet set, const QString& separator) { return joinKeysIn<Role>(roleTerms, set, separator); }
QString joinLabels(DomainSet set) { return joinLabelsIn<Domain>(domainTerms, set); }
QString joinLabels(ActorSet set) { return joinLabelsIn<Actor>(actorTerms, set); }
QString joinLabels(RoleSet set) { return joinLabelsIn<Role>(roleTerms, set); }

} // namespace regio::registry
