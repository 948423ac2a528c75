#include "io/csv.h"

#include "io/input_error.h"

#include <QFile>
#include <QStringDecoder>

namespace regio::io {

namespace {

// Chooses ';' when the first non-comment line has more semicolons than commas outside quotes
// (as Dutch spreadsheet exports do), ',' otherwise.
QChar detectDelimiter(const QString& text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        for (QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char(','))
                ++commas;
            else if (!quoted && c == QLatin1Char(';'))
                ++semicolons;
        }
        return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
    }
    return QLatin1Char(',');
}

} // namespace

CsvDocument parseCsv(const QByteArray& data, const QString& fileName, QChar delimiter)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        // Find the first line with invalid UTF-8 for the message.
        int line = 1;
        qsizetype start = 0;
        while (start <= data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(probe(data.mid(start, end - start)));
            if (probe.hasError())
                break;
            ++line;
            start = end + 1;
        }
        throw InputError(fileName, line, QStringLiteral("ongeldige tekens: het bestand is geen UTF-8"));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

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
                        throw InputError(fileName, quoteLine, QStringLiteral("aanhalingsteken wordt niet gesloten"));
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
                // After the closing quote only spaces, the delimiter or the end of the line may follow.
                while (i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
                    ++i;
                if (i < n && text.at(i) != delim && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
                    throw InputError(fileName, line,
                                     QStringLiteral("tekst na een afsluitend aanhalingsteken in veld %1")
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
                                     QStringLiteral("tekst na een afsluitend aanhalingsteken in veld %1")
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
        throw InputError(path, QString(), QStringLiteral("kan niet lezen: %1").arg(file.errorString()));
    return parseCsv(file.readAll(), path, delimiter);
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
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
