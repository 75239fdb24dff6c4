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

/// Call before netCDF calls on any thread (cheap after the first call in a thread): the
/// thread-safe HDF5 keeps its automatic error printing per thread and netCDF silences only the
/// thread that initialised it, so netCDF-4 opens on workers would otherwise print HDF5's
/// internal error stacks for expected misses (optional attributes) on stderr.
ESTRAN_GEO_EXPORT void prepareNetcdfThread();

}  // namespace Estran::Geo
