#pragma once
// One small table abstraction for every table that leaves the app as a spreadsheet: a title, a
// source line, notes, column headers and typed cells (text, number, percentage, year, missing).
// Each analysis or view builds a Table; two writers turn it into a file that Dutch Excel opens
// as intended: XLSX (libxlsxwriter) and "Excel-CSV" (UTF-8 with byte-order mark, ';' between
// fields, optionally a decimal comma, formula-safe text). Both write through writeFileAtomically,
// so a full disk gives a WriteError and never half a file.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace regio::io {

enum class CellKind { Missing, Text, Number, Percentage, Year };

struct TableCell {
    CellKind kind = CellKind::Missing;
    QString text;       // Text: the text
    double value = 0.0; // Number, Percentage (a fraction: 0.125 = 12,5 %), Year
    int decimals = -1;  // Number/Percentage: digits after the decimal sign; -1 = as many as needed
    QString note;       // Missing: why the value is missing ("onderdrukt", "onbekend", …)

    static TableCell fromText(const QString& text);
    static TableCell number(double value, int decimals = -1);
    static TableCell percentage(double fraction, int decimals = 1);
    static TableCell year(int year);
    static TableCell missing(const QString& note = QString());
    // A number when `value` is finite, else missing with `note`.
    static TableCell numberOr(double value, int decimals, const QString& note);
};

struct Table {
    QString title;       // e.g. "Samenwerkingsverbanden — Amsterdam"; also the sheet name (shortened)
    QString sourceLine;  // "Bron: …"
    QStringList notes;   // further lines under the table
    QStringList headers;
    std::vector<std::vector<TableCell>> rows;
    // XLSX: the source and notes on a sheet of their own ("Toelichting …") instead of under the
    // table, so that the sheet holds nothing but the header and the rows and can be read back as
    // is (the registry: docs/registry-format.md, "Rekenblad").
    bool notesOnOwnSheet = false;

    int columnCount() const { return int(headers.size()); }
    // Notes plus, once per distinct reason, what an empty cell means.
    QStringList allNotes() const;
};

struct ExcelCsvOptions {
    bool decimalComma = false; // "1,5" instead of "1.5" (Dutch Excel reads numbers that way)
};

// The Excel-CSV bytes: BOM, the header line, one line per row, then '#'-lines with the source and
// notes (the project's CSV reader skips them as comments). Fields separated by ';', lines end in
// CRLF, text quoted when needed and prefixed with ' when a spreadsheet would read it as a formula
// (io::csvField). Numbers unquoted; percentages as "12.5%" ("12,5%"); missing values empty.
QByteArray excelCsvBytes(const Table& table, const ExcelCsvOptions& options = {});
// Writes excelCsvBytes() atomically. Throws WriteError.
void writeExcelCsv(const QString& path, const Table& table, const ExcelCsvOptions& options = {});

// The XLSX bytes of a workbook with one sheet per table. libxlsxwriter writes into a temporary
// file whose return code and size are checked. Throws WriteError (naming `pathForMessages`).
QByteArray xlsxBytes(const std::vector<Table>& sheets, const QString& pathForMessages = QString());
// Writes xlsxBytes() to `path` atomically. Throws WriteError.
void writeXlsx(const QString& path, const std::vector<Table>& sheets);
inline void writeXlsx(const QString& path, const Table& table) { writeXlsx(path, std::vector<Table>{table}); }

// A valid, unique sheet name from a title: at most 31 characters, none of []:*?/\ , not starting
// or ending with ', not "Geschiedenis"/"History", not one in `taken` (case-insensitive).
QString xlsxSheetName(const QString& title, const QStringList& taken = {});

// A number as the CSV writes it: shortest exact form up to `decimals`, '.' or ','.
QString formatTableNumber(double value, int decimals, bool decimalComma);

namespace testing {
// Tests: the folder in which the XLSX writer makes its temporary workbook ("" = QDir::tempPath()).
QString& xlsxTempFolderOverride();
} // namespace testing

} // namespace regio::io
