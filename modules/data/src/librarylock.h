// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

namespace Estran::Data::detail {

/// The one process-wide lock around netCDF-C and the HDF5 calls made next to it.
/// netCDF-C keeps global state without locks of its own, and netCDF-4 files are read through
/// HDF5, so netCDF and our own HDF5 browsing share a single mutex: two locks could interleave
/// HDF5 calls made by netCDF with ours. Recursive because probing helpers run inside opens.
std::recursive_mutex& libraryMutex();

/// Holds libraryMutex() and, on first use in each thread, turns off HDF5's automatic error
/// printing for that thread: the thread-safe HDF5 keeps that setting per thread, and netCDF
/// only silences the thread that initialised it, so reads on workers would otherwise spill
/// HDF5's internal error stacks (expected misses such as optional attributes) onto stderr.
class LibraryLock {
public:
    explicit LibraryLock(std::recursive_mutex& mutex);
    LibraryLock(const LibraryLock&) = delete;
    LibraryLock& operator=(const LibraryLock&) = delete;

private:
    std::lock_guard<std::recursive_mutex> m_guard;
};

/// The per-thread silencing on its own, for code that calls HDF5 without the library lock.
void silenceHdf5ErrorsInThisThread();

}  // namespace Estran::Data::detail
