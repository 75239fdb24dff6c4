// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/libraryinfo.h"

#include "plugincatalog.h"

#include <H5public.h>
#include <netcdf_meta.h>

namespace Estran::Data {

QString LibraryInfo::versions()
{
    QStringList parts = {QStringLiteral("netCDF %1").arg(QStringLiteral(NC_VERSION)),
                         QStringLiteral("HDF5 %1.%2.%3").arg(H5_VERS_MAJOR).arg(H5_VERS_MINOR).arg(H5_VERS_RELEASE)};
    // What plugins bring (GDAL) comes from their metadata, so asking does not load them.
    for (const ReaderPluginInfo& plugin : detail::PluginCatalog::instance().plugins()) parts += plugin.libraries;
    return parts.join(QStringLiteral(", "));
}

bool LibraryInfo::netcdfReadsHttpByteRanges()
{
#if defined(NC_HAS_BYTERANGE) && NC_HAS_BYTERANGE
    return true;
#else
    return false;  // Debian 12's netCDF 4.9.0 is built without it
#endif
}

}  // namespace Estran::Data
