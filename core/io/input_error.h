#pragma once
// The one error type every importer throws: which file, where in it, and what is wrong, in words
// a user understands. `location` is a line number ("12"), a JSON path ("$.bodies[3].territory"),
// or empty when the whole file is at fault (missing, empty).
#include <QString>
#include <stdexcept>

namespace regio {

class InputError : public std::runtime_error {
public:
    InputError(QString file, QString location, QString reason);
    InputError(QString file, int line, QString reason);

    const QString& file() const { return m_file; }
    const QString& location() const { return m_location; }
    const QString& reason() const { return m_reason; }
    // "file:location: reason" (or "file: reason" without a location).
    QString message() const;

private:
    QString m_file;
    QString m_location;
    QString m_reason;
};

// 1-based line number of a byte offset in a text, for parse errors reported by offset.
int lineOfOffset(const QByteArray& text, qsizetype offset);

} // namespace regio
