// The project's own panel format and the SBI key table it is read with.
#include "economy/employment_panel.h"
#include "fuzz_common.h"

REGIO_FUZZ_TARGET({
    regio::economy::parsePanel(bytes, name, regio::economy::cbsSectorHierarchy());
    regio::economy::parseSectorHierarchy(bytes, name);
})
