#include "ui/export/table_export.h"

#include "ui/export/export_dialog.h"

#include "io/safe_write.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace regio::ui {

namespace {
const QString kDecimalCommaKey = QStringLiteral("export/csvDecimalComma");
const QString kFolderKey = QStringLiteral("export/folder");
} // namespace

bool csvDecimalComma()
{
    return QSettings().value(kDecimalCommaKey, QLocale().decimalPoint() == QLatin1String(",")).toBool();
}

void setCsvDecimalComma(bool on)
{
    QSettings().setValue(kDecimalCommaKey, on);
}

QString writeTables(const QString& path, const std::vector<io::Table>& tables, TableFileFormat format, bool decimalComma)
{
    try {
        if (format == TableFileFormat::Xlsx) {
            io::writeXlsx(path, tables);
        } else {
            io::ExcelCsvOptions options;
            options.decimalComma = decimalComma;
            io::writeExcelCsv(path, tables.empty() ? io::Table{} : tables.front(), options);
        }
    } catch (const io::WriteError& e) {
        return e.sentence();
    } catch (const InputError& e) {
        return e.message();
    }
    return QString();
}

QString exportTablesInteractively(QWidget* parent, const std::vector<io::Table>& tables, TableFileFormat format)
{
    if (tables.empty() || (tables.front().rows.empty() && tables.size() == 1)) {
        QMessageBox::information(parent, QCoreApplication::translate("regio::ui::TableExport", "Tabel exporteren"),
                                 QCoreApplication::translate("regio::ui::TableExport", "Er is nog geen tabel om te exporteren: kies eerst een gemeente of regio."));
        return QString();
    }
    const bool xlsx = format == TableFileFormat::Xlsx;
    const QString folder = QSettings().value(kFolderKey, QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(exportFileStem(tables.front().title) + (xlsx ? QStringLiteral(".xlsx")
                                                                                                 : QStringLiteral(".csv")));
    QString path = QFileDialog::getSaveFileName(parent, xlsx ? QCoreApplication::translate("regio::ui::TableExport", "Exporteren naar Excel") : QCoreApplication::translate("regio::ui::TableExport", "Exporteren als CSV"),
                                                suggested,
                                                xlsx ? QCoreApplication::translate("regio::ui::TableExport", "Excel-werkmap (*.xlsx)") : QCoreApplication::translate("regio::ui::TableExport", "CSV voor Excel (*.csv)"));
    if (path.isEmpty())
        return QString();
    const QString extension = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(extension, Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += extension;
    const QString error = writeTables(path, tables, format, csvDecimalComma());
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("regio::ui::TableExport", "Tabel exporteren"), QCoreApplication::translate("regio::ui::TableExport", "De tabel is niet opgeslagen: %1").arg(error));
        return QString();
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void addTableExportActions(QMenu* menu, QWidget* parent, const TableProvider& provider)
{
    QAction* excel = menu->addAction(QCoreApplication::translate("regio::ui::TableExport", "Exporteren naar Excel…"));
    excel->setObjectName(QStringLiteral("exportExcel"));
    QObject::connect(excel, &QAction::triggered, parent,
                     [parent, provider] { exportTablesInteractively(parent, provider(), TableFileFormat::Xlsx); });
    QAction* csv = menu->addAction(QCoreApplication::translate("regio::ui::TableExport", "Exporteren als CSV…"));
    csv->setObjectName(QStringLiteral("exportCsv"));
    QObject::connect(csv, &QAction::triggered, parent,
                     [parent, provider] { exportTablesInteractively(parent, provider(), TableFileFormat::Csv); });
    QAction* comma = menu->addAction(QCoreApplication::translate("regio::ui::TableExport", "CSV met decimale komma"));
    comma->setObjectName(QStringLiteral("csvDecimalComma"));
    comma->setCheckable(true);
    comma->setChecked(csvDecimalComma());
    comma->setToolTip(QCoreApplication::translate("regio::ui::TableExport", "1,5 in plaats van 1.5: zo leest Nederlandse Excel getallen"));
    QObject::connect(comma, &QAction::toggled, parent, [](bool on) { setCsvDecimalComma(on); });
}

void installTableExportMenu(QWidget* widget, TableProvider provider, std::function<void(QMenu&)> extra)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(widget, &QWidget::customContextMenuRequested, widget,
                     [widget, provider = std::move(provider), extra = std::move(extra)](const QPoint& pos) {
                         QMenu menu(widget);
                         if (extra) {
                             extra(menu);
                             menu.addSeparator();
                         }
                         addTableExportActions(&menu, widget->window(), provider);
                         // Item views report positions in their viewport.
                         QWidget* origin = widget;
                         if (auto* area = qobject_cast<QAbstractScrollArea*>(widget))
                             origin = area->viewport();
                         menu.exec(origin->mapToGlobal(pos));
                     });
}

} // namespace regio::ui
