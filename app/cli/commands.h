#pragma once
// One function per `regio` subcommand; see commands.cpp for the table.
#include "cli/cli.h"

namespace regio::cli {

int runRegions(const QStringList& args, Io& io);
int runConvertRegions(const QStringList& args, Io& io);

} // namespace regio::cli
