#pragma once
// CSV import and export of the economy matrices (docs/economy.md describes the formats).
//
// Employment (regions × sectors):
//   wide: header `region,<sector codes…>`, one row per region;
//   long: header `region,sector,value`, one row per (region, sector); absent pairs are 0.
//   An empty employment value is unknown (NaN; e.g. a cell CBS suppressed): never read as 0.
// Flows (sector × sector, job switchers from origin to destination):
//   wide: header `from,<sector codes…>`, row = origin sector, column = destination;
//   long: header `from,to,value`.
// Relatedness (sector × sector, as written by `regio relatedness`): header `sector,<codes…>`.
// Column names are case-insensitive; Dutch aliases regio / waarde / van / naar are accepted.
// Lines starting with '#' are comments, ';' files with decimal commas are accepted.
// Every error throws regio::InputError(file, line, Dutch reason naming the code or column).
// Spreadsheets: read* open an .xlsx or .ods path through GDAL (io/spreadsheet.h; its first sheet
// with data) and validate the rows exactly as CSV lines, reporting `file:sheet:row: reason`.
#include "economy/classification.h"
#include "economy/matrix.h"
#include "io/csv.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace regio::economy {

struct ImportOptions {
    // When not empty, any other sector (or region) code is an error ("onbekende sector").
    QStringList knownSectors;
    QStringList knownRegions;
};

Matrix parseEmployment(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});
Matrix parseEmployment(const io::CsvDocument& doc, const QString& fileName, const ImportOptions& options = {});
Matrix readEmployment(const QString& path, const ImportOptions& options = {});

Matrix parseFlows(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});
Matrix parseFlows(const io::CsvDocument& doc, const QString& fileName, const ImportOptions& options = {});
Matrix readFlows(const QString& path, const ImportOptions& options = {});

// A square sector × sector matrix (any finite values; negative allowed).
Matrix parseRelatedness(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});
Matrix parseRelatedness(const io::CsvDocument& doc, const QString& fileName, const ImportOptions& options = {});
Matrix readRelatedness(const QString& path, const ImportOptions& options = {});

// Sector table: header `code,name,section,section_name`; region table: header `code,name`.
std::vector<SectorInfo> parseSectorTable(const QByteArray& data, const QString& fileName);
std::vector<RegionInfo> parseRegionTable(const QByteArray& data, const QString& fileName);

// Writes a matrix as CSV: optional comment lines ("# " + line), then `corner,<column labels…>`
// and one row per row label. Numbers in the shortest form that reads back exactly ('.' decimal point).
QString matrixToCsv(const Matrix& m, const QString& corner, const QStringList& commentLines = {});

} // namespace regio::economy
