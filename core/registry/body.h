#pragma once
// A cooperation body (samenwerkingsverband) of the bodies registry (DESIGN.md §2), and the
// closed vocabularies that describe it. Every concept has one translation table in body.cpp:
// machine key (as in the registry JSON, docs/registry-format.md) ↔ enum ↔ Dutch label.
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

namespace regio::registry {

// The three corners of the triangle (DESIGN.md §5: D = {Economie, Onderwijs, Arbeidsmarkt}).
enum class Domain { Economie, Onderwijs, Arbeidsmarkt };
inline constexpr std::array<Domain, 3> allDomains{Domain::Economie, Domain::Onderwijs, Domain::Arbeidsmarkt};

// Actor types that can sit at the table (SER 2017, Table 2.1).
enum class Actor {
    Gemeenten,
    Provincie,
    Rijk,
    Uwv,
    Bedrijfsleven,
    Kennisinstellingen,
    Onderwijsinstellingen,
    Werkgeversorganisaties,
    Werknemersorganisaties,
    MaatschappelijkeOrganisaties,
};
inline constexpr std::array<Actor, 10> allActors{
    Actor::Gemeenten,          Actor::Provincie,
    Actor::Rijk,               Actor::Uwv,
    Actor::Bedrijfsleven,      Actor::Kennisinstellingen,
    Actor::Onderwijsinstellingen, Actor::Werkgeversorganisaties,
    Actor::Werknemersorganisaties, Actor::MaatschappelijkeOrganisaties,
};

// What a body does: advise, set the agenda / coordinate, execute, fund.
enum class Role { Adviserend, Agenderend, Uitvoerend, Financierend };
inline constexpr std::array<Role, 4> allRoles{Role::Adviserend, Role::Agenderend, Role::Uitvoerend,
                                              Role::Financierend};

enum class Confidence { Hoog, Middel, Laag };
inline constexpr std::array<Confidence, 3> allConfidences{Confidence::Hoog, Confidence::Middel, Confidence::Laag};

enum class Status { Actief, Beeindigd, Onbekend };
inline constexpr std::array<Status, 3> allStatuses{Status::Actief, Status::Beeindigd, Status::Onbekend};

// Form of cooperation (SER 2017, sect. 2.2–2.4).
enum class BodyType {
    EconomicBoard,
    GespecialiseerdeBoard,
    StrategischeAgenda,
    Rom,
    ProvincialeSer,
    RegionaalWerkbedrijf,
    Onderwijssamenwerking,
    Metropoolregio,
    CityDeal,
    Proeftuin,
    Grensoverschrijdend,
    Programma,
};
inline constexpr std::array<BodyType, 12> allBodyTypes{
    BodyType::EconomicBoard,        BodyType::GespecialiseerdeBoard, BodyType::StrategischeAgenda,
    BodyType::Rom,                  BodyType::ProvincialeSer,        BodyType::RegionaalWerkbedrijf,
    BodyType::Onderwijssamenwerking, BodyType::Metropoolregio,       BodyType::CityDeal,
    BodyType::Proeftuin,            BodyType::Grensoverschrijdend,   BodyType::Programma,
};

// The scale a body works at ("schakelen op schalen", SER 2017 sect. 3.3); ordered small → large.
enum class Scale { Gemeente, Subregio, Regio, Provincie, Landsdeel, Nationaal, Grensoverschrijdend };
inline constexpr std::array<Scale, 7> allScales{Scale::Gemeente,  Scale::Subregio,  Scale::Regio,
                                                Scale::Provincie, Scale::Landsdeel, Scale::Nationaal,
                                                Scale::Grensoverschrijdend};

// Legal form of a body (format version 2; SER 2017 sect. 3.5, Kamerbrief BZK 2017).
enum class LegalForm {
    GemeenschappelijkeRegeling, // Wet gemeenschappelijke regelingen
    Stichting,
    Vereniging,
    Bv,
    Nv,
    Zbo, // zelfstandig bestuursorgaan
    Egts, // Europese groepering voor territoriale samenwerking
    Convenant,
    InformeelNetwerk,
};
inline constexpr std::array<LegalForm, 9> allLegalForms{
    LegalForm::GemeenschappelijkeRegeling, LegalForm::Stichting, LegalForm::Vereniging,
    LegalForm::Bv,         LegalForm::Nv,        LegalForm::Zbo,
    LegalForm::Egts,       LegalForm::Convenant, LegalForm::InformeelNetwerk,
};

// Which elected councils oversee a body directly; Geen = none (never combined with the others).
enum class Oversight { Gemeenteraden, ProvincialeStaten, Geen };
inline constexpr std::array<Oversight, 3> allOversights{Oversight::Gemeenteraden, Oversight::ProvincialeStaten,
                                                        Oversight::Geen};

// Where a body's money comes from (the free-text `funding` stays beside it).
enum class FundingSource { Gemeenten, Provincie, Rijk, Efro, Esf, Bedrijven, Onderwijsinstellingen, Overig };
inline constexpr std::array<FundingSource, 8> allFundingSources{
    FundingSource::Gemeenten, FundingSource::Provincie, FundingSource::Rijk,
    FundingSource::Efro,      FundingSource::Esf,       FundingSource::Bedrijven,
    FundingSource::Onderwijsinstellingen, FundingSource::Overig,
};

// What a territory means: the area a body works for (Gebied), or only where its sites are
// (Locaties: such a body does not count as covering those municipalities).
enum class TerritoryKind { Gebied, Locaties };
inline constexpr std::array<TerritoryKind, 2> allTerritoryKinds{TerritoryKind::Gebied, TerritoryKind::Locaties};

// Machine keys (registry JSON, CLI) and Dutch labels (UI, reports). fromKey: nullopt when unknown.
QString key(Domain value);
QString key(Actor value);
QString key(Role value);
QString key(Confidence value);
QString key(Status value);
QString key(BodyType value);
QString key(Scale value);
QString key(LegalForm value);
QString key(Oversight value);
QString key(FundingSource value);
QString key(TerritoryKind value);
QString label(Domain value);
QString label(Actor value);
QString label(Role value);
QString label(Confidence value);
QString label(Status value);
QString label(BodyType value);
QString label(Scale value);
QString label(LegalForm value);
QString label(Oversight value);
QString label(FundingSource value);
QString label(TerritoryKind value);
// Plural label of a body type for counts ("2 Economic Boards").
QString labelPlural(BodyType value);
// The gap sentence for an absent actor: "Geen werknemersorganisaties betrokken", "UWV niet betrokken".
QString absenceSentence(Actor value);

std::optional<Domain> domainFromKey(QStringView key);
std::optional<Actor> actorFromKey(QStringView key);
std::optional<Role> roleFromKey(QStringView key);
std::optional<Confidence> confidenceFromKey(QStringView key);
std::optional<Status> statusFromKey(QStringView key);
std::optional<BodyType> bodyTypeFromKey(QStringView key);
std::optional<Scale> scaleFromKey(QStringView key);
std::optional<LegalForm> legalFormFromKey(QStringView key);
std::optional<Oversight> oversightFromKey(QStringView key);
std::optional<FundingSource> fundingSourceFromKey(QStringView key);
std::optional<TerritoryKind> territoryKindFromKey(QStringView key);

// All keys of a vocabulary, in enum order, for messages ("toegestaan: …") and --help.
QStringList domainKeys();
QStringList actorKeys();
QStringList roleKeys();
QStringList confidenceKeys();
QStringList statusKeys();
QStringList bodyTypeKeys();
QStringList scaleKeys();
QStringList legalFormKeys();
QStringList oversightKeys();
QStringList fundingSourceKeys();
QStringList territoryKindKeys();

// A set of values of a small enum, as a bit mask; iteration in enum order.
template <typename E>
class EnumSet {
public:
    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<E> values)
    {
        for (E v : values)
            insert(v);
    }

    constexpr void insert(E v) { m_bits |= bit(v); }
    constexpr void remove(E v) { m_bits &= ~bit(v); }
    constexpr bool contains(E v) const { return (m_bits & bit(v)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr int size() const { return std::popcount(m_bits); }
    constexpr std::uint32_t bits() const { return m_bits; }

    constexpr EnumSet operator|(EnumSet other) const { return fromBits(m_bits | other.m_bits); }
    constexpr EnumSet operator&(EnumSet other) const { return fromBits(m_bits & other.m_bits); }
    constexpr EnumSet& operator|=(EnumSet other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    constexpr bool containsAll(EnumSet other) const { return (m_bits & other.m_bits) == other.m_bits; }
    constexpr bool operator==(const EnumSet&) const = default;

    std::vector<E> values() const
    {
        std::vector<E> out;
        for (int i = 0; i < 32; ++i)
            if (m_bits & (std::uint32_t(1) << i))
                out.push_back(E(i));
        return out;
    }

private:
    static constexpr std::uint32_t bit(E v) { return std::uint32_t(1) << static_cast<int>(v); }
    static constexpr EnumSet fromBits(std::uint32_t bits)
    {
        EnumSet s;
        s.m_bits = bits;
        return s;
    }
    std::uint32_t m_bits = 0;
};

using DomainSet = EnumSet<Domain>;
using ActorSet = EnumSet<Actor>;
using RoleSet = EnumSet<Role>;
using OversightSet = EnumSet<Oversight>;
using FundingSourceSet = EnumSet<FundingSource>;

// Keys of a set's members joined by `separator`, in enum order ("economie;onderwijs").
QString joinKeys(DomainSet set, const QString& separator);
QString joinKeys(ActorSet set, const QString& separator);
QString joinKeys(RoleSet set, const QString& separator);
// Dutch labels joined by ", ".
QString joinLabels(DomainSet set);
QString joinLabels(ActorSet set);
QString joinLabels(RoleSet set);
QString joinKeys(OversightSet set, const QString& separator);
QString joinKeys(FundingSourceSet set, const QString& separator);
QString joinLabels(OversightSet set);
QString joinLabels(FundingSourceSet set);

// Where a body works: municipalities, divisions (PVnn, CRnn, AMnn, 2025 codes), or the whole
// country; `abroad` names foreign parts in words (not on the map). Lists keep the file's order.
// kind Locaties: the territory only says where the body's sites are (national + Locaties = sites
// somewhere in the Netherlands, not known where). Since version 2 a territory may hold only
// `abroad` (a body listed, but not on the map).
struct Territory {
    bool national = false;
    QStringList municipalities;
    QStringList divisions;
    QStringList abroad;
    TerritoryKind kind = TerritoryKind::Gebied;

    bool operator==(const Territory&) const = default;
};

struct Body {
    QString id;        // [a-z0-9-]+, unique in a registry
    QString name;      // full name as the source writes it
    QString shortName; // optional label for maps and charts
    BodyType type = BodyType::Programma;
    QString subtype;
    DomainSet domains;
    ActorSet actors;
    RoleSet roles;
    QString funding;                            // funding model in words
    std::optional<double> fundingPerInhabitant; // € per inhabitant per year, where known
    std::optional<int> founded;                 // year
    std::optional<int> ended;                   // year it stopped (status beëindigd), where known
    Status status = Status::Onbekend;
    // Accountability and money (version 2): each unknown when unset, and each with its source.
    std::optional<LegalForm> legalForm;
    QString legalFormSource;
    std::optional<OversightSet> oversight; // never empty when set
    QString oversightSource;
    std::optional<FundingSourceSet> fundingSources; // never empty when set
    QString fundingSourcesSource;
    Territory territory;
    QString territoryBasis; // the territory in words, and whether it is approximate
    Scale scale = Scale::Regio;
    QString source; // e.g. "SER 2017, fig. B.2 nr. 12"
    Confidence confidence = Confidence::Laag;
    QString website;
    QString notes;

    // The short name when set, else the name: for labels on maps and in charts.
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
    bool operator==(const Body&) const = default;
};

// The reference year ("peiljaar"): is the body there in `year`? Founded after `year` → no; an
// unknown founding year counts as "already there" (the registry starts at 2010 and most unknown
// years are older). Ended: a known end year ≥ `year` → there; an unknown end year → there unless
// the status is "beëindigd" (then it cannot be placed in time and is left out, as without a
// peiljaar).
bool presentIn(const Body& body, int year);
// First and last year offered for the peiljaar (the SER advice looks back to 2010).
inline constexpr int kFirstReferenceYear = 2010;

// Whether a body answers to an elected council: gemeenteraden or Provinciale Staten (Gekozen),
// oversight "geen" (NietGekozen), or oversight unknown (Onbekend).
enum class Accountability { Gekozen, NietGekozen, Onbekend };
Accountability accountabilityOf(const Body& body);

// The accountability fields in words for tables and reports: the value ("Stichting",
// "Gemeenteraden, Provinciale Staten") or "onbekend"; and the same with its source:
// "Stichting (bron: openbaar: KvK)".
QString legalFormText(const Body& body);
QString oversightText(const Body& body);
QString fundingSourcesText(const Body& body);
QString legalFormWithSource(const Body& body);
QString oversightWithSource(const Body& body);
QString fundingSourcesWithSource(const Body& body);

// What a confidence level means, in one Dutch sentence for legends and tooltips.
QString confidenceExplanation(Confidence value);

} // namespace regio::registry
