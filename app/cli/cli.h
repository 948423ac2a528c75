#pragma once
// The `regio` command-line tool (DESIGN.md §6). Exit codes: 0 success, 2 usage error, 3 bad input,
// with one line `regio: <file>:<line>: <what is wrong>` on stderr.
#include "io/csv.h"
#include "io/table.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <stdexcept>

class QIODevice;

namespace regio::cli {

// 4: a file could not be written (disk full, no access): `regio: kan <bestand> niet schrijven: <reden>`;
// the previous file under that name is left as it was.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitBadInput = 3, ExitWriteFailed = 4 };

// Thrown by a command for a wrong invocation (unknown option value, missing argument): exit 2.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& what) : std::runtime_error(what.toStdString()) {}
};

// Where a command writes: stdout/stderr of the process, or buffers in tests.
struct Io {
    QTextStream& out;
    QTextStream& err;
};

// One subcommand. `run` gets the arguments after the subcommand's name.
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList& args, Io& io)> run;
};

// All subcommands, in the order `regio --help` lists them (defined in commands.cpp).
const std::vector<Command>& commands();

// Entry points: the process one, and one for tests that captures the output.
int run(int argc, char** argv);
int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

// --- helpers shared by the commands -------------------------------------------------------------

// Sets up `parser` with the command's name and --help; parses `args` (which lack the program name).
// Returns false after printing the help text (the command should then return ExitOk).
// Throws UsageError on unknown options or stray positional arguments.
bool parseArguments(QCommandLineParser& parser, const QString& commandName, const QString& description,
                    const QStringList& args, Io& io, bool allowPositional = false);

// The value of --format: one of `allowed` (the first is the default); anything else is a UsageError.
QString formatOption(const QCommandLineParser& parser, const QStringList& allowed);

// Writes `text` to the file named by --out (io::writeFileAtomically: checked to the end), or to
// io.out when not set. Throws io::WriteError naming the file when it cannot be written.
void writeOutput(const QCommandLineParser& parser, const QString& text, Io& io);
// Writes `text` (UTF-8) to `path` atomically; throws naming the file when it cannot be written.
void writeTextFile(const QString& path, const QString& text);

// Spreadsheet output of the table commands (bodies, coverage, lq, economy, growth, agenda):
// --format xlsx (needs --out) and --format excel-csv (UTF-8 with BOM, ';', formula-safe); the
// option --decimal-comma writes 1,5 instead of 1.5 and turns --format csv into excel-csv.
struct SpreadsheetOptions {
    QCommandLineOption decimalComma{QStringLiteral("decimal-comma"),
        QStringLiteral("CSV voor Nederlandse Excel: ';' als scheidingsteken en een decimale komma (1,5); "
                       "maakt van --format csv het formaat excel-csv.")};
};
// The format, with csv turned into excel-csv by --decimal-comma; UsageError for --decimal-comma
// with any format other than csv/excel-csv.
QString spreadsheetFormat(const QCommandLineParser& parser, const QString& format, const SpreadsheetOptions& options);
// Writes `tables` when `format` is xlsx or excel-csv and returns true; false for other formats.
// xlsx without --out is a UsageError (binary output does not go to a terminal). Excel-CSV holds
// one table: the first (the others are for XLSX sheets). Throws io::WriteError.
bool writeSpreadsheet(const QCommandLineParser& parser, const QString& format, const SpreadsheetOptions& options,
                      const std::vector<io::Table>& tables, Io& io);

// CSV field quoting per RFC 4180 (only when needed): the one implementation in core/io/csv.h.
inline QString csvField(const QString& value) { return io::csvField(value); }
// --year of `bodies` and `coverage`: the peiljaar (reference year), kFirstReferenceYear up to the
// current year; nullopt when not given. Throws UsageError for anything else. (Elsewhere --year
// is the year of economic data; these two commands have none.)
std::optional<int> referenceYearOption(const QCommandLineParser& parser, const QCommandLineOption& option);
QCommandLineOption referenceYearCommandOption();

inline QString csvRow(const QStringList& fields) { return io::csvLine(fields); }

// Locale-independent number formatting for machine-readable output (shortest exact form).
QString formatNumber(double value, int significantDigits = 12);

} // namespace regio::cli
