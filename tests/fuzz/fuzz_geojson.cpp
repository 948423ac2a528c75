#include "fuzz_common.h"
#include "geography/geojson.h"

REGIO_FUZZ_TARGET(regio::geo::parseGeoJson(bytes, name))
