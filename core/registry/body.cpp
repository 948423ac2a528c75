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
    {Domain::Economie, "economie", QT_TRANSLATE_NOOP("regio::registry", "Economie")},
    {Domain::Onderwijs, "onderwijs", QT_TRANSLATE_NOOP("regio::registry", "Onderwijs")},
    {Domain::Arbeidsmarkt, "arbeidsmarkt", QT_TRANSLATE_NOOP("regio::registry", "Arbeidsmarkt")},
};

// Actors: the gap sentence reads "… niet betrokken" for single institutions, "Geen …" for plurals.
constexpr Term<Actor> actorTerms[] = {
    {Actor::Gemeenten, "gemeenten", QT_TRANSLATE_NOOP("regio::registry", "Gemeenten"), QT_TRANSLATE_NOOP("regio::registry", "Geen gemeenten betrokken")},
    {Actor::Provincie, "provincie", QT_TRANSLATE_NOOP("regio::registry", "Provincie"), QT_TRANSLATE_NOOP("regio::registry", "Provincie niet betrokken")},
    {Actor::Rijk, "rijk", QT_TRANSLATE_NOOP("regio::registry", "Rijk"), QT_TRANSLATE_NOOP("regio::registry", "Rijk niet betrokken")},
    {Actor::Uwv, "uwv", QT_TRANSLATE_NOOP("regio::registry", "UWV"), QT_TRANSLATE_NOOP("regio::registry", "UWV niet betrokken")},
    {Actor::Bedrijfsleven, "bedrijfsleven", QT_TRANSLATE_NOOP("regio::registry", "Bedrijfsleven"), QT_TRANSLATE_NOOP("regio::registry", "Bedrijfsleven niet betrokken")},
    {Actor::Kennisinstellingen, "kennisinstellingen", QT_TRANSLATE_NOOP("regio::registry", "Kennisinstellingen"), QT_TRANSLATE_NOOP("regio::registry", "Geen kennisinstellingen betrokken")},
    {Actor::Onderwijsinstellingen, "onderwijsinstellingen", QT_TRANSLATE_NOOP("regio::registry", "Onderwijsinstellingen"), QT_TRANSLATE_NOOP("regio::registry", "Geen onderwijsinstellingen betrokken")},
    {Actor::Werkgeversorganisaties, "werkgeversorganisaties", QT_TRANSLATE_NOOP("regio::registry", "Werkgeversorganisaties"), QT_TRANSLATE_NOOP("regio::registry", "Geen werkgeversorganisaties betrokken")},
    {Actor::Werknemersorganisaties, "werknemersorganisaties", QT_TRANSLATE_NOOP("regio::registry", "Werknemersorganisaties"), QT_TRANSLATE_NOOP("regio::registry", "Geen werknemersorganisaties betrokken")},
    {Actor::MaatschappelijkeOrganisaties, "maatschappelijke-organisaties", QT_TRANSLATE_NOOP("regio::registry", "Maatschappelijke organisaties"), QT_TRANSLATE_NOOP("regio::registry", "Geen maatschappelijke organisaties betrokken")},
};

constexpr Term<Role> roleTerms[] = {
    {Role::Adviserend, "adviserend", QT_TRANSLATE_NOOP("regio::registry", "Adviserend")},
    {Role::Agenderend, "agenderend", QT_TRANSLATE_NOOP("regio::registry", "Agenderend/coördinerend")},
    {Role::Uitvoerend, "uitvoerend", QT_TRANSLATE_NOOP("regio::registry", "Uitvoerend")},
    {Role::Financierend, "financierend", QT_TRANSLATE_NOOP("regio::registry", "Financierend")},
};

constexpr Term<Confidence> confidenceTerms[] = {
    {Confidence::Hoog, "hoog", QT_TRANSLATE_NOOP("regio::registry", "Hoog")},
    {Confidence::Middel, "middel", QT_TRANSLATE_NOOP("regio::registry", "Middel")},
    {Confidence::Laag, "laag", QT_TRANSLATE_NOOP("regio::registry", "Laag")},
};

constexpr Term<Status> statusTerms[] = {
    {Status::Actief, "actief", QT_TRANSLATE_NOOP("regio::registry", "Actief")},
    {Status::Beeindigd, "beëindigd", QT_TRANSLATE_NOOP("regio::registry", "Beëindigd")},
    {Status::Onbekend, "onbekend", QT_TRANSLATE_NOOP("regio::registry", "Onbekend")},
};

constexpr Term<BodyType> bodyTypeTerms[] = {
    {BodyType::EconomicBoard, "economic-board", QT_TRANSLATE_NOOP("regio::registry", "Economic Board"), QT_TRANSLATE_NOOP("regio::registry", "Economic Boards")},
    {BodyType::GespecialiseerdeBoard, "gespecialiseerde-board", QT_TRANSLATE_NOOP("regio::registry", "Gespecialiseerde board"), QT_TRANSLATE_NOOP("regio::registry", "gespecialiseerde boards")},
    {BodyType::StrategischeAgenda, "strategische-agenda", QT_TRANSLATE_NOOP("regio::registry", "Strategische agenda"), QT_TRANSLATE_NOOP("regio::registry", "strategische agenda's")},
    {BodyType::Rom, "rom", QT_TRANSLATE_NOOP("regio::registry", "Regionale ontwikkelingsmaatschappij"), QT_TRANSLATE_NOOP("regio::registry", "regionale ontwikkelingsmaatschappijen")},
    {BodyType::ProvincialeSer, "provinciale-ser", QT_TRANSLATE_NOOP("regio::registry", "Provinciale SER"), QT_TRANSLATE_NOOP("regio::registry", "provinciale SER'en")},
    {BodyType::RegionaalWerkbedrijf, "regionaal-werkbedrijf", QT_TRANSLATE_NOOP("regio::registry", "Regionaal werkbedrijf"), QT_TRANSLATE_NOOP("regio::registry", "regionale werkbedrijven")},
    {BodyType::Onderwijssamenwerking, "onderwijssamenwerking", QT_TRANSLATE_NOOP("regio::registry", "Onderwijssamenwerking"), QT_TRANSLATE_NOOP("regio::registry", "onderwijssamenwerkingen")},
    {BodyType::Metropoolregio, "metropoolregio", QT_TRANSLATE_NOOP("regio::registry", "Metropoolregio / regionaal bestuur"), QT_TRANSLATE_NOOP("regio::registry", "metropoolregio's / regionale besturen")},
    {BodyType::CityDeal, "city-deal", QT_TRANSLATE_NOOP("regio::registry", "City Deal"), QT_TRANSLATE_NOOP("regio::registry", "City Deals")},
    {BodyType::Proeftuin, "proeftuin", QT_TRANSLATE_NOOP("regio::registry", "Proeftuin Maak Verschil"), QT_TRANSLATE_NOOP("regio::registry", "proeftuinen Maak Verschil")},
    {BodyType::Grensoverschrijdend, "grensoverschrijdend", QT_TRANSLATE_NOOP("regio::registry", "Grensoverschrijdende samenwerking"), QT_TRANSLATE_NOOP("regio::registry", "grensoverschrijdende samenwerkingen")},
    {BodyType::Programma, "programma", QT_TRANSLATE_NOOP("regio::registry", "Programma"), QT_TRANSLATE_NOOP("regio::registry", "programma's")},
};

constexpr Term<Scale> scaleTerms[] = {
    {Scale::Gemeente, "gemeente", QT_TRANSLATE_NOOP("regio::registry", "Gemeente")},
    {Scale::Subregio, "subregio", QT_TRANSLATE_NOOP("regio::registry", "Subregio")},
    {Scale::Regio, "regio", QT_TRANSLATE_NOOP("regio::registry", "Regio")},
    {Scale::Provincie, "provincie", QT_TRANSLATE_NOOP("regio::registry", "Provincie")},
    {Scale::Landsdeel, "landsdeel", QT_TRANSLATE_NOOP("regio::registry", "Landsdeel")},
    {Scale::Nationaal, "nationaal", QT_TRANSLATE_NOOP("regio::registry", "Nationaal")},
    {Scale::Grensoverschrijdend, "grensoverschrijdend", QT_TRANSLATE_NOOP("regio::registry", "Grensoverschrijdend")},
};

// Version 2 vocabularies; labels marked for translation (context "Registry").
constexpr Term<LegalForm> legalFormTerms[] = {
    {LegalForm::GemeenschappelijkeRegeling, "gemeenschappelijke-regeling",
     QT_TRANSLATE_NOOP("regio::registry", "Gemeenschappelijke regeling (Wgr)")},
    {LegalForm::Stichting, "stichting", QT_TRANSLATE_NOOP("regio::registry", "Stichting")},
    {LegalForm::Vereniging, "vereniging", QT_TRANSLATE_NOOP("regio::registry", "Vereniging")},
    {LegalForm::Bv, "bv", QT_TRANSLATE_NOOP("regio::registry", "Besloten vennootschap (bv)")},
    {LegalForm::Nv, "nv", QT_TRANSLATE_NOOP("regio::registry", "Naamloze vennootschap (nv)")},
    {LegalForm::Zbo, "zbo", QT_TRANSLATE_NOOP("regio::registry", "Zelfstandig bestuursorgaan")},
    {LegalForm::Egts, "egts", QT_TRANSLATE_NOOP("regio::registry", "Europese groepering voor territoriale samenwerking")},
    {LegalForm::Convenant, "convenant", QT_TRANSLATE_NOOP("regio::registry", "Convenant")},
    {LegalForm::InformeelNetwerk, "informeel-netwerk", QT_TRANSLATE_NOOP("regio::registry", "Informeel netwerk")},
};

constexpr Term<Oversight> oversightTerms[] = {
    {Oversight::Gemeenteraden, "gemeenteraden", QT_TRANSLATE_NOOP("regio::registry", "Gemeenteraden")},
    {Oversight::ProvincialeStaten, "provinciale-staten", QT_TRANSLATE_NOOP("regio::registry", "Provinciale Staten")},
    {Oversight::Geen, "geen", QT_TRANSLATE_NOOP("regio::registry", "Geen gekozen raad direct")},
};

constexpr Term<FundingSource> fundingSourceTerms[] = {
    {FundingSource::Gemeenten, "gemeenten", QT_TRANSLATE_NOOP("regio::registry", "Gemeenten")},
    {FundingSource::Provincie, "provincie", QT_TRANSLATE_NOOP("regio::registry", "Provincie")},
    {FundingSource::Rijk, "rijk", QT_TRANSLATE_NOOP("regio::registry", "Rijk")},
    {FundingSource::Efro, "efro", QT_TRANSLATE_NOOP("regio::registry", "EU-fonds EFRO")},
    {FundingSource::Esf, "esf", QT_TRANSLATE_NOOP("regio::registry", "EU-fonds ESF")},
    {FundingSource::Bedrijven, "bedrijven", QT_TRANSLATE_NOOP("regio::registry", "Bedrijven")},
    {FundingSource::Onderwijsinstellingen, "onderwijsinstellingen", QT_TRANSLATE_NOOP("regio::registry", "Onderwijsinstellingen")},
    {FundingSource::Overig, "overig", QT_TRANSLATE_NOOP("regio::registry", "Overig")},
};

constexpr Term<TerritoryKind> territoryKindTerms[] = {
    {TerritoryKind::Gebied, "gebied", QT_TRANSLATE_NOOP("regio::registry", "Werkgebied")},
    {TerritoryKind::Locaties, "locaties", QT_TRANSLATE_NOOP("regio::registry", "Alleen vestigingsplaatsen")},
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
    return QCoreApplication::translate("regio::registry", termOf(table, value).label);
}

template <typename E>
QString translatedLabelOf(std::span<const Term<E>> table, E value)
{
    return QCoreApplication::translate("regio::registry", termOf(table, value).label);
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

QString unknownWord() { return QCoreApplication::translate("regio::registry", "onbekend"); }

QString withSource(bool known, const QString& words, const QString& source)
{
    if (!known)
        return unknownWord();
    return source.trimmed().isEmpty() ? words
                                      : QCoreApplication::translate("regio::registry", "%1 (bron: %2)").arg(words, source);
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
        return QCoreApplication::translate("regio::registry",
                                           "hoog: naam, deelnemers en gebied staan zo in de genoemde bron of bij "
                                           "het verband zelf");
    case Confidence::Middel:
        return QCoreApplication::translate("regio::registry",
                                           "middel: de bron noemt het verband, maar het gebied of een deel van de "
                                           "gegevens is afgeleid of bij benadering");
    case Confidence::Laag:
        return QCoreApplication::translate("regio::registry",
                                           "laag: het gebied of de gegevens zijn een ruwe benadering of niet in een "
                                           "bron teruggevonden; gebruik met voorzichtigheid");
    }
    return {};
}

QString labelPlural(BodyType value) { return QCoreApplication::translate("regio::registry", termOf<BodyType>(bodyTypeTerms, value).other); }
QString absenceSentence(Actor value) { return QCoreApplication::translate("regio::registry", termOf<Actor>(actorTerms, value).other); }

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
