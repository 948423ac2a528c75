#pragma once
// Asks where and how to export a view: file (format by extension), page size for PDF/SVG,
// pixel size and resolution for PNG. Remembers the last choices.
#include "ui/export/view_export.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace regio::ui {

// A file name from a title: lower case, no colons or other characters a file system refuses.
QString exportFileStem(const QString& title);

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // Writes the export; returns "" on success or the reason it failed.
    using Exporter = std::function<QString(const QString& path, const ExportOptions& options)>;

    // With an exporter the dialog writes the file itself on "Exporteren", creates a missing
    // folder, and stays open with the reason when writing fails, so nothing typed is lost.
    ExportDialog(const QString& suggestedName, QWidget* parent = nullptr, Exporter exporter = {});

    QString path() const;
    ExportOptions options() const;

private:
    void browse();
    void updateEnabled();
    void tryExport();

    QLineEdit* m_path = nullptr;
    QComboBox* m_page = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLabel* m_error = nullptr;
    Exporter m_exporter;
};

} // namespace regio::ui
