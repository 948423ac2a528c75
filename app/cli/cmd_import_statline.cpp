// regio import-statline: a CBS StatLine export as it comes → the project's employment CSV (one
// year, ready for --employment) or its panel format (all years; the embedded real economy).
#include "cli/commands.h"

#include <QCoreApplication>

#include "economy/economy_load.h"
#include "economy/employment_panel.h"
#include "economy/statline.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <optional>

namespace regio::cli {

namespace {

// The embedded model's codes (as every employment import checks them) and Nederland.
QStringList knownRegionCodes()
{
    return economy::embeddedRegionOptions().knownRegions << QStringLiteral("NL01");
}

QString sourceLine(const economy::StatLineImport& imported, const QString& path)
{
    if (imported.measure == QLatin1String("BanenVanWerknemersInDecember_1"))
        return economy::cbsAttribution();
    return QCoreApplication::translate("regio::cli", "Bron: CBS StatLine, export %1 (maat %2)").arg(QFileInfo(path).fileName(), imported.measure);
}

// Wide employment CSV for one year: `region,<section letters…>`; suppressed cells empty.
QString employmentCsv(const economy::EmploymentPanel& panel, int year)
{
    const economy::SectorHierarchy& h = panel.sectors();
    const QStringList sections = h.sections();
    QStringList codes;
    for (const QString& key : sections)
        codes << h.find(key)->letters;
    if (QSet<QString>(codes.begin(), codes.end()).size() != codes.size() || codes.contains(QString()))
        codes = sections;  // letters not unique: use the keys
    QString text = QCoreApplication::translate("regio::cli", "# %1\n# %2, %3; lege velden: geheim (onderdrukt), onbekend — niet 0\n")
                       .arg(panel.source, panel.measure).arg(year);
    text += csvRow(QStringList{QStringLiteral("region")} + codes);
    const qsizetype y = panel.yearIndex(year);
    for (qsizetype r = 0; r < panel.regions().size(); ++r) {
        QStringList row{panel.regions()[r]};
        for (const QString& key : sections)
            row << economy::panelNumber(panel.value(r, h.indexOf(key), y));
        text += csvRow(row);
    }
    return text;
}

} // namespace

int runImportStatLine(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption measureOpt(QStringLiteral("measure"),
        QCoreApplication::translate("regio::cli", "De maat: de kolomnaam (TypedDataSet) of Measure-code (Observations.csv). Nodig als het bestand er "
                       "meer dan één heeft."), QStringLiteral("maat"));
    const QCommandLineOption periodOpt(QStringLiteral("period"),
        QCoreApplication::translate("regio::cli", "Het jaar (2024 of 2024JJ00) voor de werkgelegenheids-CSV; standaard het laatste jaar."),
        QStringLiteral("periode"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
        QCoreApplication::translate("regio::cli", "Vermenigvuldig de waarden hiermee (bijv. 1000 voor 'x 1 000'). Standaard: bekend van de maat "
                       "(banen in 83582NED: 1000), anders 1."), QStringLiteral("getal"));
    const QCommandLineOption keysOpt(QStringLiteral("keys"),
        QCoreApplication::translate("regio::cli", "Sectorindeling (CSV 'key,title,sbi_letters,level,parent'); standaard die van 83582NED."),
        QStringLiteral("bestand"));
    const QCommandLineOption panelOpt(QStringLiteral("panel"),
        QCoreApplication::translate("regio::cli", "Schrijf alle jaren in het panelformaat van Regioverkenner (zoals de ingebouwde CBS-gegevens) in "
                       "plaats van één jaar als werkgelegenheids-CSV."));
    const QCommandLineOption keysOutOpt(QStringLiteral("keys-out"),
        QCoreApplication::translate("regio::cli", "Schrijf ook de sectorindeling naar dit bestand (bij --panel)."), QStringLiteral("bestand"));
    const QCommandLineOption anyRegionOpt(QStringLiteral("any-region"),
        QCoreApplication::translate("regio::cli", "Accepteer regiocodes die niet in de indeling van 2025 voorkomen."));
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Schrijf naar dit bestand (verplicht)."),
                                    QStringLiteral("bestand"));
    parser.addOptions({measureOpt, periodOpt, scaleOpt, keysOpt, panelOpt, keysOutOpt, anyRegionOpt, outOpt});
    parser.addPositionalArgument(QStringLiteral("BESTAND"), QCoreApplication::translate("regio::cli", "De StatLine-export, zoals CBS hem levert."));
    if (!parseArguments(parser, QStringLiteral("import-statline"),
                        QCoreApplication::translate("regio::cli", "Leest een export van CBS StatLine zoals CBS hem levert: de TypedDataSet-CSV van\n"
                                       "opendata.cbs.nl (',' als scheidingsteken, sleutels met spaties, perioden 2024JJ00) of\n"
                                       "Observations.csv van datasets.cbs.nl (';', decimale komma, kolom Measure).\n"
                                       "De regiokolom en de sectorkolom worden herkend aan hun codes. Lege waarden zijn geheim\n"
                                       "(onderdrukt) en blijven onbekend, nooit 0; hun aantal wordt gemeld. Alleen jaarcijfers.\n"
                                       "Uitvoer: de werkgelegenheids-CSV 'region,<secties…>' voor één jaar, klaar voor\n"
                                       "--employment, of met --panel alle jaren.\n"
                                       "Voorbeeld (de ingebouwde gegevens opnieuw maken):\n"
                                       "  regio import-statline ../shared/data/cbs-83582NED/83582NED_corop.csv --panel \\\n"
                                       "    --keys ../shared/data/cbs-83582NED/sbi_keys.csv --out resources/data/cbs-83582NED.csv \\\n"
                                       "    --keys-out resources/data/cbs-sbi-keys.csv"),
                        args, io, true))
        return ExitOk;
    if (parser.positionalArguments().size() != 1)
        throw UsageError(QCoreApplication::translate("regio::cli", "geef precies één StatLine-bestand"));
    if (!parser.isSet(outOpt))
        throw UsageError(QCoreApplication::translate("regio::cli", "--out ontbreekt"));
    const QString path = parser.positionalArguments().constFirst();

    economy::StatLineOptions options;
    options.measure = parser.value(measureOpt);
    if (parser.isSet(scaleOpt)) {
        bool ok = false;
        const double scale = QLocale::c().toDouble(parser.value(scaleOpt), &ok);
        if (!ok || !(scale > 0) || !std::isfinite(scale))
            throw UsageError(QCoreApplication::translate("regio::cli", "--scale moet een positief getal zijn, niet '%1'").arg(parser.value(scaleOpt)));
        options.scale = scale;
    }
    if (parser.isSet(keysOpt))
        options.sectors = economy::readSectorHierarchy(parser.value(keysOpt));
    if (!parser.isSet(anyRegionOpt))
        options.knownRegions = knownRegionCodes();
    std::optional<int> period;
    if (parser.isSet(periodOpt)) {
        QString p = parser.value(periodOpt).trimmed();
        if (p.endsWith(QLatin1String("JJ00")))
            p.chop(4);
        bool ok = false;
        period = p.toInt(&ok);
        if (!ok)
            throw UsageError(QCoreApplication::translate("regio::cli", "--period moet een jaar zijn (2024 of 2024JJ00), niet '%1'").arg(parser.value(periodOpt)));
        if (!parser.isSet(panelOpt))
            options.years = {*period};
    }

    economy::StatLineImport imported = economy::readStatLine(path, options);
    imported.panel.source = sourceLine(imported, path);
    QString text;
    if (parser.isSet(panelOpt)) {
        text = economy::panelToCsv(imported.panel);
    } else {
        const int year = period.value_or(imported.panel.years().back());
        if (imported.panel.yearIndex(year) < 0)
            throw UsageError(QCoreApplication::translate("regio::cli", "jaar %1 komt niet voor in %2").arg(year).arg(path));
        text = employmentCsv(imported.panel, year);
    }
    writeOutput(parser, text, io);
    if (parser.isSet(keysOutOpt))
        writeTextFile(parser.value(keysOutOpt), economy::sectorHierarchyToCsv(imported.panel.sectors()));
    io.err << "regio import-statline: " << path << ": " << imported.panel.regions().size() << " regio's, "
           << imported.panel.years().size() << " jaren (" << imported.panel.years().front() << "–"
           << imported.panel.years().back() << "), maat " << imported.measure << '\n';
    for (const QString& note : imported.notes)
        io.err << "regio import-statline: " << note << '\n';
    return ExitOk;
}

} // namespace regio::cli
