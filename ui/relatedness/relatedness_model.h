#pragma once
// The data behind the Verwantschap tab: the current economy (the embedded demonstration economy
// by default), its skill-relatedness SR~, location quotients and embeddedness, and the national
// sector network (backbone, layout, communities), computed once per data set and relatedness
// threshold, so that every region is drawn on the same node positions (SER 2017 fig. B.9).
// Every number comes from core (economy/indicators.h, economy/region_profile.h, graph/).
#include "economy/demo_economy.h"
#include "economy/indicators.h"
#include "economy/region_profile.h"
#include "graph/sector_network.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace regio::ui {

class RelatednessModel : public QObject {
    Q_OBJECT
public:
    // Loads the embedded demonstration economy (on failure: empty data and loadError()).
    explicit RelatednessModel(QObject* parent = nullptr);

    const economy::EconomyData& data() const { return m_data; }
    bool isDemonstration() const { return m_data.demonstration; }
    // What the views say about the data while any of it is demonstration data: the notice, and
    // which part is the user's own file ("Eigen werkgelegenheid (werk.csv); arbeidsstromen: …").
    QString dataNotice() const;
    // Where the numbers come from, for export source lines: demonstration, own files, or both.
    QString sourceDescription() const;
    // The user's files in use ("" = the embedded demonstration part).
    const QString& employmentFile() const { return m_employmentFile; }
    const QString& flowsFile() const { return m_flowsFile; }
    const QString& loadError() const { return m_loadError; }
    // Replaces all data (employment and flows; the flows are taken as they are, not aligned).
    void setData(economy::EconomyData data);

    // Imports a region × sector employment CSV (economy_csv.h, wide or long). The flows are kept
    // and re-aligned to the new sectors. On failure returns false, sets *error to the importer's
    // "file:line: reason" and keeps the previous data.
    bool importEmployment(const QString& path, QString* error);
    // Imports a sector × sector job-switcher CSV; its codes must be sectors of the employment table.
    bool importFlows(const QString& path, QString* error);

    // SR~ threshold of the network and of "related" (DESIGN.md §5: related when SR~ > threshold).
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold);
    // Embeddedness threshold of the SWOT; nullopt = the region's median (the default).
    std::optional<double> embeddednessThreshold() const { return m_embeddednessThreshold; }
    void setEmbeddednessThreshold(std::optional<double> threshold);

    const economy::Matrix& relatedness() const { return m_relatedness; }      // SR~, sectors × sectors
    const economy::Matrix& locationQuotients() const { return m_lq; }          // regions × sectors
    const economy::Matrix& embeddednessMatrix() const { return m_embeddedness; } // regions × sectors
    const graph::SectorNetwork& network() const { return m_network; }

    std::size_t sectorCount() const { return m_data.employment.cols(); }
    std::size_t regionCount() const { return m_data.employment.rows(); }
    // Region row of a code (case-insensitive), or -1.
    int regionIndex(const QString& code) const;
    QString regionCode(int index) const;
    QString regionName(const QString& code) const; // the code when no name is known
    // Sector column of a code, or -1.
    int sectorIndex(const QString& code) const;
    QString sectorCode(std::size_t sector) const;
    QString sectorName(std::size_t sector) const;
    QString sectorSection(std::size_t sector) const;
    double nationalEmployment(std::size_t sector) const;

    double lq(int region, std::size_t sector) const;
    double embeddedness(int region, std::size_t sector) const;
    // SWOT of a region with the current embeddedness threshold (empty result for a bad index).
    economy::SwotResult swot(int region) const;
    // Sectors related to `sector` above the current threshold, strongest first.
    std::vector<economy::RankedSector> relatedSectors(std::size_t sector) const;

Q_SIGNALS:
    // New economy: sectors and regions may differ; everything is recomputed.
    void dataReplaced();
    // New network (threshold changed, or after dataReplaced).
    void networkChanged();
    // New SWOT threshold.
    void swotChanged();

private:
    bool importWith(const QString& path, QString* error, const std::function<void()>& load);
    void recomputeIndicators();
    void recomputeNetwork();

    economy::EconomyData m_data;
    economy::Matrix m_employmentSource; // as imported (or the demo's)
    economy::Matrix m_flowsSource;      // as imported (or the demo's), before alignment
    bool m_demoEmployment = true;
    bool m_demoFlows = true;
    QString m_employmentFile;
    QString m_flowsFile;
    QString m_loadError;
    double m_threshold = 0.0;
    std::optional<double> m_embeddednessThreshold;
    economy::Matrix m_relatedness;
    economy::Matrix m_lq;
    economy::Matrix m_embeddedness;
    graph::SectorNetwork m_network;
};

} // namespace regio::ui
