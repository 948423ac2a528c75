// StatLine OData 3 "TypedDataSet" CSV (the form of ../shared/data/cbs-83582NED): a header
// `ID,<dimensions…>,Perioden,<measures…>`, ',' separated, '.' decimals, keys padded with spaces.
#include "economy/statline.h"

#include <QCoreApplication>
#include "economy/statline_builder.h"

#include "io/csv.h"
#include "io/input_error.h"

#include <QFile>

namespace regio::economy {

std::optional<double> knownMeasureScale(const QString& measure)
{
    // Measures whose CBS unit is "x 1 000" (table 83582NED and its predecessors).
    if (measure == QLatin1String("BanenVanWerknemersInDecember_1"))
        return 1000.0;
    return std::nullopt;
}

namespace {

// The columns of a TypedDataSet header, told apart by name and by the first record's values.
struct TypedColumns {
    qsizetype period = -1, region = -1, sector = -1;
    std::vector<qsizetype> measures;
};

TypedColumns classifyTypedColumns(const io::CsvRecord& header, const io::CsvRecord& first, const SectorHierarchy& sectors)
{
    TypedColumns t;
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields[c].trimmed();
        const QString sample = first.fields.value(c).trimmed();
        if (name.compare(QLatin1String("ID"), Qt::CaseInsensitive) == 0)
            continue;
        if (name == QLatin1String("Perioden"))
            t.period = c;
        else if (t.region < 0 && (name == QLatin1String("RegioS") || statline::looksLikeRegionCode(sample)))
            t.region = c;
        else if (t.sector < 0 && sectors.contains(sample))
            t.sector = c;
        else
            t.measures.push_back(c);
    }
    return t;
}

QByteArray readStatLineFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "kan niet lezen: %1").arg(file.errorString()));
    if (file.size() > qint64(512) * 1024 * 1024)
        throw InputError(path, QString(), QCoreApplication::translate("regio::economy", "bestand is groter dan 512 MB"));
    return file.readAll();
}

// datasets.cbs.nl's Observations.csv: a `Measure` column in a ';' header.
bool isObservations(const QByteArray& data)
{
    const QByteArray firstLine = data.left(data.indexOf('\n'));
    return firstLine.contains("Measure") && firstLine.contains(';');
}

QString measureTitle(const QString& measure)
{
    if (measure == QLatin1String("BanenVanWerknemersInDecember_1"))
        return QCoreApplication::translate("regio::economy", "Banen van werknemers in december");
    return measure;
}

} // namespace

StatLineImport parseStatLineTyped(const QByteArray& data, const QString& fileName, const StatLineOptions& options)
{
    const io::CsvDocument doc = io::parseCsv(data, fileName);
    if (doc.records.empty())
        throw InputError(fileName, 1, QCoreApplication::translate("regio::economy", "leeg bestand"));
    if (doc.records.size() < 2)
        throw InputError(fileName, doc.records.front().line, QCoreApplication::translate("regio::economy", "geen gegevens na de kopregel"));
    const io::CsvRecord& header = doc.records.front();
    const io::CsvRecord& first = doc.records[1];
    statline::PanelBuilder builder(options, fileName);

    const TypedColumns columns = classifyTypedColumns(header, first, builder.sectors());
    const qsizetype periodCol = columns.period, regionCol = columns.region, sectorCol = columns.sector;
    const std::vector<qsizetype>& measureCols = columns.measures;
    if (periodCol < 0)
        throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "kolom 'Perioden' ontbreekt; is dit een StatLine-export (TypedDataSet)?"));
    if (regionCol < 0)
        throw InputError(fileName, first.line, QCoreApplication::translate("regio::economy", "geen kolom met regiocodes (zoals CR23 of GM0363) gevonden"));
    if (sectorCol < 0)
        throw InputError(fileName, first.line, QCoreApplication::translate("regio::economy", "geen kolom met sectorsleutels van de SBI-indeling gevonden (zoals T001081 of 307500)"));

    QStringList measureNames;
    for (qsizetype c : measureCols)
        measureNames << header.fields[c].trimmed();
    qsizetype valueCol = -1;
    if (!options.measure.isEmpty()) {
        const qsizetype k = measureNames.indexOf(options.measure);
        if (k < 0)
            throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "maat '%1' ontbreekt in de kopregel (wel: %2)")
                                                        .arg(options.measure, measureNames.join(QStringLiteral(", "))));
        valueCol = measureCols[size_t(k)];
    } else if (measureCols.size() == 1) {
        valueCol = measureCols.front();
    } else if (measureCols.empty()) {
        throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "geen kolom met waarden (maat) in de kopregel"));
    } else {
        throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "meerdere maten (%1): kies er een met --measure")
                                                    .arg(measureNames.join(QStringLiteral(", "))));
    }
    const QString measure = header.fields[valueCol].trimmed();
    const double scale = options.scale.value_or(knownMeasureScale(measure).value_or(1.0));

    int lastLine = header.line;
    for (size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord& rec = doc.records[r];
        lastLine = rec.line;
        statline::requireFieldCount(rec, header.fields.size(), fileName);
        builder.addRecord(rec, {periodCol, valueCol, regionCol, sectorCol, false});
    }
    StatLineImport result = builder.finish(measure, scale, lastLine);
    result.panel.measure = measureTitle(measure);
    return result;
}

QStringList statLineMeasures(const QString& path, const StatLineOptions& options)
{
    const QByteArray data = readStatLineFile(path);
    const bool observations = isObservations(data);
    const io::CsvDocument doc = io::parseCsv(data, path, observations ? QLatin1Char(';') : QChar());
    if (doc.records.size() < 2)
        throw InputError(path, doc.records.empty() ? 1 : doc.records.front().line, QCoreApplication::translate("regio::economy", "geen gegevens na de kopregel"));
    QStringList measures;
    if (observations) {
        const qsizetype col = doc.records.front().fields.indexOf(QStringLiteral("Measure"));
        for (size_t r = 1; r < doc.records.size() && measures.size() < 100; ++r) {
            const QString m = doc.records[r].fields.value(col).trimmed();
            if (!m.isEmpty() && !measures.contains(m))
                measures << m;
        }
        return measures;
    }
    const TypedColumns columns = classifyTypedColumns(doc.records.front(), doc.records[1],
                                                      options.sectors.empty() ? cbsSectorHierarchy() : options.sectors);
    for (qsizetype c : columns.measures)
        measures << doc.records.front().fields[c].trimmed();
    return measures.mid(0, 100);
}

StatLineImport readStatLine(const QString& path, const StatLineOptions& options)
{
    const QByteArray data = readStatLineFile(path);
    if (isObservations(data))
        return parseStatLineObservations(data, path, options);
    return parseStatLineTyped(data, path, options);
}

} // namespace regio::economy
