// Report benchmarks (DESIGN.md §7): one region profile PDF (< 1 s), and the batch of all 35
// arbeidsmarktregio's, both through the code `regio report` runs.
//
//   bench_report [--runs N]      median of N runs for the single profile (default 5)
#include "bench_util.h"

#include "cli/cli.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>

#include <cstring>

using namespace regio;

namespace {

int runRegio(const QStringList& args)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    return cli::run(QStringList{QStringLiteral("regio")} + args, out, err);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    QTemporaryDir dir;
    std::printf("Rapport-benchmarks (mediaan van %d runs; inclusief laden van register en demonstratie-economie)\n", runs);

    const QString pdf = dir.filePath(QStringLiteral("profiel.pdf"));
    const double one = bench::medianMs(runs, [&] {
        if (runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("AM28"), QStringLiteral("--out"), pdf}) != 0)
            std::abort();
    });
    bench::report("region_profile_AM28", one, "regioprofiel (PDF) van arbeidsmarktregio Zuidoost-Brabant");

    const double batch = bench::medianMs(1, [&] {
        if (runRegio({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("arbeidsmarktregio"),
                   QStringLiteral("--out-dir"), dir.filePath(QStringLiteral("amr"))}) != 0)
            std::abort();
    });
    bench::report("region_profile_batch_35_amr", batch, "alle 35 arbeidsmarktregio's");
    return 0;
}
