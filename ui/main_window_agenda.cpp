// The main window's Agenda tab (issue 10): the join of the real economy and the registry for the
// selection; its links select bodies and regions, and its national theme colours the map.
#include "ui/main_window.h"

#include "i18n/language.h"

#include "ui/agenda/agenda_view.h"
#include "ui/economy/economy_view.h"
#include "ui/map/map_colouring.h"
#include "ui/map/map_widget.h"
#include "ui/registry/registry_document.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace regio::ui {

void MainWindow::buildAgendaTab()
{
    m_agenda = new AgendaView(m_model, this);
    m_agenda->setRegistry(&m_registry->registry());
    addViewTab(m_agenda, QStringLiteral("agenda"), tr("Agenda"), [this] { return agendaExport(); });
    // After the Economie tab: who cooperates, what the economy is, and then the two joined.
    const int index = m_tabs->indexOf(m_agenda);
    const int target = m_tabs->indexOf(m_economy) + 1;
    if (index != target)
        m_tabs->tabBar()->moveTab(index, target);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_agenda),
                          tr("Waar het gebied sterk in is en in kan groeien, welke samenwerkingsverbanden daarop kunnen "
                             "handelen, wie er aan tafel ontbreekt, met welke buren en op welke schaal (SER 2017, 3.2–3.4)"));
    connect(m_registry, &RegistryDocument::changed, this, [this] { m_agenda->setRegistry(&m_registry->registry()); });
    connect(m_agenda, &AgendaView::bodyActivated, this, &MainWindow::showBodyOnMap);
    connect(m_agenda, &AgendaView::regionActivated, this, [this](const QString& code) { selectRegion(code, true); });
    connect(m_agenda, &AgendaView::themeRequested, this, [this](Level level) {
        setLayer(level);
        m_map->setColouring(m_agenda->uncoveredTheme(level));
        m_map->zoomToFit();  // a national theme: the whole country
        m_tabs->setCurrentWidget(m_map);
        const QString unit = level == Level::Corop ? levelLabel(level) : levelLabel(level).toLower();
        statusBar()->showMessage(tr("Kaart: specialisaties zonder volledige economische tafel over het hele gebied, per %1").arg(unit), 8000);
    });
}

MainWindow::ViewExport MainWindow::agendaExport() const
{
    ViewExport e;
    const AgendaView* view = m_agenda;
    e.renderer = screenLike([view](QPainter& painter, const QRectF& target) { view->renderExport(painter, target); });
    e.frame.title = m_agenda->exportTitle();
    e.frame.subtitle = m_agenda->basisLabel()->text();
    e.frame.sourceLine = tr("%1; register: %2").arg(m_agenda->sourceLine(), i18n::builtInText("regio::registry", m_registry->registry().title));
    return e;
}

} // namespace regio::ui
