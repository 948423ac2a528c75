#pragma once
// The form for one body of the registry: every field of docs/registry-format.md, with the
// problems of registry::validateBody shown in red under the field they concern, as you type.
// The form holds its edits until the editor applies them (RegistryEditor::apply).
#include "registry/body.h"
#include "registry/registry_validate.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace regio {
class RegionModel;
}

namespace regio::ui {

class BodyForm : public QWidget {
    Q_OBJECT
public:
    explicit BodyForm(const RegionModel& regions, QWidget* parent = nullptr);

    // Shows `body`; `jsonPath` is its place in the registry ("$.bodies[3]") for messages, and
    // `idTaken` says whether another body already has an id. Clears the pending edits.
    void setBody(const registry::Body& body, const QString& jsonPath, std::function<bool(const QString&)> idTaken);
    const registry::Body& original() const { return m_original; }
    // The body as the form now says (fields that do not parse keep the original value).
    registry::Body body() const;
    // The form differs from the body it was given.
    bool isModified() const;
    // Every problem of the form as it stands, with JSON paths under the body's path.
    registry::RegistryProblems problems() const;
    // The message shown next to a field ("" when none); field = JSON key: "name", "territory".
    QString messageFor(const QString& field) const;
    // Every message now shown, in the order of the form: field key ("" for the body as a whole),
    // the field's label as the form shows it, and the text.
    struct FieldMessage {
        QString field;
        QString label;
        QString text;
    };
    QList<FieldMessage> messages() const;
    // Puts the keyboard focus in a field's editor (from a message in the summary).
    void focusField(const QString& field);

    // Adds the municipality to the listed ones, or removes it when listed.
    void toggleMunicipality(const QString& code);
    // Resolved-for-preview list: the listed municipalities plus the members of listed divisions.
    QStringList previewMunicipalities() const;

Q_SIGNALS:
    // Any field changed (after the messages were updated).
    void edited();
    // The messages changed (messages()).
    void messagesChanged();

private:
    QWidget* field(const QString& key, QWidget* editor);
    QLineEdit* lineEdit(const QString& key, const QString& tip);
    QComboBox* keyCombo(const QString& key, const QStringList& keys, const QStringList& labels, const QString& tip);
    void onEdited();
    void updateMessages();
    void addMunicipalityItem(const QString& code);
    void addDivisionItem(const QString& code);
    QStringList listCodes(const QListWidget* list) const;
    QString regionLabel(const QString& code) const;
    // Numbers typed in the form that do not parse: problems with their paths.
    registry::RegistryProblems parseProblems() const;

    const RegionModel& m_regions;
    registry::Body m_original;
    QString m_path;
    std::function<bool(const QString&)> m_idTaken;
    bool m_loading = false;

    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_shortName = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_subtype = nullptr;
    QHash<registry::Domain, QCheckBox*> m_domains;
    QHash<registry::Actor, QCheckBox*> m_actors;
    QHash<registry::Role, QCheckBox*> m_roles;
    QLineEdit* m_funding = nullptr;
    QLineEdit* m_fundingPerInhabitant = nullptr;
    QLineEdit* m_founded = nullptr;
    QLineEdit* m_ended = nullptr;
    QComboBox* m_status = nullptr;
    // Accountability and money (format version 2); nothing chosen = unknown.
    QComboBox* m_legalForm = nullptr;
    QLineEdit* m_legalFormSource = nullptr;
    QHash<registry::Oversight, QCheckBox*> m_oversight;
    QLineEdit* m_oversightSource = nullptr;
    QHash<registry::FundingSource, QCheckBox*> m_fundingSources;
    QLineEdit* m_fundingSourcesSource = nullptr;
    QComboBox* m_territoryKind = nullptr;
    QCheckBox* m_national = nullptr;
    QListWidget* m_municipalities = nullptr;
    QComboBox* m_addMunicipality = nullptr;
    QListWidget* m_divisions = nullptr;
    QComboBox* m_addDivision = nullptr;
    QLineEdit* m_abroad = nullptr;
    QLineEdit* m_territoryBasis = nullptr;
    QComboBox* m_scale = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_confidence = nullptr;
    QLineEdit* m_website = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QHash<QString, QLabel*> m_messages; // by JSON key of the field
    QStringList m_fieldOrder;           // JSON keys in the order of the form
    QHash<QString, QString> m_fieldLabels;
};

} // namespace regio::ui
