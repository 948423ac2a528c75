#pragma once
// Colours, fonts and shared texts of the triangle views (Driehoek, Aan tafel, Schakelen op
// schalen). Colour-blind safe: the three corners use Okabe & Ito (2008) blue, orange and reddish
// purple; body types use Paul Tol's "light" scheme, always together with a label or legend.
#include "coverage/coverage.h"
#include "registry/body.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace regio::ui::triangle {

using registry::BodyType;
using registry::Domain;

// Sizes in logical pixels; views scale the painter for large targets (see logicalScale).
struct Metrics {
    static constexpr double titleSize = 26;
    static constexpr double subtitleSize = 16;
    static constexpr double headingSize = 18;
    static constexpr double textSize = 16;
    static constexpr double chipSize = 15;
    static constexpr double smallSize = 13;
};

// A font of `pixelSize` logical pixels (fonts in pixels so that PNG, PDF and SVG look alike).
QFont fontPx(double pixelSize, bool bold = false);

QColor textColour();
QColor mutedTextColour();
QColor lineColour();
QColor gapColour(); // Okabe–Ito vermillion: "missing" marks, always with words beside them

// The corner colour: Economie blue, Onderwijs orange, Arbeidsmarkt reddish purple (Okabe–Ito).
QColor domainColour(Domain domain);
QColor uncoveredColour();
// `colour` mixed with white: amount 1 is the colour, 0 is white (light chip fills).
QColor tint(const QColor& colour, double amount);

// Body types are drawn in 8 families (12 types would exceed what eyes can tell apart).
int typeFamily(BodyType type);
int typeFamilyCount();
QColor familyColour(int family);
QString familyLabel(int family);

// The factor by which a view scales its logical layout into `target`: 1 on screen-sized
// targets, more on large pages and beamer-filling windows, so text keeps its share of the page.
double logicalScale(const QRectF& target, double referenceWidth, double referenceHeight);

// Short display texts for a body.
QString coverageText(const coverage::BodyCoverage* coverage, int regionSize); // "hele gebied" / "deel (3 van 21)"
// The tooltip of a body: name, type, domains, actors, role, scale, territory, source, confidence.
QString bodyTooltip(const registry::Body& body, const coverage::BodyCoverage* coverage, int regionSize);

// Draws `text` word-wrapped in `width` from `top`; returns the height used. Stops at `maxBottom`
// (the last line that fits ends in "…"); `drawn` tells whether everything fitted.
double drawWrapped(QPainter& painter, const QString& text, double left, double top, double width,
                   double maxBottom, bool* drawn = nullptr);

} // namespace regio::ui::triangle
