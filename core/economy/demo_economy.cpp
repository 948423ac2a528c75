#include "economy/demo_economy.h"

#include <QCoreApplication>

#include "economy/indicators.h"

#include "economy/economy_csv.h"

#include <QFile>

#include "io/input_error.h"

namespace regio::economy {

Matrix EconomyData::locationQuotients() const
{
    return lqOverride.empty() ? locationQuotient(employment) : lqOverride;
}

QString EconomyData::sectorName(const QString& code) const
{
    for (const SectorInfo& s : sectors)
        if (s.code == code)
            return s.name;
    return QString();
}

QString EconomyData::regionName(const QString& code) const
{
    for (const RegionInfo& r : regions)
        if (r.code == code)
            return r.name;
    return QString();
}

QString demoNotice()
{
    return QCoreApplication::translate("regio::economy", "Demonstratiedata — geen officiële statistiek");
}

namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "ingebouwde demonstratiedata ontbreekt"));
    return file.readAll();
}

EconomyData loadFromResources()
{
    EconomyData d;
    const QString sectorsPath = QStringLiteral(":/data/demo-sectors.csv");
    const QString regionsPath = QStringLiteral(":/data/demo-regions.csv");
    d.sectors = parseSectorTable(readResource(sectorsPath), sectorsPath);
    d.regions = parseRegionTable(readResource(regionsPath), regionsPath);
    ImportOptions options;
    for (const SectorInfo& s : d.sectors)
        options.knownSectors << s.code;
    for (const RegionInfo& r : d.regions)
        options.knownRegions << r.code;
    const QString employmentPath = QStringLiteral(":/data/demo-employment.csv");
    const QString flowsPath = QStringLiteral(":/data/demo-flows.csv");
    d.employment = parseEmployment(readResource(employmentPath), employmentPath, options);
    d.flows = parseFlows(readResource(flowsPath), flowsPath, options);
    d.demonstration = true;
    return d;
}

} // namespace

EconomyData loadDemoEconomy()
{
    static const EconomyData demo = loadFromResources();
    return demo;
}

} // namespace regio::economy
