#pragma once
// Output shared by the economy commands (lq, relatedness, density, swot): the demonstration
// notice line and a labelled matrix as CSV.
#include "economy/economy_load.h"
#include "economy/matrix.h"
#include "economy/relatedness_method.h"

#include <QCommandLineParser>

#include <QString>

namespace regio::cli {

// "# Demonstratiedata — geen officiële statistiek\n" for demonstration data, else "".
QString demoHeader(bool demonstration);
// The line(s) that say where the numbers come from: the demonstration notice, or "# Bron: …" for
// real data (the CBS table), or "" for the user's own files.
QString dataHeader(const economy::EconomyData& data);
// The header lines, a header row `corner,<column labels>`, one row per matrix row (unknown: empty).
QString matrixCsv(const economy::Matrix& m, const QString& corner, const QString& header);

// --data demo|cbs and --year, shared by lq, relatedness, density, swot, graph and report.
struct DataChoice {
    QCommandLineOption data{QStringLiteral("data"),
        QStringLiteral("Welke economie: demo (standaard: de synthetische demonstratie-economie, SBI-afdelingen met "
                       "baanwisselingen) of cbs (echt: CBS-tabel 83582NED, banen per COROP-gebied en SBI-sectie; "
                       "zonder baanwisselingen, dus met een co-occurrence-methode of eigen --flows)."),
        QStringLiteral("demo|cbs")};
    QCommandLineOption year{QStringLiteral("year"), QStringLiteral("Bij --data cbs: het jaar (2010–2024; standaard 2024)."),
                            QStringLiteral("jaar")};
};
// Fills request.cbs / cbsYear from the options; UsageError for a wrong value, --data cbs with
// --employment, or flows needed but neither --flows nor demonstration data available.
void applyDataChoice(const QCommandLineParser& parser, const DataChoice& choice, economy::EconomyRequest& request);

// The value of a --method option; a UsageError naming the choices when it is not one.
economy::RelatednessMethod methodOption(const QCommandLineParser& parser, const QCommandLineOption& option);

} // namespace regio::cli
