// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylock.h"

#include "estran/geo/netcdflock.h"


namespace Estran::Data::detail {

// One lock for the whole process: geo decodes the GSHHG coastline files with netCDF-C too,
// and two separate locks would let those calls race a dataset read.
std::recursive_mutex& libraryMutex() { return Geo::netcdfLibraryMutex(); }

void silenceHdf5ErrorsInThisThread()
{
    Geo::prepareNetcdfThread();
}

LibraryLock::LibraryLock(std::recursive_mutex& mutex) : m_guard(mutex)
{
    silenceHdf5ErrorsInThisThread();
}

}  // namespace Estran::Data::detail
