#include "io/json_file.h"

#include "io/input_error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

namespace regio {

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw InputError(path, QString(), QStringLiteral("bestand bestaat niet"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QStringLiteral("kan bestand niet openen: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        throw InputError(path, QString(), QStringLiteral("bestand is leeg"));
    return bytes;
}

QJsonDocument parseJsonDocument(const QByteArray& bytes, const QString& sourceName)
{
    if (bytes.trimmed().isEmpty())
        throw InputError(sourceName, QString(), QStringLiteral("bestand is leeg"));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = error.offset >= bytes.trimmed().size() - 1;
        throw InputError(sourceName, lineOfOffset(bytes, error.offset),
                         truncated ? QStringLiteral("JSON houdt onverwacht op (bestand afgekapt?)")
                                   : QStringLiteral("ongeldige JSON: %1").arg(error.errorString()));
    }
    return doc;
}

} // namespace regio
