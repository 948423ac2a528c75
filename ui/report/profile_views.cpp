#include "ui/report/profile_views.h"

#include "ui/export/view_export.h"
#include "ui/relatedness/network_view.h"
#include "ui/relatedness/relatedness_charts.h"
#include "ui/relatedness/relatedness_model.h"
#include "ui/relatedness/relatedness_view.h"
#include "ui/triangle/triangle_diagram.h"
#include "ui/triangle/triangle_view.h"

#include <memory>

namespace regio::ui {

void addProfileViews(ProfileContext& context)
{
    if (context.regions && context.registry && context.index) {
        auto triangle = std::make_shared<TriangleView>(*context.regions);
        triangle->setRegistry(context.registry, context.index);
        coverage::CoverageOptions options;
        options.year = context.referenceYear;
        triangle->setCoverageOptions(options);
        context.triangle = [triangle](QPainter& painter, const QRectF& target, const QString& code) {
            triangle->setRegion(code);
            renderScreenLike(painter, target, [&](QPainter& p, const QRectF& r) { triangle->diagram()->render(p, r); });
        };
    }
    // One hidden relatedness view on the report's own economy: the charts and the network in the
    // profile are drawn by exactly the code that draws them in the app.
    if (context.economy && !context.economy->employment.empty()) {
        auto view = std::make_shared<RelatednessView>();
        view->model()->setData(*context.economy);
        view->resize(1600, 1000);
        context.swotChart = [view](QPainter& painter, const QRectF& target, const QString& code) {
            view->setRegion(code);
            renderScreenLike(painter, target, [&](QPainter& p, const QRectF& r) { view->swotChart()->renderChart(p, r); }, 900);
        };
        context.lqChart = [view](QPainter& painter, const QRectF& target, const QString& code) {
            view->setRegion(code);
            renderScreenLike(painter, target, [&](QPainter& p, const QRectF& r) { view->lqChart()->renderChart(p, r); }, 900);
        };
        context.network = [view](QPainter& painter, const QRectF& target, const QString& code) {
            view->setRegion(code);
            renderScreenLike(painter, target, [&](QPainter& p, const QRectF& r) { view->networkView()->render(p, r); });
        };
    }
}

} // namespace regio::ui
