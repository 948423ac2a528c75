#pragma once
// The registry editor (issue "Who covers the triangle", item 4): a filterable table of the bodies
// and a form for the selected one. Edits stay in the form, with their problems shown next to the
// fields, until Toepassen commits them as one undoable command; Nieuw / Verwijderen likewise.
// "Gebied aanwijzen op de kaart": while on, map clicks (routed here by the main window) toggle
// municipalities of the body's territory, and territoryPreview tells the map what to outline.
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableWidget;

namespace regio::ui {

class BodyForm;
class RegistryDocument;

class RegistryEditor : public QWidget {
    Q_OBJECT
public:
    explicit RegistryEditor(RegistryDocument& document, QWidget* parent = nullptr);

    RegistryDocument& document() const { return m_doc; }
    BodyForm* form() const { return m_form; }
    QTableWidget* table() const { return m_table; }
    QComboBox* typeFilter() const { return m_typeFilter; }
    QLineEdit* searchField() const { return m_search; }
    QAbstractButton* pickOnMapButton() const;
    // The form's messages, pinned above the scrolling form so they stay in view (each links to its field).
    QLabel* problemsLabel() const { return m_problems; }

    // Id of the body in the form ("" for none or a new, unapplied body).
    QString currentId() const { return m_currentId; }
    bool isNewBody() const { return m_new; }
    // The form holds edits not yet applied.
    bool hasPendingEdits() const;
    // While on, toggleMunicipality() edits the territory (the "Gebied aanwijzen" button).
    bool isPickingOnMap() const;

public Q_SLOTS:
    // Shows body `id` in the form (pending edits of the previous body are applied first when
    // valid; when invalid the user is asked). Returns false when unknown or the user cancels.
    bool selectBody(const QString& id);
    // Commits the form (replaceBody, or addBody for a new body). Refused (false) while the form
    // has problems; the messages stay next to the fields.
    bool apply();
    // Throws away the form's edits.
    void revert();
    // An empty body in the form, added on Toepassen.
    void newBody();
    // Removes the selected body; asks first when `confirm`.
    bool deleteCurrent(bool confirm = true);
    // Adds or removes a municipality of the form's territory (map click while picking).
    void toggleMunicipality(const QString& code);
    void setPickingOnMap(bool on);

protected:
    // A wide, short dock (a laptop) puts the table beside the form; a tall one above it.
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void bodySelected(const QString& id);
    // The territory as the form now has it, resolved to municipalities (for the map's outline).
    void territoryPreview(const QStringList& municipalities);
    void pickingOnMapChanged(bool on);

private:
    void rebuildTable();
    void applyFilter();
    void onDocumentChanged();
    void onFormEdited();
    void loadForm();
    void updateButtons();
    int rowOf(const QString& id) const;

    RegistryDocument& m_doc;
    QComboBox* m_typeFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    BodyForm* m_form = nullptr;
    QLabel* m_formTitle = nullptr;
    QLabel* m_problems = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QSplitter* m_split = nullptr;
    void updateProblems();
    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_pick = nullptr;
    QString m_currentId;
    bool m_new = false;
    bool m_syncing = false;
};

// Before closing the window or opening another registry: when the document (or the editor's
// form) holds unsaved changes, asks Opslaan / Niet opslaan / Annuleren in Dutch. Returns false
// when the user cancels or saving failed (then nothing is lost and the window stays open).
// Saving the embedded default asks for a file name (Save As).
bool confirmDiscardOrSave(QWidget* parent, RegistryDocument& document, RegistryEditor* editor = nullptr);
// The Bestand-menu actions with their dialogs; each reports failures in a message box naming
// the file and place. Return true when done.
bool openRegistryInteractive(QWidget* parent, RegistryDocument& document, RegistryEditor* editor = nullptr);
bool saveRegistryInteractive(QWidget* parent, RegistryDocument& document, RegistryEditor* editor = nullptr);
bool saveRegistryAsInteractive(QWidget* parent, RegistryDocument& document, RegistryEditor* editor = nullptr);

} // namespace regio::ui
