#include "ui/registry/registry_editor.h"

#include "regions/region_model.h"

#include "ui/registry/body_form.h"
#include "ui/registry/registry_document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace regio::ui {

using registry::Body;

namespace {

enum Column { ColName, ColType, ColDomains, ColScale, ColSource, ColConfidence, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;

// Sorts as a reader expects an index: case-insensitive, leading punctuation ignored
// ("EPZ" after "Economic Board"), the same order as region names (nameSortKey).
class SortedCell : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        return QString::compare(nameSortKey(text()), nameSortKey(other.text())) < 0;
    }
};

QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new SortedCell(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

RegistryEditor::RegistryEditor(RegistryDocument& document, QWidget* parent) : QWidget(parent), m_doc(document)
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setToolTip(tr("Alleen verbanden van dit type tonen"));
    m_typeFilter->addItem(tr("Alle typen"), -1);
    for (auto t : registry::allBodyTypes)
        m_typeFilter->addItem(registry::labelPlural(t), int(t));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Zoeken op naam, id of bron…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Toont alleen verbanden waarvan naam, korte naam, id of bron deze tekst bevat"));
    auto* add = new QPushButton(tr("&Nieuw"), this);
    add->setToolTip(tr("Een nieuw samenwerkingsverband invullen; het komt in het register bij ‘Toepassen’"));
    m_delete = new QPushButton(tr("Verwijderen"), this);
    m_delete->setToolTip(tr("Het geselecteerde verband uit het register verwijderen (Del); ongedaan te maken"));
    auto* undo = new QToolButton(this);
    undo->setDefaultAction(m_doc.undoAction());
    auto* redo = new QToolButton(this);
    redo->setDefaultAction(m_doc.redoAction());
    addAction(m_doc.undoAction());
    addAction(m_doc.redoAction());
    top->addWidget(m_typeFilter);
    top->addWidget(m_search, 1);
    top->addWidget(add);
    top->addWidget(m_delete);
    top->addWidget(undo);
    top->addWidget(redo);
    layout->addLayout(top);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bodyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Naam"), tr("Type"), tr("Domeinen"), tr("Schaal"), tr("Bron"), tr("Betrouwbaarheid")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ColSource, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ColName, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { deleteCurrent(true); });

    m_formTitle = new QLabel(this);
    m_formTitle->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_formTitle->setFont(titleFont);
    m_form = new BodyForm(m_doc.regions(), this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    m_formScroll = scroll;
    // The messages of the form, above it: however far the form is scrolled, what stops
    // ‘Toepassen’ stays in view, and a click (or Tab + Enter) on one goes to its field.
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #B00020; background: #FDECEE; border: 1px solid #E8B4BC; padding: 4px; }"));
    m_problems->hide();
    connect(m_problems, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString key = link.mid(QStringLiteral("field:").size());
        m_form->focusField(key);
        if (QWidget* focus = m_form->focusWidget())
            m_formScroll->ensureWidgetVisible(focus, 20, 40);
    });
    auto* formBox = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(m_problems);
    formLayout->addWidget(scroll, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("editorSplit"));
    split->addWidget(m_table);
    split->addWidget(formBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 300}); // several table rows, not two
    split->setChildrenCollapsible(false);
    m_split = split;
    layout->addWidget(split, 1);

    auto* bottom = new QHBoxLayout;
    m_pick = new QPushButton(tr("Gebied aanwijzen op de &kaart"), this);
    m_pick->setObjectName(QStringLiteral("pickOnMap"));
    m_pick->setCheckable(true);
    m_pick->setToolTip(tr("Aan: een klik op een gemeente in de kaart voegt die toe aan het gebied van dit "
                          "verband, of haalt haar eruit. Daarna ‘Toepassen’."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    m_revert = new QPushButton(tr("&Herstellen"), this);
    m_revert->setToolTip(tr("De wijzigingen in het formulier weggooien"));
    m_apply = new QPushButton(tr("&Toepassen"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("De wijzigingen in het register zetten (ongedaan te maken met Ctrl+Z)"));
    m_apply->setDefault(true);
    bottom->addWidget(m_pick);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_apply);
    layout->addLayout(bottom);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &RegistryEditor::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &RegistryEditor::applyFilter);
    connect(add, &QPushButton::clicked, this, &RegistryEditor::newBody);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(true); });
    connect(m_apply, &QPushButton::clicked, this, &RegistryEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &RegistryEditor::revert);
    connect(m_pick, &QPushButton::toggled, this, [this](bool on) {
        Q_EMIT pickingOnMapChanged(on);
        Q_EMIT territoryPreview(m_form->previewMunicipalities());
    });
    connect(m_form, &BodyForm::edited, this, &RegistryEditor::onFormEdited);
    connect(m_form, &BodyForm::messagesChanged, this, &RegistryEditor::updateProblems);
    connect(&m_doc, &RegistryDocument::changed, this, &RegistryEditor::onDocumentChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_syncing || row < 0)
            return;
        const QString id = m_table->item(row, ColName)->data(kIdRole).toString();
        if (!selectBody(id)) { // cancelled: back to the body in the form
            m_syncing = true;
            if (const int back = rowOf(m_currentId); back >= 0)
                m_table->selectRow(back);
            m_syncing = false;
        }
    });

    rebuildTable();
    if (!m_doc.registry().bodies.empty())
        selectBody(m_doc.registry().bodies.front().id);
    else
        loadForm();
}

void RegistryEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Under the map on a 1366×768 laptop the dock is wide and short: table and form side by side
    // each get its full height (many rows; the form's messages above it). Tall and narrow (docked
    // at the side, floating): the table above the form.
    const Qt::Orientation wanted = width() > 2 * height() && width() >= 900 ? Qt::Horizontal : Qt::Vertical;
    if (m_split && m_split->orientation() != wanted) {
        m_split->setOrientation(wanted);
        const int extent = wanted == Qt::Horizontal ? m_split->width() : m_split->height();
        m_split->setSizes({extent * 2 / 5, extent * 3 / 5});
    }
}

QAbstractButton* RegistryEditor::pickOnMapButton() const { return m_pick; }
bool RegistryEditor::isPickingOnMap() const { return m_pick->isChecked(); }
void RegistryEditor::setPickingOnMap(bool on) { m_pick->setChecked(on); }

bool RegistryEditor::hasPendingEdits() const { return (m_new || !m_currentId.isEmpty()) && m_form->isModified(); }

int RegistryEditor::rowOf(const QString& id) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, ColName)->data(kIdRole).toString() == id)
            return r;
    return -1;
}

void RegistryEditor::rebuildTable()
{
    m_syncing = true;
    m_table->setSortingEnabled(false);
    const auto& bodies = m_doc.registry().bodies;
    m_table->setRowCount(int(bodies.size()));
    for (size_t i = 0; i < bodies.size(); ++i) {
        const Body& b = bodies[i];
        const int r = int(i);
        auto* name = cell(b.displayName(), b.name + QLatin1Char('\n') + b.id);
        name->setData(kIdRole, b.id);
        m_table->setItem(r, ColName, name);
        m_table->setItem(r, ColType, cell(registry::label(b.type)));
        m_table->setItem(r, ColDomains, cell(registry::joinLabels(b.domains)));
        m_table->setItem(r, ColScale, cell(registry::label(b.scale)));
        m_table->setItem(r, ColSource, cell(b.source));
        m_table->setItem(r, ColConfidence, cell(registry::label(b.confidence)));
    }
    m_table->setSortingEnabled(true);
    for (const auto& [column, widest] : {std::pair{ColName, 200}, std::pair{ColType, 150}, std::pair{ColDomains, 170},
                                         std::pair{ColScale, 100}, std::pair{ColConfidence, 110}}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
    applyFilter();
    if (const int r = rowOf(m_currentId); r >= 0)
        m_table->selectRow(r);
    else
        m_table->clearSelection();
    m_syncing = false;
}

void RegistryEditor::applyFilter()
{
    const int type = m_typeFilter->currentData().toInt();
    const QString needle = m_search->text().trimmed();
    const auto& reg = m_doc.registry();
    int shown = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Body* b = reg.find(m_table->item(r, ColName)->data(kIdRole).toString());
        bool visible = b && (type < 0 || int(b->type) == type);
        if (visible && !needle.isEmpty())
            visible = b->name.contains(needle, Qt::CaseInsensitive) || b->shortName.contains(needle, Qt::CaseInsensitive) ||
                      b->id.contains(needle, Qt::CaseInsensitive) || b->source.contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !visible);
        shown += visible;
    }
    m_table->setToolTip(tr("%1 van %2 verbanden getoond. Del verwijdert het geselecteerde verband.")
                            .arg(shown)
                            .arg(reg.bodies.size()));
}

bool RegistryEditor::selectBody(const QString& id)
{
    if (!m_new && id == m_currentId)
        return true;
    if (!m_doc.registry().find(id))
        return false;
    if (hasPendingEdits() && !apply()) {
        const auto answer = QMessageBox::question(
            this, tr("Wijzigingen met fouten"),
            tr("Het formulier van ‘%1’ bevat wijzigingen met fouten (in rood). Die wijzigingen weggooien?")
                .arg(m_form->original().displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_currentId = id;
    m_new = false;
    loadForm();
    m_syncing = true;
    if (const int r = rowOf(id); r >= 0) {
        m_table->selectRow(r);
        m_table->scrollToItem(m_table->item(r, ColName));
    }
    m_syncing = false;
    Q_EMIT bodySelected(id);
    return true;
}

void RegistryEditor::loadForm()
{
    const auto& reg = m_doc.registry();
    const Body* b = m_new ? nullptr : reg.find(m_currentId);
    if (!b && !m_new)
        m_currentId.clear();
    if (b) {
        const QString ownId = b->id;
        m_form->setBody(*b, m_doc.pathOf(ownId), [&reg, ownId](const QString& id) { return id != ownId && reg.indexOf(id) >= 0; });
        m_formTitle->setText(b->displayName());
    }
    m_form->setEnabled(b || m_new);
    if (!b && !m_new)
        m_formTitle->setText(tr("Geen verband gekozen"));
    m_status->clear();
    updateButtons();
    Q_EMIT territoryPreview(m_form->previewMunicipalities());
}

void RegistryEditor::onDocumentChanged()
{
    rebuildTable();
    if (!m_new)
        loadForm();
}

void RegistryEditor::onFormEdited()
{
    m_status->clear();
    updateButtons();
    Q_EMIT territoryPreview(m_form->previewMunicipalities());
}

void RegistryEditor::updateProblems()
{
    const auto messages = m_form->messages();
    if (messages.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
        return;
    }
    QString html = tr("<b>%n melding(en) — eerst herstellen, dan ‘Toepassen’:</b>", nullptr, int(messages.size()));
    for (const BodyForm::FieldMessage& m : messages) {
        const QString text = m.text.toHtmlEscaped();
        html += QStringLiteral("<br>• ") +
                (m.label.isEmpty() ? text
                                   : QStringLiteral("<a href=\"field:%1\" style=\"color:#B00020;\">%2</a>: %3").arg(m.field, m.label.toHtmlEscaped(), text));
    }
    m_problems->setText(html);
    m_problems->show();
}

void RegistryEditor::updateButtons()
{
    const bool pending = hasPendingEdits();
    m_apply->setEnabled(pending || m_new);
    m_revert->setEnabled(pending || m_new);
    m_delete->setEnabled(!m_currentId.isEmpty() && !m_new);
    m_pick->setEnabled(m_new || !m_currentId.isEmpty());
    if (pending)
        m_status->setText(tr("Niet toegepaste wijzigingen"));
}

bool RegistryEditor::apply()
{
    if (m_currentId.isEmpty() && !m_new)
        return false;
    const auto problems = m_form->problems();
    if (!problems.empty()) {
        m_status->setText(tr("Niet toegepast: herstel eerst de %n melding(en) in rood.", nullptr, int(problems.size())));
        m_status->setStyleSheet(QStringLiteral("color: #B00020;"));
        return false;
    }
    m_status->setStyleSheet(QString());
    const Body b = m_form->body();
    if (m_new) {
        m_new = false;
        m_currentId = b.id;
        m_currentId = m_doc.addBody(b);
        loadForm();
    } else if (b != m_form->original()) {
        const QString old = m_currentId;
        m_currentId = b.id;
        if (!m_doc.replaceBody(old, b))
            m_currentId = old;
    }
    m_status->setText(tr("Toegepast"));
    Q_EMIT bodySelected(m_currentId);
    return true;
}

void RegistryEditor::revert()
{
    if (m_new) {
        m_new = false;
        m_currentId.clear();
        if (!m_doc.registry().bodies.empty())
            m_currentId = m_doc.registry().bodies.front().id;
    }
    loadForm();
}

void RegistryEditor::newBody()
{
    if (hasPendingEdits() && !apply())
        return; // the red messages say what to fix first
    Body b;
    b.name = tr("Nieuw samenwerkingsverband");
    b.id = m_doc.uniqueId(b.name);
    b.status = registry::Status::Actief;
    m_new = true;
    m_currentId.clear();
    const auto& reg = m_doc.registry();
    m_form->setBody(b, m_doc.pathOf(QString()), [&reg](const QString& id) { return reg.indexOf(id) >= 0; });
    m_form->setEnabled(true);
    m_formTitle->setText(tr("Nieuw verband (nog niet in het register)"));
    m_table->clearSelection();
    m_status->setText(tr("Vul de velden in en kies ‘Toepassen’"));
    updateButtons();
    Q_EMIT territoryPreview({});
}

bool RegistryEditor::deleteCurrent(bool confirm)
{
    const int index = m_doc.registry().indexOf(m_currentId);
    if (m_new || index < 0)
        return false;
    const Body& b = m_doc.registry().bodies[size_t(index)];
    if (confirm &&
        QMessageBox::question(this, tr("Verband verwijderen"),
                              tr("‘%1’ uit het register verwijderen?\nDit is ongedaan te maken met Ctrl+Z.").arg(b.displayName()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    // Next in the table's order becomes current.
    QString next;
    const int row = rowOf(m_currentId);
    for (int r = row + 1; r < m_table->rowCount() && next.isEmpty(); ++r)
        if (!m_table->isRowHidden(r))
            next = m_table->item(r, ColName)->data(kIdRole).toString();
    for (int r = row - 1; r >= 0 && next.isEmpty(); --r)
        if (!m_table->isRowHidden(r))
            next = m_table->item(r, ColName)->data(kIdRole).toString();
    const QString id = m_currentId;
    m_currentId = next;
    m_doc.removeBody(id);
    if (!next.isEmpty())
        Q_EMIT bodySelected(next);
    return true;
}

void RegistryEditor::toggleMunicipality(const QString& code)
{
    if (m_currentId.isEmpty() && !m_new)
        return;
    m_form->toggleMunicipality(code); // emits edited → territoryPreview
}

} // namespace regio::ui
