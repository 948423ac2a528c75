#include "regions/level.h"

#include <QCoreApplication>

namespace regio {

QString levelKey(Level level)
{
    switch (level) {
    case Level::Gemeente: return QStringLiteral("gemeente");
    case Level::Provincie: return QStringLiteral("provincie");
    case Level::Corop: return QStringLiteral("corop");
    case Level::Arbeidsmarktregio: return QStringLiteral("arbeidsmarktregio");
    }
    return {};
}

std::optional<Level> levelFromKey(QStringView key)
{
    for (Level level : allLevels)
        if (key.compare(levelKey(level), Qt::CaseInsensitive) == 0)
            return level;
    if (key.compare(u"coropgebied", Qt::CaseInsensitive) == 0 || key.compare(u"corop-gebied", Qt::CaseInsensitive) == 0)
        return Level::Corop;
    return std::nullopt;
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Gemeente: return QCoreApplication::translate("regio::regions", "Gemeente");
    case Level::Provincie: return QCoreApplication::translate("regio::regions", "Provincie");
    case Level::Corop: return QCoreApplication::translate("regio::regions", "COROP-gebied");
    case Level::Arbeidsmarktregio: return QCoreApplication::translate("regio::regions", "Arbeidsmarktregio");
    }
    return {};
}

QString levelLabelPlural(Level level)
{
    switch (level) {
    case Level::Gemeente: return QCoreApplication::translate("regio::regions", "Gemeenten");
    case Level::Provincie: return QCoreApplication::translate("regio::regions", "Provincies");
    case Level::Corop: return QCoreApplication::translate("regio::regions", "COROP-gebieden");
    case Level::Arbeidsmarktregio: return QCoreApplication::translate("regio::regions", "Arbeidsmarktregio's");
    }
    return {};
}

QString levelCodePrefix(Level level)
{
    switch (level) {
    case Level::Gemeente: return QStringLiteral("GM");
    case Level::Provincie: return QStringLiteral("PV");
    case Level::Corop: return QStringLiteral("CR");
    case Level::Arbeidsmarktregio: return QStringLiteral("AM");
    }
    return {};
}

std::optional<Level> levelOfCode(QStringView code)
{
    for (Level level : allLevels)
        if (code.startsWith(levelCodePrefix(level), Qt::CaseInsensitive))
            return level;
    return std::nullopt;
}

int divisionIndex(Level level)
{
    switch (level) {
    case Level::Provincie: return 0;
    case Level::Corop: return 1;
    case Level::Arbeidsmarktregio: return 2;
    case Level::Gemeente: break;
    }
    return -1;
}

} // namespace regio
