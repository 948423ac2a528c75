#include "economy/sector_hierarchy.h"

#include "io/csv.h"
#include "io/input_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <optional>

#include <stdexcept>

namespace regio::economy {

namespace {

// The titles of the built-in key table (resources/data/cbs-sbi-keys.csv), for lupdate: the
// interface shows them through sectorTitle() in the chosen language.
[[maybe_unused]] constexpr const char* kBuiltInTitles[] = {
    QT_TRANSLATE_NOOP("regio::economy::sbi", "A-U Alle economische activiteiten"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "A Landbouw, bosbouw en visserij"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "B-F Nijverheid en energie"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "B-E Nijverheid (geen bouw) en energie"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "B Delfstoffenwinning"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "C Industrie"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "D Energievoorziening"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "E Waterbedrijven en afvalbeheer"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "F Bouwnijverheid"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "G-N Commerciële dienstverlening"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "G-I Handel, vervoer en horeca"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "G Handel"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "H Vervoer en opslag"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "I Horeca"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "J Informatie en communicatie"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "K Financiële dienstverlening"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "L Verhuur en handel van onroerend goed"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "M-N Zakelijke dienstverlening"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "M Specialistische zakelijke diensten"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "N Verhuur en overige zakelijke diensten"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "O-U Niet-commerciële dienstverlening"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "O-Q Overheid en zorg"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "O Openbaar bestuur en overheidsdiensten"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "P Onderwijs"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "Q Gezondheids- en welzijnszorg"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "R-U Cultuur, recreatie, overige diensten"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "R Cultuur, sport en recreatie"),
    QT_TRANSLATE_NOOP("regio::economy::sbi", "S Overige dienstverlening"),
};


std::optional<SectorLevel> levelFromKey(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("totaal")) return SectorLevel::Total;
    if (t == QLatin1String("hoofdgroep")) return SectorLevel::MainGroup;
    if (t == QLatin1String("groep")) return SectorLevel::Group;
    if (t == QLatin1String("sectie")) return SectorLevel::Section;
    return std::nullopt;
}

} // namespace

QString sectorLevelKey(SectorLevel level)
{
    switch (level) {
    case SectorLevel::Total: return QStringLiteral("totaal");
    case SectorLevel::MainGroup: return QStringLiteral("hoofdgroep");
    case SectorLevel::Group: return QStringLiteral("groep");
    case SectorLevel::Section: return QStringLiteral("sectie");
    }
    return {};
}

SectorHierarchy::SectorHierarchy(std::vector<SectorKey> keys)
    : m_keys(std::move(keys))
{
    for (qsizetype i = 0; i < qsizetype(m_keys.size()); ++i) {
        const SectorKey& k = m_keys[size_t(i)];
        if (k.key.isEmpty())
            throw std::invalid_argument("lege sectorsleutel");
        if (m_index.contains(k.key))
            throw std::invalid_argument(QCoreApplication::translate("regio::economy", "sectorsleutel %1 komt twee keer voor").arg(k.key).toStdString());
        m_index.insert(k.key, i);
        if (k.level == SectorLevel::Total) {
            if (!m_total.isEmpty())
                throw std::invalid_argument("meer dan één totaal ('totaal')");
            m_total = k.key;
        }
    }
    if (m_total.isEmpty())
        throw std::invalid_argument("geen totaal (niveau 'totaal') in de sectorindeling");
    for (const SectorKey& k : m_keys) {
        if (k.level == SectorLevel::Total) {
            if (!k.parent.isEmpty())
                throw std::invalid_argument(QCoreApplication::translate("regio::economy", "het totaal %1 heeft een bovenliggende sleutel").arg(k.key).toStdString());
            continue;
        }
        if (!m_index.contains(k.parent))
            throw std::invalid_argument(
                QCoreApplication::translate("regio::economy", "sector %1 verwijst naar onbekende bovenliggende sleutel '%2'").arg(k.key, k.parent).toStdString());
        // Walk up: every chain must end at the total within the number of keys (no cycles).
        QString at = k.key;
        for (size_t steps = 0; at != m_total; ++steps) {
            if (steps > m_keys.size())
                throw std::invalid_argument(QCoreApplication::translate("regio::economy", "kringverwijzing bij sector %1").arg(k.key).toStdString());
            at = m_keys[size_t(m_index.value(at))].parent;
        }
    }
}

const SectorKey* SectorHierarchy::find(const QString& key) const
{
    const qsizetype i = m_index.value(key, -1);
    return i < 0 ? nullptr : &m_keys[size_t(i)];
}

QStringList SectorHierarchy::sections() const
{
    QStringList out;
    for (const SectorKey& k : m_keys)
        if (k.level == SectorLevel::Section)
            out << k.key;
    return out;
}

QString SectorHierarchy::varietyGroup(const QString& sectionKey) const
{
    const SectorKey* s = find(sectionKey);
    if (!s)
        return sectionKey;
    const SectorKey* p = find(s->parent);
    return p && p->level == SectorLevel::Group ? p->key : s->key;
}

QString sectorTitle(const QString& title)
{
    return QCoreApplication::translate("regio::economy::sbi", title.toUtf8().constData());
}

QString SectorHierarchy::shortTitle(const QString& key) const
{
    const SectorKey* k = find(key);
    if (!k)
        return key;
    const QString title = sectorTitle(k->title);
    if (!k->letters.isEmpty() && title.startsWith(k->letters + QLatin1Char(' ')))
        return title.mid(k->letters.size() + 1);
    return title;
}

SectorHierarchy parseSectorHierarchy(const QByteArray& data, const QString& fileName)
{
    const io::CsvDocument doc = io::parseCsv(data, fileName);
    if (doc.records.empty())
        throw InputError(fileName, 1, QCoreApplication::translate("regio::economy", "leeg bestand: de sectorindeling ontbreekt"));
    const io::CsvRecord& header = doc.records.front();
    const QStringList expected{QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("sbi_letters"),
                               QStringLiteral("level"), QStringLiteral("parent")};
    QStringList got;
    for (const QString& f : header.fields)
        got << f.trimmed().toLower();
    if (got != expected)
        throw InputError(fileName, header.line,
                         QCoreApplication::translate("regio::economy", "kopregel moet 'key,title,sbi_letters,level,parent' zijn, niet '%1'")
                             .arg(header.fields.join(QLatin1Char(','))));
    if (doc.records.size() > 10000)
        throw InputError(fileName, doc.records[10000].line, QCoreApplication::translate("regio::economy", "meer dan 10.000 sectorsleutels"));
    std::vector<SectorKey> keys;
    QHash<QString, int> lineOfKey;
    for (size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord& rec = doc.records[r];
        if (rec.fields.size() != 5)
            throw InputError(fileName, rec.line,
                             QCoreApplication::translate("regio::economy", "regel heeft %1 velden, de kopregel 5").arg(rec.fields.size()));
        SectorKey k;
        k.key = rec.fields[0].trimmed();
        k.title = rec.fields[1].trimmed();
        k.letters = rec.fields[2].trimmed();
        const auto level = levelFromKey(rec.fields[3]);
        if (!level)
            throw InputError(fileName, rec.line,
                             QCoreApplication::translate("regio::economy", "onbekend niveau '%1' (verwacht totaal, hoofdgroep, groep of sectie)")
                                 .arg(rec.fields[3].trimmed()));
        k.level = *level;
        k.parent = rec.fields[4].trimmed();
        if (k.key.isEmpty())
            throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "lege sectorsleutel"));
        lineOfKey.insert(k.key, rec.line);
        keys.push_back(std::move(k));
    }
    try {
        return SectorHierarchy(std::move(keys));
    } catch (const std::invalid_argument& e) {
        // Point at the line of the key the message names, when there is one.
        const QString reason = QString::fromStdString(e.what());
        int line = doc.records.front().line;
        for (auto it = lineOfKey.cbegin(); it != lineOfKey.cend(); ++it)
            if (reason.contains(QStringLiteral(" %1 ").arg(it.key())) || reason.endsWith(QLatin1Char(' ') + it.key()))
                line = it.value();
        throw InputError(fileName, line, reason);
    }
}

SectorHierarchy readSectorHierarchy(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "kan niet lezen: %1").arg(file.errorString()));
    return parseSectorHierarchy(file.readAll(), path);
}

QString sectorHierarchyToCsv(const SectorHierarchy& hierarchy)
{
    QString out = io::csvLine({QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("sbi_letters"),
                               QStringLiteral("level"), QStringLiteral("parent")});
    for (const SectorKey& k : hierarchy.keys())
        out += io::csvLine({k.key, k.title, k.letters, sectorLevelKey(k.level), k.parent});
    return out;
}

} // namespace regio::economy
