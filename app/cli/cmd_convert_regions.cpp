// regio convert-regions: the converter from CBS boundary files (TopoJSON/GeoJSON, or one
// GeoPackage / any vector file GDAL's OGR opens) to the embedded region format. Rebuild the
// shipped data with:
//   regio convert-regions --from-dir ../shared/data/cbs-2025 --year 2025 --out resources/data/regions-2025.rvg
// A new year from the CBS/PDOK GeoPackage:
//   regio convert-regions --from cbsgebiedsindelingen2026.gpkg --out regions-2026.rvg
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"

#include "geography/geojson.h"
#include "geography/ogr_reader.h"
#include "geography/topojson.h"
#include "io/input_error.h"
#include "io/safe_write.h"
#include "regions/ogr_region_source.h"
#include "regions/region_builder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace regio::cli {

namespace {

geo::FeatureLayer readBoundaryFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("geojson"))
        return geo::readGeoJson(path);
    if (geo::isOgrBoundaryFile(path)) {
        // One layer per file (a Shapefile, or a GeoPackage holding only this level).
        const QStringList layers = geo::ogrLayerNames(path);
        if (layers.size() != 1)
            throw InputError(path, QString(), QStringLiteral("bevat %1 lagen (%2); gebruik --from met --layer-… om te kiezen")
                                                  .arg(layers.size()).arg(layers.join(QStringLiteral(", "))));
        return geo::readOgrLayer(path, {layers.first(), {}});
    }
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
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("regio::cli", "Eén bestand met alle vier de indelingen als lagen: de GeoPackage van CBS/PDOK, of elk ander\n"
                       "kaartformaat dat GDAL leest. Zonder --year geldt het jaar uit 'jrstatcode' of de bestandsnaam."),
        QStringLiteral("bestand"));
    const QCommandLineOption layerGemeente(QStringLiteral("layer-gemeente"),
        QCoreApplication::translate("regio::cli", "Laag met gemeenten in --from (standaard gemeente_gegeneraliseerd)."), QStringLiteral("laag"));
    const QCommandLineOption layerProvincie(QStringLiteral("layer-provincie"),
        QCoreApplication::translate("regio::cli", "Laag met provincies in --from (standaard provincie_gegeneraliseerd)."), QStringLiteral("laag"));
    const QCommandLineOption layerCorop(QStringLiteral("layer-corop"),
        QCoreApplication::translate("regio::cli", "Laag met COROP-gebieden in --from (standaard coropgebied_gegeneraliseerd)."), QStringLiteral("laag"));
    const QCommandLineOption layerAmr(QStringLiteral("layer-arbeidsmarktregio"),
        QCoreApplication::translate("regio::cli", "Laag met arbeidsmarktregio's in --from (standaard arbeidsmarktregio_gegeneraliseerd)."), QStringLiteral("laag"));
    const QCommandLineOption codeField(QStringLiteral("code-field"), QCoreApplication::translate("regio::cli", "Veld met de CBS-code (standaard statcode)."),
                                       QStringLiteral("veld"), QStringLiteral("statcode"));
    const QCommandLineOption nameField(QStringLiteral("name-field"), QCoreApplication::translate("regio::cli", "Veld met de naam (standaard statnaam)."),
                                       QStringLiteral("veld"), QStringLiteral("statnaam"));
    parser.addOptions({from, fromDir, gemeente, provincie, corop, amr, layerGemeente, layerProvincie, layerCorop, layerAmr,
                       codeField, nameField, year, attribution, out});
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
    int yearValue = parser.value(year).toInt(&yearOk);
    if (!yearOk || yearValue < 1900 || yearValue > 2100)
        throw UsageError(QCoreApplication::translate("regio::cli", "--year moet een jaartal zijn, niet '%1'").arg(parser.value(year)));

    geo::FeatureLayer municipalities;
    geo::FeatureLayer provinces;
    geo::FeatureLayer corops;
    geo::FeatureLayer labourMarkets;
    QString gemeentePath;
    std::array<QString, 3> divisionPlaces;  // where each division level came from, for messages
    if (parser.isSet(from)) {
        for (const QCommandLineOption* other : {&fromDir, &gemeente, &provincie, &corop, &amr})
            if (parser.isSet(*other))
                throw UsageError(QStringLiteral("--from en --%1 gaan niet samen").arg(other->names().first()));
        OgrRegionSource source;
        source.path = parser.value(from);
        source.layerNames = {parser.value(layerGemeente), parser.value(layerProvincie), parser.value(layerCorop), parser.value(layerAmr)};
        source.codeField = parser.value(codeField);
        source.nameField = parser.value(nameField);
        // The year: --year, else a year in the file name (PDOK: cbsgebiedsindelingen2025.gpkg)
        // for PDOK's year-named layers, then the year in the data itself.
        static const QRegularExpression yearInName(QStringLiteral("(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)"));
        const auto nameMatch = yearInName.match(QFileInfo(source.path).completeBaseName());
        const int yearFromName = nameMatch.hasMatch() ? nameMatch.captured(1).toInt() : 0;
        source.year = parser.isSet(year) ? yearValue : yearFromName;
        OgrRegionLayers layers = readOgrRegionLayers(source);
        if (!parser.isSet(year))
            yearValue = layers.yearInData != 0 ? layers.yearInData : yearFromName != 0 ? yearFromName : yearValue;
        municipalities = std::move(layers.municipalities);
        provinces = std::move(layers.divisions[0]);
        corops = std::move(layers.divisions[1]);
        labourMarkets = std::move(layers.divisions[2]);
        gemeentePath = QStringLiteral("%1 (laag '%2')").arg(source.path, layers.layerNames[0]);
        for (size_t i = 0; i < 3; ++i)
            divisionPlaces[i] = QStringLiteral("%1:laag '%2'").arg(source.path, layers.layerNames[i + 1]);
    } else {
        for (const QCommandLineOption* other : {&layerGemeente, &layerProvincie, &layerCorop, &layerAmr})
            if (parser.isSet(*other))
                throw UsageError(QStringLiteral("--%1 hoort bij --from").arg(other->names().first()));

    auto pathFor = [&](const QCommandLineOption& option, const QString& stem) {
        if (parser.isSet(option))
            return parser.value(option);
        if (parser.isSet(fromDir))
            return defaultFile(parser.value(fromDir), stem, yearValue);
        throw UsageError(QCoreApplication::translate("regio::cli", "geef --from-dir of --%1").arg(option.names().first()));
    };
        gemeentePath = pathFor(gemeente, QStringLiteral("gemeente"));
        divisionPlaces = {pathFor(provincie, QStringLiteral("provincie")), pathFor(corop, QStringLiteral("coropgebied")),
                          pathFor(amr, QStringLiteral("arbeidsmarktregio"))};
        municipalities = readBoundaryFile(gemeentePath);
        provinces = readBoundaryFile(divisionPlaces[0]);
        corops = readBoundaryFile(divisionPlaces[1]);
        labourMarkets = readBoundaryFile(divisionPlaces[2]);
    }

    RegionBuildOptions options;
    options.year = yearValue;
    options.attribution = parser.value(attribution);
    options.codeKey = parser.value(codeField);
    options.nameKey = parser.value(nameField);
    RegionBuildReport report;
    const RegionModel model = buildRegionModel(municipalities, {&provinces, &corops, &labourMarkets}, options, &report);

    // A division level that no municipality falls in means mismatched files (another year or
    // projection): refuse instead of writing a model without memberships.
    const std::array<std::pair<Level, QString>, 3> levelFiles{
        {{Level::Provincie, divisionPlaces[0]}, {Level::Corop, divisionPlaces[1]}, {Level::Arbeidsmarktregio, divisionPlaces[2]}}};
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

    io.err << "convert-regions: " << model.year() << ": " << model.municipalities().size() << " gemeenten, "
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
