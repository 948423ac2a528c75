// Reading the registry JSON: structure first (types, keys, vocabularies), then content
// (registry_validate.h); every problem is collected before anything is thrown.
#include "registry/registry_json.h"

#include "io/spreadsheet.h"
#include "registry/registry_sheet.h"
#include <QCoreApplication>

#include "regions/region_model.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace regio::registry {

namespace {

constexpr const char* kFormatName = "regioverkenner-register";
// Far above any real registry (the default is ~100 kB); refuses runaway files before parsing.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// The documented keys, in the order the writer uses (docs/registry-format.md).
const QStringList& topKeys()
{
    static const QStringList keys{QStringLiteral("format"),      QStringLiteral("version"),
                                  QStringLiteral("title"),       QStringLiteral("description"),
                                  QStringLiteral("regionsYear"), QStringLiteral("bodies")};
    return keys;
}

const QStringList& bodyKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),         QStringLiteral("name"),       QStringLiteral("shortName"),
        QStringLiteral("type"),       QStringLiteral("subtype"),    QStringLiteral("domains"),
        QStringLiteral("actors"),     QStringLiteral("roles"),      QStringLiteral("funding"),
        QStringLiteral("fundingPerInhabitant"), QStringLiteral("founded"), QStringLiteral("status"),
        QStringLiteral("territory"),  QStringLiteral("territoryBasis"), QStringLiteral("scale"),
        QStringLiteral("source"),     QStringLiteral("confidence"), QStringLiteral("website"),
        QStringLiteral("notes")};
    return keys;
}

// Keys that only a version-2 file may hold (docs/registry-format.md, "Version 2").
const QStringList& bodyKeysV2()
{
    static const QStringList keys{QStringLiteral("ended"),          QStringLiteral("legalForm"),
                                  QStringLiteral("legalFormSource"), QStringLiteral("oversight"),
                                  QStringLiteral("oversightSource"), QStringLiteral("fundingSources"),
                                  QStringLiteral("fundingSourcesSource")};
    return keys;
}

const QStringList& allBodyKeys()
{
    static const QStringList keys = bodyKeys() + bodyKeysV2();
    return keys;
}

const QStringList& requiredBodyKeys()
{
    static const QStringList keys{QStringLiteral("id"),     QStringLiteral("name"),
                                  QStringLiteral("type"),   QStringLiteral("domains"),
                                  QStringLiteral("actors"), QStringLiteral("roles"),
                                  QStringLiteral("status"), QStringLiteral("territory"),
                                  QStringLiteral("territoryBasis"), QStringLiteral("scale"),
                                  QStringLiteral("source"), QStringLiteral("confidence")};
    return keys;
}

const QStringList& territoryKeys()
{
    static const QStringList keys{QStringLiteral("kind"), QStringLiteral("national"),
                                  QStringLiteral("municipalities"), QStringLiteral("divisions"),
                                  QStringLiteral("abroad")};
    return keys;
}

// Qt's parse errors in Dutch.
QString jsonErrorInDutch(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject: return QCoreApplication::translate("regio::registry", "object niet afgesloten met '}'");
    case QJsonParseError::MissingNameSeparator: return QCoreApplication::translate("regio::registry", "':' ontbreekt na een sleutel");
    case QJsonParseError::UnterminatedArray: return QCoreApplication::translate("regio::registry", "lijst niet afgesloten met ']'");
    case QJsonParseError::MissingValueSeparator: return QCoreApplication::translate("regio::registry", "',' ontbreekt tussen waarden");
    case QJsonParseError::IllegalValue: return QCoreApplication::translate("regio::registry", "ongeldige waarde");
    case QJsonParseError::TerminationByNumber: return QCoreApplication::translate("regio::registry", "bestand eindigt midden in een getal");
    case QJsonParseError::IllegalNumber: return QCoreApplication::translate("regio::registry", "ongeldig getal");
    case QJsonParseError::IllegalEscapeSequence: return QCoreApplication::translate("regio::registry", "ongeldige escape-reeks in tekst");
    case QJsonParseError::IllegalUTF8String: return QCoreApplication::translate("regio::registry", "ongeldige UTF-8 in tekst");
    case QJsonParseError::UnterminatedString: return QCoreApplication::translate("regio::registry", "tekst niet afgesloten met '\"'");
    case QJsonParseError::MissingObject: return QCoreApplication::translate("regio::registry", "object verwacht");
    case QJsonParseError::DeepNesting: return QCoreApplication::translate("regio::registry", "te diep genest");
    case QJsonParseError::DocumentTooLarge: return QCoreApplication::translate("regio::registry", "document te groot");
    case QJsonParseError::GarbageAtEnd: return QCoreApplication::translate("regio::registry", "onverwachte tekst na het einde");
    case QJsonParseError::NoError: break;
    }
    return QCoreApplication::translate("regio::registry", "ongeldige JSON");
}

QString child(const QString& path, const QString& key) { return path + QLatin1Char('.') + key; }
QString indexed(const QString& path, qsizetype i) { return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'); }

// True when one path lies inside the other ("$.a.b" and "$.a.b[2]"; not "$.a.b" and "$.a.bc").
bool overlaps(const QString& a, const QString& b)
{
    const QString& shorter = a.size() <= b.size() ? a : b;
    const QString& longer = a.size() <= b.size() ? b : a;
    if (!longer.startsWith(shorter))
        return false;
    return longer.size() == shorter.size() || longer.at(shorter.size()) == QLatin1Char('.')
        || longer.at(shorter.size()) == QLatin1Char('[');
}

// Reads JSON values into registry fields, recording a problem for each wrong one. A field with a
// problem keeps its default; the caller throws before anything is used.
class Reader {
public:
    explicit Reader(RegistryProblems& problems) : m_problems(problems) {}

    void problem(const QString& path, const QString& reason) { m_problems.push_back({path, reason}); }

    // Unknown keys are refused so that a typo ("domain") does not pass silently and a save does
    // not drop what the reader ignored.
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed,
                   const QStringList& required)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                problem(child(path, it.key()), QCoreApplication::translate("regio::registry", "onbekende sleutel '%1'").arg(it.key()));
        for (const QString& key : required)
            if (!object.contains(key))
                problem(child(path, key), QCoreApplication::translate("regio::registry", "verplichte sleutel '%1' ontbreekt").arg(key));
    }

    // Keys of a later format version in an older file: the file says version 1 but uses version 2.
    void checkNewerKeys(const QJsonObject& object, const QString& path, const QStringList& newer, int version)
    {
        for (const QString& key : newer)
            if (object.contains(key))
                problem(child(path, key),
                        QCoreApplication::translate("regio::registry",
                                                    "sleutel '%1' hoort bij registerversie 2; dit bestand zegt "
                                                    "versie %2 (zet \"version\": 2)")
                            .arg(key)
                            .arg(version));
    }

    // An optional vocabulary value: absent or null = unknown (nullopt).
    template <typename E>
    void optionalOneOf(const QJsonObject& object, const QString& key, const QString& path, std::optional<E>& out,
                       std::optional<E> (*fromKey)(QStringView), const QStringList& allowed, const QString& unknown)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        E value{};
        oneOf<E>(object, key, path, value, fromKey, allowed, unknown);
        if (v.isString() && fromKey(v.toString()))
            out = value;
    }

    // An optional set: absent or null = unknown (nullopt); an empty list is refused, because it
    // would read as "known to be none".
    template <typename E>
    void optionalSetOf(const QJsonObject& object, const QString& key, const QString& path,
                       std::optional<EnumSet<E>>& out, std::optional<E> (*fromKey)(QStringView),
                       const QStringList& allowed, const QString& unknown)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (v.isArray() && v.toArray().isEmpty()) {
            problem(child(path, key),
                    QCoreApplication::translate("regio::registry",
                                                "lege lijst; laat de sleutel weg of zet null als het onbekend is"));
            return;
        }
        EnumSet<E> set;
        setOf<E>(object, key, path, set, fromKey, allowed, unknown);
        if (!set.isEmpty())
            out = set;
    }

    // Optional texts may be absent or null (read as empty).
    void text(const QJsonObject& object, const QString& key, const QString& path, QString& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            problem(child(path, key), QCoreApplication::translate("regio::registry", "moet een tekst zijn"));
            return;
        }
        out = v.toString();
    }

    void textList(const QJsonObject& object, const QString& key, const QString& path, QStringList& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            problem(child(path, key), QCoreApplication::translate("regio::registry", "moet een lijst van teksten zijn"));
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                problem(indexed(child(path, key), i), QCoreApplication::translate("regio::registry", "moet een tekst zijn"));
            else
                out << array.at(i).toString();
        }
    }

    template <typename E>
    void oneOf(const QJsonObject& object, const QString& key, const QString& path, E& out,
               std::optional<E> (*fromKey)(QStringView), const QStringList& allowed, const QString& unknown)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        const std::optional<E> value = v.isString() ? fromKey(v.toString()) : std::nullopt;
        if (value)
            out = *value;
        else
            problem(child(path, key), unknownReason(v, unknown, allowed));
    }

    template <typename E>
    void setOf(const QJsonObject& object, const QString& key, const QString& path, EnumSet<E>& out,
               std::optional<E> (*fromKey)(QStringView), const QStringList& allowed, const QString& unknown)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            problem(child(path, key), QCoreApplication::translate("regio::registry", "moet een lijst zijn (%1)").arg(allowed.join(QStringLiteral(", "))));
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const std::optional<E> value = array.at(i).isString() ? fromKey(array.at(i).toString()) : std::nullopt;
            if (!value)
                problem(indexed(child(path, key), i), unknownReason(array.at(i), unknown, allowed));
            else if (out.contains(*value))
                problem(indexed(child(path, key), i), QCoreApplication::translate("regio::registry", "dubbele waarde '%1'").arg(array.at(i).toString()));
            else
                out.insert(*value);
        }
    }

    // Integer or null; `out` stays nullopt for null or absent.
    void optionalInt(const QJsonObject& object, const QString& key, const QString& path, std::optional<int>& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > std::numeric_limits<int>::max())
            problem(child(path, key), QCoreApplication::translate("regio::registry", "moet een geheel getal of null zijn"));
        else
            out = int(d);
    }

    void optionalNumber(const QJsonObject& object, const QString& key, const QString& path,
                        std::optional<double>& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble())
            problem(child(path, key), QCoreApplication::translate("regio::registry", "moet een getal of null zijn"));
        else
            out = v.toDouble();
    }

    void boolean(const QJsonObject& object, const QString& key, const QString& path, bool& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            problem(child(path, key), QCoreApplication::translate("regio::registry", "moet true of false zijn"));
        else
            out = v.toBool();
    }

private:
    static QString unknownReason(const QJsonValue& v, const QString& unknown, const QStringList& allowed)
    {
        const QString shown = v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        return unknown.arg(shown) + QStringLiteral(" (toegestaan: %1)").arg(allowed.join(QStringLiteral(", ")));
    }

    RegistryProblems& m_problems;
};

Territory readTerritory(Reader& reader, const QJsonValue& value, const QString& path, int version)
{
    Territory territory;
    if (!value.isObject()) {
        reader.problem(path, QCoreApplication::translate("regio::registry", "moet een object zijn met national, municipalities, divisions"));
        return territory;
    }
    const QJsonObject object = value.toObject();
    reader.checkKeys(object, path, territoryKeys(), {});
    if (version < 2)
        reader.checkNewerKeys(object, path, {QStringLiteral("kind")}, version);
    reader.oneOf<TerritoryKind>(object, QStringLiteral("kind"), path, territory.kind, territoryKindFromKey,
                                territoryKindKeys(), QCoreApplication::translate("regio::registry", "onbekende soort gebied '%1'"));
    reader.boolean(object, QStringLiteral("national"), path, territory.national);
    reader.textList(object, QStringLiteral("municipalities"), path, territory.municipalities);
    reader.textList(object, QStringLiteral("divisions"), path, territory.divisions);
    reader.textList(object, QStringLiteral("abroad"), path, territory.abroad);
    return territory;
}

Body readBody(Reader& reader, const QJsonObject& object, const QString& path, int version)
{
    Body body;
    reader.checkKeys(object, path, allBodyKeys(), requiredBodyKeys());
    if (version < 2)
        reader.checkNewerKeys(object, path, bodyKeysV2(), version);
    reader.text(object, QStringLiteral("id"), path, body.id);
    reader.text(object, QStringLiteral("name"), path, body.name);
    reader.text(object, QStringLiteral("shortName"), path, body.shortName);
    reader.oneOf<BodyType>(object, QStringLiteral("type"), path, body.type, bodyTypeFromKey, bodyTypeKeys(),
                           QCoreApplication::translate("regio::registry", "onbekend type '%1'"));
    reader.text(object, QStringLiteral("subtype"), path, body.subtype);
    reader.setOf<Domain>(object, QStringLiteral("domains"), path, body.domains, domainFromKey, domainKeys(),
                         QCoreApplication::translate("regio::registry", "onbekend domein '%1'"));
    reader.setOf<Actor>(object, QStringLiteral("actors"), path, body.actors, actorFromKey, actorKeys(),
                        QCoreApplication::translate("regio::registry", "onbekende actor '%1'"));
    reader.setOf<Role>(object, QStringLiteral("roles"), path, body.roles, roleFromKey, roleKeys(),
                       QCoreApplication::translate("regio::registry", "onbekende rol '%1'"));
    reader.text(object, QStringLiteral("funding"), path, body.funding);
    reader.optionalNumber(object, QStringLiteral("fundingPerInhabitant"), path, body.fundingPerInhabitant);
    reader.optionalSetOf<FundingSource>(object, QStringLiteral("fundingSources"), path, body.fundingSources,
                                        fundingSourceFromKey, fundingSourceKeys(),
                                        QCoreApplication::translate("regio::registry", "onbekende geldbron '%1'"));
    reader.text(object, QStringLiteral("fundingSourcesSource"), path, body.fundingSourcesSource);
    reader.optionalInt(object, QStringLiteral("founded"), path, body.founded);
    reader.optionalInt(object, QStringLiteral("ended"), path, body.ended);
    reader.oneOf<Status>(object, QStringLiteral("status"), path, body.status, statusFromKey, statusKeys(),
                         QCoreApplication::translate("regio::registry", "onbekende status '%1'"));
    reader.optionalOneOf<LegalForm>(object, QStringLiteral("legalForm"), path, body.legalForm, legalFormFromKey,
                                    legalFormKeys(),
                                    QCoreApplication::translate("regio::registry", "onbekende rechtsvorm '%1'"));
    reader.text(object, QStringLiteral("legalFormSource"), path, body.legalFormSource);
    reader.optionalSetOf<Oversight>(object, QStringLiteral("oversight"), path, body.oversight, oversightFromKey,
                                    oversightKeys(),
                                    QCoreApplication::translate("regio::registry", "onbekend toezicht '%1'"));
    reader.text(object, QStringLiteral("oversightSource"), path, body.oversightSource);
    if (object.contains(QStringLiteral("territory")))
        body.territory = readTerritory(reader, object.value(QStringLiteral("territory")),
                                       child(path, QStringLiteral("territory")), version);
    reader.text(object, QStringLiteral("territoryBasis"), path, body.territoryBasis);
    reader.oneOf<Scale>(object, QStringLiteral("scale"), path, body.scale, scaleFromKey, scaleKeys(),
                        QCoreApplication::translate("regio::registry", "onbekende schaal '%1'"));
    reader.text(object, QStringLiteral("source"), path, body.source);
    reader.oneOf<Confidence>(object, QStringLiteral("confidence"), path, body.confidence, confidenceFromKey,
                             confidenceKeys(), QCoreApplication::translate("regio::registry", "onbekende betrouwbaarheid '%1'"));
    reader.text(object, QStringLiteral("website"), path, body.website);
    reader.text(object, QStringLiteral("notes"), path, body.notes);
    return body;
}

// Content problems of a body that do not repeat a structural one at the same place (an unknown
// domain should not also be reported as "no domains").
void addContentProblems(RegistryProblems& problems, size_t structuralFrom, const RegistryProblems& content)
{
    const RegistryProblems structural(problems.begin() + qsizetype(structuralFrom), problems.end());
    for (const RegistryProblem& p : content) {
        const bool repeated = std::any_of(structural.begin(), structural.end(),
                                          [&p](const RegistryProblem& s) { return overlaps(s.path, p.path); });
        if (!repeated)
            problems.push_back(p);
    }
}

// Top-level keys; returns false when the file is not a registry of this version, so that the
// rest would be read with the wrong meaning.
bool readHeader(Reader& reader, const QJsonObject& root, const RegionModel& regions, Registry& registry)
{
    const QString rootPath = QStringLiteral("$");
    reader.checkKeys(root, rootPath, topKeys(), {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("bodies")});
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String(kFormatName)) {
        reader.problem(QStringLiteral("$.format"),
                       QCoreApplication::translate("regio::registry", "geen registerbestand: verwacht \"%1\"").arg(QLatin1String(kFormatName)));
        return false;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double v = version.toDouble();
    const bool known = version.isDouble() && v == std::floor(v) && v >= kOldestRegistryFormatVersion
                    && v <= kRegistryFormatVersion;
    if (!version.isUndefined() && !known) {
        reader.problem(QStringLiteral("$.version"),
                       version.isDouble()
                           ? QCoreApplication::translate("regio::registry",
                                                         "versie %1 wordt niet ondersteund; dit programma leest "
                                                         "versie %2 tot en met %3")
                                 .arg(v)
                                 .arg(kOldestRegistryFormatVersion)
                                 .arg(kRegistryFormatVersion)
                           : QCoreApplication::translate("regio::registry", "moet een getal zijn (%1)").arg(kRegistryFormatVersion));
        return false;
    }
    registry.version = version.isUndefined() ? kRegistryFormatVersion : int(v);
    reader.text(root, QStringLiteral("title"), rootPath, registry.title);
    reader.text(root, QStringLiteral("description"), rootPath, registry.description);
    std::optional<int> year;
    reader.optionalInt(root, QStringLiteral("regionsYear"), rootPath, year);
    registry.regionsYear = year.value_or(0);
    if (registry.regionsYear != 0 && regions.year() != 0 && registry.regionsYear != regions.year())
        reader.problem(QStringLiteral("$.regionsYear"),
                       QCoreApplication::translate("regio::registry", "het register gebruikt de gemeentelijke indeling van %1, dit programma die van %2")
                           .arg(registry.regionsYear)
                           .arg(regions.year()));
    return true;
}

} // namespace

RegistryError::RegistryError(const QString& file, RegistryProblems problems)
    : InputError(file, problems.empty() ? QString() : problems.front().path,
                 [&] {
                     // The first reason, then every further problem on its own full line.
                     QStringList text;
                     for (size_t i = 0; i < problems.size(); ++i)
                         text << (i == 0 ? problems[i].reason
                                         : InputError(file, problems[i].path, problems[i].reason).message());
                     return text.join(QLatin1Char('\n'));
                 }())
    , m_problems(std::move(problems))
{
}

QStringList RegistryError::lines() const
{
    QStringList out;
    for (const RegistryProblem& p : m_problems)
        out << InputError(file(), p.path, p.reason).message();
    return out;
}

Registry parseRegistry(const QByteArray& bytes, const QString& sourceName, const RegionModel& regions)
{
    if (bytes.trimmed().isEmpty())
        throw RegistryError(sourceName, {{QString(), QCoreApplication::translate("regio::registry", "leeg bestand")}});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw RegistryError(sourceName, {{QString::number(lineOfOffset(bytes, error.offset)),
                                          QCoreApplication::translate("regio::registry", "ongeldige JSON: ") + jsonErrorInDutch(error.error)}});
    if (!doc.isObject())
        throw RegistryError(sourceName, {{QStringLiteral("$"), QStringLiteral("een register is een JSON-object { … }")}});

    RegistryProblems problems;
    Reader reader(problems);
    Registry registry;
    const QJsonObject root = doc.object();
    if (readHeader(reader, root, regions, registry)) {
        const QJsonValue bodies = root.value(QStringLiteral("bodies"));
        if (!bodies.isUndefined() && !bodies.isArray())
            reader.problem(QStringLiteral("$.bodies"), QCoreApplication::translate("regio::registry", "moet een lijst van samenwerkingsverbanden zijn"));
        const QJsonArray array = bodies.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = bodyPath(int(i));
            if (!array.at(i).isObject()) {
                reader.problem(path, QCoreApplication::translate("regio::registry", "moet een object zijn"));
                registry.bodies.emplace_back(); // keeps body indices equal to JSON indices
                continue;
            }
            const size_t before = problems.size();
            registry.bodies.push_back(readBody(reader, array.at(i).toObject(), path, registry.version));
            addContentProblems(problems, before,
                               validateBody(registry.bodies.back(), regions, path, registry.version));
        }
        const RegistryProblems duplicates = findDuplicateIds(registry.bodies);
        problems.insert(problems.end(), duplicates.begin(), duplicates.end());
    }
    if (!problems.empty())
        throw RegistryError(sourceName, std::move(problems));
    return registry;
}

Registry loadRegistry(const QString& path, const RegionModel& regions)
{
    // A spreadsheet (.xlsx/.ods) holds one body per row: registry_sheet.h.
    if (io::isSpreadsheetPath(path))
        return loadRegistrySpreadsheet(path, regions);
    QFile file(path);
    if (!file.exists())
        throw RegistryError(path, {{QString(), QCoreApplication::translate("regio::registry", "bestand bestaat niet")}});
    if (!file.open(QIODevice::ReadOnly))
        throw RegistryError(path, {{QString(), QCoreApplication::translate("regio::registry", "kan niet lezen: %1").arg(file.errorString())}});
    if (file.size() > kMaxFileBytes)
        throw RegistryError(path, {{QString(), QCoreApplication::translate("regio::registry", "bestand te groot (%1 MB; hooguit %2 MB)")
                                                   .arg(file.size() / (1024 * 1024))
                                                   .arg(kMaxFileBytes / (1024 * 1024))}});
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw RegistryError(path, {{QString(), QCoreApplication::translate("regio::registry", "kan niet lezen: %1").arg(file.errorString())}});
    return parseRegistry(bytes, path, regions);
}

Registry loadDefaultRegistry(const RegionModel& regions)
{
    return loadRegistry(QString::fromLatin1(kDefaultRegistryPath), regions);
}

} // namespace regio::registry
