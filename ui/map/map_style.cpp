#include "ui/map/map_style.h"

namespace regio::ui {

MapStyle MapStyle::presentation()
{
    MapStyle style;
    style.background = QColor(0xFF, 0xFF, 0xFF);
    style.municipalityBorder = QColor(0xFF, 0xFF, 0xFF);
    style.divisionBorder = QColor(0x00, 0x00, 0x00);
    style.labelText = QColor(0x00, 0x00, 0x00);
    style.municipalityBorderWidth = 1.0;
    style.divisionBorderWidth = 3.0;
    style.selectionBorderWidth = 4.0;
    style.labelPointSize = 13;
    style.overlayPointSize = 13;
    return style;
}

} // namespace regio::ui
