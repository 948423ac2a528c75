// The main window's spreadsheet exports (issue 12, item 3): which tables each tab hands to Excel or
// CSV, the right-click menus on the tables, and the tables of the current tab for Bestand → Tabel
// exporteren. The tables themselves are built in core from the same analyses the views show.
#include "ui/main_window.h"

#include "ui/agenda/agenda_view.h"
#include "ui/economy/economy_view.h"
#include "ui/economy/sector_bars.h"
#include "ui/map/map_widget.h"
#include "ui/registry/registry_document.h"
#include "ui/registry/registry_editor.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_view.h"
#include "ui/triangle/triangle_view.h"

#include "agenda/agenda_table.h"
#include "economy/economy_table.h"
#include "registry/registry_table.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

namespace regio::ui {

std::vector<io::Table> MainWindow::registryTables() const
{
    io::Table t = registry::registryTable(m_registry->registry());
    t.sourceLine = tr("Bron: register '%1' (%2); de bron van elk verband staat in de kolom Bron.")
                       .arg(m_registry->registry().title, m_registry->displayName());
    return {t};
}

std::vector<io::Table> MainWindow::currentTables() const
{
    const auto it = m_tableExporters.constFind(m_tabs->currentWidget());
    return it == m_tableExporters.constEnd() ? registryTables() : (*it)();
}

void MainWindow::installTableExports()
{
    const TableProvider triangle = [this] { return m_triangle->exportTables(triangleExport().frame.sourceLine); };
    const TableProvider economy = [this] { return std::vector<io::Table>{m_economy->exportTable()}; };
    const TableProvider agenda = [this] {
        return m_agenda->hasAgenda() ? agenda::agendaTables(m_agenda->current()) : std::vector<io::Table>{};
    };
    const TableProvider lq = [this] {
        io::Table t = economy::lqTable(m_relatedness->model()->data());
        t.sourceLine = m_relatedness->model()->sourceDescription();
        return std::vector<io::Table>{t};
    };
    m_tableExporters.insert(m_map, TableProvider([this] { return registryTables(); }));
    m_tableExporters.insert(m_triangle, triangle);
    m_tableExporters.insert(m_economy, economy);
    m_tableExporters.insert(m_agenda, agenda);
    m_tableExporters.insert(m_relatedness, lq);

    installTableExportMenu(m_triangle->bodiesTable(), triangle);
    installTableExportMenu(m_economy->table(), economy);
    installTableExportMenu(m_economy->bars(), economy);
    installTableExportMenu(m_registryEditor->table(), [this] { return registryTables(); });
    installTableExportMenu(m_relatedness->lqChart(), lq);
    QTextBrowser* agendaText = m_agenda->text();
    installTableExportMenu(agendaText, agenda, [agendaText](QMenu& menu) {
        QAction* copy = menu.addAction(tr("Kopiëren"), agendaText, &QTextBrowser::copy);
        copy->setEnabled(agendaText->textCursor().hasSelection());
        menu.addAction(tr("Alles selecteren"), agendaText, &QTextBrowser::selectAll);
    });
}

} // namespace regio::ui
