// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/data_export.h"

#include <QString>

namespace Estran::Data {

/// What the data layer was built with, so layers above never include the C libraries' headers
/// (Help ▸ About, capability checks in the catalogue browser).
struct ESTRAN_DATA_EXPORT LibraryInfo {
    /// "netCDF 4.9.0, HDF5 1.10.8, GDAL 3.6.2": the libraries the data module links, then those
    /// the reader plugins declare in their metadata ("libraries"; GDAL's plugin names the GDAL
    /// it was built with). Reads plugin metadata only: no plugin is loaded.
    static QString versions();
    /// Whether netCDF-C can read a netCDF/HDF5 file over plain HTTP by byte ranges
    /// ("#mode=bytes"); OPeNDAP URLs work either way.
    static bool netcdfReadsHttpByteRanges();
};

}  // namespace Estran::Data
