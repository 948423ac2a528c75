#pragma once
// Fills the optional view renderers of a ProfileContext (triangle diagram, SWOT and LQ charts,
// sector network) with the app's own views, so the profile shows what the app shows.
#include "ui/report/region_profile.h"

namespace regio::ui {

void addProfileViews(ProfileContext& context);

} // namespace regio::ui
