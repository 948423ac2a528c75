#include "io/spreadsheet.h"
#include "ui/registry/registry_document.h"

#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "registry/registry_validate.h"

#include <QAction>
#include <QFileInfo>
#include <QKeySequence>
#include <QRegularExpression>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

#include <utility>

namespace regio::ui {

// One edit as two snapshots of the registry: undo restores the exact previous state (bodies are
// small and QStrings are shared, so a snapshot of a few hundred bodies costs little).
class RegistryCommand : public QUndoCommand {
public:
    RegistryCommand(RegistryDocument& doc, const QString& text, registry::Registry before,
                    registry::Registry after)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_doc.setRegistryInternal(m_before); }
    void redo() override { m_doc.setRegistryInternal(m_after); }

private:
    RegistryDocument& m_doc;
    registry::Registry m_before;
    registry::Registry m_after;
};

namespace {

QString joinedLines(const QStringList& lines) { return lines.join(QLatin1Char('\n')); }

} // namespace

RegistryDocument::RegistryDocument(const RegionModel& regions, QObject* parent)
    : QObject(parent), m_regions(regions), m_undo(new QUndoStack(this))
{
    m_undoAction = m_undo->createUndoAction(this, tr("Ongedaan maken"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setToolTip(tr("De laatste wijziging in het register ongedaan maken (Ctrl+Z)"));
    m_redoAction = m_undo->createRedoAction(this, tr("Opnieuw"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_redoAction->setToolTip(tr("De ongedaan gemaakte wijziging opnieuw uitvoeren (Ctrl+Y)"));
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
    openDefault();
}

RegistryDocument::~RegistryDocument() = default;

QString RegistryDocument::displayName() const
{
    return m_path.isEmpty() ? tr("standaardregister (ingebouwd)") : QFileInfo(m_path).fileName();
}

bool RegistryDocument::isDirty() const { return !m_undo->isClean(); }

void RegistryDocument::setReferenceYear(std::optional<int> year)
{
    if (year == m_referenceYear)
        return;
    m_referenceYear = year;
    Q_EMIT referenceYearChanged();
}

coverage::CoverageOptions RegistryDocument::coverageOptions(coverage::CoverageOptions base) const
{
    base.year = m_referenceYear;
    return base;
}

QString RegistryDocument::referenceYearLabel() const
{
    return coverage::referenceYearLabel(coverageOptions());
}

registry::RegistryProblems RegistryDocument::problems() const { return registry::validate(m_registry, m_regions); }

void RegistryDocument::setRegistryInternal(registry::Registry registry)
{
    m_registry = std::move(registry);
    m_index = registry::BodyIndex(m_registry, m_regions);
    Q_EMIT changed();
}

void RegistryDocument::openDefault()
{
    try {
        registry::Registry r = registry::loadDefaultRegistry(m_regions);
        m_loadError.clear();
        m_undo->clear();
        m_path.clear();
        setRegistryInternal(std::move(r));
    } catch (const registry::RegistryError& e) {
        // With the regions of another year (--regions) the built-in registry's 2025 codes do not
        // apply: say so in one sentence instead of listing every code.
        const bool otherYear = std::any_of(e.problems().begin(), e.problems().end(), [](const registry::RegistryProblem& p) {
            return p.path == QLatin1String("$.regionsYear");
        });
        m_loadError = otherYear ? tr("Het ingebouwde register gebruikt de gemeentelijke indeling van 2025; de regio's van %1 "
                                     "zijn geladen. Open een register van %1 (Bestand › Register openen…).")
                                      .arg(m_regions.year())
                                : joinedLines(e.lines());
        m_undo->clear();
        m_path.clear();
        setRegistryInternal(registry::Registry{});
    }
    Q_EMIT fileChanged(m_path);
    Q_EMIT dirtyChanged(false);
}

bool RegistryDocument::open(const QString& path, QString* error)
{
    registry::Registry r;
    try {
        r = registry::loadRegistry(path, m_regions);
    } catch (const registry::RegistryError& e) {
        if (error)
            *error = joinedLines(e.lines());
        return false;
    } catch (const InputError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    m_undo->clear();
    m_path = path;
    setRegistryInternal(std::move(r));
    Q_EMIT fileChanged(m_path);
    Q_EMIT dirtyChanged(false);
    return true;
}

bool RegistryDocument::writeTo(const QString& path, QString* error)
{
    try {
        registry::saveRegistry(m_registry, path);
    } catch (const InputError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

bool RegistryDocument::save(QString* error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("Het ingebouwde standaardregister is alleen-lezen: kies ‘Opslaan als…’ om het als "
                        "eigen bestand te bewaren.");
        return false;
    }
    if (io::isSpreadsheetPath(m_path)) {
        // Never JSON over the user's workbook.
        if (error)
            *error = tr("%1 is een rekenblad; het register wordt als JSON-bestand bewaard: kies ‘Opslaan als…’.")
                         .arg(QFileInfo(m_path).fileName());
        return false;
    }
    return saveAs(m_path, error);
}

bool RegistryDocument::saveAs(const QString& path, QString* error)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':'))) {
        if (error)
            *error = tr("%1: hier kan niet worden opgeslagen; kies een bestand op schijf.")
                         .arg(path.isEmpty() ? tr("(geen bestandsnaam)") : path);
        return false;
    }
    if (!writeTo(path, error))
        return false;
    const bool pathChanged = path != m_path;
    m_path = path;
    m_undo->setClean();
    if (pathChanged)
        Q_EMIT fileChanged(m_path);
    return true;
}

void RegistryDocument::pushEdit(const QString& text, registry::Registry after)
{
    m_undo->push(new RegistryCommand(*this, text, m_registry, std::move(after)));
}

QString RegistryDocument::uniqueId(const QString& base) const
{
    QString stem = base.toLower();
    // Dutch names carry accents ("beëindigd"): fold them to their base letters first.
    stem = stem.normalized(QString::NormalizationForm_KD);
    stem.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (stem.isEmpty())
        stem = QStringLiteral("verband");
    QString id = stem;
    for (int n = 2; m_registry.indexOf(id) >= 0; ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

QString RegistryDocument::pathOf(const QString& id) const
{
    const int i = m_registry.indexOf(id);
    return registry::bodyPath(i >= 0 ? i : int(m_registry.bodies.size()));
}

QString RegistryDocument::addBody(const registry::Body& body)
{
    registry::Body b = body;
    if (b.id.isEmpty() || m_registry.indexOf(b.id) >= 0)
        b.id = uniqueId(b.id.isEmpty() ? b.name : b.id);
    registry::Registry after = m_registry;
    after.bodies.push_back(b);
    pushEdit(tr("Verband ‘%1’ toevoegen").arg(b.displayName()), std::move(after));
    return b.id;
}

bool RegistryDocument::removeBody(const QString& id)
{
    const int i = m_registry.indexOf(id);
    if (i < 0)
        return false;
    registry::Registry after = m_registry;
    const QString name = after.bodies[size_t(i)].displayName();
    after.bodies.erase(after.bodies.begin() + i);
    pushEdit(tr("Verband ‘%1’ verwijderen").arg(name), std::move(after));
    return true;
}

bool RegistryDocument::replaceBody(const QString& id, const registry::Body& body)
{
    const int i = m_registry.indexOf(id);
    if (i < 0 || m_registry.bodies[size_t(i)] == body)
        return false;
    if (body.id != id && m_registry.indexOf(body.id) >= 0)
        return false; // would duplicate another body's id
    registry::Registry after = m_registry;
    after.bodies[size_t(i)] = body;
    pushEdit(tr("Verband ‘%1’ wijzigen").arg(body.displayName()), std::move(after));
    return true;
}

bool RegistryDocument::setTerritory(const QString& id, const registry::Territory& territory)
{
    const int i = m_registry.indexOf(id);
    if (i < 0 || m_registry.bodies[size_t(i)].territory == territory)
        return false;
    registry::Registry after = m_registry;
    after.bodies[size_t(i)].territory = territory;
    pushEdit(tr("Gebied van ‘%1’ wijzigen").arg(after.bodies[size_t(i)].displayName()), std::move(after));
    return true;
}

bool RegistryDocument::toggleMunicipality(const QString& id, const QString& municipalityCode)
{
    const int i = m_registry.indexOf(id);
    if (i < 0 || municipalityCode.isEmpty())
        return false;
    registry::Registry after = m_registry;
    registry::Body& b = after.bodies[size_t(i)];
    QStringList& list = b.territory.municipalities;
    const bool had = list.removeAll(municipalityCode) > 0;
    if (!had)
        list.append(municipalityCode);
    pushEdit((had ? tr("%1 uit gebied van ‘%2’ halen") : tr("%1 aan gebied van ‘%2’ toevoegen"))
                 .arg(municipalityCode, b.displayName()),
             std::move(after));
    return true;
}

} // namespace regio::ui
