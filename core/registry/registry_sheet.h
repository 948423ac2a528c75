#pragma once
// Registry bodies from a spreadsheet (XLSX/ODS through io/spreadsheet.h) or any table of rows:
// one body per row under a header row. The columns are the keys of the registry JSON
// (docs/registry-format.md, "Body"), with the territory spread over four columns; Dutch column
// names are accepted too (docs/registry-sheet.md lists them):
//   id, name, shortName, type, subtype, domains, actors, roles, funding, fundingPerInhabitant,
//   founded, status, national, municipalities, divisions, abroad, territoryBasis, scale, source,
//   confidence, website, notes
// Lists (domains, actors, roles, municipalities, divisions, abroad) are separated by ',' ';' or
// a line break; `national` is ja/nee (also true/false, 1/0, x). Vocabularies take the JSON keys
// or the Dutch labels the app shows, in any case.
// The same checks as the JSON loader (registry_validate.h), all problems at once, each as
// `file:sheet:row: kolom 'x': reason`; nothing partial is returned.
#include "io/csv.h"
#include "registry/registry.h"
#include "registry/registry_json.h"

#include <QString>

namespace regio {
class RegionModel;
}

namespace regio::registry {

// The bodies of one table; `sourceName` ("file:sheet") names the place in messages. Throws
// RegistryError listing every problem. The registry's title is left empty.
Registry parseRegistryRows(const io::CsvDocument& table, const QString& sourceName, const RegionModel& regions);

// Reads the first sheet with data of an .xlsx/.ods file; the title is the file's base name.
Registry loadRegistrySpreadsheet(const QString& path, const RegionModel& regions);

// The accepted column names (JSON keys), in documented order.
QStringList registrySheetColumns();

} // namespace regio::registry
