#include "io/input_error.h"

#include <QByteArray>

#include <algorithm>

namespace regio {

namespace {
QString compose(const QString& file, const QString& location, const QString& reason)
{
    return location.isEmpty() ? file + QStringLiteral(": ") + reason
                              : file + QLatin1Char(':') + location + QStringLiteral(": ") + reason;
}
} // namespace

InputError::InputError(QString file, QString location, QString reason)
    : std::runtime_error(compose(file, location, reason).toStdString())
    , m_file(std::move(file))
    , m_location(std::move(location))
    , m_reason(std::move(reason))
{
}

InputError::InputError(QString file, int line, QString reason)
    : InputError(std::move(file), line > 0 ? QString::number(line) : QString(), std::move(reason))
{
}

QString InputError::message() const
{
    return compose(m_file, m_location, m_reason);
}

int lineOfOffset(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return 1 + int(std::count(text.constBegin(), text.constBegin() + offset, '\n'));
}

} // namespace regio
