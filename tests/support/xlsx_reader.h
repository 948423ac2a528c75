#pragma once
// Reads back what the XLSX writer produced, independently of libxlsxwriter: a minimal zip reader
// (central directory + zlib raw inflate) and the sheet XML parsed with QXmlStreamReader into cells
// with their type (shared string, inline string, number) and style index.
#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <zlib.h>

#include <cstdint>

namespace regio::test {

inline quint32 le32(const QByteArray& b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
           | quint32(quint8(b[at + 3])) << 24;
}
inline quint16 le16(const QByteArray& b, qsizetype at) { return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8); }

// File name → uncompressed bytes; empty map when the archive is not readable.
inline QMap<QString, QByteArray> unzip(const QByteArray& zip)
{
    QMap<QString, QByteArray> files;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return files;
    const int entries = le16(zip, eocd + 10);
    qsizetype at = le32(zip, eocd + 16);
    for (int e = 0; e < entries; ++e) {
        if (at + 46 > zip.size() || zip.mid(at, 4) != QByteArray("PK\x01\x02", 4))
            return {};
        const int method = le16(zip, at + 10);
        const quint32 csize = le32(zip, at + 20);
        const quint32 usize = le32(zip, at + 24);
        const int nameLen = le16(zip, at + 28);
        const int extraLen = le16(zip, at + 30);
        const int commentLen = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLen));
        at += 46 + nameLen + extraLen + commentLen;
        if (local + 30 > zip.size())
            return {};
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray compressed = zip.mid(data, csize);
        if (method == 0) {
            files.insert(name, compressed);
            continue;
        }
        QByteArray out(qsizetype(usize), '\0');
        z_stream s{};
        if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
            return {};
        s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
        s.avail_in = uInt(compressed.size());
        s.next_out = reinterpret_cast<Bytef*>(out.data());
        s.avail_out = uInt(out.size());
        const int rc = inflate(&s, Z_FINISH);
        inflateEnd(&s);
        if (rc != Z_STREAM_END || s.total_out != usize)
            return {};
        files.insert(name, out);
    }
    return files;
}

struct XlsxCell {
    QString type;  // "s" shared string, "n" number (no t attribute), "str", "inlineStr", "b"
    QString text;  // the string, or the number as written in <v>
    int style = 0; // index into cellXfs
    double number() const { return text.toDouble(); }
};

struct XlsxSheet {
    QString name;
    QHash<QString, XlsxCell> cells; // "A1" → cell
    QByteArray xml;
    bool has(const QString& ref) const { return cells.contains(ref); }
    XlsxCell at(const QString& ref) const { return cells.value(ref); }
};

struct XlsxBook {
    QMap<QString, QByteArray> files;
    QStringList sharedStrings;
    QList<XlsxSheet> sheets;
    QStringList numberFormats; // format code per cellXfs index ("" = built-in)
    QList<bool> boldStyles;    // per cellXfs index
};

inline QString xmlText(QXmlStreamReader& x, const QString& endElement)
{
    QString text;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isCharacters())
            text += x.text();
        else if (x.isEndElement() && x.name() == endElement)
            break;
    }
    return text;
}

inline XlsxBook readXlsx(const QByteArray& bytes)
{
    XlsxBook book;
    book.files = unzip(bytes);
    {
        QXmlStreamReader x(book.files.value(QStringLiteral("xl/sharedStrings.xml")));
        while (!x.atEnd())
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("si"))
                book.sharedStrings << xmlText(x, QStringLiteral("si"));
    }
    {
        // Styles: custom number formats and fonts, then cellXfs.
        QXmlStreamReader x(book.files.value(QStringLiteral("xl/styles.xml")));
        QHash<int, QString> formats;
        QList<bool> fontBold;
        bool inFonts = false, inXfs = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                if (x.name() == QLatin1String("numFmt"))
                    formats.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                                   x.attributes().value(QLatin1String("formatCode")).toString());
                else if (x.name() == QLatin1String("fonts"))
                    inFonts = true;
                else if (inFonts && x.name() == QLatin1String("font"))
                    fontBold << false;
                else if (inFonts && x.name() == QLatin1String("b"))
                    fontBold.last() = true;
                else if (x.name() == QLatin1String("cellXfs"))
                    inXfs = true;
                else if (inXfs && x.name() == QLatin1String("xf")) {
                    const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                    book.numberFormats << (formats.contains(id) ? formats.value(id) : id == 0 ? QString() : QString::number(id));
                    book.boldStyles << fontBold.value(x.attributes().value(QLatin1String("fontId")).toInt());
                }
            } else if (x.isEndElement()) {
                if (x.name() == QLatin1String("fonts"))
                    inFonts = false;
                else if (x.name() == QLatin1String("cellXfs"))
                    inXfs = false;
            }
        }
    }
    QStringList names;
    {
        QXmlStreamReader x(book.files.value(QStringLiteral("xl/workbook.xml")));
        while (!x.atEnd())
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("sheet"))
                names << x.attributes().value(QLatin1String("name")).toString();
    }
    for (int i = 0; i < names.size(); ++i) {
        XlsxSheet sheet;
        sheet.name = names[i];
        sheet.xml = book.files.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        QXmlStreamReader x(sheet.xml);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement || x.name() != QLatin1String("c"))
                continue;
            XlsxCell cell;
            const QString ref = x.attributes().value(QLatin1String("r")).toString();
            cell.type = x.attributes().hasAttribute(QLatin1String("t")) ? x.attributes().value(QLatin1String("t")).toString()
                                                                         : QStringLiteral("n");
            cell.style = x.attributes().value(QLatin1String("s")).toInt();
            const QString v = xmlText(x, QStringLiteral("c"));
            cell.text = cell.type == QLatin1String("s") ? book.sharedStrings.value(v.toInt()) : v;
            sheet.cells.insert(ref, cell);
        }
        book.sheets << sheet;
    }
    return book;
}

} // namespace regio::test
