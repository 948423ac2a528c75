#include "regions/ogr_region_source.h"

#include "geography/ogr_reader.h"
#include "io/input_error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace regio {

namespace {

QString levelStem(Level level)
{
    switch (level) {
    case Level::Gemeente: return QStringLiteral("gemeente");
    case Level::Provincie: return QStringLiteral("provincie");
    case Level::Corop: return QStringLiteral("coropgebied");
    case Level::Arbeidsmarktregio: return QStringLiteral("arbeidsmarktregio");
    }
    return {};
}

// "gemeenten", "provincies", but "COROP-gebieden" stays as it is.
QString lowerFirst(QString text)
{
    if (text.size() > 1 && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

// The option that chooses a level's layer, for the hint in messages.
QString layerOption(Level level) { return QStringLiteral("--layer-") + levelKey(level); }

} // namespace

QString defaultOgrLayerName(Level level)
{
    return levelStem(level) + QStringLiteral("_gegeneraliseerd");
}

OgrRegionLayers readOgrRegionLayers(const OgrRegionSource& source)
{
    const QStringList available = geo::ogrLayerNames(source.path);
    OgrRegionLayers result;
    for (Level level : allLevels) {
        const size_t index = size_t(level == Level::Gemeente ? 0 : divisionIndex(level) + 1);
        QString name = source.layerNames[index];
        if (name.isEmpty()) {
            // CBS's name, or PDOK's year-prefixed form of it.
            name = defaultOgrLayerName(level);
            const QString pdok = QStringLiteral("cbs_%1_%2_gegeneraliseerd").arg(levelStem(level)).arg(source.year);
            if (!available.contains(name) && source.year > 0 && available.contains(pdok))
                name = pdok;
        }
        if (!available.contains(name))
            throw InputError(source.path, QString(),
                             QCoreApplication::translate("regio::regions", "laag '%1' voor de %2 ontbreekt; kies een laag met %3 (aanwezig: %4)")
                                 .arg(name, lowerFirst(levelLabelPlural(level)), layerOption(level), available.join(QStringLiteral(", "))));
        result.layerNames[index] = name;
        geo::FeatureLayer layer = geo::readOgrLayer(source.path, {name, {source.codeField, source.nameField}});
        if (layer.features.empty())
            throw InputError(source.path, QCoreApplication::translate("regio::regions", "laag '%1'").arg(name), QCoreApplication::translate("regio::regions", "laag bevat geen vlakken"));
        // Every code of the right level: a wrong layer (provincies chosen as gemeenten) is
        // caught here instead of producing a model that makes no sense.
        const QString prefix = levelCodePrefix(level);
        for (const geo::Feature& f : layer.features) {
            const QString code = geo::FeatureLayer::propertyText(f, source.codeField).trimmed();
            if (!code.startsWith(prefix, Qt::CaseInsensitive))
                throw InputError(source.path, f.jsonPath,
                                 QCoreApplication::translate("regio::regions", "onbekende code '%1' voor de %2: die beginnen met %3 (kies de juiste laag met %4)")
                                     .arg(code, lowerFirst(levelLabelPlural(level)), prefix, layerOption(level)));
        }
        if (level == Level::Gemeente) {
            static const QRegularExpression yearCode(QStringLiteral("^((?:19|20)[0-9]{2})GM"));
            int year = 0;
            for (const geo::Feature& f : layer.features) {
                const auto match = yearCode.match(geo::FeatureLayer::propertyText(f, QStringLiteral("jrstatcode")));
                const int y = match.hasMatch() ? match.captured(1).toInt() : 0;
                if (y == 0 || (year != 0 && y != year)) {
                    year = 0;
                    break;
                }
                year = y;
            }
            result.yearInData = year;
            result.municipalities = std::move(layer);
        } else {
            result.divisions[size_t(divisionIndex(level))] = std::move(layer);
        }
    }
    return result;
}

} // namespace regio
