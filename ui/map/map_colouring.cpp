#include "ui/map/map_colouring.h"

#include "regions/adjacency.h"

#include <QCoreApplication>

namespace regio::ui {

MapColouring divisionColouring(const RegionModel& model, Level level, const MapStyle& style)
{
    MapColouring colouring;
    colouring.title = QCoreApplication::translate("MapColouring", "%1 %2").arg(levelLabelPlural(level)).arg(model.year());
    if (level == Level::Gemeente) {
        colouring.defaultFill = style.neutralFill;
        colouring.note = QCoreApplication::translate("MapColouring", "%1 gemeenten").arg(model.municipalities().size());
        return colouring;
    }
    const auto& divisions = model.divisions(level);
    std::vector<const Region*> regions;
    regions.reserve(divisions.size());
    for (const Division& d : divisions)
        regions.push_back(&d);
    const std::vector<int> classes = colourClasses(adjacency(regions), int(style.categorical.size()));
    for (size_t i = 0; i < divisions.size(); ++i) {
        const QColor fill = style.categorical.at(classes[i] % style.categorical.size());
        for (const QString& code : divisions[i].members)
            colouring.municipalityFill.insert(code, fill);
    }
    colouring.note = QCoreApplication::translate("MapColouring", "%1 %2 · buren hebben verschillende kleuren")
                         .arg(divisions.size())
                         .arg(level == Level::Corop ? levelLabelPlural(level) : levelLabelPlural(level).toLower());
    return colouring;
}

} // namespace regio::ui
