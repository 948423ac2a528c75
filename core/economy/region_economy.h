#pragma once
// The economy of a region of any level, built from the COROP rows of the employment matrix
// (the demonstration economy, like most regional CBS tables, is by COROP-gebied):
//   - a COROP-gebied: its own row;
//   - a gemeente: the row of its COROP-gebied (stated in `basis`);
//   - a provincie: its COROP-gebieden, which nest in it exactly;
//   - an arbeidsmarktregio: the COROP-gebieden with most of their municipalities in it
//     (approximate: labour-market regions cut across COROP borders; stated in `basis`).
#include "economy/indicators.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace regio {
class RegionModel;
}

namespace regio::economy {

struct EconomicBasis {
    QStringList rows;   // employment row labels (COROP codes) that make up the region
    QString basis;      // in words, for reports: "COROP-gebied Groot-Amsterdam (CR23)"
    bool approximate = false;
};

// Empty `rows` when the region has no economic rows (unknown code, or imported data by other regions).
EconomicBasis economicBasis(const QString& regionCode, const RegionModel& regions, const Matrix& employment);

// SWOT of the union S of employment rows (DESIGN.md §5, with E[S,i] = Σ_{r∈S} E[r,i]):
// LQ[S,i] = (E[S,i]/E[S,·]) / (E[·,i]/E[·,·]) against the national totals of all rows, and
// embeddedness = relatedness density of S's specialisations with w = max(SR~, 0). For a single
// row this equals swot(locationQuotient(E), embeddedness(M, SR~), row).
SwotResult swotOfRows(const Matrix& employment, const Matrix& skillRelatedness, const QStringList& rows,
                      const QString& label, std::optional<double> threshold = std::nullopt);

} // namespace regio::economy
