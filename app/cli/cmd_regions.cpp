// regio regions: one row per region of a level, with area and memberships.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"

#include "regions/region_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regio::cli {

namespace {

QString areaText(double km2)
{
    return QString::number(km2, 'f', 2);
}

} // namespace

int runRegions(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption levelOption(QStringLiteral("level"),
        QCoreApplication::translate("regio::cli", "Niveau: gemeente, provincie, corop of arbeidsmarktregio (standaard gemeente)."),
        QStringLiteral("niveau"), QStringLiteral("gemeente"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QCoreApplication::translate("regio::cli", "Uitvoerformaat: csv (standaard) of json."),
                                       QStringLiteral("formaat"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand in plaats van stdout."),
                                       QStringLiteral("bestand"));
    parser.addOptions({levelOption, formatOpt, outOption});
    if (!parseArguments(parser, QStringLiteral("regions"),
                        QCoreApplication::translate("regio::cli", "Toont de regio's van één niveau uit de ingebouwde CBS-gebiedsindeling 2025:\n"
                                       "code, naam en oppervlakte in km²; voor gemeenten ook de codes van provincie,\n"
                                       "COROP-gebied en arbeidsmarktregio, voor indelingen het aantal gemeenten.\n"
                                       "Bron: CBS/Kadaster (CC BY 4.0)."),
                        args, io))
        return ExitOk;

    const auto level = levelFromKey(parser.value(levelOption));
    if (!level)
        throw UsageError(QCoreApplication::translate("regio::cli", "--level moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet '%1'")
                             .arg(parser.value(levelOption)));
    const QString format = formatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    const RegionModel& model = RegionModel::embedded();

    QString text;
    if (format == QLatin1String("csv")) {
        if (*level == Level::Gemeente) {
            text += csvRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("area_km2"),
                            QStringLiteral("provincie"), QStringLiteral("corop"), QStringLiteral("arbeidsmarktregio")});
            for (const Municipality& m : model.municipalities())
                text += csvRow({m.code, m.name, areaText(m.areaKm2), m.memberships[0], m.memberships[1], m.memberships[2]});
        } else {
            text += csvRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("area_km2"),
                            QStringLiteral("municipalities")});
            for (const Division& d : model.divisions(*level))
                text += csvRow({d.code, d.name, areaText(d.areaKm2), QString::number(d.members.size())});
        }
    } else {
        QJsonArray rows;
        if (*level == Level::Gemeente) {
            for (const Municipality& m : model.municipalities())
                rows.append(QJsonObject{{QStringLiteral("code"), m.code},
                                        {QStringLiteral("name"), m.name},
                                        {QStringLiteral("area_km2"), std::round(m.areaKm2 * 100) / 100},
                                        {QStringLiteral("provincie"), m.memberships[0]},
                                        {QStringLiteral("corop"), m.memberships[1]},
                                        {QStringLiteral("arbeidsmarktregio"), m.memberships[2]}});
        } else {
            for (const Division& d : model.divisions(*level))
                rows.append(QJsonObject{{QStringLiteral("code"), d.code},
                                        {QStringLiteral("name"), d.name},
                                        {QStringLiteral("area_km2"), std::round(d.areaKm2 * 100) / 100},
                                        {QStringLiteral("municipalities"), d.members.size()},
                                        {QStringLiteral("members"), QJsonArray::fromStringList(d.members)}});
        }
        const QJsonObject root{{QStringLiteral("level"), levelKey(*level)},
                               {QStringLiteral("year"), model.year()},
                               {QStringLiteral("source"), model.attribution()},
                               {QStringLiteral("regions"), rows}};
        text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    writeOutput(parser, text, io);
    return ExitOk;
}

} // namespace regio::cli
