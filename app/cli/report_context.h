#pragma once
// The data a region profile needs (regions, registry, economy) and the views it draws, gathered
// from the command line: shared by `regio report` and the GUI's profile export.
#include "economy/demo_economy.h"
#include "registry/registry.h"
#include "ui/report/region_profile.h"

#include <QCommandLineParser>

#include <memory>

namespace regio::cli {

struct ReportData {
    const RegionModel* regions = nullptr;
    registry::Registry registry;
    std::unique_ptr<registry::BodyIndex> index;
    QString registrySource;
    economy::EconomyData economy;

    ui::ProfileContext context() const;
};

// --registry, --employment, --flows.
void addReportDataOptions(QCommandLineParser& parser);
// Throws InputError for a bad file.
ReportData loadReportData(const QCommandLineParser& parser, const RegionModel& regions);

} // namespace regio::cli
