#include "io/csv.h"

#include <QCoreApplication>

#include "io/input_error.h"

#include <QFile>
#include <QLocale>
#include <QStringDecoder>

namespace regio::io {

namespace {

// Chooses ';' when the first non-comment line has more semicolons than commas outside quotes
// (as Dutch spreadsheet exports do), a tab when it has more tabs than either, ',' otherwise.
QChar detectDelimiter(const QString& text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(pos, end - pos); // untrimmed: tabs count
        pos = end + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        bool quoted = false;
        for (QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char(','))
                ++commas;
            else if (!quoted && c == QLatin1Char(';'))
                ++semicolons;
            else if (!quoted && c == QLatin1Char('\t'))
                ++tabs;
        }
        if (tabs > commas && tabs > semicolons)
            return QLatin1Char('\t');
        return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
    }
    return QLatin1Char(',');
}

// After any number of ', one of the characters that start a spreadsheet formula.
bool startsLikeFormula(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= value.size())
        return false;
    const char16_t c = value.at(i).unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isCsvNumber(const QString& value)
{
    bool ok = false;
    QLocale::c().toDouble(value, &ok);
    return ok;
}

// Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows): Latin-1
// except 0x80–0x9F. The five undefined bytes map to 0 and make the decoding fail.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

bool decodeCp1252(const QByteArray& data, QString& text)
{
    text.resize(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto b = quint8(data.at(i));
        const char16_t c = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
        if (c == 0 && b != 0)
            return false;
        text[i] = QChar(c);
    }
    return true;
}

// The text of a CSV file: UTF-8 (optionally with BOM), UTF-16 with a BOM, or — when the bytes are
// not valid UTF-8 — Windows-1252. Throws InputError for UTF-16 without BOM and undecodable bytes.
QString decodeCsvText(const QByteArray& data, const QString& fileName)
{
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff")) {
        QStringDecoder utf16(data.startsWith("\xff\xfe") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        QString text = utf16(data.mid(2));
        if (!utf16.hasError())
            return text;
    }
    // NUL bytes: UTF-16 without a byte-order mark (or not text at all).
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        throw InputError(fileName, lineOfOffset(data, nul),
                         QCoreApplication::translate("regio::io", "bestand is UTF-16 of bevat nul-tekens; sla op als UTF-8 of als "
                                        "CSV (gescheiden door lijstscheidingsteken)"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (!decoder.hasError())
        return text;
    if (decodeCp1252(data, text))
        return text;
    // The first byte Windows-1252 leaves undefined names the line.
    qsizetype bad = 0;
    while (bad < data.size()) {
        const auto b = quint8(data.at(bad));
        if (b >= 0x80 && b < 0xA0 && kCp1252High[b - 0x80] == 0)
            break;
        ++bad;
    }
    throw InputError(fileName, lineOfOffset(data, bad),
                     QCoreApplication::translate("regio::io", "ongeldige tekens: het bestand is geen UTF-8 en geen Windows-1252"));
}

} // namespace

CsvDocument parseCsv(const QByteArray& data, const QString& fileName, QChar delimiter)
{
    QString text = decodeCsvText(data, fileName);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Old Mac line endings (CR only): without any LF, every CR ends a line.
    if (!text.contains(QLatin1Char('\n')))
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    CsvDocument doc;
    doc.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const QChar delim = doc.delimiter;

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // At the start of a physical line: skip comments and blank lines.
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), i);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView physical = QStringView(text).mid(i, lineEnd - i);
        const QStringView trimmed = physical.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            i = lineEnd + 1;
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        QString field;
        bool fieldWasQuoted = false;
        bool done = false;
        while (!done) {
            if (i >= n) {
                record.fields << field;
                done = true;
                break;
            }
            const QChar c = text.at(i);
            if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
                // Quoted field: read up to the closing quote.
                const int quoteLine = line;
                field.clear();
                fieldWasQuoted = true;
                ++i;
                for (;;) {
                    if (i >= n)
                        throw InputError(fileName, quoteLine, QCoreApplication::translate("regio::io", "aanhalingsteken wordt niet gesloten"));
                    const QChar q = text.at(i);
                    if (q == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (q == QLatin1Char('\n'))
                        ++line;
                    if (q != QLatin1Char('\r') || i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                        field += q;
                    ++i;
                }
                // A ' that csvField put before formula text comes off again (exact round trip).
                if (field.startsWith(QLatin1Char('\'')) && startsLikeFormula(field))
                    field.remove(0, 1);
                // After the closing quote only spaces, the delimiter or the end of the line may follow.
                while (i < n && text.at(i) != delim && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
                    ++i;
                if (i < n && text.at(i) != delim && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
                    throw InputError(fileName, line,
                                     QCoreApplication::translate("regio::io", "tekst na een afsluitend aanhalingsteken in veld %1")
                                         .arg(record.fields.size() + 1));
                continue;
            }
            if (c == delim) {
                record.fields << field;
                field.clear();
                fieldWasQuoted = false;
                ++i;
            } else if (c == QLatin1Char('\n')) {
                record.fields << field;
                ++i;
                ++line;
                done = true;
            } else if (c == QLatin1Char('\r')) {
                ++i; // part of CRLF, or a stray CR: ignored
            } else {
                if (fieldWasQuoted)
                    throw InputError(fileName, line,
                                     QCoreApplication::translate("regio::io", "tekst na een afsluitend aanhalingsteken in veld %1")
                                         .arg(record.fields.size() + 1));
                field += c;
                ++i;
            }
        }
        doc.records.push_back(std::move(record));
    }
    return doc;
}

CsvDocument readCsvFile(const QString& path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "kan niet lezen: %1").arg(file.errorString()));
    return parseCsv(file.readAll(), path, delimiter);
}

QString csvField(const QString& value)
{
    // Text a spreadsheet would run as a formula gets a ' in front (OWASP "CSV injection"); the
    // reader takes it off again, so our own round trip is exact. Numbers such as -1.5 stay numbers.
    const bool formula = startsLikeFormula(value) && !isCsvNumber(value);
    // A field starting with '#' (after spaces) would read back as a comment line: quote it.
    const bool hash = value.trimmed().startsWith(QLatin1Char('#'));
    if (!formula && !hash && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char(';'))
        && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\t')))
        return value;
    QString quoted = formula ? QLatin1Char('\'') + value : value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace regio::io
