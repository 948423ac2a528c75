#include "io/safe_write.h"

#include <QCoreApplication>

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace regio::io {

namespace {

std::atomic<testing::WriteFault> g_fault{testing::WriteFault::None};

// True once for the injected step, then the injection is spent.
bool faultAt(testing::WriteFault step)
{
    testing::WriteFault expected = step;
    return g_fault.compare_exchange_strong(expected, testing::WriteFault::None);
}

// The cause of a failed QSaveFile step: errno right after the call when it names one, else Qt's
// own text (which is English; it is only the last resort).
QString causeOf(int savedErrno, const QSaveFile& file)
{
    if (savedErrno != 0)
        return describeErrno(savedErrno);
    const QString qt = file.errorString();
    return qt.isEmpty() ? QCoreApplication::translate("regio::io", "onbekende fout") : qt;
}

} // namespace

WriteError::WriteError(const QString& file, const QString& cause)
    : InputError(file, QString(), QCoreApplication::translate("regio::io", "kan niet schrijven: %1").arg(cause))
    , m_cause(cause)
{
}

QString WriteError::sentence() const
{
    return QCoreApplication::translate("regio::io", "kan %1 niet schrijven: %2").arg(file(), m_cause);
}

QString describeErrno(int error)
{
    switch (error) {
    case ENOSPC: return QCoreApplication::translate("regio::io", "schijf vol");
#ifdef EDQUOT
    case EDQUOT: return QCoreApplication::translate("regio::io", "schijfquotum overschreden");
#endif
    case EACCES:
    case EPERM: return QCoreApplication::translate("regio::io", "geen toegang");
    case EROFS: return QCoreApplication::translate("regio::io", "alleen-lezen bestandssysteem");
    case ENOENT: return QCoreApplication::translate("regio::io", "map bestaat niet");
    case ENOTDIR: return QCoreApplication::translate("regio::io", "een deel van het pad is geen map");
    case EISDIR: return QCoreApplication::translate("regio::io", "is een map");
    case EIO: return QCoreApplication::translate("regio::io", "invoer-/uitvoerfout van het apparaat");
    case EFBIG: return QCoreApplication::translate("regio::io", "bestand te groot");
    case ENAMETOOLONG: return QCoreApplication::translate("regio::io", "bestandsnaam te lang");
    default: return QString::fromLocal8Bit(std::strerror(error));
    }
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Never write in place: on failure the old file must stay as it was.
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        throw WriteError(path, causeOf(errno, file));

    auto fail = [&](int savedErrno) {
        const QString cause = causeOf(savedErrno, file);
        file.cancelWriting();
        throw WriteError(path, cause);
    };
    errno = 0;
    if (faultAt(testing::WriteFault::Write))
        fail(ENOSPC);
    if (file.write(bytes) != bytes.size())
        fail(errno);
    errno = 0;
    if (faultAt(testing::WriteFault::Flush))
        fail(ENOSPC);
    if (!file.flush())  // QSaveFile buffers; a failed flush inside commit() is not always reported
        fail(errno);
    // Data on disk before the rename: otherwise a crash can leave an empty file under the name.
    errno = 0;
    if (faultAt(testing::WriteFault::Sync))
        fail(ENOSPC);
    if (file.handle() >= 0 && ::fsync(file.handle()) != 0)
        fail(errno);
    errno = 0;
    if (faultAt(testing::WriteFault::Commit))
        fail(ENOSPC);
    if (!file.commit())
        throw WriteError(path, causeOf(errno, file));
    // The last check: what is on disk under the name is what we wrote.
    qint64 onDisk = QFileInfo(path).size();
    if (faultAt(testing::WriteFault::SizeCheck))
        onDisk = 0;
    if (onDisk != bytes.size())
        throw WriteError(path, QCoreApplication::translate("regio::io", "na het opslaan is het bestand %1 bytes in plaats van %2")
                                   .arg(onDisk)
                                   .arg(bytes.size()));
}

void writeFileAtomically(const QString& path, const std::function<bool(QIODevice&)>& render,
                         const QString& renderFailure)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!render(buffer))
            throw WriteError(path, renderFailure);
    }
    writeFileAtomically(path, bytes);
}

QString tryWriteFileAtomically(const QString& path, const QByteArray& bytes)
{
    try {
        writeFileAtomically(path, bytes);
    } catch (const WriteError& e) {
        return e.message();
    }
    return QString();
}

namespace testing {
void injectWriteFault(WriteFault fault) { g_fault.store(fault); }
} // namespace testing

} // namespace regio::io
