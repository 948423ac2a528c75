// regio report: the region profile PDF for one region, or for every region of a level.
#include "cli/cli.h"

#include <QCoreApplication>
#include "cli/commands.h"
#include "cli/report_context.h"

#include "io/input_error.h"
#include "io/safe_write.h"
#include "regions/region_model.h"
#include "ui/report/region_profile.h"

#include <QDir>
#include <QElapsedTimer>

namespace regio::cli {

int runReport(const QStringList& args, Io& io)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"), QCoreApplication::translate("regio::cli", "Gebied (CBS-code: GM…, PV…, CR…, AM…)."), QStringLiteral("code"));
    const QCommandLineOption all(QStringLiteral("all"),
        QCoreApplication::translate("regio::cli", "Maak een profiel voor elk gebied van dit niveau: gemeente, provincie, corop of arbeidsmarktregio."),
        QStringLiteral("niveau"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("regio::cli", "Uitvoerbestand (.pdf) bij --region."), QStringLiteral("bestand"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QCoreApplication::translate("regio::cli", "Uitvoermap bij --all (wordt aangemaakt); één <code>.pdf per gebied."), QStringLiteral("map"));
    parser.addOptions({region, all, out, outDir});
    addReportDataOptions(parser);
    if (!parseArguments(parser, QStringLiteral("report"),
                        QCoreApplication::translate("regio::cli", "Schrijft een regioprofiel (PDF, A4 liggend, meerdere pagina's): het gebied op de\n"
                                       "kaart; de samenwerkingsverbanden en de driehoek met lacunes in woorden; de tabel van\n"
                                       "verbanden met bronnen; SWOT en locatiequotiënten; het sectornetwerk; bronnen en methode.\n"
                                       "Zonder --employment/--flows worden de ingebouwde demonstratiegegevens gebruikt; het\n"
                                       "profiel vermeldt dan 'Demonstratiedata — geen officiële statistiek'.\n"
                                       "Met --all: voortgang op stderr, een melding per gebied dat mislukt; de andere worden\n"
                                       "wel gemaakt (afsluitcode 1 als er één mislukte)."),
                        args, io))
        return ExitOk;
    if (parser.isSet(region) == parser.isSet(all))
        throw UsageError(QCoreApplication::translate("regio::cli", "geef precies één van --region en --all"));

    const RegionModel& regions = RegionModel::embedded();
    ReportData data = loadReportData(parser, regions);
    const ui::ProfileContext context = data.context();

    if (parser.isSet(region)) {
        if (!parser.isSet(out))
            throw UsageError(QCoreApplication::translate("regio::cli", "--out ontbreekt"));
        if (!regions.region(parser.value(region).toUpper()))
            throw UsageError(QCoreApplication::translate("regio::cli", "onbekende regiocode '%1'").arg(parser.value(region)));
        const ui::ProfileResult result = ui::writeRegionProfile(parser.value(region), parser.value(out), context);
        if (!result.writeFailure.isEmpty())
            throw io::WriteError(parser.value(out), result.writeFailure);
        if (!result.error.isEmpty())
            throw InputError(parser.value(out), QString(), result.error);
        io.err << "report: " << QCoreApplication::translate("regio::cli", "%1 (%2 pagina's)").arg(parser.value(out)).arg(result.pages) << '\n';
        return ExitOk;
    }

    const auto level = levelFromKey(parser.value(all));
    if (!level)
        throw UsageError(QCoreApplication::translate("regio::cli", "--all moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet '%1'").arg(parser.value(all)));
    if (!parser.isSet(outDir))
        throw UsageError(QCoreApplication::translate("regio::cli", "--out-dir ontbreekt"));
    const QString dir = parser.value(outDir);
    if (!QDir().mkpath(dir))
        throw io::WriteError(dir, QCoreApplication::translate("regio::cli", "de map kan niet worden aangemaakt"));
    QStringList codes;
    if (*level == Level::Gemeente)
        for (const Municipality& m : regions.municipalities())
            codes << m.code;
    else
        for (const Division& d : regions.divisions(*level))
            codes << d.code;
    int failed = 0;
    int writeFailed = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString path = QDir(dir).filePath(codes[i] + QStringLiteral(".pdf"));
        const ui::ProfileResult result = ui::writeRegionProfile(codes[i], path, context);
        if (result.error.isEmpty()) {
            io.err << QStringLiteral("report: [%1/%2] %3 %4\n").arg(i + 1).arg(codes.size()).arg(codes[i], regions.region(codes[i])->name);
        } else if (!result.writeFailure.isEmpty()) {
            ++failed;
            ++writeFailed;
            io.err << "regio: " << io::WriteError(path, result.writeFailure).sentence() << '\n';
        } else {
            ++failed;
            io.err << "regio: " << codes[i] << ": " << result.error << '\n';
        }
        io.err.flush();
    }
    io.err << QCoreApplication::translate("regio::cli", "report: %1 profielen in %2 s, %3 mislukt\n")
                  .arg(codes.size() - failed).arg(timer.elapsed() / 1000.0, 0, 'f', 1).arg(failed);
    if (writeFailed > 0)
        return ExitWriteFailed;
    return failed == 0 ? ExitOk : ExitFailure;
}

} // namespace regio::cli
