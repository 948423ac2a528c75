// The main window's Economie tab: the real economy (CBS 83582NED by default) for the selection,
// importing a StatLine export as it comes (with a summary to confirm), and the way back to the
// embedded CBS data.
#include "ui/main_window.h"

#include "i18n/language.h"

#include "ui/economy/economy_view.h"
#include "ui/triangle/triangle_view.h"

#include "economy/statline.h"
#include "io/input_error.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace regio::ui {

void MainWindow::buildEconomyTab()
{
    m_economy = new EconomyView(m_model, this);
    addViewTab(m_economy, QStringLiteral("economie"), tr("Economie"), [this] { return economyExport(); });
    // After the Driehoek: who cooperates, then what the economy is, then how sectors relate.
    const int index = m_tabs->indexOf(m_economy);
    const int target = m_tabs->indexOf(m_triangle) + 1;
    if (index != target)
        m_tabs->tabBar()->moveTab(index, target);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_economy),
                          tr("De echte economie van het gebied (CBS): sectorstructuur, specialisaties, verandering sinds 2010 "
                             "en structuurmaten"));
}

QList<QAction*> MainWindow::economyImportActions()
{
    auto* import = new QAction(tr("CBS StatLine-export &importeren…"), this);
    import->setToolTip(tr("Een tabel van CBS StatLine zoals CBS hem levert (TypedDataSet-CSV of Observations.csv) "
                          "in de tab Economie tonen"));
    connect(import, &QAction::triggered, this, &MainWindow::importStatLineInteractive);
    auto* back = new QAction(tr("Terug naar de ingebouwde CBS-gegevens (83582NED)"), this);
    back->setToolTip(tr("De tab Economie toont weer de banen van werknemers per COROP-gebied, CBS-tabel 83582NED"));
    connect(back, &QAction::triggered, this, [this] {
        m_economy->useEmbeddedPanel();
        statusBar()->showMessage(tr("Economie: weer de ingebouwde CBS-tabel 83582NED"), 6000);
    });
    return {import, back};
}

void MainWindow::importStatLineInteractive()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("CBS StatLine-export importeren"), folder,
                                                      tr("CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    economy::StatLineImport imported;
    try {
        // A table with several measures (banen, uren, lonen …): the user chooses one first.
        economy::StatLineOptions options;
        const QStringList measures = economy::statLineMeasures(path);
        if (measures.size() > 1) {
            bool ok = false;
            options.measure = QInputDialog::getItem(this, tr("StatLine-export importeren"),
                                                    tr("Dit bestand heeft %1 maten. Welke wilt u zien?").arg(measures.size()),
                                                    measures, 0, false, &ok);
            if (!ok)
                return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        imported = economy::readStatLine(path, options);
        QApplication::restoreOverrideCursor();
    } catch (const InputError& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Importeren mislukt"),
                             tr("Het bestand is niet ingelezen; de getoonde gegevens zijn niet veranderd.\n\n%1").arg(e.message()));
        return;
    }
    const economy::EmploymentPanel& p = imported.panel;
    QString summary = tr("%1\n\n%2 regio's, %3 sectorsleutels, jaren %4–%5, maat %6.")
                          .arg(QFileInfo(path).fileName())
                          .arg(p.regions().size())
                          .arg(p.sectors().keys().size())
                          .arg(p.years().front())
                          .arg(p.years().back())
                          .arg(imported.measure);
    for (const QString& note : imported.notes)
        summary += QLatin1Char('\n') + note;
    summary += tr("\n\nDeze gegevens in de tab Economie tonen?");
    if (QMessageBox::question(this, tr("StatLine-export importeren"), summary) != QMessageBox::Yes)
        return;
    imported.panel.source = imported.measure == QLatin1String("BanenVanWerknemersInDecember_1")
                                ? economy::cbsAttribution()
                                : tr("Bron: CBS StatLine, eigen export %1").arg(QFileInfo(path).fileName());
    m_economy->setPanel(std::move(imported.panel));
    m_tabs->setCurrentWidget(m_economy);
    statusBar()->showMessage(tr("Economie: %1 ingelezen").arg(QFileInfo(path).fileName()), 8000);
}

MainWindow::ViewExport MainWindow::economyExport() const
{
    ViewExport e;
    const EconomyView* view = m_economy;
    e.renderer = screenLike([view](QPainter& painter, const QRectF& target) { view->renderExport(painter, target); });
    e.frame.title = m_economy->exportTitle();
    e.frame.subtitle = m_economy->panelRegion().valid() ? m_economy->basisLabel()->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"))
                                                         : QString();
    e.frame.sourceLine = i18n::builtInText("regio::economy", m_economy->panel().source);
    return e;
}

} // namespace regio::ui
