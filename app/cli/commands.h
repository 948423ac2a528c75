#pragma once
// One function per `regio` subcommand; see commands.cpp for the table.
#include "cli/cli.h"

namespace regio::cli {

int runRegions(const QStringList& args, Io& io);
int runBodies(const QStringList& args, Io& io);
int runCoverage(const QStringList& args, Io& io);
int runConvertRegions(const QStringList& args, Io& io);
int runReport(const QStringList& args, Io& io);
int runLq(const QStringList& args, Io& io);
int runRelatedness(const QStringList& args, Io& io);
int runDensity(const QStringList& args, Io& io);
int runSwot(const QStringList& args, Io& io);
int runGenerateDemo(const QStringList& args, Io& io);
int runGraph(const QStringList& args, Io& io);
int runEconomy(const QStringList& args, Io& io);
int runGrowth(const QStringList& args, Io& io);
int runStructure(const QStringList& args, Io& io);
int runImportStatLine(const QStringList& args, Io& io);
int runAgenda(const QStringList& args, Io& io);

} // namespace regio::cli
