#include "ui/agenda/agenda_view.h"

#include "ui/agenda/agenda_html.h"
#include "economy/regional_structure.h"
#include "ui/map/map_colouring.h"
#include "ui/map/map_style.h"
#include "ui/map/map_widget.h"

#include "regions/region_model.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <set>
#include <stdexcept>

namespace regio::ui {

namespace {

const QColor kRegionFill(0x1f, 0x4e, 0x8c);
const QColor kSharedFill(0xe6, 0x7e, 0x22);
const QColor kComplementFill(0x2e, 0x9e, 0x6a);
const QColor kOtherFill(0xe4, 0xe4, 0xe4);

} // namespace

AgendaView::AgendaView(const RegionModel& regions, QWidget* parent)
    : QWidget(parent), m_regions(regions), m_panel(&economy::cbsEmployment())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_basis = new QLabel(this);
    m_basis->setWordWrap(true);
    layout->addWidget(m_basis);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    layout->addWidget(m_source);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_text = new QTextBrowser(splitter);
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("Agenda van het gebied"));
    m_text->document()->setDefaultStyleSheet(agendaStyleSheet());
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString target = url.toString();
        if (target.startsWith(QLatin1String("body:")))
            Q_EMIT bodyActivated(target.mid(5));
        else if (target.startsWith(QLatin1String("region:")))
            Q_EMIT regionActivated(target.mid(7));
    });

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* mapTitle = new QLabel(tr("<b>Buren</b> (klik om te kiezen)"), side);
    sideLayout->addWidget(mapTitle);
    m_map = new MapWidget(regions, side);
    m_map->setMinimumSize(240, 200);
    MapStyle style = MapStyle::standard();
    style.showLegend = false;  // the legend is the line under the map
    m_map->setMapStyle(style);
    m_map->setToolTip(tr("Het gebied (blauw) en zijn buren: oranje = deelt een specialisatie, groen = heeft een specialisatie die het gebied mist"));
    sideLayout->addWidget(m_map, 1);
    m_mapLegend = new QLabel(side);
    m_mapLegend->setWordWrap(true);
    m_mapLegend->setTextFormat(Qt::RichText);
    m_mapLegend->setText(tr("<span style='color:%1'>■</span> gebied &nbsp; <span style='color:%2'>■</span> deelt een specialisatie "
                            "&nbsp; <span style='color:%3'>■</span> vult aan")
                             .arg(kRegionFill.name(), kSharedFill.name(), kComplementFill.name()));
    sideLayout->addWidget(m_mapLegend);
    m_themeButton = new QPushButton(tr("&Landelijke kaart: specialisaties zonder economisch verband"), side);
    m_themeButton->setToolTip(tr("Kleur op de kaart, per gebied van dit niveau, hoeveel specialisaties geen samenwerkingsverband "
                                 "op economie hebben dat het hele gebied dekt"));
    sideLayout->addWidget(m_themeButton);
    connect(m_themeButton, &QPushButton::clicked, this, [this] {
        if (m_valid && m_agenda.level)
            Q_EMIT themeRequested(*m_agenda.level);
        else
            Q_EMIT themeRequested(Level::Corop);
    });
    connect(m_map, &MapWidget::regionClicked, this, [this](const QString& code) {
        if (!code.isEmpty() && code != m_code)
            Q_EMIT regionActivated(code);
    });
    splitter->addWidget(m_text);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    refresh();
}

AgendaView::~AgendaView() = default;

void AgendaView::setRegistry(const registry::Registry* registry)
{
    m_registry = registry;
    rebuildContext();
    refresh();
}

void AgendaView::setPanel(const economy::EmploymentPanel* panel)
{
    m_panel = panel ? panel : &economy::cbsEmployment();
    rebuildContext();
    refresh();
}

void AgendaView::rebuildContext()
{
    m_context.reset();
    if (m_registry)
        m_context = std::make_unique<agenda::AgendaContext>(m_regions, *m_panel, *m_registry);
}

void AgendaView::setRegion(const QString& code)
{
    m_code = code;
    refresh();
}

QString AgendaView::sourceLine() const
{
    QStringList parts;
    if (m_valid)
        parts = m_agenda.dataSources;
    else
        parts << m_panel->source;
    return parts.join(QStringLiteral("; "));
}

QString AgendaView::exportTitle() const
{
    return m_valid ? tr("Agenda — %1, %2–%3").arg(m_agenda.name).arg(m_agenda.from).arg(m_agenda.to) : tr("Agenda");
}

void AgendaView::refresh()
{
    m_valid = false;
    m_agenda = agenda::Agenda{};
    if (m_context && !m_code.isEmpty()) {
        try {
            m_agenda = agenda::agendaOf(m_code, *m_context);
            m_valid = true;
        } catch (const std::invalid_argument&) {
            m_valid = false;
        }
    }
    m_source->setText(sourceLine());
    if (!m_valid) {
        m_title->setText(tr("Agenda"));
        m_basis->setText(m_code.isEmpty() ? tr("Kies een gebied op de kaart of met Zoeken (Ctrl+F): de agenda toont waar het "
                                               "gebied sterk in is en in kan groeien, wie daarop kan handelen en wie er "
                                               "aan tafel ontbreekt.")
                                          : !m_context ? tr("Geen register geladen.")
                                                       : tr("Voor %1 zijn geen economische gegevens.").arg(m_code));
        m_text->clear();
        m_map->setVisible(false);
        m_mapLegend->setVisible(false);
        return;
    }
    m_title->setText(exportTitle());
    m_basis->setText(m_agenda.economyRegion.exact ? tr("Economie: %1.").arg(m_agenda.economyRegion.basis)
                                                  : tr("Economie als benadering: %1.").arg(QString(m_agenda.economyRegion.basis).remove(economy::approximationPrefix())));
    m_text->setHtml(html());
    showNeighbours();
}

QString AgendaView::html() const
{
    return m_valid ? agendaHtml(m_agenda) : QString();
}

void AgendaView::showNeighbours()
{
    const bool show = m_valid && m_agenda.level.has_value();
    m_map->setVisible(show);
    m_mapLegend->setVisible(show);
    if (!show)
        return;
    const Level level = *m_agenda.level;
    MapColouring colouring;
    colouring.title = tr("%1 en buren").arg(m_agenda.name);
    colouring.defaultFill = kOtherFill;
    for (const QString& m : m_agenda.municipalities)
        colouring.municipalityFill.insert(m, kRegionFill);
    for (const agenda::Neighbour& n : m_agenda.neighbours) {
        const QColor fill = !n.shared.empty() ? kSharedFill : !n.complementary.empty() ? kComplementFill : QColor(0xc8, 0xc8, 0xc8);
        for (const QString& m : m_regions.municipalityCodesOf(n.code))
            colouring.municipalityFill.insert(m, fill);
    }
    m_map->setLayer(level);
    m_map->setColouring(colouring);
    m_map->setSelection(m_agenda.code);
    m_map->zoomToRegion(m_agenda.code);
    m_map->zoomBy(0.45);  // room for the neighbours around the region
}

void AgendaView::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_text->zoomIn(on ? 3 : -3);  // larger text for the room, and back
}

MapColouring AgendaView::uncoveredTheme(Level level) const
{
    // Literally "no Economie body over the whole region" is rare (the provincial development
    // agencies cover every province), so the map shows the sharper measure of core/agenda: no
    // Economie body over the whole region that also has the full table the role needs
    // (docs/agenda.md); the note gives the literal count.
    MapColouring colouring;
    colouring.title = tr("Specialisaties zonder volledige economische tafel over het hele gebied (%1)").arg(levelLabelPlural(level));
    if (!m_context)
        return colouring;
    const QColor classes[4] = {QColor(0xf2, 0xf0, 0xf7), QColor(0xfd, 0xbe, 0x85), QColor(0xfd, 0x8d, 0x3c), QColor(0xd9, 0x47, 0x01)};
    int literal = 0;
    for (const agenda::ThemeEntry& e : agenda::uncoveredSpecialisations(level, *m_context)) {
        literal += e.count();
        const QColor fill = classes[std::min<qsizetype>(3, e.withoutFullTable.size())];
        for (const QString& m : m_regions.municipalityCodesOf(e.code))
            colouring.municipalityFill.insert(m, fill);
    }
    colouring.legend = {{classes[0], tr("geen: elke specialisatie heeft zo'n verband")},
                        {classes[1], tr("1 specialisatie zonder")},
                        {classes[2], tr("2 specialisaties zonder")},
                        {classes[3], tr("3 of meer")}};
    colouring.note = literal == 0 ? tr("Elke specialisatie heeft wel een verband op economie over het hele gebied. %1").arg(m_panel->source)
                                  : tr("%1 specialisaties hebben geen enkel verband op economie over het hele gebied. %2")
                                        .arg(literal).arg(m_panel->source);
    return colouring;
}

void AgendaView::renderExport(QPainter& painter, const QRectF& target) const
{
    // Left: the agenda text laid out to the width; right: the neighbour map.
    const QRectF left(target.left(), target.top(), target.width() * 0.64, target.height());
    const QRectF right(left.right() + target.width() * 0.02, target.top(), target.width() * 0.34, target.height() * 0.6);
    QTextDocument doc;
    doc.setDefaultStyleSheet(m_text->document()->defaultStyleSheet());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    doc.setDefaultFont(f);
    doc.setHtml(html());
    doc.setTextWidth(left.width());
    painter.save();
    painter.translate(left.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, left.width(), left.height());
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
    if (m_map->isVisibleTo(this))
        m_map->render(painter, right);
}

} // namespace regio::ui
