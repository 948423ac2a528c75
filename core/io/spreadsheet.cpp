#include "io/spreadsheet.h"

#include "io/gdal_support.h"
#include "io/input_error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace regio::io {

namespace {

// Same limit as the CSV importers (economy_csv.cpp): far beyond any real table.
constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
constexpr int kMaxRows = 2'000'000;

// Raw rows: no header guessing (the importers read the header row themselves) and every cell
// as its stored text, so no number is rounded or reformatted on the way. The ODS driver only
// knows these as configuration options, so both drivers get them that way, for this thread
// and only while a workbook is read.
class RawCellsOptions {
public:
    RawCellsOptions()
    {
        for (const char* key : kKeys)
            m_saved.push_back(CPLGetThreadLocalConfigOption(key, nullptr) ? std::optional<std::string>(CPLGetThreadLocalConfigOption(key, nullptr))
                                                                          : std::nullopt);
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "DISABLE");
        CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "DISABLE");
        CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
        CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", "STRING");
    }
    ~RawCellsOptions()
    {
        for (size_t i = 0; i < std::size(kKeys); ++i)
            CPLSetThreadLocalConfigOption(kKeys[i], m_saved[i] ? m_saved[i]->c_str() : nullptr);
    }
    RawCellsOptions(const RawCellsOptions&) = delete;
    RawCellsOptions& operator=(const RawCellsOptions&) = delete;

private:
    static constexpr const char* kKeys[] = {"OGR_XLSX_HEADERS", "OGR_ODS_HEADERS", "OGR_XLSX_FIELD_TYPES", "OGR_ODS_FIELD_TYPES"};
    std::vector<std::optional<std::string>> m_saved;
};

// ODS stores numbers with GDAL as "1250.0000000000000000": the same number, written short.
QString shortNumber(QString text)
{
    static const QRegularExpression decimals(QStringLiteral("^[+-]?[0-9]+\\.[0-9]*$"));
    if (!text.contains(QLatin1Char('.')) || !decimals.match(text).hasMatch())
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

GDALDatasetUniquePtr openSheets(const QString& path)
{
    ensureGdal();
    const QFileInfo info(path);
    if (!info.isFile())
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "bestand bestaat niet of is geen bestand"));
    if (info.size() > kMaxFileBytes)
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "bestand is %1 MB; de grens is %2 MB")
                                              .arg(info.size() / (1024 * 1024)).arg(kMaxFileBytes / (1024 * 1024)));
    if (!isSpreadsheetPath(path))
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "geen rekenblad: alleen .xlsx en .ods worden als rekenblad gelezen"));
    const char* const openOptions[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
    const bool ods = info.suffix().compare(QLatin1String("ods"), Qt::CaseInsensitive) == 0;
    const char* const drivers[] = {ods ? "ODS" : "XLSX", nullptr};
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              drivers, openOptions));
    if (!ds) {
        const QString detail = lastGdalError();
        throw InputError(path, QString(),
                         detail.isEmpty() ? QCoreApplication::translate("regio::io", "geen geldig %1-rekenblad").arg(ods ? QStringLiteral("ODS") : QStringLiteral("XLSX"))
                                          : QCoreApplication::translate("regio::io", "geen geldig %1-rekenblad (%2)").arg(ods ? QStringLiteral("ODS") : QStringLiteral("XLSX"), detail));
    }
    return ds;
}

CsvDocument readLayer(OGRLayer& layer, const QString& sourceName)
{
    CsvDocument doc;
    doc.delimiter = QLatin1Char(',');
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    layer.ResetReading();
    int row = 0;
    for (auto& feature : layer) {
        // With HEADERS=DISABLE the drivers number features by row, starting at 1; fall back to
        // counting when a driver does not.
        const GIntBig fid = feature->GetFID();
        if (fid > kMaxRows || row >= kMaxRows)
            throw InputError(sourceName, QString(), QCoreApplication::translate("regio::io", "meer dan %1 rijen").arg(kMaxRows));
        row = fid > row ? int(fid) : row + 1;
        CsvRecord record;
        record.line = row;
        bool any = false;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            QString value;
            if (feature->IsFieldSetAndNotNull(i))
                value = shortNumber(QString::fromUtf8(feature->GetFieldAsString(i)));
            any = any || !value.trimmed().isEmpty();
            record.fields << value;
        }
        if (!any)
            continue;
        doc.records.push_back(std::move(record));
    }
    // Every row as wide as the header row: the drivers give each row the width of the widest
    // one, and a row whose last cells are empty is not short. Cells filled beyond the header
    // stay, so the importers report them.
    if (!doc.records.empty()) {
        auto trimmedWidth = [](const QStringList& fields) {
            qsizetype n = fields.size();
            while (n > 0 && fields.at(n - 1).trimmed().isEmpty())
                --n;
            return n;
        };
        const qsizetype width = trimmedWidth(doc.records.front().fields);
        for (CsvRecord& record : doc.records) {
            const qsizetype used = std::max(width, trimmedWidth(record.fields));
            record.fields = record.fields.mid(0, used);
            while (record.fields.size() < width)
                record.fields << QString();
        }
    }
    return doc;
}

} // namespace

bool isSpreadsheetPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods");
}

QString spreadsheetFilePatterns()
{
    return QStringLiteral("*.xlsx *.ods");
}

QStringList spreadsheetSheetNames(const QString& path)
{
    const RawCellsOptions raw;
    GDALDatasetUniquePtr ds = openSheets(path);
    QStringList names;
    for (OGRLayer* layer : ds->GetLayers())
        names << QString::fromUtf8(layer->GetName());
    return names;
}

SheetTable readSpreadsheet(const QString& path, const QString& sheet)
{
    const RawCellsOptions raw;
    GDALDatasetUniquePtr ds = openSheets(path);
    QStringList names;
    for (OGRLayer* layer : ds->GetLayers())
        names << QString::fromUtf8(layer->GetName());
    if (!sheet.isEmpty()) {
        OGRLayer* layer = ds->GetLayerByName(sheet.toUtf8().constData());
        if (!layer)
            throw InputError(path, QString(), QCoreApplication::translate("regio::io", "werkblad '%1' ontbreekt; wel aanwezig: %2")
                                                  .arg(sheet, names.isEmpty() ? QCoreApplication::translate("regio::io", "geen werkbladen") : names.join(QStringLiteral(", "))));
        SheetTable table{sheet, path + QLatin1Char(':') + sheet, {}};
        table.document = readLayer(*layer, table.sourceName);
        return table;
    }
    for (OGRLayer* layer : ds->GetLayers()) {
        const QString name = QString::fromUtf8(layer->GetName());
        SheetTable table{name, path + QLatin1Char(':') + name, {}};
        table.document = readLayer(*layer, table.sourceName);
        if (!table.document.records.empty())
            return table;
    }
    throw InputError(path, QString(), QCoreApplication::translate("regio::io", "alle werkbladen zijn leeg"));
}

} // namespace regio::io
