#pragma once
// Output shared by the economy commands (lq, relatedness, density, swot): the demonstration
// notice line and a labelled matrix as CSV.
#include "economy/matrix.h"

#include <QString>

namespace regio::cli {

// "# Demonstratiedata — geen officiële statistiek\n" for demonstration data, else "".
QString demoHeader(bool demonstration);
// The notice (when demonstration), a header row `corner,<column labels>`, one row per matrix row.
QString matrixCsv(const economy::Matrix& m, const QString& corner, bool demonstration);

} // namespace regio::cli
