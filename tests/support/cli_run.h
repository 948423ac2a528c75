#pragma once
// Runs `regio` in-process as the shell would, capturing exit code, stdout and stderr.
#include "cli/cli.h"

#include <QBuffer>
#include <QString>
#include <QStringList>

namespace regio::test {

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

inline CliResult runRegio(QStringList args)
{
    args.prepend(QStringLiteral("regio"));
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliResult r;
    r.code = cli::run(args, out, err);
    r.out = QString::fromUtf8(out.data());
    r.err = QString::fromUtf8(err.data());
    return r;
}

} // namespace regio::test
