#pragma once
// Assembles the economy an analysis needs from user files and, for what is not given, the
// embedded demonstration economy (then `demonstration` is true and every output must carry
// demoNotice()). Used by the `regio` economy commands and the GUI.
#include "economy/demo_economy.h"
#include "economy/economy_csv.h"

#include <QString>

namespace regio::economy {

struct EconomyRequest {
    QString employmentPath;  // empty: embedded demonstration employment
    QString flowsPath;       // empty: embedded demonstration flows
    bool needEmployment = true;
    bool needFlows = true;
    // A user's employment may only name regions of the embedded region model (municipalities,
    // provinces, COROP areas, labour-market regions): any other code is an InputError with its line.
    bool checkRegions = true;
    // The real economy instead of employmentPath: CBS 83582NED, COROP areas × the 19 SBI sections
    // (codes A..S) of `cbsYear` (0 = the last year); suppressed cells NaN. It has no flows.
    bool cbs = false;
    int cbsYear = 0;
};

// Import options whose knownRegions are every region code of the embedded model (municipalities,
// provinces, COROP areas, labour-market regions): for reading a user's employment.
ImportOptions embeddedRegionOptions();

// Loads what the request needs. When both employment and flows are needed, the flows are checked
// against the employment's sector codes (unknown code → InputError with its line) and re-ordered
// to the employment's sectors (sectors without flows get zero rows and columns). Sector and
// region names come from the demonstration tables where the codes match. Throws InputError.
EconomyData loadEconomy(const EconomyRequest& request);

} // namespace regio::economy
