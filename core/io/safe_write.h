#pragma once
// Checked, atomic file writes: the one way every writer in the project puts bytes on disk.
// Qt 6.4's QSaveFile buffers small writes, and a flush that fails inside commit() can go
// unreported, leaving a 0-byte file on a full disk. Here every step is checked end to end
// (write, flush, fsync, commit, size on disk); on any failure the previous file stays as it was
// (except the last check, which can only report) and a WriteError says which file and why.
#include "io/input_error.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace regio::io {

// A file that could not be written. Derives from InputError so that callers that already report
// InputError keep working; the CLI catches it first and exits with its own code (4).
// message(): "<file>: kan niet schrijven: <cause>"; cause() is the Dutch reason alone
// ("schijf vol", "geen toegang", …).
class WriteError : public InputError {
public:
    WriteError(const QString& file, const QString& cause);
    const QString& cause() const { return m_cause; }
    // "kan <file> niet schrijven: <cause>" — the sentence a user reads.
    QString sentence() const;

private:
    QString m_cause;
};

// Writes `bytes` to `path` atomically. Throws WriteError.
void writeFileAtomically(const QString& path, const QByteArray& bytes);

// For writers that need a device (QPdfWriter, QSvgGenerator, QImage::save): `render` writes into
// an in-memory buffer and returns false on failure (then `renderFailure` is the cause); the bytes
// are then written with writeFileAtomically. Throws WriteError.
void writeFileAtomically(const QString& path, const std::function<bool(QIODevice&)>& render,
                         const QString& renderFailure = QStringLiteral("opmaken mislukt"));

// The same, returning "" on success or WriteError::message() on failure (for UI code that shows
// errors as text).
QString tryWriteFileAtomically(const QString& path, const QByteArray& bytes);

// Dutch words for an errno value ("schijf vol" for ENOSPC, …); strerror for the rest.
QString describeErrno(int error);

namespace testing {
// Fault injection for tests: the step at which the next writeFileAtomically call fails as if the
// disk were full. Reset after it fires.
enum class WriteFault { None, Write, Flush, Sync, Commit, SizeCheck };
void injectWriteFault(WriteFault fault);
} // namespace testing

} // namespace regio::io
