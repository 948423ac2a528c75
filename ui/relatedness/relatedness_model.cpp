#include "ui/relatedness/relatedness_model.h"

#include "economy/sector_hierarchy.h"

#include "regions/region_model.h"

#include "economy/economy_csv.h"
#include "economy/economy_load.h"
#include "graph/sector_nodes.h"
#include "io/input_error.h"

#include <QFileInfo>

#include <cmath>
#include <exception>

namespace regio::ui {

RelatednessModel::RelatednessModel(QObject* parent)
    : QObject(parent)
{
    try {
        economy::EconomyData demo = economy::loadDemoEconomy();
        m_employmentSource = demo.employment;
        m_flowsSource = demo.flows;
        m_data = std::move(demo);
    } catch (const InputError& e) {
        m_loadError = e.message();
    }
    recomputeIndicators();
    recomputeNetwork();
}

void RelatednessModel::setData(economy::EconomyData data)
{
    m_employmentSource = data.employment;
    m_flowsSource = data.flows;
    m_demoEmployment = m_demoFlows = data.demonstration;
    m_employmentFile.clear();
    m_flowsFile.clear();
    m_data = std::move(data);
    recomputeIndicators();
    recomputeNetwork();
    Q_EMIT dataReplaced();
    Q_EMIT networkChanged();
}

bool RelatednessModel::importEmployment(const QString& path, QString* error)
{
    return importWith(path, error, [this, &path] {
        // Only regions the map knows (the same check as regio's economy commands).
        economy::Matrix employment = economy::readEmployment(path, economy::embeddedRegionOptions());
        if (employment.total() <= 0.0)
            throw InputError(QFileInfo(path).fileName(), QString(), tr("de werkgelegenheid is overal 0"));
        economy::EconomyData next = economy::assembleEconomy(employment, m_flowsSource, m_demoFlows);
        m_employmentSource = std::move(employment);
        m_demoEmployment = false;
        m_employmentFile = QFileInfo(path).fileName();
        m_data = std::move(next);
    });
}

bool RelatednessModel::importFlows(const QString& path, QString* error)
{
    return importWith(path, error, [this, &path] {
        economy::ImportOptions options;
        options.knownSectors = m_employmentSource.colLabels();
        economy::Matrix flows = economy::readFlows(path, options);
        economy::EconomyData next = economy::assembleEconomy(m_employmentSource, flows, m_demoEmployment);
        m_flowsSource = std::move(flows);
        m_demoFlows = false;
        m_flowsFile = QFileInfo(path).fileName();
        m_data = std::move(next);
    });
}

// Runs an import that replaces the data only when it succeeds; on failure the previous data
// stays and *error names the file and place.
bool RelatednessModel::importWith(const QString& path, QString* error, const std::function<void()>& load)
{
    try {
        load();
    } catch (const InputError& e) {
        if (error)
            *error = e.message();
        return false;
    } catch (const std::exception& e) {
        if (error)
            *error = tr("%1: %2").arg(path, QString::fromLocal8Bit(e.what()));
        return false;
    }
    recomputeIndicators();
    recomputeNetwork();
    Q_EMIT dataReplaced();
    Q_EMIT networkChanged();
    return true;
}

void RelatednessModel::setThreshold(double threshold)
{
    if (!std::isfinite(threshold) || threshold < 0.0)
        threshold = 0.0;
    if (std::abs(threshold - m_threshold) < 1e-12)
        return;
    m_threshold = threshold;
    recomputeNetwork();
    Q_EMIT networkChanged();
}

void RelatednessModel::setEmbeddednessThreshold(std::optional<double> threshold)
{
    if (threshold == m_embeddednessThreshold)
        return;
    m_embeddednessThreshold = threshold;
    Q_EMIT swotChanged();
}

void RelatednessModel::recomputeIndicators()
{
    // DESIGN.md §5: LQ, M = [LQ > 1], SR~ from the flows (Neffke & Henning 2013), embeddedness =
    // relatedness density with w = max(SR~, 0) (van Oort et al. 2016).
    m_lq = economy::locationQuotient(m_data.employment);
    m_relatedness = economy::skillRelatedness(m_data.flows);
    m_embeddedness = economy::embeddedness(economy::binarySpecialisation(m_lq), m_relatedness);
}

void RelatednessModel::recomputeNetwork()
{
    // One national network for all regions: node weights are national employment.
    graph::NetworkOptions options;
    options.threshold = m_threshold;
    m_network = graph::analyseSectorNetwork(m_relatedness.data(), graph::sectorNodes(m_data), options);
}

int RelatednessModel::regionIndex(const QString& code) const
{
    const QStringList& rows = m_data.employment.rowLabels();
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).compare(code, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QString RelatednessModel::regionCode(int index) const
{
    return m_data.employment.rowLabels().value(index);
}

QString RelatednessModel::regionName(const QString& code) const
{
    QString name = m_data.regionName(code);
    if (name.isEmpty())  // imported rows: the map's name for any level (GM0034 → Almere)
        if (const Region* r = RegionModel::embedded().region(code))
            name = r->name;
    return name.isEmpty() ? code : name;
}

QString RelatednessModel::dataNotice() const
{
    if (!isDemonstration())
        return QString();
    if (!m_demoEmployment)
        return tr("Eigen werkgelegenheid (%1); arbeidsstromen: %2").arg(m_employmentFile, economy::demoNotice());
    if (!m_demoFlows)
        return tr("Eigen arbeidsstromen (%1); werkgelegenheid: %2").arg(m_flowsFile, economy::demoNotice());
    return economy::demoNotice();
}

QString RelatednessModel::sourceDescription() const
{
    if (m_demoEmployment && m_demoFlows)
        return economy::demoNotice() + tr(" (synthetische demonstratie-economie, Regioverkenner)");
    if (m_employmentFile.isEmpty() && m_flowsFile.isEmpty())  // data set by the caller, not imported
        return tr("Economische gegevens: ingelezen bestanden");
    const QString employment = m_demoEmployment ? economy::demoNotice() : tr("eigen bestand %1").arg(m_employmentFile);
    const QString flows = m_demoFlows ? economy::demoNotice() : tr("eigen bestand %1").arg(m_flowsFile);
    return tr("Werkgelegenheid: %1; arbeidsstromen: %2").arg(employment, flows);
}

int RelatednessModel::sectorIndex(const QString& code) const
{
    return int(m_data.employment.colIndex(code));
}

QString RelatednessModel::sectorCode(std::size_t sector) const
{
    return m_data.employment.colLabels().value(qsizetype(sector));
}

QString RelatednessModel::sectorName(std::size_t sector) const
{
    // SBI names of the demonstration economy in the interface language; own labels stay as they are.
    return sector < m_network.size() ? economy::sectorTitle(m_network.network[sector].label) : sectorCode(sector);
}

QString RelatednessModel::sectorSection(std::size_t sector) const
{
    return sector < m_network.size() ? m_network.network[sector].section : QString();
}

double RelatednessModel::nationalEmployment(std::size_t sector) const
{
    return sector < m_network.size() ? m_network.network[sector].weight : 0.0;
}

double RelatednessModel::lq(int region, std::size_t sector) const
{
    if (region < 0 || std::size_t(region) >= m_lq.rows() || sector >= m_lq.cols())
        return 0.0;
    return m_lq(std::size_t(region), sector);
}

double RelatednessModel::embeddedness(int region, std::size_t sector) const
{
    if (region < 0 || std::size_t(region) >= m_embeddedness.rows() || sector >= m_embeddedness.cols())
        return 0.0;
    return m_embeddedness(std::size_t(region), sector);
}

economy::SwotResult RelatednessModel::swot(int region) const
{
    if (region < 0 || std::size_t(region) >= m_lq.rows())
        return {};
    return economy::swot(m_lq, m_embeddedness, std::size_t(region), m_embeddednessThreshold);
}

std::vector<economy::RankedSector> RelatednessModel::relatedSectors(std::size_t sector) const
{
    if (sector >= m_relatedness.rows())
        return {};
    return economy::relatedSectors(m_relatedness, sector, m_threshold);
}

} // namespace regio::ui
