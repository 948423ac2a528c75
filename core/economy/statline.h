#pragma once
// Importers for CBS StatLine exports, as CBS publishes them (one small reader per format, both
// feeding one panel builder):
//   - the OData 3 "TypedDataSet" CSV (opendata.cbs.nl): `ID,<dimensions…>,Perioden,<measures…>`,
//     keys padded with spaces, periods `YYYYJJ00`, one column per measure (readStatLineTyped);
//   - the OData 4 `Observations.csv` (datasets.cbs.nl): `;`-separated, decimal comma, a `Measure`
//     column, dimensions between `Measure` and `Perioden`, then `Value` (readStatLineObservations).
// An empty value (or CBS's "." / "x") is unknown, never 0, and counted. Only yearly periods
// (`JJ00`) are read; quarters and months are skipped and reported. The region dimension is the
// column whose codes look like CBS region codes (NL01, PV27, CR23, GM0363, AM18); the sector
// dimension the one whose keys are in the sector hierarchy. Every problem is an InputError with
// file and line.
#include "economy/employment_panel.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace regio::economy {

struct StatLineOptions {
    QString measure;           // measure column (TypedDataSet) or Measure code (Observations); "" = the only one
    std::vector<int> years;    // empty = every year in the file
    std::optional<double> scale;  // multiplier to persons; default: known measures (×1 000 for 83582NED), else 1
    SectorHierarchy sectors;   // empty = the embedded SBI 2008 keys of 83582NED
    QStringList knownRegions;  // when not empty, any other region code (except ignored ones) is an error
};

struct StatLineImport {
    EmploymentPanel panel;
    QString measure;               // the measure that was read
    double scale = 1.0;            // the multiplier applied
    qsizetype unknownCells = 0;    // empty (suppressed) values read
    qsizetype skippedPeriods = 0;  // rows of non-yearly periods skipped
    QStringList ignoredRegions;    // codes skipped (e.g. CR99, not a COROP area)
    QStringList notes;             // the above in Dutch sentences, for the user
};

StatLineImport parseStatLineTyped(const QByteArray& data, const QString& fileName, const StatLineOptions& options = {});
StatLineImport parseStatLineObservations(const QByteArray& data, const QString& fileName,
                                         const StatLineOptions& options = {});
// Reads a file and picks the format from its header (a `Measure` column → Observations).
StatLineImport readStatLine(const QString& path, const StatLineOptions& options = {});
// The measures a file offers (measure columns, or the Measure codes; at most 100), so that a user
// can choose one before reading. Throws InputError like the readers.
QStringList statLineMeasures(const QString& path, const StatLineOptions& options = {});

// The known multiplier of a measure to persons (BanenVanWerknemersInDecember_1 → 1000), or nullopt.
std::optional<double> knownMeasureScale(const QString& measure);

} // namespace regio::economy
