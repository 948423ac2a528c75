#include "ui/report/profile_views.h"

namespace regio::ui {

void addProfileViews(ProfileContext& context)
{
    // The views register here as they land (triangle, charts, network); until then the profile
    // writes their content as text.
    Q_UNUSED(context);
}

} // namespace regio::ui
