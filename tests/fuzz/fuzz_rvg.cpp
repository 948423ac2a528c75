#include "fuzz_common.h"
#include "regions/region_model.h"

REGIO_FUZZ_TARGET(regio::RegionModel::fromBytes(bytes, name))
