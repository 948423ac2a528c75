#include "io/gdal_support.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace regio::io {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Quiet: every failure is reported by the caller, with file and place, in Dutch.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        GDALAllRegister();
    });
}

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

} // namespace regio::io
