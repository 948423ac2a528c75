#pragma once
// A small CSV reader for the importers: RFC 4180 quoting ("" inside quotes, line breaks inside
// quoted fields), ',' ';' or tab as delimiter (detected from the first record), lines starting with
// '#' as comments, blank lines skipped, LF, CRLF or CR-only line ends. Encodings: UTF-8 with an
// optional byte-order mark, UTF-16 with a byte-order mark, and Windows-1252 for bytes that are not
// UTF-8 (Excel's Dutch CSV); UTF-16 without a mark is refused with a message that says so. Every
// record keeps the 1-based line number it starts on, so importers can report `file:line: reason`.
#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace regio::io {

struct CsvRecord {
    int line = 0;        // 1-based line on which the record starts
    QStringList fields;  // raw field values (quotes removed, not trimmed)
};

struct CsvDocument {
    QChar delimiter = QLatin1Char(',');
    std::vector<CsvRecord> records;  // the header is records.front() when present
};

// Parses `data`; `fileName` is only used in error messages. Throws regio::InputError for bytes
// that no supported encoding explains, an unterminated quoted field or text after a closing quote. `delimiter` QChar() = detect.
CsvDocument parseCsv(const QByteArray& data, const QString& fileName, QChar delimiter = QChar());

// Reads and parses a file (also Qt resource paths such as ":/data/x.csv"). Throws InputError when
// the file cannot be opened.
CsvDocument readCsvFile(const QString& path, QChar delimiter = QChar());

// Writing: a field quoted per RFC 4180 only when needed, and a ','-separated line ending in '\n'.
// Also quoted: a field starting with '#' (else it reads back as a comment). Text that a
// spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, and not a number) is
// written as "'=…" (OWASP); parseCsv removes that ' from a quoted field, so the round trip is exact.
QString csvField(const QString& value);
QString csvLine(const QStringList& fields);

} // namespace regio::io
