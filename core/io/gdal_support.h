#pragma once
// Shared set-up for the readers that go through GDAL/OGR (boundary files, spreadsheets).
// Free of GDAL headers on purpose: only the .cpp files of those readers include GDAL.
#include <QString>

namespace regio::io {

// Registers GDAL's drivers once and keeps GDAL from printing to stderr (its messages are turned
// into Dutch InputErrors by the readers). Thread-safe; cheap after the first call.
void ensureGdal();

// GDAL's last error message ("" when none), for a Dutch sentence that quotes it.
QString lastGdalError();

} // namespace regio::io
