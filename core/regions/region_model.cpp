#include "regions/region_model.h"

#include <memory>
#include <QCoreApplication>

#include "io/input_error.h"
#include "io/json_file.h"

#include <QDataStream>
#include <QFile>

#include <algorithm>

namespace regio {

namespace {
// The attribution of the built-in region file, for lupdate (the file stores the Dutch text).
[[maybe_unused]] const char* const kBuiltInAttribution =
    QT_TRANSLATE_NOOP("regio::regions", "Bron: CBS/Kadaster (CC BY 4.0), bewerking cartomap");
} // namespace

QString RegionModel::attribution() const
{
    return QCoreApplication::translate("regio::regions", m_attribution.toUtf8().constData());
}

namespace {

// File format .rvg (docs/regions-format.md): "RVG1" magic, format version, then a qCompress'ed
// QDataStream (Qt 6.4 encoding) of the model. Coordinates are stored as whole metres (qint32):
// the CBS sources are whole metres in RD New, so nothing is lost.
constexpr char Magic[4] = {'R', 'V', 'G', '1'};
constexpr qint32 FormatVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

void writeShape(QDataStream& out, const geo::MultiPolygon& shape)
{
    auto writeRing = [&out](const geo::Ring& ring) {
        out << quint32(ring.size());
        for (const geo::Point& p : ring)
            out << qint32(std::lround(p.x())) << qint32(std::lround(p.y()));
    };
    out << quint32(shape.size());
    for (const geo::Polygon& polygon : shape) {
        out << quint32(polygon.inners().size() + 1);
        writeRing(polygon.outer());
        for (const geo::Ring& hole : polygon.inners())
            writeRing(hole);
    }
}

// True when `count` items of at least `bytesEach` bytes can still be in the stream: every count read
// from a file is checked against what is left before anything is allocated for it (a damaged or
// hostile file of a few bytes must not ask for gigabytes).
bool fitsInRest(QDataStream& in, quint64 count, quint64 bytesEach)
{
    if (in.status() != QDataStream::Ok || !in.device())
        return false;
    const qint64 rest = in.device()->bytesAvailable();
    return rest >= 0 && count <= quint64(rest) / bytesEach;
}

// A QStringList, read by hand: QDataStream's own operator reserves the count it reads unchecked.
bool readStringList(QDataStream& in, QStringList& list)
{
    quint32 n = 0;
    in >> n;
    if (!fitsInRest(in, n, sizeof(quint32))) { // each string has at least its length
        in.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    list.clear();
    list.reserve(qsizetype(n));
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QString s;
        in >> s;
        list << s;
    }
    return in.status() == QDataStream::Ok;
}

geo::MultiPolygon readShape(QDataStream& in)
{
    // Sanity bounds keep a damaged file from asking for absurd allocations.
    constexpr quint32 MaxCount = 10'000'000;
    auto readRing = [&in](geo::Ring& ring) {
        quint32 n = 0;
        in >> n;
        if (n > MaxCount || !fitsInRest(in, n, 2 * sizeof(qint32))) {
            in.setStatus(QDataStream::ReadCorruptData);
            return;
        }
        ring.resize(n);
        for (geo::Point& p : ring) {
            qint32 x = 0, y = 0;
            in >> x >> y;
            p = geo::Point(x, y);
        }
    };
    geo::MultiPolygon shape;
    quint32 polygons = 0;
    in >> polygons;
    if (polygons > MaxCount || !fitsInRest(in, polygons, 2 * sizeof(quint32))) { // ring count + ring size
        in.setStatus(QDataStream::ReadCorruptData);
        return shape;
    }
    shape.resize(polygons);
    for (geo::Polygon& polygon : shape) {
        quint32 rings = 0;
        in >> rings;
        if (rings == 0 || rings > MaxCount || !fitsInRest(in, rings, sizeof(quint32))) {
            in.setStatus(QDataStream::ReadCorruptData);
            return shape;
        }
        readRing(polygon.outer());
        polygon.inners().resize(rings - 1);
        for (geo::Ring& hole : polygon.inners())
            readRing(hole);
    }
    return shape;
}

void writeRegion(QDataStream& out, const Region& region)
{
    out << region.code << region.name << region.labelPoint.x() << region.labelPoint.y();
    writeShape(out, region.shape);
}

void readRegion(QDataStream& in, Region& region, Level level)
{
    double lx = 0, ly = 0;
    in >> region.code >> region.name >> lx >> ly;
    region.level = level;
    region.labelPoint = geo::Point(lx, ly);
    region.shape = readShape(in);
    region.bounds = geo::bounds(region.shape);
    region.areaKm2 = geo::areaKm2(region.shape);
}

} // namespace

QString nameSortKey(const QString& name)
{
    qsizetype start = 0;
    while (start < name.size() && !name.at(start).isLetterOrNumber())
        ++start;
    return name.mid(start).toCaseFolded();
}

void sortByName(std::vector<const Region*>& regions)
{
    std::sort(regions.begin(), regions.end(), [](const Region* a, const Region* b) {
        const int c = QString::compare(nameSortKey(a->name), nameSortKey(b->name));
        return c != 0 ? c < 0 : a->code < b->code;
    });
}

const std::vector<Division>& RegionModel::divisions(Level level) const
{
    static const std::vector<Division> none;
    const int index = divisionIndex(level);
    return index < 0 ? none : m_divisions[size_t(index)];
}

const Municipality* RegionModel::municipality(const QString& code) const
{
    const auto it = m_municipalityIndex.constFind(code.toUpper());
    return it == m_municipalityIndex.constEnd() ? nullptr : &m_municipalities[size_t(*it)];
}

const Division* RegionModel::division(const QString& code) const
{
    const auto it = m_divisionIndex.constFind(code.toUpper());
    return it == m_divisionIndex.constEnd() ? nullptr : &m_divisions[size_t(it->first)][size_t(it->second)];
}

const Region* RegionModel::region(const QString& code) const
{
    if (const Municipality* m = municipality(code))
        return m;
    return division(code);
}

QStringList RegionModel::municipalityCodesOf(const QString& code) const
{
    if (const Municipality* m = municipality(code))
        return {m->code};
    if (const Division* d = division(code))
        return d->members;
    return {};
}

void RegionModel::addMunicipality(Municipality m)
{
    m.level = Level::Gemeente;
    m_municipalities.push_back(std::move(m));
    reindex();
}

void RegionModel::setMunicipalities(std::vector<Municipality> list)
{
    for (Municipality& m : list)
        m.level = Level::Gemeente;
    m_municipalities = std::move(list);
    reindex();
}

void RegionModel::addDivision(Division d)
{
    const int index = divisionIndex(d.level);
    if (index < 0)
        return;
    std::sort(d.members.begin(), d.members.end());
    m_divisions[size_t(index)].push_back(std::move(d));
    reindex();
}

void RegionModel::reindex()
{
    m_municipalityIndex.clear();
    for (size_t i = 0; i < m_municipalities.size(); ++i)
        m_municipalityIndex.insert(m_municipalities[i].code, qsizetype(i));
    m_divisionIndex.clear();
    for (size_t level = 0; level < m_divisions.size(); ++level)
        for (size_t i = 0; i < m_divisions[level].size(); ++i)
            m_divisionIndex.insert(m_divisions[level][i].code, {int(level), qsizetype(i)});
}

QByteArray RegionModel::toBytes() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << qint32(m_year) << m_attribution << quint32(m_municipalities.size());
        for (const Municipality& m : m_municipalities) {
            writeRegion(out, m);
            for (const QString& code : m.memberships)
                out << code;
        }
        for (Level level : divisionLevels) {
            const auto& list = divisions(level);
            out << quint32(list.size());
            for (const Division& d : list) {
                writeRegion(out, d);
                out << d.members;
            }
        }
    }
    QByteArray bytes(Magic, sizeof Magic);
    QDataStream header(&bytes, QIODevice::Append);
    header.setVersion(StreamVersion);
    header << FormatVersion;
    bytes.append(qCompress(payload, 9));
    return bytes;
}

RegionModel RegionModel::fromBytes(const QByteArray& bytes, const QString& sourceName)
{
    auto damaged = [&sourceName](const QString& why) {
        return InputError(sourceName, QString(), QCoreApplication::translate("regio::regions", "geen geldig regiobestand: %1").arg(why));
    };
    if (bytes.size() < 8 || !bytes.startsWith(QByteArray(Magic, sizeof Magic)))
        throw damaged(QCoreApplication::translate("regio::regions", "kenmerk 'RVG1' ontbreekt"));
    QDataStream header(bytes.mid(4, 4));
    header.setVersion(StreamVersion);
    qint32 version = 0;
    header >> version;
    if (version != FormatVersion)
        throw damaged(QCoreApplication::translate("regio::regions", "formaatversie %1 wordt niet ondersteund (verwacht %2)").arg(version).arg(FormatVersion));
    // qUncompress allocates the size announced in the first four bytes before it looks at the data:
    // check it against what zlib can produce from this many bytes (at most ~1032:1) and a cap.
    if (bytes.size() < 12)
        throw damaged(QCoreApplication::translate("regio::regions", "gegevens zijn afgekapt"));
    const quint64 announced = (quint64(quint8(bytes[8])) << 24) | (quint64(quint8(bytes[9])) << 16)
                              | (quint64(quint8(bytes[10])) << 8) | quint64(quint8(bytes[11]));
    constexpr quint64 MaxPayload = 1024ull * 1024 * 1024;
    if (announced > MaxPayload || announced > quint64(bytes.size() - 12) * 1032 + 64)
        throw damaged(QCoreApplication::translate("regio::regions", "onmogelijke uitgepakte grootte %1 bytes voor %2 bytes gegevens")
                          .arg(announced).arg(bytes.size() - 12));
    const QByteArray payload = qUncompress(bytes.mid(8));
    if (payload.isEmpty())
        throw damaged(QCoreApplication::translate("regio::regions", "gegevens zijn beschadigd (uitpakken mislukt)"));

    QDataStream in(payload);
    in.setVersion(StreamVersion);
    RegionModel model;
    qint32 year = 0;
    quint32 count = 0;
    in >> year >> model.m_attribution >> count;
    model.m_year = year;
    // Each region takes at least its code, name, label point and polygon count.
    constexpr quint64 MinRegionBytes = 4 + 4 + 16 + 4;
    if (count > 100'000 || !fitsInRest(in, count, MinRegionBytes))
        throw damaged(QCoreApplication::translate("regio::regions", "onwaarschijnlijk aantal gemeenten %1").arg(count));
    model.m_municipalities.resize(count);
    for (Municipality& m : model.m_municipalities) {
        readRegion(in, m, Level::Gemeente);
        for (QString& code : m.memberships)
            in >> code;
        if (in.status() != QDataStream::Ok)
            throw damaged(QCoreApplication::translate("regio::regions", "afgekapt of beschadigd bij de gemeenten"));
    }
    for (Level level : divisionLevels) {
        auto& list = model.m_divisions[size_t(divisionIndex(level))];
        in >> count;
        if (count > 100'000 || !fitsInRest(in, count, MinRegionBytes))
            throw damaged(QCoreApplication::translate("regio::regions", "afgekapt of beschadigd bij %1").arg(levelLabelPlural(level)));
        list.resize(count);
        for (Division& d : list) {
            readRegion(in, d, level);
            if (!readStringList(in, d.members))
                throw damaged(QCoreApplication::translate("regio::regions", "afgekapt of beschadigd bij %1").arg(levelLabelPlural(level)));
        }
    }
    model.reindex();
    return model;
}

RegionModel RegionModel::load(const QString& path)
{
    return fromBytes(readFileBytes(path), path);
}

namespace {
std::unique_ptr<const RegionModel>& chosenRegions()
{
    static std::unique_ptr<const RegionModel> chosen;
    return chosen;
}
} // namespace

const RegionModel& RegionModel::embedded()
{
    if (const auto& chosen = chosenRegions())
        return *chosen;
    static const RegionModel model = load(QStringLiteral(":/data/regions-2025.rvg"));
    return model;
}

void RegionModel::useRegions(RegionModel model)
{
    chosenRegions() = std::make_unique<const RegionModel>(std::move(model));
}

void RegionModel::resetRegions()
{
    chosenRegions().reset();
}

bool RegionModel::usingOtherRegions()
{
    return chosenRegions() != nullptr;
}

} // namespace regio
