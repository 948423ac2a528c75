#pragma once
// Output shared by the economy commands (lq, relatedness, density, swot): the demonstration
// notice line and a labelled matrix as CSV.
#include "economy/matrix.h"
#include "economy/relatedness_method.h"

#include <QCommandLineParser>

#include <QString>

namespace regio::cli {

// "# Demonstratiedata — geen officiële statistiek\n" for demonstration data, else "".
QString demoHeader(bool demonstration);
// The notice (when demonstration), a header row `corner,<column labels>`, one row per matrix row.
QString matrixCsv(const economy::Matrix& m, const QString& corner, bool demonstration);

// The value of a --method option; a UsageError naming the choices when it is not one.
economy::RelatednessMethod methodOption(const QCommandLineParser& parser, const QCommandLineOption& option);

} // namespace regio::cli
