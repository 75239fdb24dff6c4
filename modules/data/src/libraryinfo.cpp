// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/libraryinfo.h"

#include <gdal_version.h>
#include <H5public.h>
#include <netcdf_meta.h>

namespace Estran::Data {

QString LibraryInfo::versions()
{
    return QStringLiteral("netCDF %1, HDF5 %2.%3.%4, GDAL %5")
        .arg(QStringLiteral(NC_VERSION))
        .arg(H5_VERS_MAJOR)
        .arg(H5_VERS_MINOR)
        .arg(H5_VERS_RELEASE)
        .arg(QStringLiteral(GDAL_RELEASE_NAME));
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
