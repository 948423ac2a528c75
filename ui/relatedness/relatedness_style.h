#pragma once
// Colours and fonts of the Verwantschap tab (network, SWOT and ranking charts), in one place.
//
// SBI sections: 21 categories are more than any palette can keep apart for every viewer, so the
// colour is never the only cue (the sector code is written in each node, and the tooltip and side
// panel name the section). The colours are Kelly's (1965) 22 colours of maximum contrast without
// white, assigned to sections so that a few keep an intuitive hue (A green, E light blue, K
// purplish red …); documented in docs/relatedness-view.md.
// SWOT quadrants: Okabe & Ito (2008), colour-blind safe, plus a distinct marker shape each.
#include "economy/indicators.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace regio::ui {

// Fill of an SBI 2008 section letter ("A".."U"); a neutral grey for an unknown or empty section.
QColor sectionColour(const QString& section);
// A short Dutch label for the legend ("Industrie", "Zakelijke diensten" …); the official
// section name is shown in tooltips. Empty for an unknown section.
QString sectionShortName(const QString& section);

// The faded fill of a sector the region is not specialised in: the section colour mixed with
// white (a quarter of the colour), opaque so that overlapping nodes stay readable.
QColor fadedColour(const QColor& colour);

// Okabe–Ito: Sterkte bluish green, Bedreiging vermillion, Kans blue, Zwakte grey.
QColor quadrantColour(economy::Quadrant quadrant);

// Text and line colours.
inline QColor textColour() { return {0x1B, 0x26, 0x33}; }
inline QColor mutedTextColour() { return {0x4A, 0x55, 0x60}; }
inline QColor edgeColour() { return {0xC8, 0xCD, 0xD2}; }
inline QColor highlightEdgeColour() { return {0x33, 0x3F, 0x4D}; }
inline QColor outlineColour() { return {0x1B, 0x26, 0x33}; }
inline QColor hoverRingColour() { return {0x00, 0x00, 0x00}; }
inline QColor selectionRingColour() { return {0x00, 0x72, 0xB2}; }
inline QColor relatedRingColour() { return {0xE6, 0x9F, 0x00}; }
inline QColor noticeColour() { return {0xA3, 0x1F, 0x1F}; }

// Fonts in points, at least 10 pt for anything a room must read on a beamer.
QFont relatednessFont(double pointSize, bool bold = false, bool italic = false);
// Factor on every font of the tab: 1 normally, larger in presentation mode (beamer).
void setRelatednessFontScale(double scale);
double relatednessFontScale();

} // namespace regio::ui
