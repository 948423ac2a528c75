// StatLine OData 4 `Observations.csv` (datasets.cbs.nl): ';' separated, decimal comma, one row per
// observation: `Id;Measure;<dimensions…>;Perioden;Value;StringValue;ValueAttribute`.
#include "economy/statline.h"

#include <QCoreApplication>
#include "economy/statline_builder.h"

#include "io/csv.h"
#include "io/input_error.h"

namespace regio::economy {

StatLineImport parseStatLineObservations(const QByteArray& data, const QString& fileName, const StatLineOptions& options)
{
    const io::CsvDocument doc = io::parseCsv(data, fileName, QLatin1Char(';'));
    if (doc.records.empty())
        throw InputError(fileName, 1, QCoreApplication::translate("regio::economy", "leeg bestand"));
    if (doc.records.size() < 2)
        throw InputError(fileName, doc.records.front().line, QCoreApplication::translate("regio::economy", "geen gegevens na de kopregel"));
    const io::CsvRecord& header = doc.records.front();
    const io::CsvRecord& first = doc.records[1];
    statline::PanelBuilder builder(options, fileName);

    QStringList names;
    for (const QString& f : header.fields)
        names << f.trimmed();
    const qsizetype measureCol = names.indexOf(QStringLiteral("Measure"));
    const qsizetype periodCol = names.indexOf(QStringLiteral("Perioden"));
    const qsizetype valueCol = names.indexOf(QStringLiteral("Value"));
    for (const auto& [col, name] : {std::pair{measureCol, "Measure"}, std::pair{periodCol, "Perioden"}, std::pair{valueCol, "Value"}})
        if (col < 0)
            throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "kolom '%1' ontbreekt; is dit een Observations.csv van CBS?")
                                                        .arg(QLatin1String(name)));
    if (periodCol < measureCol)
        throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "kolom 'Perioden' staat vóór 'Measure'"));

    // Dimensions sit between Measure and Perioden; one holds regions, one sector keys, and any other
    // must have a single value throughout (else the file holds more than one table slice).
    qsizetype regionCol = -1, sectorCol = -1;
    std::vector<qsizetype> otherCols;
    for (qsizetype c = measureCol + 1; c < periodCol; ++c) {
        const QString sample = first.fields.value(c).trimmed();
        if (regionCol < 0 && statline::looksLikeRegionCode(sample))
            regionCol = c;
        else if (sectorCol < 0 && builder.sectors().contains(sample))
            sectorCol = c;
        else
            otherCols.push_back(c);
    }
    if (regionCol < 0)
        throw InputError(fileName, first.line, QCoreApplication::translate("regio::economy", "geen kolom met regiocodes (zoals CR23 of GM0363) tussen 'Measure' en 'Perioden'"));
    if (sectorCol < 0)
        throw InputError(fileName, first.line, QCoreApplication::translate("regio::economy", "geen kolom met sectorsleutels van de SBI-indeling tussen 'Measure' en 'Perioden'"));

    QString measure = options.measure;
    int measureLine = 0;
    QStringList measuresSeen;
    int lastLine = header.line;
    for (size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord& rec = doc.records[r];
        lastLine = rec.line;
        statline::requireFieldCount(rec, header.fields.size(), fileName);
        const QString m = rec.fields[measureCol].trimmed();
        if (!measuresSeen.contains(m) && measuresSeen.size() < 50)
            measuresSeen << m;
        if (options.measure.isEmpty()) {
            if (measure.isEmpty()) {
                measure = m;
                measureLine = rec.line;
            } else if (m != measure) {
                throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "meerdere maten in het bestand ('%1' op regel %2, '%3' hier): "
                                                                    "kies er een met --measure").arg(measure).arg(measureLine).arg(m));
            }
        } else if (m != measure) {
            continue;
        }
        for (qsizetype c : otherCols)
            if (rec.fields[c].trimmed() != first.fields[c].trimmed())
                throw InputError(fileName, rec.line, QCoreApplication::translate("regio::economy", "kolom '%1' heeft meer dan één waarde ('%2' en '%3'); "
                                                                    "exporteer één waarde van die dimensie")
                                                         .arg(names[c], first.fields[c].trimmed(), rec.fields[c].trimmed()));
        builder.addRecord(rec, {periodCol, valueCol, regionCol, sectorCol, true});
    }
    if (!options.measure.isEmpty() && !measuresSeen.contains(options.measure))
        throw InputError(fileName, header.line, QCoreApplication::translate("regio::economy", "maat '%1' komt niet voor (wel: %2)")
                                                    .arg(options.measure, measuresSeen.join(QStringLiteral(", "))));
    const double scale = options.scale.value_or(knownMeasureScale(measure).value_or(1.0));
    return builder.finish(measure, scale, lastLine);
}

} // namespace regio::economy
