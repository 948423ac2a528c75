#include "ui/export/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace regio::ui {

namespace {

struct PagePreset {
    const char* label;
    double widthMm;
    double heightMm;
};

constexpr PagePreset Presets[] = {
    {QT_TRANSLATE_NOOP("regio::ui::ExportDialog", "A4 liggend (297 × 210 mm)"), 297, 210},
    {QT_TRANSLATE_NOOP("regio::ui::ExportDialog", "A4 staand (210 × 297 mm)"), 210, 297},
    {QT_TRANSLATE_NOOP("regio::ui::ExportDialog", "A3 liggend (420 × 297 mm)"), 420, 297},
    {QT_TRANSLATE_NOOP("regio::ui::ExportDialog", "Dia 16:9 (338,7 × 190,5 mm)"), 338.7, 190.5},
};

} // namespace

QString exportFileStem(const QString& title)
{
    QString stem = title.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    stem.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("export") : stem;
}

ExportDialog::ExportDialog(const QString& suggestedName, QWidget* parent, Exporter exporter)
    : QDialog(parent)
    , m_exporter(std::move(exporter))
{
    setWindowTitle(tr("Exporteren"));
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suffix = settings.value(QStringLiteral("export/suffix"), QStringLiteral("pdf")).toString();

    m_path = new QLineEdit(QDir(folder).filePath(suggestedName + QLatin1Char('.') + suffix), this);
    m_path->setMinimumWidth(420);
    auto* browseButton = new QPushButton(tr("Bladeren…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);

    m_page = new QComboBox(this);
    for (const PagePreset& p : Presets)
        m_page->addItem(tr(p.label));
    m_page->setCurrentIndex(settings.value(QStringLiteral("export/page"), 0).toInt());
    m_width = new QSpinBox(this);
    m_width->setRange(320, 8000);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1920).toInt());
    m_height = new QSpinBox(this);
    m_height->setRange(240, 8000);
    m_height->setSuffix(tr(" px"));
    m_height->setValue(settings.value(QStringLiteral("export/height"), 1080).toInt());
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(settings.value(QStringLiteral("export/dpi"), 150).toInt());
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Bestand (.pdf, .svg of .png):"), pathRow);
    form->addRow(tr("Paginaformaat (PDF, SVG):"), m_page);
    form->addRow(tr("Afmetingen (PNG):"), sizeRow);
    form->addRow(tr("Resolutie:"), m_dpi);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Exporteren"));
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, m_error, &QWidget::hide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::tryExport);
    updateEnabled();
}

void ExportDialog::tryExport()
{
    // The default folder (e.g. ~/Documents) may not exist yet on a fresh account: make it.
    const QString folder = QFileInfo(path()).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error->setText(tr("De map %1 bestaat niet en kan niet worden gemaakt. Kies een andere map.").arg(QDir::toNativeSeparators(folder)));
        m_error->show();
        return;
    }
    if (m_exporter) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const QString error = m_exporter(path(), options());
        QGuiApplication::restoreOverrideCursor();
        if (!error.isEmpty()) {
            // Stay open: the person corrects the file name or folder instead of starting again.
            m_error->setText(tr("Exporteren mislukt: %1").arg(error));
            m_error->show();
            return;
        }
    }
    QSettings s;
    s.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
    s.setValue(QStringLiteral("export/suffix"), QFileInfo(path()).suffix().toLower());
    s.setValue(QStringLiteral("export/page"), m_page->currentIndex());
    s.setValue(QStringLiteral("export/width"), m_width->value());
    s.setValue(QStringLiteral("export/height"), m_height->value());
    s.setValue(QStringLiteral("export/dpi"), m_dpi->value());
    accept();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = exportFormatForPath(path()).value_or(ExportFormat::Pdf);
    const PagePreset& p = Presets[std::clamp(m_page->currentIndex(), 0, int(std::size(Presets)) - 1)];
    options.pageSizeMm = QSizeF(p.widthMm, p.heightMm);
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Exporteren naar"), path(),
                                                        tr("PDF (*.pdf);;SVG (*.svg);;PNG-afbeelding (*.png)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateEnabled()
{
    const auto format = exportFormatForPath(path());
    m_page->setEnabled(format != ExportFormat::Png);
    m_width->setEnabled(format == ExportFormat::Png);
    m_height->setEnabled(format == ExportFormat::Png);
    if (auto* ok = findChild<QDialogButtonBox*>()) 
        ok->button(QDialogButtonBox::Ok)->setEnabled(format.has_value());
}

} // namespace regio::ui
