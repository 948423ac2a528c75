#include "ui/registry/body_form.h"

#include "regions/region_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace regio::ui {

using registry::Body;
using registry::RegistryProblem;
using registry::RegistryProblems;

namespace {

const char* kShown = "regioShownText"; // the text the form put in a field, to keep untouched values exact

QString shownNumber(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest).replace(QLatin1Char('.'), QLatin1Char(','))
             : QString();
}

template <typename Edit>
void setShown(Edit* edit, const QString& text)
{
    edit->setProperty(kShown, text);
}

// The field's text, or `original` when the user left the field as the form showed it: a value
// survives the editor unchanged even where a widget would normalise it (line ends, spaces).
QString textOr(const QLineEdit* edit, const QString& original)
{
    return edit->text() == edit->property(kShown).toString() ? original : edit->text();
}

template <typename E, size_t N>
void addChecks(QWidget* parent, QGridLayout* grid, const std::array<E, N>& values, QHash<E, QCheckBox*>& out,
               const QString& prefix, int columns)
{
    int i = 0;
    for (E v : values) {
        auto* box = new QCheckBox(registry::label(v), parent);
        box->setObjectName(prefix + registry::key(v));
        grid->addWidget(box, i / columns, i % columns);
        out.insert(v, box);
        ++i;
    }
}

template <typename E>
registry::EnumSet<E> checkedSet(const QHash<E, QCheckBox*>& boxes)
{
    registry::EnumSet<E> set;
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        if (it.value()->isChecked())
            set.insert(it.key());
    return set;
}

template <typename E>
void setChecks(const QHash<E, QCheckBox*>& boxes, registry::EnumSet<E> set)
{
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        it.value()->setChecked(set.contains(it.key()));
}

QStringList splitAbroad(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

BodyForm::BodyForm(const RegionModel& regions, QWidget* parent) : QWidget(parent), m_regions(regions)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [&](const QString& label, const QString& key, QWidget* editor) {
        m_fieldOrder << key;
        m_fieldLabels.insert(key, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
        form->addRow(label, field(key, editor));
    };

    m_id = lineEdit(QStringLiteral("id"), tr("Vaste, unieke sleutel: kleine letters, cijfers en streepjes"));
    m_name = lineEdit(QStringLiteral("name"), tr("Volledige naam zoals de bron die schrijft (verplicht)"));
    m_shortName = lineEdit(QStringLiteral("shortName"), tr("Korte naam voor kaarten en grafieken (optioneel)"));
    QStringList typeLabels;
    for (auto t : registry::allBodyTypes)
        typeLabels << registry::label(t);
    m_type = keyCombo(QStringLiteral("type"), registry::bodyTypeKeys(), typeLabels, tr("Vorm van samenwerking"));
    m_subtype = lineEdit(QStringLiteral("subtype"), tr("Bijvoorbeeld ‘RIF mbo’ of ‘Centre of Expertise’ (optioneel)"));
    row(tr("Id:"), QStringLiteral("id"), m_id);
    row(tr("&Naam:"), QStringLiteral("name"), m_name);
    row(tr("Korte naam:"), QStringLiteral("shortName"), m_shortName);
    row(tr("&Type:"), QStringLiteral("type"), m_type);
    row(tr("Subtype:"), QStringLiteral("subtype"), m_subtype);

    auto checkGroup = [&](auto& values, auto& out, const QString& prefix, int columns, const QString& tip) {
        auto* box = new QWidget(this);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        addChecks(box, grid, values, out, prefix, columns);
        box->setToolTip(tip);
        for (auto* c : out)
            connect(c, &QCheckBox::toggled, this, &BodyForm::onEdited);
        return box;
    };
    row(tr("Domeinen:"), QStringLiteral("domains"),
        checkGroup(registry::allDomains, m_domains, QStringLiteral("domain-"), 3,
                   tr("Hoeken van de driehoek waarop het verband werkt (minstens één)")));
    row(tr("Actoren:"), QStringLiteral("actors"),
        checkGroup(registry::allActors, m_actors, QStringLiteral("actor-"), 2,
                   tr("Soorten actoren aan tafel (minstens één)")));
    row(tr("Rollen:"), QStringLiteral("roles"),
        checkGroup(registry::allRoles, m_roles, QStringLiteral("role-"), 2,
                   tr("Wat het verband doet (minstens één)")));

    m_funding = lineEdit(QStringLiteral("funding"), tr("Financieringsmodel in woorden (optioneel)"));
    m_fundingPerInhabitant = lineEdit(QStringLiteral("fundingPerInhabitant"),
                                      tr("Euro per inwoner per jaar, waar bekend; leeg = onbekend"));
    m_founded = lineEdit(QStringLiteral("founded"), tr("Oprichtingsjaar (1800–2100); leeg = onbekend"));
    QStringList statusLabels;
    for (auto s : registry::allStatuses)
        statusLabels << registry::label(s);
    m_status = keyCombo(QStringLiteral("status"), registry::statusKeys(), statusLabels,
                        tr("Beëindigde verbanden tellen niet mee in de dekking"));
    row(tr("Financiering:"), QStringLiteral("funding"), m_funding);
    row(tr("€ per inwoner:"), QStringLiteral("fundingPerInhabitant"), m_fundingPerInhabitant);
    m_ended = lineEdit(QStringLiteral("ended"),
                       tr("Jaar waarin het verband is opgeheven (alleen bij status Beëindigd); leeg = onbekend"));
    row(tr("Opgericht:"), QStringLiteral("founded"), m_founded);
    row(tr("Opgeheven in:"), QStringLiteral("ended"), m_ended);
    row(tr("Status:"), QStringLiteral("status"), m_status);

    // Accountability and money: each value with its source, or left unknown (never guessed).
    QStringList legalKeys{QString()}, legalLabels{tr("Onbekend")};
    for (auto f : registry::allLegalForms) {
        legalKeys << registry::key(f);
        legalLabels << registry::label(f);
    }
    m_legalForm = keyCombo(QStringLiteral("legalForm"), legalKeys, legalLabels,
                           tr("Rechtsvorm van het verband; ‘Onbekend’ als geen bron het zegt"));
    m_legalFormSource = lineEdit(QStringLiteral("legalFormSource"),
                                 tr("Waar de rechtsvorm vandaan komt (verplicht als die is ingevuld)"));
    row(tr("Rechtsvorm:"), QStringLiteral("legalForm"), m_legalForm);
    row(tr("Bron rechtsvorm:"), QStringLiteral("legalFormSource"), m_legalFormSource);
    row(tr("Toezicht door gekozen raad:"), QStringLiteral("oversight"),
        checkGroup(registry::allOversights, m_oversight, QStringLiteral("oversight-"), 2,
                   tr("Welke gekozen raden direct toezicht houden. Niets aangevinkt = onbekend; "
                      "‘Geen gekozen raad direct’ gaat niet samen met de andere")));
    m_oversightSource = lineEdit(QStringLiteral("oversightSource"),
                                 tr("Waar het toezicht vandaan komt (verplicht als dat is ingevuld)"));
    row(tr("Bron toezicht:"), QStringLiteral("oversightSource"), m_oversightSource);
    row(tr("Geldbronnen:"), QStringLiteral("fundingSources"),
        checkGroup(registry::allFundingSources, m_fundingSources, QStringLiteral("funding-"), 2,
                   tr("Waar het geld vandaan komt. Niets aangevinkt = onbekend")));
    m_fundingSourcesSource = lineEdit(QStringLiteral("fundingSourcesSource"),
                                      tr("Waar de geldbronnen vandaan komen (verplicht als die zijn ingevuld)"));
    row(tr("Bron geldbronnen:"), QStringLiteral("fundingSourcesSource"), m_fundingSourcesSource);

    // Territory: national, municipalities, divisions, abroad.
    auto* territory = new QWidget(this);
    auto* tl = new QVBoxLayout(territory);
    tl->setContentsMargins(0, 0, 0, 0);
    QStringList kindLabels;
    for (auto k : registry::allTerritoryKinds)
        kindLabels << registry::label(k);
    m_territoryKind = keyCombo(QStringLiteral("territoryKind"), registry::territoryKindKeys(), kindLabels,
                               tr("Werkgebied: het verband werkt voor het hele gebied. Alleen vestigingsplaatsen: "
                                  "het gebied noemt alleen waar het verband zit, en telt niet als dekking"));
    tl->addWidget(m_territoryKind);
    m_national = new QCheckBox(tr("Landelijk (alle gemeenten)"), territory);
    m_national->setObjectName(QStringLiteral("nationalCheck"));
    connect(m_national, &QCheckBox::toggled, this, &BodyForm::onEdited);
    tl->addWidget(m_national);
    auto listBlock = [&](QListWidget*& list, QComboBox*& add, const QString& name, const QString& caption,
                         const QString& tip) {
        list = new QListWidget(territory);
        list->setObjectName(name + QStringLiteral("List"));
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setMaximumHeight(110);
        list->setToolTip(tip);
        add = new QComboBox(territory);
        add->setObjectName(name + QStringLiteral("Add"));
        add->setEditable(true);
        add->setInsertPolicy(QComboBox::NoInsert);
        auto* remove = new QPushButton(tr("Verwijderen"), territory);
        remove->setToolTip(tr("De geselecteerde regels uit de lijst halen"));
        connect(remove, &QPushButton::clicked, this, [this, l = list] {
            for (QListWidgetItem* item : l->selectedItems())
                delete item;
            onEdited();
        });
        auto* h = new QHBoxLayout;
        h->addWidget(add, 1);
        h->addWidget(remove);
        tl->addWidget(new QLabel(caption, territory));
        tl->addWidget(list);
        tl->addLayout(h);
    };
    listBlock(m_municipalities, m_addMunicipality, QStringLiteral("municipalities"), tr("Gemeenten:"),
              tr("Gemeenten die het verband omvat; ook aan te wijzen op de kaart"));
    listBlock(m_divisions, m_addDivision, QStringLiteral("divisions"), tr("Indelingen:"),
              tr("Provincies, COROP-gebieden en arbeidsmarktregio’s: al hun gemeenten horen erbij"));
    std::vector<const Region*> sorted;
    for (const Municipality& m : m_regions.municipalities())
        sorted.push_back(&m);
    sortByName(sorted);
    m_addMunicipality->addItem(tr("Gemeente toevoegen…"));
    for (const Region* r : sorted)
        m_addMunicipality->addItem(QStringLiteral("%1 (%2)").arg(r->name, r->code), r->code);
    m_addDivision->addItem(tr("Indeling toevoegen…"));
    for (Level level : divisionLevels) {
        std::vector<const Region*> divs;
        for (const Division& d : m_regions.divisions(level))
            divs.push_back(&d);
        sortByName(divs);
        for (const Region* r : divs)
            m_addDivision->addItem(QStringLiteral("%1 %2 (%3)").arg(levelLabel(level), r->name, r->code), r->code);
    }
    auto onAdd = [this](QComboBox* combo, QListWidget* list, bool municipality) {
        const QString code = combo->currentData().toString();
        if (!code.isEmpty() && !listCodes(list).contains(code)) {
            municipality ? addMunicipalityItem(code) : addDivisionItem(code);
            onEdited();
        }
        combo->setCurrentIndex(0);
    };
    connect(m_addMunicipality, &QComboBox::activated, this,
            [this, onAdd] { onAdd(m_addMunicipality, m_municipalities, true); });
    connect(m_addDivision, &QComboBox::activated, this, [this, onAdd] { onAdd(m_addDivision, m_divisions, false); });
    m_abroad = new QLineEdit(territory);
    m_abroad->setObjectName(QStringLiteral("abroadEdit"));
    m_abroad->setPlaceholderText(tr("Buitenland, gescheiden door ‘;’ (bv. Duitsland; België)"));
    m_abroad->setToolTip(tr("Buitenlandse delen van een grensoverschrijdend verband (niet op de kaart)"));
    connect(m_abroad, &QLineEdit::textEdited, this, &BodyForm::onEdited);
    tl->addWidget(m_abroad);
    row(tr("Gebied:"), QStringLiteral("territory"), territory);

    m_territoryBasis = lineEdit(QStringLiteral("territoryBasis"),
                                tr("Het gebied in woorden, en of het bij benadering is (verplicht)"));
    QStringList scaleLabels, confidenceLabels;
    for (auto s : registry::allScales)
        scaleLabels << registry::label(s);
    for (auto c : registry::allConfidences)
        confidenceLabels << registry::label(c);
    m_scale = keyCombo(QStringLiteral("scale"), registry::scaleKeys(), scaleLabels,
                       tr("Schaal waarop het verband werkt (‘schakelen op schalen’)"));
    m_source = lineEdit(QStringLiteral("source"), tr("Waar de gegevens vandaan komen, bv. ‘SER 2017, fig. B.2 nr. 12’ (verplicht)"));
    m_confidence = keyCombo(QStringLiteral("confidence"), registry::confidenceKeys(), confidenceLabels,
                            tr("Hoe zeker de gegevens zijn, het gebied inbegrepen"));
    m_website = lineEdit(QStringLiteral("website"), tr("Website (optioneel)"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    m_notes->setToolTip(tr("Opmerkingen (optioneel)"));
    connect(m_notes, &QPlainTextEdit::textChanged, this, &BodyForm::onEdited);
    row(tr("Gebied in woorden:"), QStringLiteral("territoryBasis"), m_territoryBasis);
    row(tr("Schaal:"), QStringLiteral("scale"), m_scale);
    row(tr("&Bron:"), QStringLiteral("source"), m_source);
    row(tr("Betrouwbaarheid:"), QStringLiteral("confidence"), m_confidence);
    row(tr("Website:"), QStringLiteral("website"), m_website);
    row(tr("Opmerkingen:"), QStringLiteral("notes"), m_notes);
    auto* general = new QLabel(this);
    m_messages.insert(QString(), general);
    general->setObjectName(QStringLiteral("message-"));
    general->setStyleSheet(QStringLiteral("color: #B00020;"));
    general->setWordWrap(true);
    general->hide();
    form->addRow(general);
}

QWidget* BodyForm::field(const QString& key, QWidget* editor)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    box->setFocusProxy(editor); // the label's mnemonic (Alt+N) reaches the editor
    auto* message = new QLabel(box);
    message->setObjectName(QStringLiteral("message-") + key);
    message->setStyleSheet(QStringLiteral("color: #B00020;")); // dark red: contrast ≥ 7:1 on white
    message->setWordWrap(true);
    message->hide();
    v->addWidget(message);
    m_messages.insert(key, message);
    return box;
}

QLineEdit* BodyForm::lineEdit(const QString& key, const QString& tip)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setToolTip(tip);
    connect(edit, &QLineEdit::textEdited, this, &BodyForm::onEdited);
    return edit;
}

QComboBox* BodyForm::keyCombo(const QString& key, const QStringList& keys, const QStringList& labels,
                              const QString& tip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(key + QStringLiteral("Combo"));
    combo->setToolTip(tip);
    for (qsizetype i = 0; i < keys.size(); ++i)
        combo->addItem(labels.at(i), keys.at(i));
    connect(combo, &QComboBox::currentIndexChanged, this, &BodyForm::onEdited);
    return combo;
}

QString BodyForm::regionLabel(const QString& code) const
{
    const Region* r = m_regions.region(code);
    if (!r)
        return tr("%1 (onbekende code)").arg(code);
    return r->level == Level::Gemeente ? QStringLiteral("%1 (%2)").arg(r->name, code)
                                       : QStringLiteral("%1 %2 (%3)").arg(levelLabel(r->level), r->name, code);
}

void BodyForm::addMunicipalityItem(const QString& code)
{
    auto* item = new QListWidgetItem(regionLabel(code), m_municipalities);
    item->setData(Qt::UserRole, code);
}

void BodyForm::addDivisionItem(const QString& code)
{
    auto* item = new QListWidgetItem(regionLabel(code), m_divisions);
    item->setData(Qt::UserRole, code);
}

QStringList BodyForm::listCodes(const QListWidget* list) const
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void BodyForm::setBody(const Body& b, const QString& jsonPath, std::function<bool(const QString&)> idTaken)
{
    m_loading = true;
    m_original = b;
    m_path = jsonPath;
    m_idTaken = std::move(idTaken);
    auto setText = [](QLineEdit* e, const QString& t) {
        e->setText(t);
        setShown(e, e->text());
    };
    setText(m_id, b.id);
    setText(m_name, b.name);
    setText(m_shortName, b.shortName);
    m_type->setCurrentIndex(m_type->findData(registry::key(b.type)));
    setText(m_subtype, b.subtype);
    setChecks(m_domains, b.domains);
    setChecks(m_actors, b.actors);
    setChecks(m_roles, b.roles);
    setText(m_funding, b.funding);
    setText(m_fundingPerInhabitant, shownNumber(b.fundingPerInhabitant));
    setText(m_founded, b.founded ? QString::number(*b.founded) : QString());
    setText(m_ended, b.ended ? QString::number(*b.ended) : QString());
    m_status->setCurrentIndex(m_status->findData(registry::key(b.status)));
    m_legalForm->setCurrentIndex(m_legalForm->findData(b.legalForm ? registry::key(*b.legalForm) : QString()));
    setText(m_legalFormSource, b.legalFormSource);
    setChecks(m_oversight, b.oversight.value_or(registry::OversightSet{}));
    setText(m_oversightSource, b.oversightSource);
    setChecks(m_fundingSources, b.fundingSources.value_or(registry::FundingSourceSet{}));
    setText(m_fundingSourcesSource, b.fundingSourcesSource);
    m_territoryKind->setCurrentIndex(m_territoryKind->findData(registry::key(b.territory.kind)));
    m_national->setChecked(b.territory.national);
    m_municipalities->clear();
    for (const QString& code : b.territory.municipalities)
        addMunicipalityItem(code);
    m_divisions->clear();
    for (const QString& code : b.territory.divisions)
        addDivisionItem(code);
    setText(m_abroad, b.territory.abroad.join(QStringLiteral("; ")));
    setText(m_territoryBasis, b.territoryBasis);
    m_scale->setCurrentIndex(m_scale->findData(registry::key(b.scale)));
    setText(m_source, b.source);
    m_confidence->setCurrentIndex(m_confidence->findData(registry::key(b.confidence)));
    setText(m_website, b.website);
    m_notes->setPlainText(b.notes);
    setShown(m_notes, m_notes->toPlainText());
    m_loading = false;
    updateMessages();
}

Body BodyForm::body() const
{
    Body b = m_original;
    b.id = textOr(m_id, b.id);
    b.name = textOr(m_name, b.name);
    b.shortName = textOr(m_shortName, b.shortName);
    b.type = registry::bodyTypeFromKey(m_type->currentData().toString()).value_or(b.type);
    b.subtype = textOr(m_subtype, b.subtype);
    b.domains = checkedSet(m_domains);
    b.actors = checkedSet(m_actors);
    b.roles = checkedSet(m_roles);
    b.funding = textOr(m_funding, b.funding);
    if (m_fundingPerInhabitant->text() != m_fundingPerInhabitant->property(kShown).toString()) {
        const QString t = m_fundingPerInhabitant->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (t.isEmpty())
            b.fundingPerInhabitant.reset();
        else if (ok && std::isfinite(v))
            b.fundingPerInhabitant = v;
    }
    if (m_founded->text() != m_founded->property(kShown).toString()) {
        bool ok = false;
        const int year = m_founded->text().trimmed().toInt(&ok);
        if (m_founded->text().trimmed().isEmpty())
            b.founded.reset();
        else if (ok)
            b.founded = year;
    }
    if (m_ended->text() != m_ended->property(kShown).toString()) {
        bool ok = false;
        const int year = m_ended->text().trimmed().toInt(&ok);
        if (m_ended->text().trimmed().isEmpty())
            b.ended.reset();
        else if (ok)
            b.ended = year;
    }
    b.status = registry::statusFromKey(m_status->currentData().toString()).value_or(b.status);
    b.legalForm = registry::legalFormFromKey(m_legalForm->currentData().toString());
    b.legalFormSource = textOr(m_legalFormSource, b.legalFormSource);
    const registry::OversightSet oversight = checkedSet(m_oversight);
    b.oversight = oversight.isEmpty() ? std::nullopt : std::optional(oversight);
    b.oversightSource = textOr(m_oversightSource, b.oversightSource);
    const registry::FundingSourceSet funding = checkedSet(m_fundingSources);
    b.fundingSources = funding.isEmpty() ? std::nullopt : std::optional(funding);
    b.fundingSourcesSource = textOr(m_fundingSourcesSource, b.fundingSourcesSource);
    b.territory.kind = registry::territoryKindFromKey(m_territoryKind->currentData().toString()).value_or(b.territory.kind);
    b.territory.national = m_national->isChecked();
    b.territory.municipalities = listCodes(m_municipalities);
    b.territory.divisions = listCodes(m_divisions);
    if (m_abroad->text() != m_abroad->property(kShown).toString())
        b.territory.abroad = splitAbroad(m_abroad->text());
    b.territoryBasis = textOr(m_territoryBasis, b.territoryBasis);
    b.scale = registry::scaleFromKey(m_scale->currentData().toString()).value_or(b.scale);
    b.source = textOr(m_source, b.source);
    b.confidence = registry::confidenceFromKey(m_confidence->currentData().toString()).value_or(b.confidence);
    b.website = textOr(m_website, b.website);
    if (m_notes->toPlainText() != m_notes->property(kShown).toString())
        b.notes = m_notes->toPlainText();
    return b;
}

bool BodyForm::isModified() const { return !parseProblems().empty() || body() != m_original; }

RegistryProblems BodyForm::parseProblems() const
{
    RegistryProblems out;
    const QString money = m_fundingPerInhabitant->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = true;
    if (!money.isEmpty() && (money.toDouble(&ok), !ok))
        out.push_back({m_path + QStringLiteral(".fundingPerInhabitant"),
                       tr("geen getal: ‘%1’ (bv. 12,50; leeg = onbekend)").arg(m_fundingPerInhabitant->text())});
    const QString year = m_founded->text().trimmed();
    if (!year.isEmpty() && (year.toInt(&ok), !ok))
        out.push_back({m_path + QStringLiteral(".founded"),
                       tr("geen jaartal: ‘%1’ (leeg = onbekend)").arg(m_founded->text())});
    const QString ended = m_ended->text().trimmed();
    if (!ended.isEmpty() && (ended.toInt(&ok), !ok))
        out.push_back({m_path + QStringLiteral(".ended"),
                       tr("geen jaartal: ‘%1’ (leeg = onbekend)").arg(m_ended->text())});
    return out;
}

RegistryProblems BodyForm::problems() const
{
    RegistryProblems out = parseProblems();
    const Body b = body();
    for (RegistryProblem& p : registry::validateBody(b, m_regions, m_path))
        out.push_back(std::move(p));
    if (m_idTaken && b.id != m_original.id && m_idTaken(b.id))
        out.push_back({m_path + QStringLiteral(".id"), tr("dubbele id ‘%1’: een ander verband heeft die al").arg(b.id)});
    return out;
}

QString BodyForm::messageFor(const QString& fieldKey) const
{
    const QLabel* l = m_messages.value(fieldKey);
    return l && !l->isHidden() ? l->text() : QString();
}

void BodyForm::updateMessages()
{
    QHash<QString, QStringList> byField;
    for (const RegistryProblem& p : problems()) {
        QString rest = p.path.startsWith(m_path) ? p.path.mid(m_path.size()) : p.path;
        if (rest.startsWith(QLatin1Char('.')))
            rest = rest.mid(1);
        qsizetype end = rest.size();
        for (QChar stop : {QLatin1Char('.'), QLatin1Char('[')})
            if (const qsizetype at = rest.indexOf(stop); at >= 0)
                end = std::min(end, at);
        QString key = rest.left(end);
        if (!m_messages.contains(key))
            key.clear();
        byField[key] << p.reason;
    }
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const QStringList reasons = byField.value(it.key());
        it.value()->setText(reasons.join(QLatin1Char('\n')));
        it.value()->setVisible(!reasons.isEmpty());
    }
    Q_EMIT messagesChanged();
}

QList<BodyForm::FieldMessage> BodyForm::messages() const
{
    QList<FieldMessage> out;
    QStringList keys = m_fieldOrder;
    keys << QString(); // the body as a whole, last
    for (const QString& key : keys) {
        const QLabel* l = m_messages.value(key);
        if (!l || l->isHidden() || l->text().isEmpty())
            continue;
        for (const QString& line : l->text().split(QLatin1Char('\n')))
            out.push_back({key, m_fieldLabels.value(key), line});
    }
    return out;
}

void BodyForm::focusField(const QString& fieldKey)
{
    const QLabel* l = m_messages.value(fieldKey);
    if (!l || !l->parentWidget() || l->parentWidget() == this)
        return;
    l->parentWidget()->setFocus(Qt::OtherFocusReason); // the field's box proxies to its editor
}

void BodyForm::onEdited()
{
    if (m_loading)
        return;
    updateMessages();
    Q_EMIT edited();
}

void BodyForm::toggleMunicipality(const QString& code)
{
    if (code.isEmpty())
        return;
    const qsizetype at = listCodes(m_municipalities).indexOf(code);
    if (at >= 0)
        delete m_municipalities->takeItem(int(at));
    else
        addMunicipalityItem(code);
    onEdited();
}

QStringList BodyForm::previewMunicipalities() const
{
    return registry::resolveMunicipalities(body(), m_regions);
}

} // namespace regio::ui
