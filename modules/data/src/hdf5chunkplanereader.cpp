// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdf5chunkplanereader.h"

#include "librarylock.h"

#include <QCoreApplication>

#include <hdf5.h>
#include <libdeflate.h>

#include <algorithm>
#include <cstring>

namespace Estran::Data {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

Base::Error unsupported(const QString& where, const char* why)
{
    return Base::Error(Base::Error::Kind::Unsupported, where, tr(why));
}

// Shuffle stores byte 0 of every element, then byte 1, ...; undo it.
// Gathers the byte planes of `count` elements of N bytes; with N fixed at compile time the loop
// vectorises (a plain strided byte loop was an eighth of a step's time).
template <int N>
void unshuffleFixed(const unsigned char* in, unsigned char* out, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        for (int b = 0; b < N; ++b) out[i * N + size_t(b)] = in[size_t(b) * count + i];
    }
}

void unshuffle(const char* in, char* out, size_t bytes, int elementSize)
{
    const size_t count = bytes / size_t(elementSize);
    auto* uin = reinterpret_cast<const unsigned char*>(in);
    auto* uout = reinterpret_cast<unsigned char*>(out);
    if (elementSize == 4 || elementSize == 2 || elementSize == 8) {
        if (elementSize == 4) unshuffleFixed<4>(uin, uout, count);
        else if (elementSize == 2) unshuffleFixed<2>(uin, uout, count);
        else unshuffleFixed<8>(uin, uout, count);
        const size_t done = count * size_t(elementSize);
        std::memcpy(out + done, in + done, bytes - done);
        return;
    }
    for (int b = 0; b < elementSize; ++b) {
        const char* src = in + size_t(b) * count;
        for (size_t i = 0; i < count; ++i) out[i * size_t(elementSize) + size_t(b)] = src[i];
    }
    // Trailing bytes that do not fill an element are stored as is.
    const size_t tail = bytes - count * size_t(elementSize);
    std::memcpy(out + count * size_t(elementSize), in + count * size_t(elementSize), tail);
}

void swapBytes(char* data, size_t bytes, int elementSize)
{
    for (size_t i = 0; i + size_t(elementSize) <= bytes; i += size_t(elementSize))
        std::reverse(data + i, data + i + elementSize);
}

}  // namespace

Base::Result<std::unique_ptr<Hdf5ChunkPlaneReader>> Hdf5ChunkPlaneReader::open(
    const QString& filePath, const QString& objectPath)
{
    const QString where = filePath + u':' + objectPath;
#ifndef H5_HAVE_THREADSAFE
    // readPlane() runs without the library lock and relies on HDF5's own global lock; a
    // build of HDF5 without it must take the nc_get_vara path.
    return unsupported(where, "HDF5 is not thread-safe");
#endif
    std::unique_ptr<Hdf5ChunkPlaneReader> reader(new Hdf5ChunkPlaneReader);
    reader->m_filePath = filePath;

    // Probing must stay silent: a file that is not HDF5 simply takes the slow path.
    H5E_auto2_t oldFunc = nullptr;
    void* oldData = nullptr;
    H5Eget_auto2(H5E_DEFAULT, &oldFunc, &oldData);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    struct RestoreErrors {
        H5E_auto2_t f;
        void* d;
        ~RestoreErrors() { H5Eset_auto2(H5E_DEFAULT, f, d); }
    } restore{oldFunc, oldData};

    // netCDF-C opens files with the "weak" close degree (checked against netCDF-C 4.9); HDF5
    // refuses a second open of the same file with another degree, so use the same one.
    const hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fclose_degree(fapl, H5F_CLOSE_WEAK);
    reader->m_file = H5Fopen(filePath.toLocal8Bit().constData(), H5F_ACC_RDONLY, fapl);
    H5Pclose(fapl);
    if (reader->m_file < 0) return unsupported(where, "Not an HDF5 file");

    reader->m_dataset = H5Dopen2(reader->m_file, objectPath.toUtf8().constData(), H5P_DEFAULT);
    if (reader->m_dataset < 0) return unsupported(where, "Dataset not found");

    const hid_t space = H5Dget_space(reader->m_dataset);
    const int rank = H5Sget_simple_extent_ndims(space);
    std::vector<hsize_t> dims(size_t(std::max(rank, 0)));
    if (rank >= 2) H5Sget_simple_extent_dims(space, dims.data(), nullptr);
    H5Sclose(space);
    if (rank < 2) return unsupported(where, "Fewer than two dimensions");
    reader->m_rank = rank;
    reader->m_ny = int(dims[size_t(rank) - 2]);
    reader->m_nx = int(dims[size_t(rank) - 1]);

    const hid_t dcpl = H5Dget_create_plist(reader->m_dataset);
    struct ClosePlist {
        hid_t id;
        ~ClosePlist() { H5Pclose(id); }
    } closeDcpl{dcpl};
    if (H5Pget_layout(dcpl) != H5D_CHUNKED) return unsupported(where, "Not chunked");
    std::vector<hsize_t> chunk(static_cast<size_t>(rank));
    H5Pget_chunk(dcpl, rank, chunk.data());
    for (int i = 0; i < rank - 2; ++i) {
        if (chunk[size_t(i)] != 1) return unsupported(where, "Chunks span several planes");
    }
    reader->m_chunkY = int(chunk[size_t(rank) - 2]);
    reader->m_chunkX = int(chunk[size_t(rank) - 1]);

    const int nfilters = H5Pget_nfilters(dcpl);
    for (int i = 0; i < nfilters; ++i) {
        unsigned flags = 0;
        size_t nelmts = 0;
        char name[64];
        const H5Z_filter_t id =
            H5Pget_filter2(dcpl, unsigned(i), &flags, &nelmts, nullptr, sizeof name, name, nullptr);
        if (id != H5Z_FILTER_DEFLATE && id != H5Z_FILTER_SHUFFLE && id != H5Z_FILTER_FLETCHER32)
            return unsupported(where, "Unsupported compression filter");
        reader->m_filters.push_back(int(id));
    }

    const hid_t type = H5Dget_type(reader->m_dataset);
    const H5T_class_t cls = H5Tget_class(type);
    reader->m_elementSize = int(H5Tget_size(type));
    const H5T_order_t order = H5Tget_order(type);
    H5Tclose(type);
    if ((cls != H5T_INTEGER && cls != H5T_FLOAT) || reader->m_elementSize > 8)
        return unsupported(where, "Not a numeric variable");
    const bool littleEndianHost = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;
    reader->m_swapBytes = reader->m_elementSize > 1 &&
                          ((order == H5T_ORDER_BE) == littleEndianHost);
    return reader;
}

Hdf5ChunkPlaneReader::~Hdf5ChunkPlaneReader()
{
    if (m_dataset >= 0) H5Dclose(m_dataset);
    if (m_file >= 0) H5Fclose(m_file);
}

Base::Result<const char*> Hdf5ChunkPlaneReader::decodeChunk(const char* data, size_t size,
                                                            std::uint32_t filterMask,
                                                            size_t expectedBytes, char* plane) const
{
    // Scratch buffers live per thread: a fresh 4 MB vector per chunk costs more in page faults
    // than the unshuffle itself.
    thread_local std::vector<char> a, b;
    const char* cur = data;
    size_t curSize = size;
    std::vector<char>* out = &a;
    // The filter that runs last (the lowest index not skipped for this chunk).
    int lastFilter = -1;
    for (int i = int(m_filters.size()) - 1; i >= 0; --i)
        if (!(filterMask & (1u << unsigned(i)))) lastFilter = i;
    for (int i = int(m_filters.size()) - 1; i >= 0; --i) {
        if (filterMask & (1u << unsigned(i))) continue;  // filter skipped for this chunk
        switch (m_filters[size_t(i)]) {
        case H5Z_FILTER_FLETCHER32:
            // The checksum is the last 4 bytes; HDF5 verifies it on normal reads, we only
            // strip it (a corrupt chunk still fails to inflate).
            if (curSize >= 4) curSize -= 4;
            break;
        case H5Z_FILTER_DEFLATE: {
            // Raw inflate past the 2-byte zlib header: the Adler-32 trailer is not verified,
            // which was a tenth of a step's time (HDF5's fletcher32, when present, still is).
            if (curSize < 2 || (quint8(cur[1]) & 0x20)) {
                return Base::Error(Base::Error::Kind::InvalidInput, m_filePath,
                                   tr("A compressed chunk is corrupt"),
                                   QStringLiteral("bad zlib header"));
            }
            // Room for more than the chunk: a fletcher32 checksum applied before deflate
            // inflates with the data (4 bytes), and is stripped by a later step.
            const size_t room = expectedBytes + 64;
            if (out->size() < room) out->resize(room);
            // libdeflate inflates a whole buffer about twice as fast as zlib's streaming
            // inflate, and inflate is most of a step's read cost. One decompressor per thread.
            thread_local std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)>
                inflater(libdeflate_alloc_decompressor(), libdeflate_free_decompressor);
            if (!inflater) {
                return Base::Error(Base::Error::Kind::Internal, m_filePath,
                                   tr("Cannot initialise the deflate decoder"));
            }
            size_t produced = 0;
            const libdeflate_result rc = libdeflate_deflate_decompress(
                inflater.get(), cur + 2, curSize - 2, out->data(), room, &produced);
            if (rc != LIBDEFLATE_SUCCESS || produced < expectedBytes) {
                return Base::Error(Base::Error::Kind::InvalidInput, m_filePath,
                                   tr("A compressed chunk is corrupt"),
                                   QStringLiteral("deflate error %1").arg(int(rc)));
            }
            cur = out->data();
            curSize = produced;
            out = out == &a ? &b : &a;
            break;
        }
        case H5Z_FILTER_SHUFFLE:
            if (plane && i == lastFilter && curSize == expectedBytes) {
                // A chunk that is the whole plane: no scratch buffer, no copy afterwards.
                unshuffle(cur, plane, curSize, m_elementSize);
                cur = plane;
                break;
            }
            if (out->size() < curSize) out->resize(curSize);
            unshuffle(cur, out->data(), curSize, m_elementSize);
            cur = out->data();
            out = out == &a ? &b : &a;
            break;
        default: break;
        }
    }
    if (curSize != expectedBytes) {
        return Base::Error(Base::Error::Kind::InvalidInput, m_filePath,
                           tr("A chunk has an unexpected size"),
                           QStringLiteral("%1 bytes, expected %2").arg(curSize).arg(expectedBytes));
    }
    return cur;
}

Base::Result<void> Hdf5ChunkPlaneReader::readPlane(const std::vector<std::uint64_t>& leading,
                                                   const std::vector<char>& fillBytes,
                                                   std::vector<char>& out) const
{
    // Runs on prefetch workers without the library lock (HDF5 locks itself).
    detail::silenceHdf5ErrorsInThisThread();
    if (int(leading.size()) != m_rank - 2 || int(fillBytes.size()) != m_elementSize) {
        return Base::Error(Base::Error::Kind::Internal, m_filePath,
                           tr("Invalid plane request"));
    }
    const size_t es = size_t(m_elementSize);
    out.resize(size_t(m_nx) * size_t(m_ny) * es);
    const size_t chunkBytes = size_t(m_chunkX) * size_t(m_chunkY) * es;

    std::vector<hsize_t> offset(static_cast<size_t>(m_rank));
    for (size_t i = 0; i < leading.size(); ++i) offset[i] = leading[i];
    thread_local std::vector<char> raw;
    for (int y0 = 0; y0 < m_ny; y0 += m_chunkY) {
        for (int x0 = 0; x0 < m_nx; x0 += m_chunkX) {
            offset[size_t(m_rank) - 2] = hsize_t(y0);
            offset[size_t(m_rank) - 1] = hsize_t(x0);
            hsize_t stored = 0;
            uint32_t filterMask = 0;
            bool present = H5Dget_chunk_storage_size(m_dataset, offset.data(), &stored) >= 0 &&
                           stored > 0;
            if (present) {
                if (raw.size() < size_t(stored)) raw.resize(size_t(stored));
                present = H5Dread_chunk(m_dataset, H5P_DEFAULT, offset.data(), &filterMask,
                                        raw.data()) >= 0;
            }
            const int rows = std::min(m_chunkY, m_ny - y0);
            const int cols = std::min(m_chunkX, m_nx - x0);
            if (!present) {
                for (int r = 0; r < rows; ++r) {
                    char* dst = out.data() + (size_t(y0 + r) * size_t(m_nx) + size_t(x0)) * es;
                    for (int c = 0; c < cols; ++c) std::memcpy(dst + size_t(c) * es, fillBytes.data(), es);
                }
                continue;
            }
            // A chunk covering the whole plane may be decoded straight into it.
            const bool wholePlane = x0 == 0 && y0 == 0 && m_chunkX == m_nx && m_chunkY == m_ny;
            Base::Result<const char*> decoded = decodeChunk(raw.data(), size_t(stored), filterMask,
                                                            chunkBytes, wholePlane ? out.data() : nullptr);
            if (!decoded) return decoded.error();
            if (m_swapBytes) swapBytes(const_cast<char*>(*decoded), chunkBytes, m_elementSize);
            if (*decoded == out.data()) continue;
            // Edge chunks are stored full size; copy only the rows/columns inside the array.
            if (cols == m_chunkX && x0 == 0 && m_chunkX == m_nx) {
                std::memcpy(out.data() + size_t(y0) * size_t(m_nx) * es, *decoded,
                            size_t(rows) * size_t(m_nx) * es);
                continue;
            }
            for (int r = 0; r < rows; ++r) {
                std::memcpy(out.data() + (size_t(y0 + r) * size_t(m_nx) + size_t(x0)) * es,
                            *decoded + size_t(r) * size_t(m_chunkX) * es, size_t(cols) * es);
            }
        }
    }
    return {};
}

}  // namespace Estran::Data
