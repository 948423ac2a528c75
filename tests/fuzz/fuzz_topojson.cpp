#include "fuzz_common.h"
#include "geography/topojson.h"

REGIO_FUZZ_TARGET(regio::geo::parseTopoJson(bytes, name))
