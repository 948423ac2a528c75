#include "economy/economy_csv.h"

#include <QCoreApplication>

#include "io/csv.h"
#include "io/spreadsheet.h"
#include "io/input_error.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace regio::economy {

namespace {

using io::CsvDocument;
using io::CsvRecord;

// Bounds on what an importer accepts (issue 11): absurd shapes are refused quickly, before a
// dense matrix is allocated. Real data is far below them (443 sectors × 342 municipalities).
constexpr qint64 kMaxFileBytes = 64ll * 1024 * 1024; // parsing takes up to ~30 bytes per byte
constexpr qsizetype kMaxCodes = 20'000;          // distinct regions or sectors
constexpr quint64 kMaxCells = 50'000'000;        // rows × columns of the dense matrix (400 MB)
constexpr quint64 kMinCellsPerLine = 1'000'000;  // below this, any density is fine
constexpr quint64 kMaxCellsPerLine = 1'000;      // above the minimum: cells per data line
constexpr double kMaxAbsValue = 1e15;            // any value: sums of 50M of them stay finite

// What a value means, for messages: "werkgelegenheid" for sector 10 in regio CR01.
struct ValueKind {
    QString noun;          // werkgelegenheid / baanwisselingen / verwantschap
    QString rowWord;       // regio / sector (herkomst)
    QString colWord;       // sector / sector (bestemming)
    bool allowNegative = false;
    bool allowUnknown = false;  // an empty cell is unknown (NaN), e.g. a cell CBS suppressed
};

QString cell(const CsvRecord& rec, qsizetype k) { return rec.fields.value(k).trimmed(); }

bool headerIs(const QString& field, std::initializer_list<const char*> names)
{
    const QString f = field.trimmed().toLower();
    for (const char* n : names)
        if (f == QLatin1String(n))
            return true;
    return false;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "kan niet lezen: %1").arg(file.errorString()));
    // Parsed CSV takes tens of bytes per field: refuse before reading what cannot be held.
    if (file.size() > kMaxFileBytes)
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "bestand is %1 MB; de grens voor economische gegevens is %2 MB")
                                              .arg(file.size() / (1024 * 1024))
                                              .arg(kMaxFileBytes / (1024 * 1024)));
    return file.readAll();
}

const CsvRecord& requireHeader(const CsvDocument& doc, const QString& file)
{
    if (doc.records.empty())
        throw InputError(file, 1, QCoreApplication::translate("regio::economy", "leeg bestand: kopregel en gegevens ontbreken"));
    if (doc.records.size() < 2)
        throw InputError(file, doc.records.front().line, QCoreApplication::translate("regio::economy", "geen gegevens na de kopregel"));
    return doc.records.front();
}

void requireFieldCount(const CsvRecord& rec, qsizetype expected, const QString& file)
{
    if (rec.fields.size() != expected)
        throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "regel heeft %1 velden, de kopregel %2")
                                             .arg(rec.fields.size())
                                             .arg(expected));
}

double parseValue(const QString& raw, const CsvDocument& doc, const CsvRecord& rec, const QString& file,
                  const ValueKind& kind, const QString& rowCode, const QString& colCode)
{
    QString text = raw.trimmed();
    const QString where = QCoreApplication::translate("regio::economy", "voor %1 %2 in %3 %4").arg(kind.colWord, colCode, kind.rowWord, rowCode);
    if (text.isEmpty()) {
        if (kind.allowUnknown)
            return std::numeric_limits<double>::quiet_NaN();
        throw InputError(file, rec.line, QStringLiteral("lege %1 %2").arg(kind.noun, where));
    }
    if (doc.delimiter == QLatin1Char(';')) {
        // A ';' file is a Dutch spreadsheet's: ',' is the decimal mark and '.' followed by groups of
        // exactly three digits separates thousands ("1.234" = 1234, "1.234.567,5").
        static const QRegularExpression grouped(QStringLiteral("^[+-]?[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]*)?$"));
        if (text.contains(QLatin1Char('.')) && grouped.match(text).hasMatch())
            text.remove(QLatin1Char('.'));
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "ongeldige %1 '%2' %3 (geen getal)").arg(kind.noun, raw.trimmed(), where));
    // Far beyond any real count; keeps sums and products finite (no nan/inf in the output).
    if (std::abs(v) > kMaxAbsValue)
        throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "onwaarschijnlijk grote %1 %2 %3 (grens 10^15)")
                                             .arg(kind.noun, raw.trimmed(), where));
    if (v < 0.0 && !kind.allowNegative)
        throw InputError(file, rec.line, QStringLiteral("negatieve %1 %2 %3").arg(kind.noun, raw.trimmed(), where));
    return v;
}

void checkKnown(const QSet<QString>& known, const QString& code, const QString& word, const QString& file, int line)
{
    if (!known.isEmpty() && !known.contains(code))
        throw InputError(file, line, QStringLiteral("onbekende %1 %2").arg(word, code));
}

// Wide: header `<first>,<codes…>`. `square` = rows are codes of the header (flows, relatedness).
Matrix parseWide(const CsvDocument& doc, const QString& file, const ValueKind& kind, bool square,
                 const QStringList& knownRowList, const QStringList& knownColList)
{
    // Sets: a long file checks every line against a few hundred known codes.
    const QSet<QString> knownRows(knownRowList.cbegin(), knownRowList.cend());
    const QSet<QString> knownCols(knownColList.cbegin(), knownColList.cend());
    const CsvRecord& header = doc.records.front();
    QStringList cols;
    QHash<QString, qsizetype> colIndex;
    for (qsizetype k = 1; k < header.fields.size(); ++k) {
        const QString code = cell(header, k);
        if (code.isEmpty())
            throw InputError(file, header.line, QCoreApplication::translate("regio::economy", "lege sectorcode in kolom %1 van de kopregel").arg(k + 1));
        if (colIndex.contains(code))
            throw InputError(file, header.line, QCoreApplication::translate("regio::economy", "sector %1 staat twee keer in de kopregel (kolom %2 en %3)")
                                                    .arg(code)
                                                    .arg(colIndex.value(code) + 2)
                                                    .arg(k + 1));
        checkKnown(knownCols, code, QStringLiteral("sector"), file, header.line);
        colIndex.insert(code, cols.size());
        cols << code;
    }
    if (cols.isEmpty())
        throw InputError(file, header.line, QCoreApplication::translate("regio::economy", "kopregel bevat geen sectorcodes"));
    if (cols.size() > kMaxCodes)
        throw InputError(file, header.line, QCoreApplication::translate("regio::economy", "kopregel heeft %1 sectorcodes; de grens is %2")
                                                .arg(cols.size()).arg(kMaxCodes));

    QStringList rowCodes;
    QHash<QString, int> rowLine;
    std::vector<std::vector<double>> values;
    for (std::size_t r = 1; r < doc.records.size(); ++r) {
        const CsvRecord& rec = doc.records[r];
        requireFieldCount(rec, header.fields.size(), file);
        const QString code = cell(rec, 0);
        if (code.isEmpty())
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "lege %1code in kolom '%2'").arg(kind.rowWord, cell(header, 0)));
        if (rowLine.contains(code))
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "%1 %2 komt twee keer voor (ook op regel %3)")
                                                 .arg(kind.rowWord, code)
                                                 .arg(rowLine.value(code)));
        if (square && !colIndex.contains(code))
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "onbekende sector %1 in kolom '%2': staat niet in de kopregel")
                                                 .arg(code, cell(header, 0)));
        checkKnown(knownRows, code, kind.rowWord, file, rec.line);
        if (rowCodes.size() >= kMaxCodes || quint64(rowCodes.size() + 1) * quint64(cols.size()) > kMaxCells)
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "te veel regels: meer dan %1 codes of %2 cellen")
                                                 .arg(kMaxCodes).arg(kMaxCells));
        rowLine.insert(code, rec.line);
        std::vector<double> row(std::size_t(cols.size()));
        for (qsizetype k = 0; k < cols.size(); ++k)
            row[std::size_t(k)] = parseValue(rec.fields.at(k + 1), doc, rec, file, kind, code, cols.at(k));
        rowCodes << code;
        values.push_back(std::move(row));
    }
    if (!square) {
        Matrix m(rowCodes, cols);
        for (std::size_t r = 0; r < values.size(); ++r)
            for (std::size_t c = 0; c < values[r].size(); ++c)
                m(r, c) = values[r][c];
        return m;
    }
    Matrix m(cols, cols);
    for (qsizetype r = 0; r < rowCodes.size(); ++r) {
        const std::size_t target = std::size_t(colIndex.value(rowCodes.at(r)));
        for (std::size_t c = 0; c < values[std::size_t(r)].size(); ++c)
            m(target, c) = values[std::size_t(r)][c];
    }
    return m;
}

// Long: header `<row>,<col>,value`. `square` = both columns hold sector codes.
Matrix parseLong(const CsvDocument& doc, const QString& file, const ValueKind& kind, bool square,
                 const QStringList& knownRowList, const QStringList& knownColList)
{
    // Sets: a long file checks every line against a few hundred known codes.
    const QSet<QString> knownRows(knownRowList.cbegin(), knownRowList.cend());
    const QSet<QString> knownCols(knownColList.cbegin(), knownColList.cend());
    const CsvRecord& header = doc.records.front();
    QStringList rows;
    QStringList cols;
    QHash<QString, qsizetype> rowIndex;
    QHash<QString, qsizetype> colIndex;
    struct Entry {
        qsizetype r;
        qsizetype c;
        double v;
    };
    std::vector<Entry> entries;
    QHash<QString, int> seen;
    auto add = [](QStringList& list, QHash<QString, qsizetype>& index, const QString& code) {
        auto it = index.find(code);
        if (it != index.end())
            return it.value();
        index.insert(code, list.size());
        list << code;
        return list.size() - 1;
    };
    // Grows the dense shape by one code; refuses absurd shapes at the line that makes them so.
    auto checkShape = [&](const CsvRecord& rec) {
        const qsizetype nRows = square ? cols.size() : rows.size();
        if (nRows > kMaxCodes || cols.size() > kMaxCodes)
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "meer dan %1 verschillende codes in kolom '%2': dat is "
                                                            "vermoedelijk een fout in het bestand")
                                                 .arg(kMaxCodes)
                                                 .arg(cell(header, nRows > kMaxCodes ? 0 : 1)));
        const quint64 cells = quint64(nRows) * quint64(cols.size());
        if (cells > kMaxCells)
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "%1 × %2 codes geeft een tabel van %3 cellen; de grens is %4")
                                                 .arg(nRows).arg(cols.size()).arg(cells).arg(kMaxCells));
    };
    for (std::size_t k = 1; k < doc.records.size(); ++k) {
        const CsvRecord& rec = doc.records[k];
        requireFieldCount(rec, 3, file);
        const QString rowCode = cell(rec, 0);
        const QString colCode = cell(rec, 1);
        if (rowCode.isEmpty())
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "lege code in kolom '%1'").arg(cell(header, 0)));
        if (colCode.isEmpty())
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "lege code in kolom '%1'").arg(cell(header, 1)));
        checkKnown(knownRows, rowCode, kind.rowWord, file, rec.line);
        checkKnown(knownCols, colCode, QStringLiteral("sector"), file, rec.line);
        const QString key = rowCode + QChar(0x1F) + colCode;
        if (seen.contains(key))
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "combinatie %1 %2 / sector %3 komt twee keer voor (ook op regel %4)")
                                                 .arg(kind.rowWord, rowCode, colCode)
                                                 .arg(seen.value(key)));
        seen.insert(key, rec.line);
        const double v = parseValue(rec.fields.at(2), doc, rec, file, kind, rowCode, colCode);
        if (square) {
            const qsizetype r = add(cols, colIndex, rowCode);
            const qsizetype c = add(cols, colIndex, colCode);
            entries.push_back({r, c, v});
        } else {
            const qsizetype r = add(rows, rowIndex, rowCode);
            const qsizetype c = add(cols, colIndex, colCode);
            entries.push_back({r, c, v});
        }
        checkShape(rec);
    }
    // A long file names each cell on its own line; a table far larger than the lines that fill it
    // is almost all zeros made up by distinct codes (a hostile or broken file).
    const quint64 nRows = quint64(square ? cols.size() : rows.size());
    const quint64 cells = nRows * quint64(cols.size());
    if (cells > kMinCellsPerLine && cells > kMaxCellsPerLine * quint64(entries.size()))
        throw InputError(file, doc.records.back().line,
                         QCoreApplication::translate("regio::economy", "%1 × %2 codes geeft %3 cellen voor maar %4 gegevensregels; "
                                        "controleer de codes in de eerste twee kolommen")
                             .arg(nRows).arg(cols.size()).arg(cells).arg(entries.size()));
    Matrix m = square ? Matrix(cols, cols) : Matrix(rows, cols);
    for (const Entry& e : entries)
        m(std::size_t(e.r), std::size_t(e.c)) = e.v;
    return m;
}

} // namespace

Matrix parseEmployment(const QByteArray& data, const QString& file, const ImportOptions& options)
{
    return parseEmployment(io::parseCsv(data, file), file, options);
}

Matrix parseEmployment(const io::CsvDocument& doc, const QString& file, const ImportOptions& options)
{
    const CsvRecord& header = requireHeader(doc, file);
    const ValueKind kind{QStringLiteral("werkgelegenheid"), QStringLiteral("regio"), QStringLiteral("sector"), false, true};
    if (!headerIs(header.fields.value(0), {"region", "regio"}))
        throw InputError(file, header.line,
                         QCoreApplication::translate("regio::economy", "kopregel moet beginnen met 'region' (breed: region,<sectorcodes…>; "
                                        "lang: region,sector,value), niet '%1'")
                             .arg(cell(header, 0)));
    if (header.fields.size() == 3 && headerIs(header.fields.at(1), {"sector"})
        && headerIs(header.fields.at(2), {"value", "waarde"}))
        return parseLong(doc, file, kind, false, options.knownRegions, options.knownSectors);
    return parseWide(doc, file, kind, false, options.knownRegions, options.knownSectors);
}

Matrix readEmployment(const QString& path, const ImportOptions& options)
{
    if (io::isSpreadsheetPath(path)) {
        const io::SheetTable table = io::readSpreadsheet(path);
        return parseEmployment(table.document, table.sourceName, options);
    }
    return parseEmployment(readAll(path), path, options);
}

Matrix parseFlows(const QByteArray& data, const QString& file, const ImportOptions& options)
{
    return parseFlows(io::parseCsv(data, file), file, options);
}

Matrix parseFlows(const io::CsvDocument& doc, const QString& file, const ImportOptions& options)
{
    const CsvRecord& header = requireHeader(doc, file);
    const ValueKind kind{QStringLiteral("baanwisselingen"), QStringLiteral("sector"), QStringLiteral("sector"), false};
    if (!headerIs(header.fields.value(0), {"from", "van"}))
        throw InputError(file, header.line,
                         QCoreApplication::translate("regio::economy", "kopregel moet beginnen met 'from' (breed: from,<sectorcodes…>; "
                                        "lang: from,to,value), niet '%1'")
                             .arg(cell(header, 0)));
    if (header.fields.size() == 3 && headerIs(header.fields.at(1), {"to", "naar"})
        && headerIs(header.fields.at(2), {"value", "waarde"}))
        return parseLong(doc, file, kind, true, options.knownSectors, options.knownSectors);
    return parseWide(doc, file, kind, true, options.knownSectors, options.knownSectors);
}

Matrix readFlows(const QString& path, const ImportOptions& options)
{
    if (io::isSpreadsheetPath(path)) {
        const io::SheetTable table = io::readSpreadsheet(path);
        return parseFlows(table.document, table.sourceName, options);
    }
    return parseFlows(readAll(path), path, options);
}

Matrix parseRelatedness(const QByteArray& data, const QString& file, const ImportOptions& options)
{
    return parseRelatedness(io::parseCsv(data, file), file, options);
}

Matrix parseRelatedness(const io::CsvDocument& doc, const QString& file, const ImportOptions& options)
{
    const CsvRecord& header = requireHeader(doc, file);
    const ValueKind kind{QStringLiteral("verwantschap"), QStringLiteral("sector"), QStringLiteral("sector"), true};
    if (!headerIs(header.fields.value(0), {"sector"}))
        throw InputError(file, header.line,
                         QCoreApplication::translate("regio::economy", "kopregel moet beginnen met 'sector' (sector,<sectorcodes…>), niet '%1'")
                             .arg(cell(header, 0)));
    return parseWide(doc, file, kind, true, options.knownSectors, options.knownSectors);
}

Matrix readRelatedness(const QString& path, const ImportOptions& options)
{
    if (io::isSpreadsheetPath(path)) {
        const io::SheetTable table = io::readSpreadsheet(path);
        return parseRelatedness(table.document, table.sourceName, options);
    }
    return parseRelatedness(readAll(path), path, options);
}

std::vector<SectorInfo> parseSectorTable(const QByteArray& data, const QString& file)
{
    const CsvDocument doc = io::parseCsv(data, file);
    const CsvRecord& header = requireHeader(doc, file);
    if (header.fields.size() != 4 || !headerIs(header.fields.at(0), {"code"}) || !headerIs(header.fields.at(1), {"name", "naam"})
        || !headerIs(header.fields.at(2), {"section", "sectie"}) || !headerIs(header.fields.at(3), {"section_name", "sectienaam"}))
        throw InputError(file, header.line, QCoreApplication::translate("regio::economy", "kopregel moet 'code,name,section,section_name' zijn"));
    std::vector<SectorInfo> out;
    QHash<QString, int> seen;
    for (std::size_t k = 1; k < doc.records.size(); ++k) {
        const CsvRecord& rec = doc.records[k];
        requireFieldCount(rec, 4, file);
        SectorInfo s{cell(rec, 0), cell(rec, 1), cell(rec, 2), cell(rec, 3)};
        if (s.code.isEmpty())
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "lege sectorcode"));
        if (seen.contains(s.code))
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "sector %1 komt twee keer voor (ook op regel %2)").arg(s.code).arg(seen.value(s.code)));
        seen.insert(s.code, rec.line);
        out.push_back(s);
    }
    return out;
}

std::vector<RegionInfo> parseRegionTable(const QByteArray& data, const QString& file)
{
    const CsvDocument doc = io::parseCsv(data, file);
    const CsvRecord& header = requireHeader(doc, file);
    if (header.fields.size() != 2 || !headerIs(header.fields.at(0), {"code"}) || !headerIs(header.fields.at(1), {"name", "naam"}))
        throw InputError(file, header.line, QCoreApplication::translate("regio::economy", "kopregel moet 'code,name' zijn"));
    std::vector<RegionInfo> out;
    QHash<QString, int> seen;
    for (std::size_t k = 1; k < doc.records.size(); ++k) {
        const CsvRecord& rec = doc.records[k];
        requireFieldCount(rec, 2, file);
        RegionInfo r{cell(rec, 0), cell(rec, 1)};
        if (r.code.isEmpty())
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "lege regiocode"));
        if (seen.contains(r.code))
            throw InputError(file, rec.line, QCoreApplication::translate("regio::economy", "regio %1 komt twee keer voor (ook op regel %2)").arg(r.code).arg(seen.value(r.code)));
        seen.insert(r.code, rec.line);
        out.push_back(r);
    }
    return out;
}

QString matrixToCsv(const Matrix& m, const QString& corner, const QStringList& commentLines)
{
    const auto field = [](const QString& v) { return io::csvField(v); };
    QString out;
    for (const QString& c : commentLines)
        out += QStringLiteral("# ") + c + QLatin1Char('\n');
    out += field(corner);
    for (const QString& c : m.colLabels())
        out += QLatin1Char(',') + field(c);
    out += QLatin1Char('\n');
    for (std::size_t r = 0; r < m.rows(); ++r) {
        out += field(m.rowLabels().value(qsizetype(r)));
        for (std::size_t c = 0; c < m.cols(); ++c) {
            const double v = m(r, c);
            out += QLatin1Char(',') + (v == 0.0 ? QStringLiteral("0") : QString::number(v, 'g', QLocale::FloatingPointShortest));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace regio::economy
