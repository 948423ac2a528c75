#include "economy/economy_load.h"

#include "economy/economy_csv.h"
#include "economy/indicators.h"
#include "economy/regional_structure.h"
#include "regions/region_model.h"

#include <stdexcept>

namespace regio::economy {

ImportOptions embeddedRegionOptions()
{
    ImportOptions options;
    const RegionModel& regions = RegionModel::embedded();
    for (const Municipality& m : regions.municipalities())
        options.knownRegions << m.code;
    for (Level level : divisionLevels)
        for (const Division& d : regions.divisions(level))
            options.knownRegions << d.code;
    return options;
}

namespace {

// The real economy as the matrix analyses take it: COROP × sections of one year of CBS 83582NED.
EconomyData cbsEconomy(const EconomyRequest& request)
{
    const EmploymentPanel& panel = cbsEmployment();
    const int year = request.cbsYear > 0 ? request.cbsYear : panel.years().back();
    if (panel.yearIndex(year) < 0)
        throw std::invalid_argument("cbsEconomy: year not in the panel");
    EconomyData d;
    d.source = QStringLiteral("%1, %2").arg(cbsAttribution()).arg(year);
    d.employment = sectionMatrix(panel, year);
    d.lqOverride = sectionLqMatrix(panel, year);
    const SectorHierarchy& h = panel.sectors();
    for (const QString& key : h.sections()) {
        const SectorKey* k = h.find(key);
        d.sectors.push_back({k->letters, sectorTitle(k->title), k->letters, h.shortTitle(key)});
    }
    d.regions = coropAreas();
    if (request.needFlows) {
        // No public flows exist at this level; user flows must use the section letters.
        ImportOptions options;
        options.knownSectors = d.employment.colLabels();
        d.flows = alignSquare(readFlows(request.flowsPath, options), d.employment.colLabels());
    }
    return d;
}

} // namespace

EconomyData loadEconomy(const EconomyRequest& request)
{
    if (request.cbs)
        return cbsEconomy(request);
    const bool demoEmployment = request.needEmployment && request.employmentPath.isEmpty();
    const bool demoFlows = request.needFlows && request.flowsPath.isEmpty();
    const EconomyData demo = loadDemoEconomy();  // also the source of sector and region names

    EconomyData d;
    d.demonstration = demoEmployment || demoFlows;
    if (request.needEmployment)
        d.employment = demoEmployment ? demo.employment : readEmployment(request.employmentPath, request.checkRegions ? embeddedRegionOptions() : ImportOptions{});
    if (request.needFlows) {
        if (demoFlows) {
            d.flows = demo.flows;
        } else {
            ImportOptions options;
            if (request.needEmployment)
                options.knownSectors = d.employment.colLabels();
            d.flows = readFlows(request.flowsPath, options);
        }
        if (request.needEmployment)
            d.flows = alignSquare(d.flows, d.employment.colLabels());
    }
    const QStringList sectorCodes = request.needEmployment ? d.employment.colLabels() : d.flows.colLabels();
    for (const QString& code : sectorCodes) {
        for (const SectorInfo& s : demo.sectors)
            if (s.code == code)
                d.sectors.push_back(s);
    }
    if (request.needEmployment)
        for (const QString& code : d.employment.rowLabels())
            for (const RegionInfo& r : demo.regions)
                if (r.code == code)
                    d.regions.push_back(r);
    return d;
}

} // namespace regio::economy
