#pragma once
// What the real-economy commands (economy, growth, structure) share: the panel (the embedded CBS
// table 83582NED, or a StatLine export given with --statline), the region, years, and the header
// lines that name the source and the region's basis on every output.
#include "cli/cli.h"

#include "economy/regional_structure.h"
#include "economy/statline.h"

#include <QCommandLineOption>
#include <QJsonValue>

namespace regio::cli {

struct RealEconomyOptions {
    QCommandLineOption region{QStringLiteral("region"),
        QStringLiteral("Code van het gebied (verplicht): COROP-gebied (CR23), provincie (PV27), arbeidsmarktregio (AM18), "
                       "gemeente (GM0363) of Nederland (NL01). Provincies en Nederland zijn exacte sommen van "
                       "COROP-gebieden; arbeidsmarktregio's en gemeenten een benadering, die de uitvoer noemt."),
        QStringLiteral("code")};
    QCommandLineOption statline{QStringLiteral("statline"),
        QStringLiteral("Een eigen StatLine-export (TypedDataSet-CSV of Observations.csv) in plaats van de ingebouwde "
                       "CBS-tabel 83582NED."),
        QStringLiteral("bestand")};
    QCommandLineOption measure{QStringLiteral("measure"),
        QStringLiteral("Bij --statline: de maat (kolom of Measure-code) als het bestand er meer heeft."), QStringLiteral("maat")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("Uitvoerformaat: csv (standaard) of json."),
                              QStringLiteral("formaat")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("Schrijf naar dit bestand in plaats van stdout."),
                           QStringLiteral("bestand")};
};

struct RealEconomy {
    economy::EmploymentPanel ownPanel;         // set for --statline
    const economy::EmploymentPanel* panel = nullptr;
    economy::PanelRegion region;
    QString source;                            // attribution line
};

// Loads the panel and resolves --region (UsageError when missing or unknown).
// With `regionOptional`, a missing --region leaves `region` invalid instead.
RealEconomy loadRealEconomy(const QCommandLineParser& parser, const RealEconomyOptions& o, bool regionOptional = false);
// A year option's value; the panel's last year when not set; UsageError when not in the panel.
int yearOption(const QCommandLineParser& parser, const QCommandLineOption& option, const economy::EmploymentPanel& panel,
               bool useFirstWhenUnset = false);
// "# Bron: …\n# Gebied: …\n" for CSV output.
QString realEconomyHeader(const RealEconomy& e, const QString& extra = QString());
// A number for CSV ("" when unknown) and for JSON (null when unknown).
QString csvNumber(double v);
QJsonValue jsonNumber(double v);

} // namespace regio::cli
