#pragma once
// The registry being edited (DESIGN.md §2, bodies registry): the Registry, its BodyIndex (rebuilt
// after every change), the file it came from ("" = the embedded default, read-only), a dirty flag
// and an undo stack. Every edit is a QUndoCommand; open/save report problems as text naming the
// file and place and never touch the current registry or the file on disk when they fail
// (saves are atomic, QSaveFile via registry::saveRegistry).
#include "coverage/coverage.h"
#include "registry/registry.h"
#include "registry/registry_validate.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;
class QAction;

namespace regio {
class RegionModel;
}

namespace regio::ui {

class RegistryDocument : public QObject {
    Q_OBJECT
public:
    // Starts with the embedded default registry (registry::loadDefaultRegistry); when that
    // resource is damaged, with an empty registry and loadError() set.
    explicit RegistryDocument(const RegionModel& regions, QObject* parent = nullptr);
    ~RegistryDocument() override;

    const RegionModel& regions() const { return m_regions; }
    const registry::Registry& registry() const { return m_registry; }
    const registry::BodyIndex& index() const { return m_index; }
    QUndoStack* undoStack() const { return m_undo; }

    // "" while showing the embedded default (read-only: save() refuses, use saveAs()).
    const QString& filePath() const { return m_path; }
    bool isEmbeddedDefault() const { return m_path.isEmpty(); }
    // For title bars and messages: the file name, or "standaardregister (ingebouwd)".
    QString displayName() const;
    bool isDirty() const;
    // Problem with the embedded default at start ("" when none).
    const QString& loadError() const { return m_loadError; }
    // Every content problem of the registry as it stands (registry::validate); saving does not
    // require this to be empty (data is never held back), but the loader will refuse the file.
    registry::RegistryProblems problems() const;

    // Replaces the registry with a file's; clears undo history. On error the current registry
    // stays and `error` gets every problem, one "FILE:PLACE: reason" per line.
    bool open(const QString& path, QString* error);
    // Back to the embedded default (clears undo history).
    void openDefault();
    // Writes to filePath(); fails for the embedded default (error asks for Save As).
    bool save(QString* error);
    // Writes atomically to `path` and makes it the document's file. On failure the document stays
    // dirty and bound to its old file, and any existing file at `path` stays as it was.
    bool saveAs(const QString& path, QString* error);

    // Edits (each one undoable command; no-op edits push nothing). Return false when `id` is
    // unknown or the edit changes nothing.
    // Adds `body` at the end; its id is made unique ("id-2") when taken. Returns the id used.
    QString addBody(const registry::Body& body);
    bool removeBody(const QString& id);
    // Replaces body `id` by `body` (which may carry a new id).
    bool replaceBody(const QString& id, const registry::Body& body);
    bool setTerritory(const QString& id, const registry::Territory& territory);
    // Adds the municipality to the body's listed municipalities, or removes it when listed.
    bool toggleMunicipality(const QString& id, const QString& municipalityCode);

    // The peiljaar (reference year) every view shows — map themes, triangle, details, profile:
    // one per window, part of the shared state. nullopt = "huidig" (the status decides).
    std::optional<int> referenceYear() const { return m_referenceYear; }
    void setReferenceYear(std::optional<int> year);
    // Coverage options with the peiljaar set; `base` gives the other options.
    coverage::CoverageOptions coverageOptions(coverage::CoverageOptions base = {}) const;
    // "peiljaar 2014" or "huidige situatie", for titles and legends.
    QString referenceYearLabel() const;

    // A fresh id not in the registry, from a name ("Nieuw verband" → "nieuw-verband").
    QString uniqueId(const QString& base) const;
    // The registry's JSON path of body `id` ("$.bodies[3]"), or "$.bodies[N]" for a new body.
    QString pathOf(const QString& id) const;

    // Undo/redo actions with Dutch texts and the standard shortcuts (Ctrl+Z, Ctrl+Y/Ctrl+Shift+Z).
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

Q_SIGNALS:
    // After every change of the registry (edit, undo, redo, open).
    void changed();
    // After open/save/saveAs changed the file or the dirty flag.
    void fileChanged(const QString& path);
    void dirtyChanged(bool dirty);
    // The peiljaar changed (views recompute; the registry itself did not change).
    void referenceYearChanged();

private:
    friend class RegistryCommand;
    // Used by the undo commands: set the registry and rebuild the index, emit changed().
    void setRegistryInternal(registry::Registry registry);
    void pushEdit(const QString& text, registry::Registry after);
    bool writeTo(const QString& path, QString* error);

    const RegionModel& m_regions;
    registry::Registry m_registry;
    registry::BodyIndex m_index;
    QString m_path;
    QString m_loadError;
    std::optional<int> m_referenceYear;
    QUndoStack* m_undo = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace regio::ui
