// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

namespace Estran::Data::detail {

/// The one process-wide lock around netCDF-C and the HDF5 calls made next to it.
/// netCDF-C keeps global state without locks of its own, and netCDF-4 files are read through
/// HDF5, so netCDF and our own HDF5 browsing share a single mutex: two locks could interleave
/// HDF5 calls made by netCDF with ours. Recursive because probing helpers run inside opens.
std::recursive_mutex& libraryMutex();

using LibraryLock = std::lock_guard<std::recursive_mutex>;

}  // namespace Estran::Data::detail
