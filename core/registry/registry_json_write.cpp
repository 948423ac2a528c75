// Writing the registry JSON by hand rather than through QJsonDocument: QJsonDocument sorts keys
// alphabetically, while a person editing the file expects the documented order (id, name, type
// first) and short lists on one line. The output is still plain JSON that any reader accepts.
#include "registry/registry_json.h"

#include <QCoreApplication>

#include "io/safe_write.h"

#include <QLocale>

#include <cmath>
#include <utility>
#include <vector>

namespace regio::registry {

namespace {

constexpr const char* kFormatName = "regioverkenner-register";
constexpr int kLineWidth = 100; // lists longer than this wrap

QString quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// Shortest text that reads back as the same double (round trip exact).
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString spaces(int n) { return QString(n, QLatin1Char(' ')); }

// A list of strings: on one line when it fits after `prefixWidth` columns, else packed lines.
QString stringList(const QStringList& items, int indent, int prefixWidth)
{
    QStringList parts;
    for (const QString& item : items)
        parts << quoted(item);
    const QString inline_ = QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    if (indent + prefixWidth + inline_.size() <= kLineWidth)
        return inline_;
    QString out = QStringLiteral("[\n");
    QString line;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString piece = parts.at(i) + (i + 1 < parts.size() ? QStringLiteral(",") : QString());
        if (!line.isEmpty() && indent + 2 + line.size() + 1 + piece.size() > kLineWidth) {
            out += spaces(indent + 2) + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + piece;
    }
    out += spaces(indent + 2) + line + QLatin1Char('\n') + spaces(indent) + QLatin1Char(']');
    return out;
}

// An object from already rendered members, at `indent`.
class ObjectWriter {
public:
    explicit ObjectWriter(int indent) : m_indent(indent) {}

    void raw(const QString& key, const QString& rendered) { m_members.emplace_back(key, rendered); }
    void text(const QString& key, const QString& value) { raw(key, quoted(value)); }
    void optionalText(const QString& key, const QString& value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void list(const QString& key, const QStringList& items)
    {
        raw(key, stringList(items, m_indent + 2, int(quoted(key).size()) + 2));
    }
    int childIndent() const { return m_indent + 2; }

    QString render() const
    {
        QString out = QStringLiteral("{\n");
        for (size_t i = 0; i < m_members.size(); ++i) {
            out += spaces(m_indent + 2) + quoted(m_members[i].first) + QStringLiteral(": ") + m_members[i].second;
            out += i + 1 < m_members.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        return out + spaces(m_indent) + QLatin1Char('}');
    }

private:
    int m_indent;
    std::vector<std::pair<QString, QString>> m_members;
};

template <typename E>
QStringList keysOf(EnumSet<E> set)
{
    QStringList out;
    for (E v : set.values())
        out << key(v);
    return out;
}

QString renderTerritory(const Territory& territory, int indent)
{
    ObjectWriter w(indent);
    if (territory.kind != TerritoryKind::Gebied) // "gebied" is the default and stays implicit
        w.text(QStringLiteral("kind"), key(territory.kind));
    w.raw(QStringLiteral("national"), territory.national ? QStringLiteral("true") : QStringLiteral("false"));
    w.list(QStringLiteral("municipalities"), territory.municipalities);
    w.list(QStringLiteral("divisions"), territory.divisions);
    if (!territory.abroad.isEmpty())
        w.list(QStringLiteral("abroad"), territory.abroad);
    return w.render();
}

QString renderBody(const Body& body, int index, int indent)
{
    ObjectWriter w(indent);
    w.text(QStringLiteral("id"), body.id);
    w.text(QStringLiteral("name"), body.name);
    w.optionalText(QStringLiteral("shortName"), body.shortName);
    w.text(QStringLiteral("type"), key(body.type));
    w.optionalText(QStringLiteral("subtype"), body.subtype);
    w.list(QStringLiteral("domains"), keysOf(body.domains));
    w.list(QStringLiteral("actors"), keysOf(body.actors));
    w.list(QStringLiteral("roles"), keysOf(body.roles));
    w.optionalText(QStringLiteral("funding"), body.funding);
    if (body.fundingPerInhabitant) {
        // JSON has no NaN or infinity; refuse rather than write a file nobody can read back.
        if (!std::isfinite(*body.fundingPerInhabitant))
            throw InputError(QStringLiteral("register"), bodyPath(index) + QStringLiteral(".fundingPerInhabitant"),
                             QCoreApplication::translate("regio::registry", "geen eindig getal; kan niet als JSON worden opgeslagen"));
        w.raw(QStringLiteral("fundingPerInhabitant"), number(*body.fundingPerInhabitant));
    }
    if (body.fundingSources) {
        w.list(QStringLiteral("fundingSources"), keysOf(*body.fundingSources));
    }
    w.optionalText(QStringLiteral("fundingSourcesSource"), body.fundingSourcesSource);
    if (body.founded)
        w.raw(QStringLiteral("founded"), QString::number(*body.founded));
    if (body.ended)
        w.raw(QStringLiteral("ended"), QString::number(*body.ended));
    w.text(QStringLiteral("status"), key(body.status));
    if (body.legalForm) {
        w.text(QStringLiteral("legalForm"), key(*body.legalForm));
    }
    w.optionalText(QStringLiteral("legalFormSource"), body.legalFormSource);
    if (body.oversight) {
        w.list(QStringLiteral("oversight"), keysOf(*body.oversight));
    }
    w.optionalText(QStringLiteral("oversightSource"), body.oversightSource);
    w.raw(QStringLiteral("territory"), renderTerritory(body.territory, w.childIndent()));
    w.text(QStringLiteral("territoryBasis"), body.territoryBasis);
    w.text(QStringLiteral("scale"), key(body.scale));
    w.text(QStringLiteral("source"), body.source);
    w.text(QStringLiteral("confidence"), key(body.confidence));
    w.optionalText(QStringLiteral("website"), body.website);
    w.optionalText(QStringLiteral("notes"), body.notes);
    return w.render();
}

} // namespace

QByteArray registryToJson(const Registry& registry)
{
    ObjectWriter w(0);
    w.text(QStringLiteral("format"), QString::fromLatin1(kFormatName));
    w.raw(QStringLiteral("version"), QString::number(kRegistryFormatVersion));
    w.optionalText(QStringLiteral("title"), registry.title);
    w.optionalText(QStringLiteral("description"), registry.description);
    if (registry.regionsYear != 0)
        w.raw(QStringLiteral("regionsYear"), QString::number(registry.regionsYear));
    QString bodies;
    if (registry.bodies.empty()) {
        bodies = QStringLiteral("[]");
    } else {
        bodies = QStringLiteral("[\n");
        for (size_t i = 0; i < registry.bodies.size(); ++i) {
            bodies += spaces(4) + renderBody(registry.bodies[i], int(i), 4);
            bodies += i + 1 < registry.bodies.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        bodies += QStringLiteral("  ]");
    }
    w.raw(QStringLiteral("bodies"), bodies);
    return (w.render() + QLatin1Char('\n')).toUtf8();
}

void saveRegistry(const Registry& registry, const QString& path)
{
    QByteArray bytes;
    try {
        bytes = registryToJson(registry); // before touching the disk: a failure here changes nothing
    } catch (const InputError& e) {
        throw InputError(path, e.location(), e.reason());
    }
    io::writeFileAtomically(path, bytes);
}

} // namespace regio::registry
