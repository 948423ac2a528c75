#include "ui/triangle/triangle_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <array>

namespace regio::ui::triangle {

namespace {

QString trText(const char* text)
{
    return QCoreApplication::translate("regio::ui::TriangleView", text);
}

struct Family {
    QColor colour;
    const char* label;
};

// Tol "light" (colour-blind safe); one family per group of similar forms of cooperation.
const std::array<Family, 8>& families()
{
    static const std::array<Family, 8> list{{
        {QColor(0x77, 0xAA, 0xDD), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Economic Board / agenda")},
        {QColor(0xEE, 0x88, 0x66), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Ontwikkelingsmaatschappij")},
        {QColor(0xFF, 0xAA, 0xBB), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Provinciale SER")},
        {QColor(0xEE, 0xDD, 0x88), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Regionaal werkbedrijf")},
        {QColor(0x44, 0xBB, 0x99), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Onderwijssamenwerking")},
        {QColor(0x99, 0xDD, 0xFF), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Metropoolregio / regiobestuur")},
        {QColor(0xBB, 0xCC, 0x33), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "City Deal / proeftuin / programma")},
        {QColor(0x99, 0x88, 0xCC), QT_TRANSLATE_NOOP("regio::ui::TriangleView", "Grensoverschrijdend")},
    }};
    return list;
}

} // namespace

QFont fontPx(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setBold(bold);
    return f;
}

QColor textColour() { return {0x1B, 0x26, 0x33}; }
QColor mutedTextColour() { return {0x5A, 0x65, 0x70}; }
QColor lineColour() { return {0x8A, 0x95, 0xA0}; }
QColor gapColour() { return {0xD5, 0x5E, 0x00}; }

QColor domainColour(Domain domain)
{
    switch (domain) {
    case Domain::Economie: return {0x00, 0x72, 0xB2};     // Okabe–Ito blue
    case Domain::Onderwijs: return {0xE6, 0x9F, 0x00};    // Okabe–Ito orange
    case Domain::Arbeidsmarkt: return {0xCC, 0x79, 0xA7}; // Okabe–Ito reddish purple
    }
    return uncoveredColour();
}

QColor uncoveredColour() { return {0xB8, 0xBF, 0xC6}; }

QColor tint(const QColor& colour, double amount)
{
    return QColor::fromRgbF(float(1.0 - (1.0 - colour.redF()) * amount), float(1.0 - (1.0 - colour.greenF()) * amount),
                            float(1.0 - (1.0 - colour.blueF()) * amount));
}

int typeFamily(BodyType type)
{
    switch (type) {
    case BodyType::EconomicBoard:
    case BodyType::GespecialiseerdeBoard:
    case BodyType::StrategischeAgenda: return 0;
    case BodyType::Rom: return 1;
    case BodyType::ProvincialeSer: return 2;
    case BodyType::RegionaalWerkbedrijf: return 3;
    case BodyType::Onderwijssamenwerking: return 4;
    case BodyType::Metropoolregio: return 5;
    case BodyType::CityDeal:
    case BodyType::Proeftuin:
    case BodyType::Programma: return 6;
    case BodyType::Grensoverschrijdend: return 7;
    }
    return 6;
}

int typeFamilyCount() { return int(families().size()); }

QColor familyColour(int family)
{
    return family >= 0 && family < typeFamilyCount() ? families()[size_t(family)].colour : QColor(0xDD, 0xDD, 0xDD);
}

QString familyLabel(int family)
{
    return family >= 0 && family < typeFamilyCount() ? trText(families()[size_t(family)].label) : QString();
}

double logicalScale(const QRectF& target, double referenceWidth, double referenceHeight)
{
    return std::max(1.0, std::min(target.width() / referenceWidth, target.height() / referenceHeight));
}

QString coverageText(const coverage::BodyCoverage* coverage, int regionSize)
{
    if (!coverage || coverage->wholeRegion)
        return QCoreApplication::translate("regio::ui::TriangleView", "hele gebied");
    return QCoreApplication::translate("regio::ui::TriangleView", "deel (%1 van %2 gemeenten)").arg(coverage->municipalities).arg(regionSize);
}

QString bodyTooltip(const registry::Body& body, const coverage::BodyCoverage* coverage, int regionSize)
{
    const auto row = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString type = registry::label(body.type);
    if (!body.subtype.isEmpty())
        type += QStringLiteral(" (%1)").arg(body.subtype);
    QString scale = registry::label(body.scale);
    if (!body.territoryBasis.isEmpty())
        scale += QStringLiteral(" — ") + body.territoryBasis;
    QString html = QStringLiteral("<b>%1</b><table>").arg(body.name.toHtmlEscaped());
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Type"), type);
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Domeinen"), registry::joinLabels(body.domains));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Aan tafel"), registry::joinLabels(body.actors));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Rol"), registry::joinLabels(body.roles));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Schaal"), scale);
    if (regionSize > 1)
        html += row(QCoreApplication::translate("regio::ui::TriangleView", "Dekking"), coverageText(coverage, regionSize));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Bron"), body.source.isEmpty() ? QCoreApplication::translate("regio::ui::TriangleView", "niet vermeld") : body.source);
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Betrouwbaarheid"), registry::confidenceExplanation(body.confidence));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Rechtsvorm"), registry::legalFormWithSource(body));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Toezicht door gekozen raad"), registry::oversightWithSource(body));
    html += row(QCoreApplication::translate("regio::ui::TriangleView", "Geldbronnen"), registry::fundingSourcesWithSource(body));
    if (body.founded || body.ended)
        html += row(QCoreApplication::translate("regio::ui::TriangleView", "Bestaat"), body.ended ? QCoreApplication::translate("regio::ui::TriangleView", "%1–%2").arg(body.founded ? QString::number(*body.founded) : QCoreApplication::translate("regio::ui::TriangleView", "?"))
                                                    .arg(*body.ended)
                                              : QCoreApplication::translate("regio::ui::TriangleView", "sinds %1").arg(*body.founded));
    html += QStringLiteral("</table>");
    return html;
}

double drawWrapped(QPainter& painter, const QString& text, double left, double top, double width,
                   double maxBottom, bool* drawn)
{
    const QFontMetricsF metrics(painter.font());
    QTextLayout layout(text, painter.font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = top;
    bool all = true;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (y + metrics.height() > maxBottom) {
            all = false;
            break;
        }
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        // The last line that fits, when more follows, ends in an ellipsis.
        const bool lastFitting = y + 2 * metrics.height() > maxBottom && line.textStart() + line.textLength() < text.size();
        const QString shown = lastFitting ? metrics.elidedText(part + QStringLiteral("…"), Qt::ElideRight, width) : part;
        painter.drawText(QRectF(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        y += metrics.height();
        if (lastFitting) {
            all = false;
            break;
        }
    }
    layout.endLayout();
    if (drawn)
        *drawn = all;
    return y - top;
}

} // namespace regio::ui::triangle
