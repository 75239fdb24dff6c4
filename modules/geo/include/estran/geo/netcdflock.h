// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/geo/geo_export.h"

#include <mutex>

namespace Estran::Geo {

/// The process-wide lock around netCDF-C (and the HDF5 calls netCDF-4 makes). netCDF-C keeps
/// global state without locks of its own, so every module that calls it must hold this one
/// lock: geo while decoding the GSHHG coastline files, data while reading datasets. It lives
/// in geo because geo is the lowest module that uses netCDF. Recursive, so helpers that lock
/// may call each other.
ESTRAN_GEO_EXPORT std::recursive_mutex& netcdfLibraryMutex();

}  // namespace Estran::Geo
