#include "ui/report/profile_views.h"

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
        context.triangle = [triangle](QPainter& painter, const QRectF& target, const QString& code) {
            triangle->setRegion(code);
            triangle->diagram()->render(painter, target);
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
            view->swotChart()->renderChart(painter, target);
        };
        context.lqChart = [view](QPainter& painter, const QRectF& target, const QString& code) {
            view->setRegion(code);
            view->lqChart()->renderChart(painter, target);
        };
        context.network = [view](QPainter& painter, const QRectF& target, const QString& code) {
            view->setRegion(code);
            view->networkView()->render(painter, target);
        };
    }
}

} // namespace regio::ui
