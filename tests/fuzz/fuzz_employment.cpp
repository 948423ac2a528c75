#include "economy/economy_csv.h"
#include "fuzz_common.h"

REGIO_FUZZ_TARGET(regio::economy::parseEmployment(bytes, name))
