#include "ui/relatedness/relatedness_style.h"

#include <QCoreApplication>

namespace regio::ui {

namespace {

struct SectionStyle {
    char16_t letter;
    QRgb colour;
    const char* shortName;
};

// Kelly's colours of maximum contrast (Kelly 1965; sRGB values as in Green-Armytage 2010).
constexpr SectionStyle kSections[] = {
    {u'A', 0x008856, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Landbouw en visserij")},
    {u'B', 0x654522, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Delfstoffen")},
    {u'C', 0x0067A5, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Industrie")},
    {u'D', 0xF6A600, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Energie")},
    {u'E', 0xA1CAF1, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Water en afval")},
    {u'F', 0xE25822, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Bouw")},
    {u'G', 0x875692, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Handel")},
    {u'H', 0xBE0032, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Vervoer en opslag")},
    {u'I', 0xF99379, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Horeca")},
    {u'J', 0x604E97, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "ICT en media")},
    {u'K', 0xB3446C, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Financiële diensten")},
    {u'L', 0xC2B280, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Vastgoed")},
    {u'M', 0xF38400, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Advies en onderzoek")},
    {u'N', 0xDCD300, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Zakelijke diensten")},
    {u'O', 0x848482, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Openbaar bestuur")},
    {u'P', 0x8DB600, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Onderwijs")},
    {u'Q', 0xE68FAC, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Zorg en welzijn")},
    {u'R', 0x882D17, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Cultuur en recreatie")},
    {u'S', 0x2B3D26, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Overige diensten")},
    {u'T', 0xF3C300, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Huishoudens")},
    {u'U', 0x222222, QT_TRANSLATE_NOOP("regio::ui::Relatedness", "Extraterritoriaal")},
};

const SectionStyle* find(const QString& section)
{
    if (section.size() != 1)
        return nullptr;
    const char16_t c = section.at(0).toUpper().unicode();
    for (const SectionStyle& s : kSections)
        if (s.letter == c)
            return &s;
    return nullptr;
}

} // namespace

QColor sectionColour(const QString& section)
{
    const SectionStyle* s = find(section);
    return s ? QColor::fromRgb(s->colour) : QColor(0xB0, 0xB0, 0xB0);
}

QString sectionShortName(const QString& section)
{
    const SectionStyle* s = find(section);
    return s ? QCoreApplication::translate("regio::ui::Relatedness", s->shortName) : QString();
}

QColor fadedColour(const QColor& colour)
{
    const double a = 0.25;
    return QColor::fromRgbF(float(a * colour.redF() + (1 - a)), float(a * colour.greenF() + (1 - a)),
                            float(a * colour.blueF() + (1 - a)));
}

QColor quadrantColour(economy::Quadrant quadrant)
{
    switch (quadrant) {
    case economy::Quadrant::Strength: return {0x00, 0x9E, 0x73};
    case economy::Quadrant::Threat: return {0xD5, 0x5E, 0x00};
    case economy::Quadrant::Opportunity: return {0x00, 0x72, 0xB2};
    case economy::Quadrant::Weakness: return {0x99, 0x99, 0x99};
    }
    return Qt::gray;
}

namespace {
double fontScale = 1.0;
} // namespace

void setRelatednessFontScale(double scale)
{
    fontScale = scale > 0 ? scale : 1.0;
}

double relatednessFontScale()
{
    return fontScale;
}

QFont relatednessFont(double pointSize, bool bold, bool italic)
{
    QFont f;
    f.setPointSizeF(pointSize * fontScale);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

} // namespace regio::ui
