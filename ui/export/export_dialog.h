#pragma once
// Asks where and how to export a view: file (format by extension), page size for PDF/SVG,
// pixel size and resolution for PNG. Remembers the last choices.
#include "ui/export/view_export.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace regio::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& suggestedName, QWidget* parent = nullptr);

    QString path() const;
    ExportOptions options() const;

private:
    void browse();
    void updateEnabled();

    QLineEdit* m_path = nullptr;
    QComboBox* m_page = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
};

} // namespace regio::ui
