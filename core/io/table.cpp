#include "io/table.h"

#include "io/csv.h"
#include "io/safe_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace regio::io {

namespace {

// Text without the control characters XML refuses (tab and line break stay).
QString cleanText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n'))
            out += c;
    return out;
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

TableCell TableCell::fromText(const QString& text)
{
    TableCell c;
    c.kind = CellKind::Text;
    c.text = text;
    return c;
}

TableCell TableCell::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    TableCell c;
    c.kind = CellKind::Number;
    c.value = value;
    c.decimals = decimals;
    return c;
}

TableCell TableCell::percentage(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return missing();
    TableCell c;
    c.kind = CellKind::Percentage;
    c.value = fraction;
    c.decimals = decimals;
    return c;
}

TableCell TableCell::year(int year)
{
    TableCell c;
    c.kind = CellKind::Year;
    c.value = year;
    c.decimals = 0;
    return c;
}

TableCell TableCell::missing(const QString& note)
{
    TableCell c;
    c.kind = CellKind::Missing;
    c.note = note;
    return c;
}

TableCell TableCell::numberOr(double value, int decimals, const QString& note)
{
    return std::isfinite(value) ? number(value, decimals) : missing(note);
}

QStringList Table::allNotes() const
{
    QStringList out = notes;
    QStringList reasons;
    for (const auto& row : rows)
        for (const TableCell& c : row)
            if (c.kind == CellKind::Missing && !c.note.isEmpty() && !reasons.contains(c.note))
                reasons << c.note;
    for (const QString& r : reasons)
        out << QCoreApplication::translate("regio::io::Table", "Lege cel: %1").arg(r);
    return out;
}

QString formatTableNumber(double value, int decimals, bool decimalComma)
{
    QString s;
    if (decimals >= 0) {
        s = QString::number(value, 'f', decimals);
    } else {
        s = QString::number(value, 'f', 10);
        if (s.contains(QLatin1Char('.'))) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
        }
    }
    // "-0", "-0.00": a value that rounds to zero has no sign.
    if (s.startsWith(QLatin1Char('-')) && s.count(QLatin1Char('0')) + s.count(QLatin1Char('.')) == s.size() - 1)
        s.remove(0, 1);
    if (decimalComma)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

// --- Excel-CSV ----------------------------------------------------------------------------------

namespace {

QString csvCell(const TableCell& c, const ExcelCsvOptions& options)
{
    switch (c.kind) {
    case CellKind::Missing:
        return QString();
    case CellKind::Text:
        return csvField(c.text);
    case CellKind::Number:
        return formatTableNumber(c.value, c.decimals, options.decimalComma);
    case CellKind::Percentage:
        return formatTableNumber(c.value * 100.0, c.decimals, options.decimalComma) + QLatin1Char('%');
    case CellKind::Year:
        return QString::number(qint64(std::llround(c.value)));
    }
    return QString();
}

} // namespace

QByteArray excelCsvBytes(const Table& table, const ExcelCsvOptions& options)
{
    const QString sep = QStringLiteral(";");
    const QString eol = QStringLiteral("\r\n");
    QString text;
    QStringList header;
    for (const QString& h : table.headers)
        header << csvField(oneLine(h));
    text += header.join(sep) + eol;
    for (const auto& row : table.rows) {
        QStringList fields;
        for (int col = 0; col < table.columnCount(); ++col)
            fields << (size_t(col) < row.size() ? csvCell(row[size_t(col)], options) : QString());
        text += fields.join(sep) + eol;
    }
    QStringList lines;
    if (!table.title.isEmpty())
        lines << table.title;
    if (!table.sourceLine.isEmpty())
        lines << table.sourceLine;
    lines << table.allNotes();
    for (const QString& l : lines)
        text += QStringLiteral("# ") + oneLine(l) + eol;
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

void writeExcelCsv(const QString& path, const Table& table, const ExcelCsvOptions& options)
{
    writeFileAtomically(path, excelCsvBytes(table, options));
}

// --- XLSX ---------------------------------------------------------------------------------------

QString xlsxSheetName(const QString& title, const QStringList& taken)
{
    QString name = cleanText(title);
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\\\t\\n]"));
    name.replace(forbidden, QStringLiteral(" "));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty() || name.compare(QLatin1String("history"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("geschiedenis"), Qt::CaseInsensitive) == 0)
        name = QCoreApplication::translate("regio::io::Table", "Tabel");
    const auto isTaken = [&taken](const QString& n) {
        return std::any_of(taken.begin(), taken.end(),
                           [&n](const QString& t) { return t.compare(n, Qt::CaseInsensitive) == 0; });
    };
    const auto shorten = [](QString n, int max) {
        if (n.size() > max) {
            n.truncate(max);
            // Never cut a surrogate pair in half.
            if (!n.isEmpty() && n.back().isHighSurrogate())
                n.chop(1);
            n = n.trimmed();
            while (n.endsWith(QLatin1Char('\'')))
                n.chop(1);
        }
        return n;
    };
    QString candidate = shorten(name, 31);
    for (int i = 2; isTaken(candidate); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        candidate = shorten(name, 31 - int(suffix.size())) + suffix;
    }
    return candidate;
}

namespace testing {
QString& xlsxTempFolderOverride()
{
    static QString folder;
    return folder;
}
} // namespace testing

namespace {

QString xlsxFailure(lxw_error error)
{
    return error == LXW_ERROR_CREATING_TMPFILE || error == LXW_ERROR_ZIP_FILE_OPERATION
                   || error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_ZIP_CLOSE
               ? QCoreApplication::translate("regio::io::Table", "werkmap vol of niet schrijfbaar (%1)").arg(QString::fromUtf8(lxw_strerror(error)))
               : QCoreApplication::translate("regio::io::Table", "Excel-bestand opmaken mislukt (%1)").arg(QString::fromUtf8(lxw_strerror(error)));
}

QString numberFormat(const TableCell& c)
{
    const QString digits = c.decimals > 0 ? QStringLiteral(".") + QString(c.decimals, QLatin1Char('0')) : QString();
    switch (c.kind) {
    case CellKind::Percentage:
        return QStringLiteral("0") + (c.decimals < 0 ? QStringLiteral(".0") : digits) + QLatin1Char('%');
    case CellKind::Year:
        return QStringLiteral("0");
    case CellKind::Number:
        return c.decimals < 0 ? QStringLiteral("General") : QStringLiteral("#,##0") + digits;
    default:
        return QString();
    }
}

int displayWidth(const TableCell& c)
{
    switch (c.kind) {
    case CellKind::Text: {
        int widest = 0;
        for (const QString& line : c.text.split(QLatin1Char('\n')))
            widest = std::max(widest, int(line.size()));
        return widest;
    }
    case CellKind::Number:
    case CellKind::Percentage:
        return int(formatTableNumber(c.kind == CellKind::Percentage ? c.value * 100 : c.value, c.decimals, true).size()) + 2;
    case CellKind::Year:
        return 4;
    case CellKind::Missing:
        return 0;
    }
    return 0;
}

// Builds the workbook at `file`; returns "" or the reason.
QString buildWorkbook(const QString& file, const QString& tmpFolder, const std::vector<Table>& sheets)
{
    const QByteArray fileName = QFile::encodeName(file);
    QByteArray tmpdir = QFile::encodeName(tmpFolder);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return QCoreApplication::translate("regio::io::Table", "Excel-bestand kan niet worden aangemaakt");

    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* noteFormat = workbook_add_format(workbook);
    format_set_italic(noteFormat);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    QHash<QString, lxw_format*> numberFormats;
    std::vector<QByteArray> keepAlive; // strings libxlsxwriter may read until workbook_close
    const auto formatFor = [&](const TableCell& c) -> lxw_format* {
        const QString f = numberFormat(c);
        if (f.isEmpty())
            return nullptr;
        auto it = numberFormats.find(f);
        if (it == numberFormats.end()) {
            lxw_format* fmt = workbook_add_format(workbook);
            keepAlive.push_back(f.toUtf8());
            format_set_num_format(fmt, keepAlive.back().constData());
            it = numberFormats.insert(f, fmt);
        }
        return *it;
    };
    const auto utf8 = [](const QString& s) {
        QString t = cleanText(s);
        if (t.size() > 32000)
            t.truncate(32000);
        return t.toUtf8();
    };

    QString failure;
    const auto check = [&failure](lxw_error e) {
        if (e != LXW_NO_ERROR && failure.isEmpty())
            failure = xlsxFailure(e);
    };

    QStringList taken;
    for (const Table& table : sheets) {
        const QString sheetName = xlsxSheetName(table.title, taken);
        taken << sheetName;
        const QByteArray sheetNameBytes = sheetName.toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetNameBytes.constData());
        if (!sheet) {
            failure = QCoreApplication::translate("regio::io::Table", "werkblad '%1' kan niet worden aangemaakt").arg(sheetName);
            break;
        }
        const int columns = table.columnCount();
        std::vector<int> widths(size_t(std::max(columns, 1)), 6);
        for (int col = 0; col < columns; ++col) {
            const QString h = table.headers[col];
            check(worksheet_write_string(sheet, 0, lxw_col_t(col), utf8(h).constData(), header));
            int widest = 0;
            for (const QString& word : h.split(QRegularExpression(QStringLiteral("\\s+"))))
                widest = std::max(widest, int(word.size()));
            widths[size_t(col)] = std::max(widths[size_t(col)], std::max(widest + 2, int(h.size() / 2)));
        }
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(r + 1);
            const auto& cells = table.rows[r];
            for (int col = 0; col < columns && size_t(col) < cells.size(); ++col) {
                const TableCell& c = cells[size_t(col)];
                widths[size_t(col)] = std::max(widths[size_t(col)], displayWidth(c) + 1);
                switch (c.kind) {
                case CellKind::Text:
                    if (!c.text.isEmpty()) {
                        const bool multiLine = c.text.contains(QLatin1Char('\n'));
                        check(worksheet_write_string(sheet, row, lxw_col_t(col), utf8(c.text).constData(),
                                                     multiLine ? wrap : nullptr));
                    }
                    break;
                case CellKind::Number:
                case CellKind::Percentage:
                case CellKind::Year:
                    check(worksheet_write_number(sheet, row, lxw_col_t(col), c.value, formatFor(c)));
                    break;
                case CellKind::Missing:
                    if (!c.note.isEmpty())
                        check(worksheet_write_comment(sheet, row, lxw_col_t(col), utf8(c.note).constData()));
                    break;
                }
            }
        }
        for (int col = 0; col < columns; ++col)
            check(worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col),
                                       std::clamp(widths[size_t(col)], 6, 60), nullptr));
        worksheet_freeze_panes(sheet, 1, 0);
        // The source and the notes under the table, after an empty row.
        QStringList lines;
        if (!table.sourceLine.isEmpty())
            lines << table.sourceLine;
        lines << table.allNotes();
        if (table.notesOnOwnSheet)
            continue;
        lxw_row_t noteRow = lxw_row_t(table.rows.size() + 2);
        for (const QString& l : lines)
            check(worksheet_write_string(sheet, noteRow++, 0, utf8(oneLine(l)).constData(), noteFormat));
    }
    // The notes of tables that keep their sheet clean, each on a sheet after the tables.
    for (size_t i = 0; i < sheets.size() && failure.isEmpty(); ++i) {
        const Table& table = sheets[i];
        if (!table.notesOnOwnSheet)
            continue;
        const QString sheetName = xlsxSheetName(QCoreApplication::translate("regio::io::Table", "Toelichting %1").arg(taken.value(qsizetype(i))), taken);
        taken << sheetName;
        const QByteArray sheetNameBytes = sheetName.toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetNameBytes.constData());
        if (!sheet) {
            failure = QCoreApplication::translate("regio::io::Table", "werkblad '%1' kan niet worden aangemaakt").arg(sheetName);
            break;
        }
        QStringList lines{table.title};
        if (!table.sourceLine.isEmpty())
            lines << table.sourceLine;
        lines << table.allNotes();
        for (qsizetype row = 0; row < lines.size(); ++row)
            check(worksheet_write_string(sheet, lxw_row_t(row), 0, utf8(oneLine(lines[row])).constData(),
                                         row == 0 ? header : noteFormat));
        check(worksheet_set_column(sheet, 0, 0, 100, nullptr));
    }
    if (sheets.empty()) {
        if (!workbook_add_worksheet(workbook, nullptr))
            failure = QCoreApplication::translate("regio::io::Table", "werkblad kan niet worden aangemaakt");
    }
    // Title of the document (File → Properties in Excel).
    lxw_doc_properties properties{};
    const QByteArray title = sheets.empty() ? QByteArray() : utf8(sheets.front().title);
    properties.title = const_cast<char*>(title.constData());
    QByteArray comments = sheets.empty() ? QByteArray() : utf8(sheets.front().sourceLine);
    properties.comments = comments.data();
    check(workbook_set_properties(workbook, &properties));
    const lxw_error closed = workbook_close(workbook); // frees the workbook in every case
    if (failure.isEmpty() && closed != LXW_NO_ERROR)
        failure = xlsxFailure(closed);
    return failure;
}

} // namespace

QByteArray xlsxBytes(const std::vector<Table>& sheets, const QString& pathForMessages)
{
    const QString name = pathForMessages.isEmpty() ? QCoreApplication::translate("regio::io::Table", "Excel-bestand") : pathForMessages;
    const QString base = testing::xlsxTempFolderOverride().isEmpty() ? QDir::tempPath() : testing::xlsxTempFolderOverride();
    QTemporaryDir work(QDir(base).filePath(QStringLiteral("regio-xlsx-XXXXXX")));
    if (!work.isValid())
        throw WriteError(name, QCoreApplication::translate("regio::io::Table", "geen tijdelijke map in %1").arg(base));
    const QString file = work.filePath(QStringLiteral("werkmap.xlsx"));
    const QString failure = buildWorkbook(file, work.path(), sheets);
    if (!failure.isEmpty())
        throw WriteError(name, failure);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw WriteError(name, QCoreApplication::translate("regio::io::Table", "tijdelijk Excel-bestand niet leesbaar"));
    const QByteArray bytes = in.readAll();
    // A zip archive that libxlsxwriter finished: it starts with "PK" and is as long as on disk.
    if (bytes.size() != in.size() || bytes.size() < 22 || !bytes.startsWith("PK"))
        throw WriteError(name, QCoreApplication::translate("regio::io::Table", "tijdelijk Excel-bestand onvolledig (schijf vol?)"));
    return bytes;
}

void writeXlsx(const QString& path, const std::vector<Table>& sheets)
{
    writeFileAtomically(path, xlsxBytes(sheets, path));
}

} // namespace regio::io
