#include "fuzz_common.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"

// Checked against the embedded regions, as the app does (loaded once, outside the timing).
REGIO_FUZZ_TARGET(regio::registry::parseRegistry(bytes, name, regio::RegionModel::embedded()))
