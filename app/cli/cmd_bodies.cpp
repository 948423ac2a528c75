// regio bodies: the cooperation bodies of the registry, optionally those in one region or of one
// type, as CSV (one row per body) or as JSON in the registry format itself (loadable again).
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"

#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "registry/registry_table.h"

#include <QSet>

namespace regio::cli {

using namespace regio::registry;

namespace {

const char* const kDescription =
    "Toont de samenwerkingsverbanden uit het register: standaard het ingebouwde register,\n"
    "met --registry een eigen registerbestand (docs/registry-format.md).\n"
    "\n"
    "--region kiest de verbanden waarvan het gebied de regio raakt: een gemeente (GM0772), provincie\n"
    "(PV30), COROP-gebied (CR36) of arbeidsmarktregio (AM28), codes van 2025. --type kiest één vorm\n"
    "van samenwerking: %1.\n"
    "\n"
    "CSV-kolommen: id, name, type, domains, actors, roles (waarden met ';' gescheiden), scale,\n"
    "founded, confidence, source, territory_basis, municipalities (aantal gemeenten in het gebied;\n"
    "0 voor een verband dat alleen over de grens ligt), ended, status, territory_kind (gebied of\n"
    "locaties: alleen vestigingsplaatsen), legal_form, legal_form_source, oversight,\n"
    "oversight_source, funding_sources, funding_sources_source (leeg = onbekend).\n"
    "JSON: een registerbestand (versie 2) met alleen de gekozen verbanden, dat regio weer kan lezen.\n"
    "Zonder --year worden ook beëindigde verbanden getoond. Met --year Y (peiljaar) alleen de\n"
    "verbanden die er in Y waren: opgericht in of vóór Y (onbekend oprichtingsjaar telt als er al)\n"
    "en niet beëindigd vóór Y (een beëindigd verband zonder eindjaar telt niet mee).\n"
    "xlsx en excel-csv: één rij per verband met alle velden, Nederlandse kolomkoppen, voor Excel.";

} // namespace

int runBodies(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QCoreApplication::translate("regio::cli", "Alleen verbanden in deze regio (GM-, PV-, CR- of AM-code)."),
                                          QStringLiteral("code"));
    const QCommandLineOption typeOption(QStringLiteral("type"), QCoreApplication::translate("regio::cli", "Alleen verbanden van dit type."),
                                        QStringLiteral("type"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QCoreApplication::translate("regio::cli", "Uitvoerformaat: csv (standaard), json, xlsx (Excel, met --out) of excel-csv."),
                                       QStringLiteral("formaat"));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
                                            QCoreApplication::translate("regio::cli", "Lees dit registerbestand in plaats van het ingebouwde (JSON, of een XLSX/ODS-rekenblad met één verband per rij)."),
                                            QStringLiteral("bestand"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    const SpreadsheetOptions spreadsheet;
    const QCommandLineOption yearOption = referenceYearCommandOption();
    parser.addOptions({regionOption, typeOption, yearOption, formatOpt, registryOption, outOption, spreadsheet.decimalComma});
    if (!parseArguments(parser, QStringLiteral("bodies"),
                        QString::fromUtf8(kDescription).arg(bodyTypeKeys().join(QStringLiteral(", "))), args, io))
        return ExitOk;

    const QString format = spreadsheetFormat(parser, formatOption(parser, {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("excel-csv")}), spreadsheet);
    const std::optional<int> year = referenceYearOption(parser, yearOption);
    std::optional<BodyType> type;
    if (parser.isSet(typeOption)) {
        type = bodyTypeFromKey(parser.value(typeOption));
        if (!type)
            throw UsageError(QCoreApplication::translate("regio::cli", "onbekend type '%1'; kies uit %2")
                                 .arg(parser.value(typeOption), bodyTypeKeys().join(QStringLiteral(", "))));
    }
    const RegionModel& regions = RegionModel::embedded();
    QStringList regionCodes;
    if (parser.isSet(regionOption)) {
        const QString code = parser.value(regionOption).toUpper();
        if (!regions.region(code))
            throw UsageError(QCoreApplication::translate("regio::cli", "onbekende regiocode '%1' (verwacht een gemeente-, provincie-, COROP- of "
                                            "arbeidsmarktregiocode van %2, zoals GM0772 of CR36)")
                                 .arg(parser.value(regionOption))
                                 .arg(regions.year()));
        regionCodes = regions.municipalityCodesOf(code);
    }

    // A refused registry reaches run(), which prints each problem on its own line (exit 3).
    const Registry registry = parser.isSet(registryOption) ? loadRegistry(parser.value(registryOption), regions)
                                                           : loadDefaultRegistry(regions);
    const BodyIndex index(registry, regions);

    // Bodies in the region: the union of the bodies of its municipalities.
    QSet<int> inRegion;
    for (const QString& m : regionCodes)
        for (int b : index.bodiesIn(m))
            inRegion.insert(b);

    std::vector<int> chosen;
    for (size_t i = 0; i < registry.bodies.size(); ++i) {
        if (type && registry.bodies[i].type != *type)
            continue;
        if (parser.isSet(regionOption) && !inRegion.contains(int(i)))
            continue;
        if (year && !presentIn(registry.bodies[i], *year))
            continue;
        chosen.push_back(int(i));
    }

    if (writeSpreadsheet(parser, format, spreadsheet, {registryTable(registry, chosen)}, io))
        return ExitOk;
    QString text;
    if (format == QLatin1String("csv")) {
        const QString sep = QStringLiteral(";");
        text += csvRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("domains"),
                        QStringLiteral("actors"), QStringLiteral("roles"), QStringLiteral("scale"),
                        QStringLiteral("founded"), QStringLiteral("confidence"), QStringLiteral("source"),
                        QStringLiteral("territory_basis"), QStringLiteral("municipalities"),
                        QStringLiteral("ended"), QStringLiteral("status"), QStringLiteral("territory_kind"),
                        QStringLiteral("legal_form"), QStringLiteral("legal_form_source"), QStringLiteral("oversight"),
                        QStringLiteral("oversight_source"), QStringLiteral("funding_sources"),
                        QStringLiteral("funding_sources_source")});
        for (int i : chosen) {
            const Body& b = registry.bodies[size_t(i)];
            text += csvRow({b.id, b.name, key(b.type), joinKeys(b.domains, sep), joinKeys(b.actors, sep),
                            joinKeys(b.roles, sep), key(b.scale), b.founded ? QString::number(*b.founded) : QString(),
                            key(b.confidence), b.source, b.territoryBasis,
                            QString::number(index.municipalitiesOf(i).size()),
                            b.ended ? QString::number(*b.ended) : QString(), key(b.status), key(b.territory.kind),
                            b.legalForm ? key(*b.legalForm) : QString(), b.legalFormSource,
                            b.oversight ? joinKeys(*b.oversight, sep) : QString(), b.oversightSource,
                            b.fundingSources ? joinKeys(*b.fundingSources, sep) : QString(),
                            b.fundingSourcesSource});
        }
    } else {
        Registry selection = registry;
        selection.bodies.clear();
        for (int i : chosen)
            selection.bodies.push_back(registry.bodies[size_t(i)]);
        text = QString::fromUtf8(registryToJson(selection));
    }
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
