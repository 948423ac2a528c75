#include "fuzz_common.h"
#include "io/csv.h"
#include "regions/region_model.h"
#include "registry/registry_sheet.h"

// The row validation behind registry bodies from a spreadsheet (registry_sheet.h). GDAL's XLSX/ODS
// parsing itself is not fuzzed here (a zip + XML parser outside this project); the sheet reaches
// parseRegistryRows as records, which CSV bytes give just the same.
REGIO_FUZZ_TARGET(regio::registry::parseRegistryRows(regio::io::parseCsv(bytes, name), name, regio::RegionModel::embedded()))
