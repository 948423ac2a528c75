#include "cli/report_context.h"

#include "i18n/language.h"

#include <QCoreApplication>

#include "economy/economy_load.h"
#include "registry/registry_json.h"
#include "ui/report/profile_views.h"

namespace regio::cli {

void addReportDataOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("registry"), QCoreApplication::translate("regio::cli", "Register van samenwerkingsverbanden (JSON); standaard het ingebouwde."),
                      QStringLiteral("bestand")});
    parser.addOption({QStringLiteral("employment"), QCoreApplication::translate("regio::cli", "Werkgelegenheid per COROP-gebied en sector (CSV); standaard demonstratiedata."),
                      QStringLiteral("bestand")});
    parser.addOption({QStringLiteral("flows"), QCoreApplication::translate("regio::cli", "Baanwisselaars tussen sectoren (CSV); standaard demonstratiedata."),
                      QStringLiteral("bestand")});
}

ReportData loadReportData(const QCommandLineParser& parser, const RegionModel& regions)
{
    ReportData data;
    data.regions = &regions;
    const QString registryPath = parser.value(QStringLiteral("registry"));
    data.registry = registryPath.isEmpty() ? registry::loadDefaultRegistry(regions) : registry::loadRegistry(registryPath, regions);
    data.index = std::make_unique<registry::BodyIndex>(data.registry, regions);
    data.registrySource = QCoreApplication::translate("regio::cli", "register: %1").arg(data.registry.title.isEmpty() ? QCoreApplication::translate("regio::cli", "zonder titel") : i18n::builtInText("regio::registry", data.registry.title));
    if (!registryPath.isEmpty())
        data.registrySource += QStringLiteral(" (%1)").arg(registryPath);
    economy::EconomyRequest request;
    request.employmentPath = parser.value(QStringLiteral("employment"));
    request.flowsPath = parser.value(QStringLiteral("flows"));
    data.economy = economy::loadEconomy(request);
    return data;
}

ui::ProfileContext ReportData::context() const
{
    ui::ProfileContext c;
    c.regions = regions;
    c.registry = &registry;
    c.index = index.get();
    c.registrySource = registrySource;
    c.economy = &economy;
    ui::addProfileViews(c);
    return c;
}

} // namespace regio::cli
