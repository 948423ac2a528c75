#pragma once
// Spreadsheets (XLSX, ODS) read through GDAL's spreadsheet drivers into the same records the CSV
// reader gives, so every CSV importer validates a sheet exactly like a CSV file. A record's
// `line` is the row number in the sheet (1-based, as the spreadsheet program shows it); the
// importers report `file:sheet:row: reason` by naming the source "file:sheet" (see `sourceName`).
// Cells are read as their stored text: a number cell gives "1234.5" ('.' decimal point), so
// the records carry the ',' delimiter. Empty rows are skipped like blank lines.
// No GDAL header here: GDAL stays inside spreadsheet.cpp.
#include "io/csv.h"

#include <QString>
#include <QStringList>

namespace regio::io {

// True for the suffixes read as spreadsheets: .xlsx and .ods (case-insensitive).
bool isSpreadsheetPath(const QString& path);

// File-dialog filter fragment: "*.xlsx *.ods".
QString spreadsheetFilePatterns();

struct SheetTable {
    QString sheet;       // the sheet's name
    QString sourceName;  // "file:sheet", the file name importers put in their messages
    CsvDocument document;
};

// The names of the sheets in order. Throws regio::InputError when the file cannot be read.
QStringList spreadsheetSheetNames(const QString& path);

// Reads one sheet; an empty `sheet` means the first sheet that has any filled cell. Throws
// regio::InputError for a file GDAL cannot open as a spreadsheet, a missing sheet, or a
// workbook whose sheets are all empty.
SheetTable readSpreadsheet(const QString& path, const QString& sheet = QString());

} // namespace regio::io
