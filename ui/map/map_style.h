#pragma once
// Colours, line widths and fonts of the map, in one place so that presentation mode can swap
// them. Palettes are colour-blind safe (Okabe & Ito 2008; Paul Tol's "light" scheme).
#include <QColor>
#include <QFont>
#include <QVector>

namespace regio::ui {

struct MapStyle {
    QColor background{0xEE, 0xF3, 0xF7};       // water and abroad
    QColor municipalityBorder{255, 255, 255};
    QColor neutralFill{0xC5, 0xD3, 0xE0};         // municipalities without a theme
    QColor provinceOutline{0x6B, 0x7A, 0x8A};     // orientation on the gemeente layer
    QColor divisionBorder{0x33, 0x3F, 0x4D};
    QColor hoverFill{0x00, 0x72, 0xB2, 70};       // Okabe–Ito blue, translucent
    QColor hoverBorder{0x00, 0x72, 0xB2};
    QColor selectionFill{0xE6, 0x9F, 0x00};       // Okabe–Ito orange, opaque: checkable in tests
    QColor selectionBorder{0x8A, 0x4B, 0x00};
    QColor labelText{0x1B, 0x26, 0x33};
    QColor labelHalo{255, 255, 255, 220};
    QColor minorLabelText{0x4A, 0x55, 0x60};
    QColor overlayBackground{255, 255, 255, 235};
    QColor overlayText{0x1B, 0x26, 0x33};
    double municipalityBorderWidth = 0.6;  // device-independent pixels
    double divisionBorderWidth = 1.8;
    double selectionBorderWidth = 2.5;
    int labelPointSize = 9;
    int overlayPointSize = 9;
    // The legend box; off for small maps whose legend sits beside them (the Agenda tab's neighbours).
    bool showLegend = true;
    // Categorical fills for divisions (Tol "light", 9 colours) — neighbours get different ones.
    QVector<QColor> categorical{QColor(0x77, 0xAA, 0xDD), QColor(0x99, 0xDD, 0xFF), QColor(0x44, 0xBB, 0x99),
                                QColor(0xBB, 0xCC, 0x33), QColor(0xAA, 0xAA, 0x00), QColor(0xEE, 0xDD, 0x88),
                                QColor(0xEE, 0x88, 0x66), QColor(0xFF, 0xAA, 0xBB), QColor(0xDD, 0xDD, 0xDD)};

    static MapStyle standard() { return {}; }
    // For the beamer: thicker lines, bigger text, stronger contrast.
    static MapStyle presentation();
};

} // namespace regio::ui
