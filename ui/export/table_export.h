#pragma once
// Spreadsheet export from the GUI (issue 12, item 3): any view that shows a table hands over its
// tables (io/table.h, built in core from the same analysis) and gets "Exporteren naar Excel…" and
// "Exporteren als CSV…" in its right-click menu; the main window's Bestand menu uses the same.
#include "io/table.h"

#include <QString>

#include <functional>
#include <vector>

class QMenu;
class QWidget;

namespace regio::ui {

using TableProvider = std::function<std::vector<io::Table>()>;

enum class TableFileFormat { Xlsx, Csv };

// Whether CSV gets a decimal comma: the remembered choice, by default when the UI's locale writes
// numbers with a comma (Dutch Excel then reads them as numbers).
bool csvDecimalComma();
void setCsvDecimalComma(bool on);

// Writes the tables to `path`: XLSX with one sheet per table, or Excel-CSV of the first table.
// Returns "" or the reason in a Dutch sentence ("kan … niet schrijven: schijf vol").
QString writeTables(const QString& path, const std::vector<io::Table>& tables, TableFileFormat format,
                    bool decimalComma = false);

// Asks for a file (Dutch save dialog, folder remembered), writes, reports a failure in a message
// box. Returns the path written, or "" (cancelled, nothing to export, or failed).
QString exportTablesInteractively(QWidget* parent, const std::vector<io::Table>& tables, TableFileFormat format);

// Adds the export entries to `menu` (and the decimal-comma choice for CSV).
void addTableExportActions(QMenu* menu, QWidget* parent, const TableProvider& provider);

// Gives `widget` a right-click menu with the export entries (plus whatever `extra` adds first).
void installTableExportMenu(QWidget* widget, TableProvider provider,
                            std::function<void(QMenu&)> extra = {});

} // namespace regio::ui
