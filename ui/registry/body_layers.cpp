#include "ui/registry/body_layers.h"

#include "i18n/language.h"

#include "regions/region_model.h"
#include "ui/registry/landscape_chart.h"
#include "ui/registry/registry_document.h"

#include <QDate>
#include <QHBoxLayout>
#include <QPushButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace regio::ui {

using registry::Body;
using registry::BodyType;

namespace {

// ColorBrewer YlGnBu, 6 classes (Brewer 2003): sequential, colour-blind and print safe.
const QColor kYlGnBu[6] = {QColor(0xFF, 0xFF, 0xCC), QColor(0xC7, 0xE9, 0xB4), QColor(0x7F, 0xCD, 0xBB),
                           QColor(0x41, 0xB6, 0xC4), QColor(0x2C, 0x7F, 0xB8), QColor(0x25, 0x34, 0x94)};
// Not held by any chosen body / no body of the type: light grey, so that colour means "covered".
const QColor kNone(0xE4, 0xE4, 0xE4);
// One body (Tol "bright" cyan) and two or more (Tol "bright" purple): overlap stands out.
const QColor kOne(0x66, 0xCC, 0xEE);
const QColor kOverlap(0xAA, 0x33, 0x77);

QString rangeLabel(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

bool isEnded(const Body& b) { return b.status == registry::Status::Beeindigd; }

// Greyed in the list: ended, or not there in the peiljaar.
bool isAbsent(const Body& b, const coverage::CoverageOptions& options)
{
    return options.year ? !registry::presentIn(b, *options.year) : isEnded(b);
}

constexpr int kBodyRole = Qt::UserRole + 1; // body id on body items
constexpr int kTypeRole = Qt::UserRole + 2; // BodyType on type items and theme entries

} // namespace

std::vector<CountClass> countClasses(int maxCount, int minCount)
{
    std::vector<CountClass> out;
    out.push_back({0, 0, kYlGnBu[0], QStringLiteral("0")});
    if (maxCount <= 0)
        return out;
    const int first = std::clamp(minCount, 1, maxCount);
    const int classes = first > 1 ? 4 : 5; // with the 0 class (and 1..first-1) six colours in all
    const int width = std::max(1, (maxCount - first + classes) / classes); // ceil(span / classes)
    if (first > 1) // below the lowest class: counts that do not occur, but the legend stays complete
        out.push_back({1, first - 1, kYlGnBu[1], rangeLabel(1, first - 1)});
    for (int from = first, i = int(out.size()); from <= maxCount; from += width, ++i) {
        const int to = from + width - 1;
        out.push_back({from, to, kYlGnBu[i], rangeLabel(from, std::min(to, maxCount))});
    }
    return out;
}

const CountClass& classOf(const std::vector<CountClass>& classes, int count)
{
    for (const CountClass& c : classes)
        if (count >= c.from && count <= c.to)
            return c;
    return classes.back();
}

QString referenceYearSuffix(const coverage::CoverageOptions& options)
{
    return options.year ? QObject::tr(" — peiljaar %1").arg(*options.year) : QString();
}

QString confidenceLegend()
{
    QStringList lines;
    for (registry::Confidence c : registry::allConfidences)
        lines << QObject::tr("Betrouwbaarheid %1").arg(registry::confidenceExplanation(c));
    return lines.join(QLatin1Char('\n'));
}

// What counts, in words, for the notes under the legends.
QString presenceNote(const coverage::CoverageOptions& options)
{
    return options.year ? QObject::tr("stand %1").arg(*options.year) : QObject::tr("excl. beëindigde");
}

QString registerSource(const registry::Registry& registry)
{
    return QObject::tr("register: %1")
        .arg(registry.title.isEmpty() ? QObject::tr("zonder titel") : i18n::builtInText("regio::registry", registry.title));
}

MapColouring bodyCountColouring(const RegionModel& regions, const registry::Registry& registry,
                                const registry::BodyIndex& index, const coverage::CoverageOptions& options)
{
    const auto summary = coverage::nationalSummary(regions, registry, index, options);
    int maxCount = 0;
    int minCount = std::numeric_limits<int>::max();
    for (const auto& s : summary) {
        maxCount = std::max(maxCount, s.bodies);
        if (s.bodies > 0)
            minCount = std::min(minCount, s.bodies);
    }
    const auto classes = countClasses(maxCount, minCount);
    MapColouring c;
    c.title = QObject::tr("Aantal samenwerkingsverbanden per gemeente") + referenceYearSuffix(options);
    c.defaultFill = kNone;
    for (const auto& s : summary)
        c.municipalityFill.insert(s.code, classOf(classes, s.bodies).fill);
    for (const CountClass& k : classes)
        c.legend.push_back({k.fill, k.from == 0 ? QObject::tr("geen verband") : k.label + QObject::tr(" verbanden")});
    c.note = (options.year ? QObject::tr("Incl. landelijke; %1").arg(presenceNote(options))
              : options.includeEnded ? QObject::tr("Incl. landelijke en beëindigde")
                                     : QObject::tr("Incl. landelijke, excl. beëindigde"))
             + QObject::tr("; vestigingsplaatsen tellen niet") + QStringLiteral(" · ") + registerSource(registry);
    return c;
}

TriangleClass triangleClassOf(const coverage::MunicipalitySummary& s)
{
    if (s.integraal)
        return TriangleClass::Integraal;
    switch (s.corners) {
    case 0: return TriangleClass::None;
    case 1: return TriangleClass::One;
    case 2: return TriangleClass::Two;
    default: return TriangleClass::ThreeSpread;
    }
}

QColor triangleColour(TriangleClass c)
{
    // ColorBrewer PuOr (colour-blind safe): orange where corners are missing, purple where covered.
    switch (c) {
    case TriangleClass::None: return QColor(0xB3, 0x58, 0x06);
    case TriangleClass::One: return QColor(0xF1, 0xA3, 0x40);
    case TriangleClass::Two: return QColor(0xFE, 0xE0, 0xB6);
    case TriangleClass::ThreeSpread: return QColor(0xB2, 0xAB, 0xD2);
    case TriangleClass::Integraal: return QColor(0x54, 0x27, 0x88);
    }
    return kNone;
}

MapColouring triangleCoverageColouring(const RegionModel& regions, const registry::Registry& registry,
                                       const registry::BodyIndex& index, const coverage::CoverageOptions& options)
{
    MapColouring c;
    c.title = QObject::tr("Dekking van de driehoek economie–onderwijs–arbeidsmarkt") + referenceYearSuffix(options);
    c.defaultFill = kNone;
    for (const auto& s : coverage::nationalSummary(regions, registry, index, options))
        c.municipalityFill.insert(s.code, triangleColour(triangleClassOf(s)));
    c.legend = {{triangleColour(TriangleClass::None), QObject::tr("geen hoek gedekt")},
                {triangleColour(TriangleClass::One), QObject::tr("1 hoek")},
                {triangleColour(TriangleClass::Two), QObject::tr("2 hoeken")},
                {triangleColour(TriangleClass::ThreeSpread), QObject::tr("3 hoeken, verdeeld over verbanden")},
                {triangleColour(TriangleClass::Integraal), QObject::tr("3 hoeken, één verband integraal")}};
    c.note = (options.excludeNational ? QObject::tr("Regionale verbanden (landelijke niet meegeteld)")
                                      : QObject::tr("Incl. landelijke verbanden"))
             + (options.year ? QStringLiteral("; ") + presenceNote(options) : QString())
             + QStringLiteral(" · ") + registerSource(registry);
    return c;
}

MapColouring typeOverlapColouring(const RegionModel& regions, const registry::Registry& registry,
                                  const registry::BodyIndex& index, BodyType type,
                                  const coverage::CoverageOptions& options)
{
    MapColouring c;
    c.title = QObject::tr("%1 per gemeente").arg(registry::labelPlural(type)) + referenceYearSuffix(options);
    c.defaultFill = kNone;
    coverage::CoverageOptions regional = options;
    regional.excludeNational = true;
    for (const Municipality& m : regions.municipalities()) {
        int n = 0;
        for (int b : index.bodiesIn(m.code)) {
            const Body& body = registry.bodies[size_t(b)];
            n += body.type == type && coverage::counts(body, regional);
        }
        c.municipalityFill.insert(m.code, n == 0 ? kNone : n == 1 ? kOne : kOverlap);
    }
    c.legend = {{kNone, QObject::tr("geen")},
                {kOne, QObject::tr("1")},
                {kOverlap, QObject::tr("2 of meer: overlap")}};
    c.note = (options.year ? QObject::tr("Excl. landelijke; %1").arg(presenceNote(options))
                           : QObject::tr("Excl. landelijke en beëindigde"))
             + QStringLiteral(" · ") + registerSource(registry);
    return c;
}

AccountabilityClass accountabilityClassOf(const coverage::AccountabilityCount& count)
{
    if (count.total() == 0)
        return AccountabilityClass::NoBodies;
    if (count.elected == 0 && count.notElected == 0)
        return AccountabilityClass::AllUnknown;
    if (count.notElected == 0)
        return AccountabilityClass::OnlyElected;
    return count.elected == 0 ? AccountabilityClass::OnlyNotElected : AccountabilityClass::Mixed;
}

QColor accountabilityColour(AccountabilityClass c)
{
    // Okabe–Ito (colour-blind safe): bluish green = answers to an elected council, orange = mixed,
    // vermilion = none directly; pale yellow = only unknown; grey = no body.
    switch (c) {
    case AccountabilityClass::NoBodies: return kNone;
    case AccountabilityClass::AllUnknown: return QColor(0xFF, 0xF7, 0xBC);
    case AccountabilityClass::OnlyElected: return QColor(0x00, 0x9E, 0x73);
    case AccountabilityClass::Mixed: return QColor(0xE6, 0x9F, 0x00);
    case AccountabilityClass::OnlyNotElected: return QColor(0xD5, 0x5E, 0x00);
    }
    return kNone;
}

MapColouring accountabilityColouring(const RegionModel& regions, const registry::Registry& registry,
                                     const registry::BodyIndex& index, const coverage::CoverageOptions& options)
{
    MapColouring c;
    c.title = QObject::tr("Democratische verantwoording") + referenceYearSuffix(options);
    c.defaultFill = kNone;
    for (const coverage::AccountabilityCount& a : coverage::accountabilitySummary(regions, registry, index, options)) {
        c.municipalityFill.insert(a.code, accountabilityColour(accountabilityClassOf(a)));
        c.municipalityText.insert(a.code, a.total() == 0
                                              ? QObject::tr("geen samenwerkingsverband")
                                              : (a.total() == 1
                                                     ? QObject::tr("%1 onder een gekozen raad, %2 niet, %3 onbekend (van %4 verband)")
                                                     : QObject::tr("%1 onder een gekozen raad, %2 niet, %3 onbekend (van %4 verbanden)"))
                                                    .arg(a.elected)
                                                    .arg(a.notElected)
                                                    .arg(a.unknown)
                                                    .arg(a.total()));
    }
    c.legend = {{accountabilityColour(AccountabilityClass::OnlyElected),
                 QObject::tr("alle bekende verbanden onder een gekozen raad")},
                {accountabilityColour(AccountabilityClass::Mixed),
                 QObject::tr("deels onder een gekozen raad, deels niet")},
                {accountabilityColour(AccountabilityClass::OnlyNotElected),
                 QObject::tr("geen van de bekende verbanden onder een gekozen raad")},
                {accountabilityColour(AccountabilityClass::AllUnknown), QObject::tr("toezicht van alle verbanden onbekend")},
                {kNone, QObject::tr("geen verband")}};
    c.note = QObject::tr("Gekozen raad: gemeenteraden of Provinciale Staten; onbekend telt niet in de kleur")
             + (options.year ? QStringLiteral(" · ") + presenceNote(options) : QString()) + QStringLiteral(" · ")
             + registerSource(registry);
    return c;
}

MapColouring bodiesColouring(const RegionModel& regions, const registry::Registry& registry,
                             const registry::BodyIndex& index, const std::vector<int>& bodies)
{
    MapColouring c;
    c.defaultFill = kNone;
    QHash<QString, int> count;
    for (int b : bodies)
        for (const QString& code : index.municipalitiesOf(b))
            ++count[code];
    for (const Municipality& m : regions.municipalities()) {
        const int n = count.value(m.code);
        c.municipalityFill.insert(m.code, n == 0 ? kNone : n == 1 ? kOne : kOverlap);
    }
    if (bodies.size() == 1) {
        const Body& only = registry.bodies[size_t(bodies.front())];
        c.title = only.displayName();
        c.legend = {{kOne, only.territory.kind == registry::TerritoryKind::Locaties
                               ? QObject::tr("vestigingsplaatsen van het verband (geen werkgebied)")
                               : QObject::tr("gebied van het verband")}};
        // Wholly abroad, or sites somewhere in the country: listed, but nothing to colour.
        if (index.municipalitiesOf(bodies.front()).isEmpty())
            c.title += QObject::tr(" — niet op de kaart: %1").arg(only.territoryBasis);
    } else {
        c.title = bodies.empty() ? QObject::tr("Gekozen verbanden: vink verbanden aan in de lijst")
                                 : QObject::tr("%1 gekozen verbanden").arg(bodies.size());
        c.legend = {{kOne, QObject::tr("gebied van één gekozen verband")},
                    {kOverlap, QObject::tr("2 of meer gekozen verbanden: overlap")}};
    }
    c.legend.push_back({kNone, QObject::tr("geen van de gekozen verbanden")});
    c.note = bodies.size() == 1
                 ? QObject::tr("Bron: %1; betrouwbaarheid %2")
                           .arg(registry.bodies[size_t(bodies.front())].source,
                                registry::confidenceExplanation(registry.bodies[size_t(bodies.front())].confidence))
                       + QStringLiteral(" · ") + registerSource(registry)
                 : registerSource(registry);
    return c;
}

QColor highlightColour() { return QColor(0xD5, 0x5E, 0x00); }

void BodyLayerPanel::showYearChart()
{
    auto* dialog = new LandscapeChartDialog(m_doc, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// ---------------------------------------------------------------------------------------------

BodyLayerPanel::BodyLayerPanel(RegistryDocument& document, QWidget* parent) : QWidget(parent), m_doc(document)
{
    auto* layout = new QVBoxLayout(this);
    auto* themeLabel = new QLabel(tr("&Kaartthema:"), this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    // Long theme names must not widen the dock beyond a laptop screen; the popup shows them whole.
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_theme->setMinimumContentsLength(18);
    m_theme->setToolTip(tr("Wat de kaart kleurt: de indeling, het aantal verbanden per gemeente, de dekking "
                           "van de driehoek, de democratische verantwoording (hoeveel verbanden onder een gekozen "
                           "raad vallen), de overlap van één type verband, of de aangevinkte verbanden"));
    themeLabel->setBuddy(m_theme);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("bodyTree"));
    m_tree->setHeaderLabels({tr("Verband"), tr("Gemeenten")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setToolTip(tr("Vink verbanden aan om hun gebied te kleuren (thema ‘Gekozen verbanden’); "
                          "het geselecteerde verband wordt op de kaart omlijnd"));
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The peiljaar: one per window (RegistryDocument), seen by the map, triangle, details and profile.
    auto* yearLabel = new QLabel(tr("&Peiljaar:"), this);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearBox"));
    m_year->addItem(tr("Huidig"), -1);
    for (int y = registry::kFirstReferenceYear; y <= QDate::currentDate().year(); ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setToolTip(tr("Toon de verbanden die er in dat jaar waren, op de kaart, in de driehoek en in het "
                          "regioprofiel. Een onbekend oprichtingsjaar telt als al bestaand; een beëindigd verband "
                          "zonder eindjaar telt niet mee. ‘Huidig’: alle verbanden die niet beëindigd zijn."));
    yearLabel->setBuddy(m_year);
    auto* chartButton = new QPushButton(tr("Verloop…"), this);
    chartButton->setObjectName(QStringLiteral("yearChartButton"));
    chartButton->setToolTip(tr("Grafiek: het aantal verbanden per type per jaar"));
    connect(chartButton, &QPushButton::clicked, this, &BodyLayerPanel::showYearChart);
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year, 1);
    yearRow->addWidget(chartButton);
    auto* yearNote = new QLabel(tr("Onbekend oprichtingsjaar telt als al bestaand."), this);
    yearNote->setWordWrap(true);
    yearNote->setObjectName(QStringLiteral("yearNote"));
    QFont small = yearNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    yearNote->setFont(small);
    layout->addLayout(yearRow);
    layout->addWidget(yearNote);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const int y = m_year->currentData().toInt();
        m_doc.setReferenceYear(y < 0 ? std::nullopt : std::optional<int>(y));
    });
    connect(&m_doc, &RegistryDocument::referenceYearChanged, this, [this] {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(std::max(0, m_year->findData(m_doc.referenceYear().value_or(-1))));
        rebuildTree();
        if (theme() != Theme::Indeling)
            emitColouring();
    });
    layout->addWidget(themeLabel);
    layout->addWidget(m_theme);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_source);

    rebuildThemes();
    rebuildTree();
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { emitColouring(); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_building || !item->data(0, kBodyRole).isValid())
            return;
        if (theme() != Theme::GekozenVerbanden)
            setTheme(Theme::GekozenVerbanden); // checking a body means: show it
        else
            emitColouring();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { onCurrentItemChanged(current); });
    connect(&m_doc, &RegistryDocument::changed, this, [this] {
        rebuildTree();
        if (theme() != Theme::Indeling)
            emitColouring();
    });
}

void BodyLayerPanel::rebuildThemes()
{
    const QSignalBlocker block(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("Indeling"), int(Theme::Indeling));
    m_theme->addItem(tr("Aantal samenwerkingsverbanden"), int(Theme::AantalVerbanden));
    m_theme->addItem(tr("Dekking van de driehoek"), int(Theme::DekkingDriehoek));
    m_theme->addItem(tr("Democratische verantwoording"), int(Theme::DemocratischeVerantwoording));
    for (BodyType t : registry::allBodyTypes) {
        m_theme->addItem(tr("Overlap per type: %1").arg(registry::labelPlural(t)), int(Theme::OverlapPerType));
        m_theme->setItemData(m_theme->count() - 1, int(t), kTypeRole);
    }
    m_theme->addItem(tr("Gekozen verbanden"), int(Theme::GekozenVerbanden));
}

BodyLayerPanel::Theme BodyLayerPanel::theme() const { return Theme(m_theme->currentData().toInt()); }

void BodyLayerPanel::setTheme(Theme t, BodyType type)
{
    for (int i = 0; i < m_theme->count(); ++i)
        if (Theme(m_theme->itemData(i).toInt()) == t &&
            (t != Theme::OverlapPerType || m_theme->itemData(i, kTypeRole).toInt() == int(type))) {
            if (m_theme->currentIndex() == i)
                emitColouring();
            else
                m_theme->setCurrentIndex(i); // emits through currentIndexChanged
            return;
        }
}

void BodyLayerPanel::rebuildTree()
{
    const QStringList checked = checkedBodies();
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, kBodyRole).toString() : QString();
    m_building = true;
    m_tree->clear();
    const auto& reg = m_doc.registry();
    QTreeWidgetItem* currentItem = nullptr;
    for (BodyType t : registry::allBodyTypes) {
        std::vector<int> members;
        for (size_t i = 0; i < reg.bodies.size(); ++i)
            if (reg.bodies[i].type == t)
                members.push_back(int(i));
        if (members.empty())
            continue;
        QString typeName = registry::labelPlural(t);
        if (!typeName.isEmpty())
            typeName[0] = typeName[0].toUpper();
        auto* typeItem = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(typeName).arg(members.size())});
        typeItem->setData(0, kTypeRole, int(t));
        typeItem->setFlags(typeItem->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
        typeItem->setCheckState(0, Qt::Unchecked);
        for (int i : members) {
            const Body& b = reg.bodies[size_t(i)];
            const int n = int(m_doc.index().municipalitiesOf(i).size());
            const bool sites = b.territory.kind == registry::TerritoryKind::Locaties;
            const QString count = b.territory.national ? (sites ? tr("vestigingen") : tr("landelijk"))
                                  : n == 0 && !b.territory.abroad.isEmpty() ? tr("buitenland")
                                  : sites ? tr("%1 vestigingsplaatsen").arg(n)
                                          : QString::number(n);
            auto* item = new QTreeWidgetItem(typeItem, {b.displayName(), count});
            item->setData(0, kBodyRole, b.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, checked.contains(b.id) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(0, tr("%1\nBron: %2\nBetrouwbaarheid %3")
                                    .arg(b.name, b.source, registry::confidenceExplanation(b.confidence)));
            if (n == 0 && !b.territory.national)
                item->setToolTip(1, tr("Ligt alleen over de grens of noemt geen gemeente: staat niet op de kaart"));
            if (isAbsent(b, m_doc.coverageOptions()))
                item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            if (b.id == current)
                currentItem = item;
        }
    }
    if (currentItem)
        m_tree->setCurrentItem(currentItem);
    m_building = false;
    m_source->setText(registerSource(reg) + QLatin1Char('\n') + confidenceLegend());
}

QStringList BodyLayerPanel::checkedBodies() const
{
    QStringList out;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* typeItem = m_tree->topLevelItem(t);
        for (int i = 0; i < typeItem->childCount(); ++i)
            if (typeItem->child(i)->checkState(0) == Qt::Checked)
                out << typeItem->child(i)->data(0, kBodyRole).toString();
    }
    return out;
}

void BodyLayerPanel::setBodyChecked(const QString& id, bool checked)
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* typeItem = m_tree->topLevelItem(t);
        for (int i = 0; i < typeItem->childCount(); ++i)
            if (typeItem->child(i)->data(0, kBodyRole).toString() == id)
                typeItem->child(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

MapColouring BodyLayerPanel::currentColouring() const
{
    const auto& reg = m_doc.registry();
    const auto& idx = m_doc.index();
    switch (theme()) {
    case Theme::Indeling:
    case Theme::AantalVerbanden: return bodyCountColouring(m_doc.regions(), reg, idx, m_doc.coverageOptions());
    case Theme::DekkingDriehoek: {
        // National bodies cover every corner everywhere; the map shows what the regions add.
        coverage::CoverageOptions regional;
        regional.excludeNational = true;
        return triangleCoverageColouring(m_doc.regions(), reg, idx, m_doc.coverageOptions(regional));
    }
    case Theme::DemocratischeVerantwoording:
        return accountabilityColouring(m_doc.regions(), reg, idx, m_doc.coverageOptions());
    case Theme::OverlapPerType:
        return typeOverlapColouring(m_doc.regions(), reg, idx, BodyType(m_theme->currentData(kTypeRole).toInt()),
                                    m_doc.coverageOptions());
    case Theme::GekozenVerbanden: {
        std::vector<int> bodies;
        for (const QString& id : checkedBodies())
            if (const int i = reg.indexOf(id); i >= 0)
                bodies.push_back(i);
        return bodiesColouring(m_doc.regions(), reg, idx, bodies);
    }
    }
    return {};
}

void BodyLayerPanel::emitColouring()
{
    if (theme() == Theme::Indeling)
        Q_EMIT divisionColouringRequested();
    else
        Q_EMIT colouringChanged(currentColouring());
}

void BodyLayerPanel::onCurrentItemChanged(QTreeWidgetItem* current)
{
    if (m_building)
        return;
    const int i = current ? m_doc.registry().indexOf(current->data(0, kBodyRole).toString()) : -1;
    if (i < 0) {
        Q_EMIT bodyHighlighted({}, highlightColour());
        return;
    }
    const Body& b = m_doc.registry().bodies[size_t(i)];
    m_source->setText(tr("<b>%1</b><br>Bron: %2<br>Betrouwbaarheid %3<br>Gebied: %4<br>Rechtsvorm: %5<br>"
                         "Toezicht door gekozen raad: %6<br>Geldbronnen: %7")
                          .arg(b.name.toHtmlEscaped(), b.source.toHtmlEscaped(),
                               registry::confidenceExplanation(b.confidence).toHtmlEscaped(),
                               b.territoryBasis.toHtmlEscaped(), registry::legalFormWithSource(b).toHtmlEscaped(),
                               registry::oversightWithSource(b).toHtmlEscaped(),
                               registry::fundingSourcesWithSource(b).toHtmlEscaped()));
    Q_EMIT bodyHighlighted(m_doc.index().municipalitiesOf(i), highlightColour());
}

} // namespace regio::ui
