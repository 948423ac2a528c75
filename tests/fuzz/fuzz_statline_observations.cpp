#include "economy/statline.h"
#include "fuzz_common.h"

REGIO_FUZZ_TARGET(regio::economy::parseStatLineObservations(bytes, name))
