#include "io/json_file.h"

#include <QCoreApplication>

#include "io/input_error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

namespace regio {

namespace {

// Qt's parse errors in the user's language (QJsonParseError::errorString() is English).
QString dutchJsonError(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject: return QCoreApplication::translate("regio::io", "object wordt niet afgesloten met '}'");
    case QJsonParseError::MissingNameSeparator: return QCoreApplication::translate("regio::io", "':' ontbreekt na een naam");
    case QJsonParseError::UnterminatedArray: return QCoreApplication::translate("regio::io", "lijst wordt niet afgesloten met ']'");
    case QJsonParseError::MissingValueSeparator: return QCoreApplication::translate("regio::io", "',' ontbreekt tussen waarden");
    case QJsonParseError::IllegalValue: return QCoreApplication::translate("regio::io", "ongeldige waarde");
    case QJsonParseError::TerminationByNumber: return QCoreApplication::translate("regio::io", "bestand houdt op midden in een getal");
    case QJsonParseError::IllegalNumber: return QCoreApplication::translate("regio::io", "ongeldig getal");
    case QJsonParseError::IllegalEscapeSequence: return QCoreApplication::translate("regio::io", "ongeldige escape-reeks in tekst");
    case QJsonParseError::IllegalUTF8String: return QCoreApplication::translate("regio::io", "ongeldige tekens: geen UTF-8");
    case QJsonParseError::UnterminatedString: return QCoreApplication::translate("regio::io", "tekst wordt niet afgesloten met '\"'");
    case QJsonParseError::MissingObject: return QCoreApplication::translate("regio::io", "waarde ontbreekt na een komma");
    case QJsonParseError::DeepNesting: return QCoreApplication::translate("regio::io", "te diep genest");
    case QJsonParseError::DocumentTooLarge: return QCoreApplication::translate("regio::io", "document te groot");
    case QJsonParseError::GarbageAtEnd: return QCoreApplication::translate("regio::io", "tekst na het einde van het document");
    case QJsonParseError::NoError: break;
    }
    return QCoreApplication::translate("regio::io", "onbekende fout");
}

} // namespace

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "bestand bestaat niet"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "kan bestand niet openen: %1").arg(file.errorString()));
    // Parsed JSON takes several times the file size: refuse what cannot be held before reading.
    constexpr qint64 kMaxBytes = 256ll * 1024 * 1024;
    if (file.size() > kMaxBytes)
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "bestand is %1 MB; de grens is %2 MB")
                                              .arg(file.size() / (1024 * 1024))
                                              .arg(kMaxBytes / (1024 * 1024)));
    QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        throw InputError(path, QString(), QCoreApplication::translate("regio::io", "bestand is leeg"));
    return bytes;
}

QJsonDocument parseJsonDocument(const QByteArray& bytes, const QString& sourceName)
{
    if (bytes.trimmed().isEmpty())
        throw InputError(sourceName, QString(), QCoreApplication::translate("regio::io", "bestand is leeg"));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = error.offset >= bytes.trimmed().size() - 1 && error.error != QJsonParseError::GarbageAtEnd;
        // UTF-16 (Windows "Unicode" save) is recognisable by its byte-order mark or NUL bytes.
        if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff") || bytes.left(64).contains('\0'))
            throw InputError(sourceName, 1, QCoreApplication::translate("regio::io", "bestand is UTF-16; sla op als UTF-8"));
        throw InputError(sourceName, lineOfOffset(bytes, error.offset),
                         truncated ? QCoreApplication::translate("regio::io", "JSON houdt onverwacht op (bestand afgekapt?)")
                                   : QCoreApplication::translate("regio::io", "ongeldige JSON bij byte %1: %2")
                                         .arg(error.offset)
                                         .arg(dutchJsonError(error.error)));
    }
    return doc;
}

} // namespace regio
