// The main window's exports: what each tab exports (renderer and frame), the export and chart
// dialogs, the region profile and the clipboard copy.
#include "ui/main_window.h"

#include "i18n/language.h"

#include "ui/export/export_dialog.h"
#include "ui/map/map_widget.h"
#include "ui/registry/registry_document.h"
#include "ui/relatedness/network_view.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_view.h"
#include "ui/report/profile_views.h"
#include "ui/report/region_profile.h"
#include "ui/triangle/triangle_view.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace regio::ui {

MainWindow::ViewExport MainWindow::mapExport() const
{
    ViewExport e;
    const MapWidget* map = m_map;
    e.renderer = [map](QPainter& painter, const QRectF& target) { map->renderForExport(painter, target); };
    e.frame.title = m_map->colouring().title;
    if (const Region* r = m_map->selection().isEmpty() ? nullptr : m_model.region(m_map->selection()))
        e.frame.subtitle = tr("Selectie: %1 (%2, %3)").arg(r->name, levelLabel(r->level).toLower(), r->code);
    e.frame.sourceLine = m_model.attribution();
    return e;
}

MainWindow::ViewExport MainWindow::triangleExport() const
{
    ViewExport e;
    const TriangleView* view = m_triangle;
    e.renderer = screenLike([view](QPainter& painter, const QRectF& target) { view->render(painter, target); });
    e.frame.title = m_triangle->exportTitle();
    e.frame.sourceLine = tr("Register: %1 (%2); %3")
                             .arg(i18n::builtInText("regio::registry", m_registry->registry().title), m_registry->displayName(), m_model.attribution());
    return e;
}


MainWindow::ViewExport MainWindow::relatednessExport() const
{
    ViewExport e;
    const RelatednessView* view = m_relatedness;
    const RelatednessModel* model = view->model();
    if (view->sideBySide()) {
        e.renderer = screenLike([view](QPainter& painter, const QRectF& target) {
            const double half = target.width() / 2.0;
            view->networkView()->render(painter, QRectF(target.left(), target.top(), half - 4, target.height()));
            view->comparisonView()->render(painter, QRectF(target.left() + half + 4, target.top(), half - 4, target.height()));
        }, 1800);
        e.frame.title = tr("Sectornetwerk: %1 en %2").arg(model->regionName(view->region()), model->regionName(view->comparisonRegion()));
    } else {
        e.renderer = screenLike([view](QPainter& painter, const QRectF& target) { view->networkView()->render(painter, target); });
        e.frame.title = tr("Sectornetwerk: %1").arg(model->regionName(view->region()));
    }
    e.frame.subtitle = tr("Verwantschap uit arbeidsstromen (skill-relatedness, Neffke & Henning 2013); gekleurd: specialisaties (LQ > 1)");
    e.frame.sourceLine = model->sourceDescription();
    return e;
}

void MainWindow::exportRegionProfile()
{
    const QString code = m_map->selection();
    const Region* region = code.isEmpty() ? nullptr : m_model.region(code);
    if (!region) {
        QMessageBox::information(this, tr("Regioprofiel"), tr("Selecteer eerst een gemeente of regio op de kaart of via Zoeken."));
        return;
    }
    const QString suggested = QDir(QSettings().value(QStringLiteral("export/folder"), QDir::homePath()).toString())
                                  .filePath(tr("regioprofiel-%1.pdf").arg(region->code.toLower()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Regioprofiel opslaan"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    ProfileContext context;
    context.regions = &m_model;
    context.registry = &m_registry->registry();
    context.index = &m_registry->index();
    context.registrySource = tr("register: %1 (%2)").arg(i18n::builtInText("regio::registry", m_registry->registry().title), m_registry->displayName());
    context.referenceYear = m_registry->referenceYear(); // the peiljaar the window shows
    const economy::EconomyData economyData = m_relatedness->model()->data();
    context.economy = &economyData;
    addProfileViews(context);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ProfileResult result = writeRegionProfile(region->code, path, context);
    QApplication::restoreOverrideCursor();
    if (!result.error.isEmpty())
        QMessageBox::warning(this, tr("Regioprofiel"), result.error);
    else
        statusBar()->showMessage(tr("Regioprofiel opgeslagen: %1 (%2 pagina's)").arg(path).arg(result.pages), 8000);
}

void MainWindow::exportChart(int which)
{
    const RelatednessView* view = m_relatedness;
    const RelatednessChartView* chart = which == 0 ? static_cast<const RelatednessChartView*>(view->swotChart())
                                      : which == 1 ? static_cast<const RelatednessChartView*>(view->lqChart())
                                                   : static_cast<const RelatednessChartView*>(view->opportunityChart());
    const QString name = view->model()->regionName(view->region());
    const QStringList titles{tr("SWOT: specialisatie en inbedding — %1"), tr("Hoogste locatiequotiënten — %1"),
                             tr("Kansen: niet-gespecialiseerde sectoren naar inbedding — %1")};
    ExportFrame frame;
    frame.title = titles.value(which).arg(name);
    frame.sourceLine = relatednessExport().frame.sourceLine;
    const ViewRenderer renderer = screenLike([chart](QPainter& painter, const QRectF& target) { chart->renderChart(painter, target); }, 1000);
    ExportDialog dialog(exportFileStem(frame.title.section(QLatin1Char(' '), 0, 0)) + QLatin1Char('-') + view->region().toLower(), this,
                        [&](const QString& path, const ExportOptions& options) { return exportView(path, options, frame, renderer); });
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Opgeslagen: %1").arg(dialog.path()), 6000);
}

MainWindow::ViewExport MainWindow::currentViewExport() const
{
    const auto it = m_exporters.constFind(m_tabs->currentWidget());
    return it == m_exporters.constEnd() ? mapExport() : (*it)();
}

void MainWindow::exportCurrentView()
{
    const ViewExport content = currentViewExport();
    ExportDialog dialog(exportFileStem(content.frame.title), this, [&](const QString& path, const ExportOptions& options) {
        return exportView(path, options, content.frame, content.renderer);
    });
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Opgeslagen: %1").arg(dialog.path()), 6000);
}

void MainWindow::copyCurrentView()
{
    const ViewExport content = currentViewExport();
    QApplication::clipboard()->setImage(renderToImage(QSize(1920, 1080), content.frame, content.renderer));
    statusBar()->showMessage(tr("Weergave gekopieerd naar het klembord (1920 × 1080)"), 4000);
}

} // namespace regio::ui
