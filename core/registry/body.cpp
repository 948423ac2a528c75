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
QString joinLabelsIn(std::span<const Term<E>> table, EnumSet<E> set)
{
    QStringList parts;
    for (E v : set.values())
        parts << labelOf(table, v);
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
