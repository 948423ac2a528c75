#include "registry/registry_sheet.h"

#include "io/spreadsheet.h"
#include "regions/region_model.h"
#include "registry/registry_validate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace regio::registry {

namespace {

struct Column {
    const char* key;        // registry JSON key (territory parts by their own key)
    const char* dutch;      // Dutch column name, also accepted
    bool required;
};

// Documented order (docs/registry-format.md); the territory keys stand where `territory` stands.
constexpr Column kColumns[] = {
    {"id", "id", true},
    {"name", "naam", true},
    {"shortName", "korte naam", false},
    {"type", "vorm", true},
    {"subtype", "subtype", false},
    {"domains", "domeinen", true},
    {"actors", "actoren", true},
    {"roles", "rollen", true},
    {"funding", "financiering", false},
    {"fundingPerInhabitant", "financiering per inwoner", false},
    {"founded", "opgericht", false},
    {"status", "status", true},
    {"national", "landelijk", false},
    {"municipalities", "gemeenten", false},
    {"divisions", "indelingen", false},
    {"abroad", "buitenland", false},
    {"territoryBasis", "gebiedsbasis", true},
    {"scale", "schaal", true},
    {"source", "bron", true},
    {"confidence", "betrouwbaarheid", true},
    {"website", "website", false},
    {"notes", "opmerkingen", false},
    // Format version 2
    {"ended", "beëindigd", false},
    {"kind", "soort gebied", false},
    {"legalForm", "rechtsvorm", false},
    {"legalFormSource", "bron rechtsvorm", false},
    {"oversight", "toezicht", false},
    {"oversightSource", "bron toezicht", false},
    {"fundingSources", "geldbronnen", false},
    {"fundingSourcesSource", "bron geldbronnen", false},
};

QString normalised(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return n;
}

QStringList splitList(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r]"));
    QStringList out;
    for (const QString& part : cell.split(separators))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

// A vocabulary value by key or Dutch label, case-insensitive.
template <typename E, size_t N>
std::optional<E> lookup(const QString& text, const std::array<E, N>& all)
{
    const QString t = text.trimmed();
    for (E v : all)
        if (t.compare(key(v), Qt::CaseInsensitive) == 0 || t.compare(label(v), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

template <typename E, size_t N>
QStringList keysOf(const std::array<E, N>& all)
{
    QStringList out;
    for (E v : all)
        out << key(v);
    return out;
}

class RowReader {
public:
    RowReader(RegistryProblems& problems, QString place) : m_problems(problems), m_place(std::move(place)) {}

    void problem(const QString& column, const QString& reason)
    {
        m_problems.push_back({m_place, column.isEmpty() ? reason : QCoreApplication::translate("regio::registry", "kolom '%1': %2").arg(column, reason)});
    }

    template <typename E, size_t N>
    void one(const QString& column, const QString& cell, E& out, const std::array<E, N>& all)
    {
        if (cell.trimmed().isEmpty())
            return; // reported as an empty required column
        if (const auto v = lookup(cell, all))
            out = *v;
        else
            problem(column, QCoreApplication::translate("regio::registry", "onbekende waarde '%1' (toegestaan: %2)").arg(cell.trimmed(), keysOf(all).join(QStringLiteral(", "))));
    }

    template <typename E, size_t N>
    void set(const QString& column, const QString& cell, EnumSet<E>& out, const std::array<E, N>& all)
    {
        for (const QString& part : splitList(cell)) {
            const auto v = lookup(part, all);
            if (!v)
                problem(column, QCoreApplication::translate("regio::registry", "onbekende waarde '%1' (toegestaan: %2)").arg(part, keysOf(all).join(QStringLiteral(", "))));
            else if (out.contains(*v))
                problem(column, QCoreApplication::translate("regio::registry", "'%1' staat twee keer in de lijst").arg(part));
            else
                out.insert(*v);
        }
    }

    std::optional<double> number(const QString& column, const QString& cell)
    {
        QString t = cell.trimmed();
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        double v = QLocale::c().toDouble(t, &ok);
        if (!ok) // a number typed as text in a Dutch sheet: decimal comma
            v = QLocale::c().toDouble(t.replace(QLatin1Char(','), QLatin1Char('.')), &ok);
        if (!ok || !std::isfinite(v)) {
            problem(column, QCoreApplication::translate("regio::registry", "'%1' is geen getal").arg(cell.trimmed()));
            return std::nullopt;
        }
        return v;
    }

    bool yesNo(const QString& column, const QString& cell)
    {
        const QString t = cell.trimmed().toLower();
        if (t.isEmpty() || t == QLatin1String("nee") || t == QLatin1String("false") || t == QLatin1String("onwaar")
            || t == QLatin1String("0") || t == QLatin1String("n"))
            return false;
        if (t == QLatin1String("ja") || t == QLatin1String("true") || t == QLatin1String("waar") || t == QLatin1String("1")
            || t == QLatin1String("j") || t == QLatin1String("x"))
            return true;
        problem(column, QCoreApplication::translate("regio::registry", "'%1' is geen ja of nee").arg(cell.trimmed()));
        return false;
    }

private:
    RegistryProblems& m_problems;
    QString m_place;
};

// The column a validation path points at: "$.territory.divisions[1]" → "divisions".
QString columnOfPath(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$(?:\\.territory)?\\.([A-Za-z]+)"));
    const auto match = pattern.match(path);
    // "$.territory" itself (no Dutch municipality at all) is the body's, not one column's.
    if (!match.hasMatch() || match.captured(1) == QLatin1String("territory"))
        return QString();
    return match.captured(1);
}

} // namespace

QStringList registrySheetColumns()
{
    QStringList out;
    for (const Column& c : kColumns)
        out << QLatin1String(c.key);
    return out;
}

Registry parseRegistryRows(const io::CsvDocument& table, const QString& sourceName, const RegionModel& regions)
{
    if (table.records.empty())
        throw RegistryError(sourceName, {{QString(), QCoreApplication::translate("regio::registry", "leeg werkblad: kopregel en samenwerkingsverbanden ontbreken")}});
    const io::CsvRecord& header = table.records.front();
    const QString headerPlace = QString::number(header.line);

    // Header: every column known, none twice, every required one present.
    RegistryProblems problems;
    QHash<QString, int> columnIndex;  // JSON key → cell index
    QHash<QString, QString> shownName; // JSON key → the header text as the user wrote it
    constexpr qsizetype kMaxColumns = 200;
    if (header.fields.size() > kMaxColumns)
        throw RegistryError(sourceName, {{headerPlace, QCoreApplication::translate("regio::registry", "kopregel heeft %1 kolommen; de grens is %2").arg(header.fields.size()).arg(kMaxColumns)}});
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString text = header.fields.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const Column* found = nullptr;
        for (const Column& c : kColumns)
            if (normalised(text) == normalised(QLatin1String(c.key)) || normalised(text) == normalised(QString::fromUtf8(c.dutch)))
                found = &c;
        if (!found) {
            problems.push_back({headerPlace, QCoreApplication::translate("regio::registry", "onbekende kolom '%1' (toegestaan: %2)").arg(text, registrySheetColumns().join(QStringLiteral(", ")))});
            continue;
        }
        const QString key = QLatin1String(found->key);
        if (columnIndex.contains(key)) {
            problems.push_back({headerPlace, QCoreApplication::translate("regio::registry", "kolom '%1' staat twee keer in de kopregel").arg(text)});
            continue;
        }
        columnIndex.insert(key, int(i));
        shownName.insert(key, text);
    }
    for (const Column& c : kColumns)
        if (c.required && !columnIndex.contains(QLatin1String(c.key)))
            problems.push_back({headerPlace, QCoreApplication::translate("regio::registry", "verplichte kolom '%1' ontbreekt").arg(QLatin1String(c.key))});
    if (!problems.empty())
        throw RegistryError(sourceName, std::move(problems));
    if (table.records.size() < 2)
        throw RegistryError(sourceName, {{headerPlace, QCoreApplication::translate("regio::registry", "geen samenwerkingsverbanden na de kopregel")}});

    Registry registry;
    registry.regionsYear = regions.year();
    std::vector<QString> places;  // row of each body, for duplicate ids
    for (size_t r = 1; r < table.records.size(); ++r) {
        const io::CsvRecord& row = table.records[r];
        const QString place = QString::number(row.line);
        RowReader reader(problems, place);
        auto cell = [&](const char* key) { return row.fields.value(columnIndex.value(QLatin1String(key), -1)); };
        auto shown = [&](const char* key) { return shownName.value(QLatin1String(key), QLatin1String(key)); };
        for (qsizetype i = 0; i < row.fields.size(); ++i)
            if (!row.fields.at(i).trimmed().isEmpty() && !std::any_of(columnIndex.begin(), columnIndex.end(), [i](int c) { return c == i; })) {
                reader.problem(QString(), QCoreApplication::translate("regio::registry", "waarde '%1' in kolom %2 zonder kopje").arg(row.fields.at(i).trimmed()).arg(i + 1));
                break;
            }
        const size_t before = problems.size();
        Body body;
        body.id = cell("id").trimmed();
        body.name = cell("name").trimmed();
        body.shortName = cell("shortName").trimmed();
        reader.one(shown("type"), cell("type"), body.type, allBodyTypes);
        body.subtype = cell("subtype").trimmed();
        reader.set(shown("domains"), cell("domains"), body.domains, allDomains);
        reader.set(shown("actors"), cell("actors"), body.actors, allActors);
        reader.set(shown("roles"), cell("roles"), body.roles, allRoles);
        body.funding = cell("funding").trimmed();
        body.fundingPerInhabitant = reader.number(shown("fundingPerInhabitant"), cell("fundingPerInhabitant"));
        if (const auto founded = reader.number(shown("founded"), cell("founded"))) {
            if (*founded != std::floor(*founded) || std::abs(*founded) > 1e6)
                reader.problem(shown("founded"), QCoreApplication::translate("regio::registry", "'%1' is geen jaartal").arg(cell("founded").trimmed()));
            else
                body.founded = int(*founded);
        }
        reader.one(shown("status"), cell("status"), body.status, allStatuses);
        body.territory.national = reader.yesNo(shown("national"), cell("national"));
        for (const QString& code : splitList(cell("municipalities")))
            body.territory.municipalities << code.toUpper();
        for (const QString& code : splitList(cell("divisions")))
            body.territory.divisions << code.toUpper();
        body.territory.abroad = splitList(cell("abroad"));
        body.territoryBasis = cell("territoryBasis").trimmed();
        reader.one(shown("scale"), cell("scale"), body.scale, allScales);
        body.source = cell("source").trimmed();
        reader.one(shown("confidence"), cell("confidence"), body.confidence, allConfidences);
        body.website = cell("website").trimmed();
        body.notes = cell("notes").trimmed();
        if (const auto ended = reader.number(shown("ended"), cell("ended"))) {
            if (*ended != std::floor(*ended) || *ended < 0 || *ended > 9999)
                reader.problem(shown("ended"), QCoreApplication::translate("regio::registry", "'%1' is geen jaartal").arg(cell("ended").trimmed()));
            else
                body.ended = int(*ended);
        }
        if (!cell("kind").trimmed().isEmpty())
            reader.one(shown("kind"), cell("kind"), body.territory.kind, allTerritoryKinds);
        if (!cell("legalForm").trimmed().isEmpty()) {
            LegalForm form{};
            reader.one(shown("legalForm"), cell("legalForm"), form, allLegalForms);
            body.legalForm = form;
        }
        body.legalFormSource = cell("legalFormSource").trimmed();
        if (!cell("oversight").trimmed().isEmpty()) {
            OversightSet set;
            reader.set(shown("oversight"), cell("oversight"), set, allOversights);
            body.oversight = set;
        }
        body.oversightSource = cell("oversightSource").trimmed();
        if (!cell("fundingSources").trimmed().isEmpty()) {
            FundingSourceSet set;
            reader.set(shown("fundingSources"), cell("fundingSources"), set, allFundingSources);
            body.fundingSources = set;
        }
        body.fundingSourcesSource = cell("fundingSourcesSource").trimmed();
        // Empty required cells: said per column, before the content checks.
        for (const Column& c : kColumns)
            if (c.required && cell(c.key).trimmed().isEmpty())
                reader.problem(shown(c.key), QCoreApplication::translate("regio::registry", "leeg; deze kolom is verplicht"));
        // The registry's own checks (codes against the regions, id form, empty territory …),
        // except where a problem of the same column was already said.
        for (const RegistryProblem& p : validateBody(body, regions, QStringLiteral("$"))) {
            const QString column = columnOfPath(p.path);
            const QString name = column.isEmpty() ? QString() : shownName.value(column, column);
            const QString prefix = name.isEmpty() ? QString() : QCoreApplication::translate("regio::registry", "kolom '%1': ").arg(name);
            const bool repeated = std::any_of(problems.begin() + qsizetype(before), problems.end(), [&](const RegistryProblem& q) {
                return !prefix.isEmpty() && q.reason.startsWith(prefix);
            });
            if (!repeated)
                reader.problem(name, p.reason);
        }
        registry.bodies.push_back(std::move(body));
        places.push_back(place);
    }
    // Duplicate ids, reported at the later row.
    QHash<QString, QString> firstRow;
    for (size_t i = 0; i < registry.bodies.size(); ++i) {
        const QString& id = registry.bodies[i].id;
        if (id.isEmpty())
            continue;
        if (firstRow.contains(id))
            problems.push_back({places[i], QCoreApplication::translate("regio::registry", "kolom '%1': dubbele id '%2' (ook op rij %3)").arg(shownName.value(QStringLiteral("id")), id, firstRow.value(id))});
        else
            firstRow.insert(id, places[i]);
    }
    if (!problems.empty())
        throw RegistryError(sourceName, std::move(problems));
    return registry;
}

Registry loadRegistrySpreadsheet(const QString& path, const RegionModel& regions)
{
    io::SheetTable table;
    try {
        table = io::readSpreadsheet(path);
    } catch (const RegistryError&) {
        throw;
    } catch (const InputError& e) {
        throw RegistryError(e.file(), {{e.location(), e.reason()}});
    }
    Registry registry = parseRegistryRows(table.document, table.sourceName, regions);
    registry.title = QFileInfo(path).completeBaseName();
    return registry;
}

} // namespace regio::registry
