// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace Estran::Data {

/// Fast path for reading one horizontal plane of a chunked, deflated netCDF-4/HDF5 variable.
///
/// netCDF-C holds a library-wide lock for the whole read, inflate included, so a second core
/// cannot help. Here only the raw chunk bytes are fetched under HDF5's own lock
/// (H5Dread_chunk); inflating and unshuffling run on the calling thread, so reads of different
/// steps on different threads decode in parallel. Inflate is ~80% of a step's cost.
///
/// Only variables whose chunks have extent 1 on every leading (non-plane) dimension and whose
/// filters are deflate and/or shuffle (optionally fletcher32) are handled; open() reports
/// Unsupported otherwise and callers fall back to nc_get_vara.
class Hdf5ChunkPlaneReader {
public:
    /// `objectPath` is the HDF5 path of the dataset, e.g. "/sst" or "/data_01/ssha".
    [[nodiscard]] static Base::Result<std::unique_ptr<Hdf5ChunkPlaneReader>> open(
        const QString& filePath, const QString& objectPath);
    ~Hdf5ChunkPlaneReader();

    /// Size in bytes of one stored element (1, 2, 4 or 8).
    int elementSize() const { return m_elementSize; }
    int nx() const { return m_nx; }
    int ny() const { return m_ny; }

    /// Reads the plane at `leading` (one index per non-plane dimension) into `out`
    /// (resized to nx*ny*elementSize bytes, native byte order). Chunks never written
    /// are left as `fillBytes` (one element's bytes) repeated. Thread-safe.
    [[nodiscard]] Base::Result<void> readPlane(const std::vector<std::uint64_t>& leading,
                                               const std::vector<char>& fillBytes,
                                               std::vector<char>& out) const;

private:
    Hdf5ChunkPlaneReader() = default;
    /// Runs the filters backwards over one stored chunk; returns the decoded bytes, which live
    /// in per-thread scratch space until the next call on this thread (or `data` itself).
    /// When `plane` is given (expectedBytes long) and unshuffling is the last step, the bytes
    /// are unshuffled straight into it and `plane` is returned.
    Base::Result<const char*> decodeChunk(const char* data, size_t size, std::uint32_t filterMask,
                                          size_t expectedBytes, char* plane = nullptr) const;

    QString m_filePath;
    std::int64_t m_file = -1;     // hid_t
    std::int64_t m_dataset = -1;  // hid_t
    int m_rank = 0;
    int m_nx = 0, m_ny = 0;
    int m_chunkX = 0, m_chunkY = 0;
    int m_elementSize = 0;
    bool m_swapBytes = false;
    // Filters in pipeline order as applied on write; decoding runs them in reverse.
    std::vector<int> m_filters;
};

}  // namespace Estran::Data
