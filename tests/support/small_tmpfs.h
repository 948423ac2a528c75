#pragma once
// A tiny tmpfs for disk-full tests: mounted in a temporary folder when running as root with
// `mount` available, unmounted on destruction. Tests skip with a MESSAGE when it is not available.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

namespace regio::test {

class SmallTmpfs {
public:
    explicit SmallTmpfs(int kibibytes = 64)
    {
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("not running as root");
            return;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("mount")).isEmpty()) {
            m_whyNot = QStringLiteral("no mount command");
            return;
        }
        if (!m_dir.isValid()) {
            m_whyNot = QStringLiteral("no temporary folder");
            return;
        }
        const int code = QProcess::execute(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=%1k").arg(kibibytes), QStringLiteral("regio-test"), m_dir.path()});
        if (code != 0)
            m_whyNot = QStringLiteral("mount -t tmpfs failed (exit %1; no CAP_SYS_ADMIN?)").arg(code);
        else
            m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    SmallTmpfs(const SmallTmpfs&) = delete;
    SmallTmpfs& operator=(const SmallTmpfs&) = delete;

    bool mounted() const { return m_mounted; }
    const QString& whyNot() const { return m_whyNot; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Fills the file system until a write fails; returns the bytes written.
    qint64 fill() const
    {
        QFile filler(filePath(QStringLiteral("vulling.bin")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return 0;
        const QByteArray block(4096, '\0');
        qint64 total = 0;
        for (;;) {
            const qint64 n = filler.write(block);
            if (n <= 0)
                break;
            total += n;
        }
        return total;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace regio::test
