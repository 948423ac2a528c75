// The Bestand-menu dialogs of the registry and the question before quitting (DESIGN.md: every
// file the user hands in may be wrong — say which file and where, keep running, lose nothing).
#include "io/spreadsheet.h"
#include "ui/registry/body_form.h"
#include "ui/registry/registry_document.h"
#include "ui/registry/registry_editor.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace regio::ui {

namespace {

const char* kDirKey = "registry/lastDirectory";

QString filter() { return RegistryEditor::tr("Register (*.json);;Alle bestanden (*)"); }
// Opening also takes a sheet of bodies, one per row (docs/registry-format.md, "Rekenblad").
QString openFilter()
{
    return RegistryEditor::tr("Register of rekenblad (*.json *.xlsx *.ods);;Register (*.json);;Rekenblad met verbanden (*.xlsx *.ods);;"
                              "Alle bestanden (*)");
}

QString startDirectory(const RegistryDocument& doc)
{
    if (!doc.filePath().isEmpty())
        return QFileInfo(doc.filePath()).absolutePath();
    return QSettings().value(QLatin1String(kDirKey)).toString();
}

void remember(const QString& path) { QSettings().setValue(QLatin1String(kDirKey), QFileInfo(path).absolutePath()); }

void showError(QWidget* parent, const QString& title, const QString& intro, const QString& detail)
{
    QMessageBox box(QMessageBox::Warning, title, intro, QMessageBox::Ok, parent);
    const QStringList lines = detail.split(QLatin1Char('\n'));
    // The first problems in the text, all of them under "Details" (a file may have hundreds).
    box.setInformativeText(lines.mid(0, 8).join(QLatin1Char('\n')) +
                           (lines.size() > 8 ? RegistryEditor::tr("\n… en nog %1 meldingen (zie details)").arg(lines.size() - 8)
                                             : QString()));
    if (lines.size() > 8)
        box.setDetailedText(detail);
    box.exec();
}

// Pending form edits go into the document first, so that saving or asking covers them.
// False when the form holds edits with problems and the user keeps them (cancel).
bool settleForm(QWidget* parent, RegistryEditor* editor)
{
    if (!editor || !editor->hasPendingEdits() || editor->apply())
        return true;
    const auto answer = QMessageBox::question(
        parent, RegistryEditor::tr("Wijzigingen met fouten"),
        RegistryEditor::tr("Het formulier van ‘%1’ bevat wijzigingen met fouten (in rood) die niet in het "
                           "register staan. Die wijzigingen weggooien?")
            .arg(editor->form()->original().displayName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    editor->revert();
    return true;
}

} // namespace

bool saveRegistryAsInteractive(QWidget* parent, RegistryDocument& doc, RegistryEditor* editor)
{
    if (!settleForm(parent, editor))
        return false;
    QString suggestion = doc.filePath();
    if (suggestion.isEmpty())
        suggestion = QFileInfo(startDirectory(doc), RegistryEditor::tr("mijn-register.json")).filePath();
    else if (io::isSpreadsheetPath(suggestion)) // read from a sheet, saved as a registry
        suggestion = QFileInfo(suggestion).dir().filePath(QFileInfo(suggestion).completeBaseName() + QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(parent, RegistryEditor::tr("Register opslaan als"), suggestion, filter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!doc.saveAs(path, &error)) {
        showError(parent, RegistryEditor::tr("Opslaan mislukt"),
                  RegistryEditor::tr("Het register is niet opgeslagen; er is niets verloren of overschreven."), error);
        return false;
    }
    remember(path);
    return true;
}

bool saveRegistryInteractive(QWidget* parent, RegistryDocument& doc, RegistryEditor* editor)
{
    // The default is read-only; a registry read from a spreadsheet is saved as JSON under a new name.
    if (doc.isEmbeddedDefault() || io::isSpreadsheetPath(doc.filePath()))
        return saveRegistryAsInteractive(parent, doc, editor);
    if (!settleForm(parent, editor))
        return false;
    QString error;
    if (!doc.save(&error)) {
        showError(parent, RegistryEditor::tr("Opslaan mislukt"),
                  RegistryEditor::tr("Het register is niet opgeslagen; het bestand op schijf is onveranderd. "
                                     "Kies eventueel ‘Opslaan als…’."),
                  error);
        return false;
    }
    return true;
}

bool openRegistryInteractive(QWidget* parent, RegistryDocument& doc, RegistryEditor* editor)
{
    if (!confirmDiscardOrSave(parent, doc, editor))
        return false;
    const QString path =
        QFileDialog::getOpenFileName(parent, RegistryEditor::tr("Register openen"), startDirectory(doc), openFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!doc.open(path, &error)) {
        showError(parent, RegistryEditor::tr("Register niet geopend"),
                  RegistryEditor::tr("%1 is niet geopend; het huidige register blijft staan.")
                      .arg(QFileInfo(path).fileName()),
                  error);
        return false;
    }
    remember(path);
    // A version-1 file is upgraded on saving (docs/registry-format.md, "Migration from version 1").
    if (doc.registry().version < registry::kRegistryFormatVersion)
        if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
            window->statusBar()->showMessage(
                RegistryEditor::tr("%1 is een register van versie %2. Bij opslaan wordt het versie %3: dezelfde "
                                   "inhoud, met rechtsvorm, toezicht en geldbronnen als ‘onbekend’.")
                    .arg(QFileInfo(path).fileName())
                    .arg(doc.registry().version)
                    .arg(registry::kRegistryFormatVersion),
                15000);
    return true;
}

bool confirmDiscardOrSave(QWidget* parent, RegistryDocument& doc, RegistryEditor* editor)
{
    if (!settleForm(parent, editor))
        return false;
    if (!doc.isDirty())
        return true;
    QMessageBox box(QMessageBox::Question, RegistryEditor::tr("Register niet opgeslagen"),
                    RegistryEditor::tr("Het register ‘%1’ heeft wijzigingen die nog niet zijn opgeslagen.")
                        .arg(doc.displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(RegistryEditor::tr("Wilt u de wijzigingen opslaan?"));
    box.button(QMessageBox::Save)->setText(RegistryEditor::tr("Opslaan…"));
    box.button(QMessageBox::Discard)->setText(RegistryEditor::tr("Niet opslaan"));
    box.button(QMessageBox::Cancel)->setText(RegistryEditor::tr("Annuleren"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return saveRegistryInteractive(parent, doc, editor);
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

} // namespace regio::ui
