#include "cli/cli.h"

#include "i18n/language.h"
#include "io/input_error.h"
#include "io/safe_write.h"
#include "regions/region_model.h"
#include "registry/body.h"

#include <QDate>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <exception>

namespace regio::cli {

namespace {

void printOverview(QTextStream& out)
{
    out << QCoreApplication::translate("regio::cli", "Gebruik: regio <opdracht> [opties]\n\n"
           "Regioverkenner op de opdrachtregel: regio's, samenwerkingsverbanden, dekking van de\n"
           "driehoek economie-onderwijs-arbeidsmarkt en verwantschap tussen sectoren.\n\n"
           "Opdrachten:\n");
    qsizetype width = 0;  // the longest name plus two spaces, so no name runs into its summary
    for (const Command& command : commands())
        width = std::max(width, command.name.size() + 2);
    for (const Command& command : commands())
        out << "  " << command.name.leftJustified(width) << command.summary << '\n';
    out << QCoreApplication::translate("regio::cli", "\n'regio <opdracht> --help' toont de opties van een opdracht.\n"
           "Uitvoer: CSV of JSON op stdout of in --out; de tabellen van bodies, coverage, lq, economy,\n"
           "growth en agenda ook voor Excel (--format xlsx of excel-csv, --decimal-comma).\n"
           "Afsluitcode 0 = gelukt, 2 = verkeerd gebruik,\n"
           "3 = ongeldige invoer (met één regel 'regio: <bestand>:<regel>: <reden>' op stderr),\n"
           "4 = schrijven mislukt (met 'regio: kan <bestand> niet schrijven: <reden>'; een bestaand\n"
           "bestand blijft dan ongewijzigd).\n"
           "Bij elke opdracht: --regions BESTAND.rvg gebruikt de gemeenten en indelingen van een ander jaar\n"
           "(gemaakt met 'regio convert-regions') in plaats van de ingebouwde van 2025.\n"
           "Taal van meldingen en rapporten: --lang nl of --lang en (standaard de taal van het systeem).\n");
}

// Takes --lang nl|en (or --lang=xx) out of the arguments, wherever it stands, and sets the
// language of messages and reports; without it, the system locale decides (English for an English
// locale, Dutch otherwise). Throws UsageError for another value.
QStringList takeLanguage(QStringList arguments)
{
    QString code;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
            code = arguments[i + 1];
            arguments.remove(i, 2);
            --i;
        } else if (arguments[i].startsWith(QLatin1String("--lang="))) {
            code = arguments[i].mid(7);
            arguments.remove(i);
            --i;
        }
    }
    const auto language = code.isEmpty() ? std::optional(i18n::systemLanguage()) : i18n::languageFromCode(code);
    i18n::setLanguage(language.value_or(i18n::systemLanguage()));
    if (!language)
        throw UsageError(QCoreApplication::translate("regio::cli", "--lang moet nl of en zijn, niet '%1'").arg(code));
    return arguments;
}

int dispatch(const QStringList& rawArguments, Io& io)
{
    QStringList arguments;
    try {
        arguments = takeLanguage(rawArguments);
    } catch (const UsageError& e) {
        io.err << "regio: " << QString::fromStdString(e.what()) << '\n';
        return ExitUsage;
    }
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help")
        || arguments.at(1) == QLatin1String("-h") || arguments.at(1) == QLatin1String("help")) {
        printOverview(arguments.size() < 2 ? io.err : io.out);
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        io.out << "regio " << QStringLiteral(REGIO_VERSION) << '\n';
        return ExitOk;
    }
    const QString name = arguments.at(1);
    for (const Command& command : commands()) {
        if (command.name != name)
            continue;
        // `--regions FILE.rvg` holds for every command: the regions of another year replace the
        // embedded ones for this command only (tests run many commands in one process).
        struct RegionsGuard {
            ~RegionsGuard() { RegionModel::resetRegions(); }
        } regionsGuard;
        try {
            QStringList commandArgs = arguments.mid(2);
            for (qsizetype i = 0; i < commandArgs.size(); ++i) {
                QString path;
                if (commandArgs.at(i) == QLatin1String("--regions") || commandArgs.at(i) == QLatin1String("-regions")) {
                    if (i + 1 >= commandArgs.size())
                        throw UsageError(QStringLiteral("--regions verwacht een bestand (.rvg)"));
                    path = commandArgs.at(i + 1);
                    commandArgs.remove(i, 2);
                } else if (commandArgs.at(i).startsWith(QLatin1String("--regions="))) {
                    path = commandArgs.at(i).mid(10);
                    commandArgs.remove(i);
                } else {
                    continue;
                }
                --i;
                RegionModel::useRegions(RegionModel::load(path));
            }
            return command.run(commandArgs, io);
        } catch (const UsageError& e) {
            io.err << "regio " << name << ": " << QString::fromStdString(e.what()) << '\n'
                   << QCoreApplication::translate("regio::cli", "Zie 'regio %1 --help'.").arg(name) << '\n';
            return ExitUsage;
        } catch (const io::WriteError& e) {
            io.err << "regio: " << e.sentence() << '\n';
            return ExitWriteFailed;
        } catch (const InputError& e) {
            // One line per problem (a registry reports all of its problems at once).
            for (const QString& line : e.message().split(QLatin1Char('\n')))
                io.err << "regio: " << line << '\n';
            return ExitBadInput;
        } catch (const std::exception& e) {
            io.err << "regio: " << QString::fromStdString(e.what()) << '\n';
            return ExitFailure;
        }
    }
    io.err << "regio: " << QCoreApplication::translate("regio::cli", "onbekende opdracht '%1'").arg(name) << '\n';
    printOverview(io.err);
    return ExitUsage;
}

} // namespace

int run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Io io{outStream, errStream};
    int code = dispatch(arguments, io);
    errno = 0;
    outStream.flush();
    // Output on stdout is checked like a file: `regio lq > /vol/x.csv` on a full disk must not exit 0.
    QFileDevice* file = qobject_cast<QFileDevice*>(&out);
    if (outStream.status() == QTextStream::WriteFailed || (file && !file->flush())) {
        const int saved = errno;
        errStream << "regio: " << QCoreApplication::translate("regio::cli", "kan de standaarduitvoer niet schrijven: ")
                  << (saved != 0 ? io::describeErrno(saved) : QCoreApplication::translate("regio::cli", "schrijven mislukt")) << '\n';
        if (code == ExitOk)
            code = ExitWriteFailed;
    }
    errStream.flush();
    return code;
}

int run(int argc, char** argv)
{
    // A widget application object only for commands that render (report, export: the views are
    // widgets); it runs offscreen unless the user chose a platform.
    const bool renders = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "export") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (renders) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("regio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGIO_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return ExitFailure;
    return run(QCoreApplication::arguments(), out, err);
}

bool parseArguments(QCommandLineParser& parser, const QString& commandName, const QString& description,
                    const QStringList& args, Io& io, bool allowPositional)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("regio::cli", "Toon deze hulp."));
    parser.addOption(help);
    // Handled by dispatch() for every command before the command sees its arguments; listed
    // here so that every command's --help shows it.
    const QCommandLineOption regions(QStringLiteral("regions"),
        QStringLiteral("Gemeenten en indelingen van een ander jaar: een .rvg van 'regio convert-regions'."),
        QStringLiteral("bestand"));
    parser.addOption(regions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("regio ") + commandName);
    if (!parser.parse(withProgram))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by the process's own path; show the subcommand.
        // Its first word is "Usage:" or, with Qt's own Dutch texts loaded, "Gebruik:".
        static const QRegularExpression usageLine(QStringLiteral("^[^:\\n]+: \\S+"));
        text.replace(usageLine, QCoreApplication::translate("regio::cli", "Gebruik: regio ") + commandName);
        text.replace(QStringLiteral("[options]"), QCoreApplication::translate("regio::cli", "[opties]"));
        text.replace(QStringLiteral("Options:"), QCoreApplication::translate("regio::cli", "Opties:"));
        text.replace(QStringLiteral("Arguments:"), QCoreApplication::translate("regio::cli", "Argumenten:"));
        io.out << text;
        return false;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty())
        throw UsageError(QCoreApplication::translate("regio::cli", "onverwacht argument '%1'").arg(parser.positionalArguments().first()));
    return true;
}

QString formatOption(const QCommandLineParser& parser, const QStringList& allowed)
{
    if (!parser.isSet(QStringLiteral("format")))
        return allowed.first();
    const QString value = parser.value(QStringLiteral("format")).toLower();
    if (!allowed.contains(value))
        throw UsageError(QCoreApplication::translate("regio::cli", "--format moet een van %1 zijn, niet '%2'")
                             .arg(allowed.join(QStringLiteral(", ")), value));
    return value;
}

QCommandLineOption referenceYearCommandOption()
{
    return QCommandLineOption(
        QStringLiteral("year"),
        QCoreApplication::translate("regio::cli", "Peiljaar: alleen de verbanden die er in dat jaar waren (%1 tot nu).")
            .arg(registry::kFirstReferenceYear),
        QCoreApplication::translate("regio::cli", "jaar"));
}

std::optional<int> referenceYearOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int year = parser.value(option).toInt(&ok);
    const int now = QDate::currentDate().year();
    if (!ok || year < registry::kFirstReferenceYear || year > now)
        throw UsageError(QCoreApplication::translate("regio::cli", "--year: peiljaar '%1' moet een jaartal van %2 tot en met %3 zijn")
                             .arg(parser.value(option))
                             .arg(registry::kFirstReferenceYear)
                             .arg(now));
    return year;
}

void writeOutput(const QCommandLineParser& parser, const QString& text, Io& io)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        io.out << text;
        return;
    }
    writeTextFile(parser.value(QStringLiteral("out")), text);
}

QString spreadsheetFormat(const QCommandLineParser& parser, const QString& format, const SpreadsheetOptions& options)
{
    if (!parser.isSet(options.decimalComma))
        return format;
    if (format == QLatin1String("csv") || format == QLatin1String("excel-csv"))
        return QStringLiteral("excel-csv");
    throw UsageError(QStringLiteral("--decimal-comma past alleen bij --format csv of excel-csv, niet bij '%1'").arg(format));
}

bool writeSpreadsheet(const QCommandLineParser& parser, const QString& format, const SpreadsheetOptions& options,
                      const std::vector<io::Table>& tables, Io& io)
{
    const bool toFile = parser.isSet(QStringLiteral("out"));
    if (format == QLatin1String("xlsx")) {
        if (!toFile)
            throw UsageError(QStringLiteral("--format xlsx heeft --out BESTAND.xlsx nodig (een Excel-bestand gaat niet naar het scherm)"));
        io::writeXlsx(parser.value(QStringLiteral("out")), tables);
        return true;
    }
    if (format != QLatin1String("excel-csv"))
        return false;
    io::ExcelCsvOptions csv;
    csv.decimalComma = parser.isSet(options.decimalComma);
    const QByteArray bytes = tables.empty() ? QByteArray("\xEF\xBB\xBF") : io::excelCsvBytes(tables.front(), csv);
    if (toFile)
        io::writeFileAtomically(parser.value(QStringLiteral("out")), bytes);
    else
        io.out << QChar(0xFEFF) << QString::fromUtf8(bytes.mid(3)); // fromUtf8 would drop the byte-order mark
    return true;
}

void writeTextFile(const QString& path, const QString& text)
{
    io::writeFileAtomically(path, text.toUtf8());
}

QString formatNumber(double value, int significantDigits)
{
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::isnan(value))
        return QString();  // unknown (e.g. a suppressed CBS cell): an empty field, never "nan"
    return QString::number(value, 'g', significantDigits);
}

} // namespace regio::cli
