#include "cli/real_economy_input.h"

#include <QCoreApplication>

#include "regions/region_model.h"

namespace regio::cli {

RealEconomy loadRealEconomy(const QCommandLineParser& parser, const RealEconomyOptions& o, bool regionOptional)
{
    RealEconomy e;
    if (parser.isSet(o.statline)) {
        economy::StatLineOptions options;
        options.measure = parser.value(o.measure);
        const QString path = parser.value(o.statline);
        e.ownPanel = economy::readStatLine(path, options).panel;
        e.panel = &e.ownPanel;
        e.source = QCoreApplication::translate("regio::cli", "Bron: eigen bestand %1").arg(path);
    } else {
        e.panel = &economy::cbsEmployment();
        e.source = economy::cbsAttribution();
    }
    if (regionOptional && !parser.isSet(o.region))
        return e;
    if (!parser.isSet(o.region))
        throw UsageError(QCoreApplication::translate("regio::cli", "--region ontbreekt"));
    const QString code = parser.value(o.region);
    e.region = economy::panelRegion(code, RegionModel::embedded(), *e.panel);
    if (!e.region.valid())
        throw UsageError(e.region.basis.isEmpty()
                             ? QCoreApplication::translate("regio::cli", "onbekend gebied '%1' (verwacht een CBS-code zoals CR23, PV27, AM18, GM0363 of NL01)").arg(code)
                             : QStringLiteral("gebied '%1': %2").arg(code, e.region.basis));
    return e;
}

int yearOption(const QCommandLineParser& parser, const QCommandLineOption& option, const economy::EmploymentPanel& panel,
               bool useFirstWhenUnset)
{
    const std::vector<int>& years = panel.years();
    const QString name = option.names().constFirst();
    if (!parser.isSet(option))
        return useFirstWhenUnset ? years.front() : years.back();
    bool ok = false;
    const int y = parser.value(option).toInt(&ok);
    if (!ok || panel.yearIndex(y) < 0)
        throw UsageError(QCoreApplication::translate("regio::cli", "--%1: jaar '%2' niet beschikbaar (%3–%4)")
                             .arg(name, parser.value(option)).arg(years.front()).arg(years.back()));
    return y;
}

QString realEconomyHeader(const RealEconomy& e, const QString& extra)
{
    QString text = QStringLiteral("# %1\n# Gebied: %2 — %3\n").arg(e.source, e.region.name, e.region.basis);
    if (!extra.isEmpty())
        text += QStringLiteral("# %1\n").arg(extra);
    return text;
}

QString csvNumber(double v) { return economy::isKnown(v) ? formatNumber(v) : QString(); }

QJsonValue jsonNumber(double v) { return economy::isKnown(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

} // namespace regio::cli
