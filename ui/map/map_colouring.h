#pragma once
// What the map fills each municipality with, and the legend that explains it. Built by the views
// from core results (a division layer, a choropleth of coverage, a body's territory).
#include "regions/level.h"
#include "regions/region_model.h"
#include "ui/map/map_style.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QVector>

namespace regio::ui {

struct LegendEntry {
    QColor fill;
    QString label;
};

struct MapColouring {
    QString title;                       // e.g. "COROP-gebieden 2025"
    QHash<QString, QColor> municipalityFill;
    QColor defaultFill{0xDD, 0xDD, 0xDD};
    QVector<LegendEntry> legend;
    QString note;                        // one line under the legend
    // Optional: per municipality what the colour means in words, for hover ("2 onder een gekozen
    // raad, 1 niet, 0 onbekend"); without it the hover names the legend entry.
    QHash<QString, QString> municipalityText;
};

// Fill per division of `level` so that neighbours differ; for the gemeente level one neutral
// fill (the municipalities are told apart by their borders; colour is kept for choropleths).
MapColouring divisionColouring(const RegionModel& model, Level level, const MapStyle& style);

} // namespace regio::ui
