#pragma once
// The "Agenda" tab (issue 10; SER 2017 sect. 3.2–3.4): for the selected region, what it is strong
// in and could grow into, which bodies are placed to act on each and who is missing at their
// tables, which neighbours share or complement its strengths (on a small map), and whether the
// scale of the bodies fits — all from core/agenda; this view only formats. Body and region names
// are links: activating one selects the body's territory or the region.
#include "agenda/agenda.h"

#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace regio {
class RegionModel;
}

namespace regio::ui {

class MapWidget;
struct MapColouring;

class AgendaView : public QWidget {
    Q_OBJECT
public:
    explicit AgendaView(const RegionModel& regions, QWidget* parent = nullptr);
    ~AgendaView() override;

    // The registry (owned by the caller; call again after every edit) and the economy panel.
    void setRegistry(const registry::Registry* registry);
    void setPanel(const economy::EmploymentPanel* panel);
    // Any GM/PV/CR/AM code or NL01; "" = nothing selected (a hint is shown).
    void setRegion(const QString& code);
    const QString& region() const { return m_code; }
    // The last agenda shown (empty code when none).
    const agenda::Agenda& current() const { return m_agenda; }
    bool hasAgenda() const { return m_valid; }

    void setPresentation(bool on);

    QTextBrowser* text() const { return m_text; }
    MapWidget* neighbourMap() const { return m_map; }
    QLabel* basisLabel() const { return m_basis; }
    QLabel* sourceLabel() const { return m_source; }
    // The agenda as HTML (the text pane; also for export and the region profile).
    QString html() const;

    QString exportTitle() const;
    QString sourceLine() const;
    void renderExport(QPainter& painter, const QRectF& target) const;

    // The national theme "specialisaties zonder economisch verband over het hele gebied" for a level.
    MapColouring uncoveredTheme(Level level) const;

Q_SIGNALS:
    void regionActivated(const QString& code);
    void bodyActivated(const QString& bodyId);
    void themeRequested(Level level);

private:
    void rebuildContext();
    void refresh();
    void showNeighbours();

    const RegionModel& m_regions;
    const registry::Registry* m_registry = nullptr;
    const economy::EmploymentPanel* m_panel;
    std::unique_ptr<agenda::AgendaContext> m_context;
    QString m_code;
    agenda::Agenda m_agenda;
    bool m_valid = false;
    bool m_presentation = false;

    QLabel* m_title = nullptr;
    QLabel* m_basis = nullptr;
    QLabel* m_source = nullptr;
    QTextBrowser* m_text = nullptr;
    MapWidget* m_map = nullptr;
    QLabel* m_mapLegend = nullptr;
    QPushButton* m_themeButton = nullptr;
};

} // namespace regio::ui
