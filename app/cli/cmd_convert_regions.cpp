// regio convert-regions: the converter from CBS boundary files (TopoJSON/GeoJSON) to the
// embedded region format. Rebuild the shipped data with:
//   regio convert-regions --from-dir ../shared/data/cbs-2025 --year 2025 --out resources/data/regions-2025.rvg
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"

#include "geography/geojson.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "io/safe_write.h"
#include "regions/region_builder.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace regio::cli {

namespace {

geo::FeatureLayer readBoundaryFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("geojson"))
        return geo::readGeoJson(path);
    return geo::readTopoJson(path);
}

// Default file names in a CBS folder: <level>_<year>.topojson (cartomap naming).
QString defaultFile(const QString& dir, const QString& stem, int year)
{
    return QDir(dir).filePath(QStringLiteral("%1_%2.topojson").arg(stem).arg(year));
}

} // namespace

int runConvertRegions(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption fromDir(QStringLiteral("from-dir"),
        QCoreApplication::translate("regio::cli", "Map met gemeente_<jaar>.topojson, provincie_…, coropgebied_… en arbeidsmarktregio_…."),
        QStringLiteral("map"));
    const QCommandLineOption gemeente(QStringLiteral("gemeente"), QCoreApplication::translate("regio::cli", "Bestand met gemeentegrenzen (TopoJSON/GeoJSON)."), QStringLiteral("bestand"));
    const QCommandLineOption provincie(QStringLiteral("provincie"), QCoreApplication::translate("regio::cli", "Bestand met provinciegrenzen."), QStringLiteral("bestand"));
    const QCommandLineOption corop(QStringLiteral("corop"), QCoreApplication::translate("regio::cli", "Bestand met COROP-gebieden."), QStringLiteral("bestand"));
    const QCommandLineOption amr(QStringLiteral("arbeidsmarktregio"), QCoreApplication::translate("regio::cli", "Bestand met arbeidsmarktregio's."), QStringLiteral("bestand"));
    const QCommandLineOption year(QStringLiteral("year"), QCoreApplication::translate("regio::cli", "Jaar van de indeling (standaard 2025)."), QStringLiteral("jaar"), QStringLiteral("2025"));
    const QCommandLineOption attribution(QStringLiteral("attribution"), QCoreApplication::translate("regio::cli", "Bronvermelding die de app toont."),
                                         QStringLiteral("tekst"), QStringLiteral("Bron: CBS/Kadaster (CC BY 4.0), bewerking cartomap"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Uitvoerbestand (.rvg)."), QStringLiteral("bestand"));
    parser.addOptions({fromDir, gemeente, provincie, corop, amr, year, attribution, out});
    if (!parseArguments(parser, QStringLiteral("convert-regions"),
                        QCoreApplication::translate("regio::cli", "Zet CBS-gebiedsindelingen om naar het eigen regioformaat van Regioverkenner.\n"
                                       "Lidmaatschappen worden ruimtelijk afgeleid (een binnenpunt van elke gemeente\n"
                                       "in de indelingspolygonen); indelingen worden opgebouwd door de gemeenten samen\n"
                                       "te voegen, zodat grenzen precies samenvallen."),
                        args, io))
        return ExitOk;
    if (!parser.isSet(out))
        throw UsageError(QCoreApplication::translate("regio::cli", "--out ontbreekt"));
    bool yearOk = false;
    const int yearValue = parser.value(year).toInt(&yearOk);
    if (!yearOk || yearValue < 1900 || yearValue > 2100)
        throw UsageError(QCoreApplication::translate("regio::cli", "--year moet een jaartal zijn, niet '%1'").arg(parser.value(year)));

    auto pathFor = [&](const QCommandLineOption& option, const QString& stem) {
        if (parser.isSet(option))
            return parser.value(option);
        if (parser.isSet(fromDir))
            return defaultFile(parser.value(fromDir), stem, yearValue);
        throw UsageError(QCoreApplication::translate("regio::cli", "geef --from-dir of --%1").arg(option.names().first()));
    };
    const QString gemeentePath = pathFor(gemeente, QStringLiteral("gemeente"));
    const QString provinciePath = pathFor(provincie, QStringLiteral("provincie"));
    const QString coropPath = pathFor(corop, QStringLiteral("coropgebied"));
    const QString amrPath = pathFor(amr, QStringLiteral("arbeidsmarktregio"));

    const geo::FeatureLayer municipalities = readBoundaryFile(gemeentePath);
    const geo::FeatureLayer provinces = readBoundaryFile(provinciePath);
    const geo::FeatureLayer corops = readBoundaryFile(coropPath);
    const geo::FeatureLayer labourMarkets = readBoundaryFile(amrPath);

    RegionBuildOptions options;
    options.year = yearValue;
    options.attribution = parser.value(attribution);
    RegionBuildReport report;
    const RegionModel model = buildRegionModel(municipalities, {&provinces, &corops, &labourMarkets}, options, &report);

    // A division level that no municipality falls in means mismatched files (another year or
    // projection): refuse instead of writing a model without memberships.
    const std::array<std::pair<Level, QString>, 3> levelFiles{
        {{Level::Provincie, provinciePath}, {Level::Corop, coropPath}, {Level::Arbeidsmarktregio, amrPath}}};
    for (const auto& [level, path] : levelFiles) {
        const bool any = std::any_of(model.municipalities().begin(), model.municipalities().end(),
                                     [level = level](const Municipality& m) { return !m.membership(level).isEmpty(); });
        if (!model.municipalities().empty() && !any)
            throw InputError(path, QString(),
                             QCoreApplication::translate("regio::cli", "geen enkele gemeente uit %1 ligt in een van de %2 indelingen; "
                                            "zijn de bestanden van hetzelfde jaar en gebied?")
                                 .arg(gemeentePath)
                                 .arg(model.divisions(level).size()));
    }

    const QString outPath = parser.value(out);
    io::writeFileAtomically(outPath, model.toBytes());

    io.err << "convert-regions: " << model.municipalities().size() << " gemeenten, "
           << model.divisions(Level::Provincie).size() << " provincies, "
           << model.divisions(Level::Corop).size() << " COROP-gebieden, "
           << model.divisions(Level::Arbeidsmarktregio).size() << " arbeidsmarktregio's; lidmaatschappen: "
           << report.byLabelPoint << " via binnenpunt, " << report.byLargestOverlap << " via grootste overlap\n";
    for (const QString& line : report.unassigned)
        io.err << "convert-regions: waarschuwing: geen indeling gevonden voor " << line << '\n';
    for (const QString& code : report.emptyDivisions)
        io.err << "convert-regions: waarschuwing: indeling " << code << " heeft geen gemeenten\n";
    return ExitOk;
}

} // namespace regio::cli
