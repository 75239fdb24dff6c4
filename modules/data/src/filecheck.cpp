// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecheck.h"

#include "librarylock.h"

#include <QCoreApplication>
#include <QFile>

#include <hdf5.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Estran::Data::detail {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

constexpr char kHdf5Signature[] = "\x89HDF\r\n\x1a\n";

quint64 readLittleEndian(const QByteArray& bytes, int offset, int size)
{
    quint64 v = 0;
    for (int i = size - 1; i >= 0; --i) v = (v << 8) | quint8(bytes[offset + i]);
    return v;
}

// Silences HDF5's error stack printing while probing files that may not be HDF5 at all.
struct QuietHdf5 {
    H5E_auto2_t func = nullptr;
    void* data = nullptr;
    QuietHdf5()
    {
        H5Eget_auto2(H5E_DEFAULT, &func, &data);
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    }
    ~QuietHdf5() { H5Eset_auto2(H5E_DEFAULT, func, data); }
};

herr_t visitObject(hid_t object, const char* name, const H5O_info_t* info, void* data)
{
    auto* found = static_cast<int*>(data);
    // found counts visited datasets (negative) until a marker sets it to 1. netCDF-4 writes
    // dimension scales with its first variables, so a few hundred datasets without any mean
    // plain HDF5: stop there rather than walk a product with thousands of datasets.
    if (info->type != H5O_TYPE_DATASET) return 0;
    if (--*found < -500) return 1;
    if (H5Aexists_by_name(object, name, "DIMENSION_LIST", H5P_DEFAULT) > 0
        || H5Aexists_by_name(object, name, "CLASS", H5P_DEFAULT) > 0
        || H5Aexists_by_name(object, name, "_Netcdf4Dimid", H5P_DEFAULT) > 0) {
        *found = 1;
        return 1;  // stop the visit
    }
    return 0;
}

}  // namespace

bool isHdf5Signature(const QByteArray& header)
{
    return header.size() >= 8 && std::memcmp(header.constData(), kHdf5Signature, 8) == 0;
}

bool isNetcdf3Signature(const QByteArray& header)
{
    return header.size() >= 4 && header.startsWith("CDF")
           && (header[3] == '\x01' || header[3] == '\x02' || header[3] == '\x05');
}

std::optional<Base::Error> checkHdf5Truncation(const QString& path, const QByteArray& header,
                                               qint64 fileSize)
{
    if (!isHdf5Signature(header) || header.size() < 64) return std::nullopt;
    const int version = quint8(header[8]);
    quint64 eof = 0;
    if (version == 0 || version == 1) {
        const int offsets = quint8(header[13]);
        if (offsets != 4 && offsets != 8) return std::nullopt;
        // Base, free-space and EOF addresses follow the fixed 24 bytes (28 in version 1).
        const int base = version == 0 ? 24 : 28;
        if (header.size() < base + 3 * offsets) return std::nullopt;
        eof = readLittleEndian(header, base + 2 * offsets, offsets);
    } else if (version == 2 || version == 3) {
        const int offsets = quint8(header[9]);
        if (offsets != 4 && offsets != 8) return std::nullopt;
        if (header.size() < 12 + 3 * offsets) return std::nullopt;
        eof = readLittleEndian(header, 12 + 2 * offsets, offsets);
    } else {
        return std::nullopt;
    }
    if (eof == 0 || eof == ~quint64(0) || qint64(eof) <= fileSize) return std::nullopt;
    return Base::Error(Base::Error::Kind::InvalidInput, path,
                       tr("The file is truncated: %1 bytes of %2 are present")
                           .arg(fileSize)
                           .arg(qulonglong(eof)));
}

namespace {

// Big-endian cursor over a classic header; any overrun sets `ok` to false.
struct HeaderCursor {
    const QByteArray& bytes;
    qint64 pos = 0;
    bool ok = true;

    quint64 read(int size)
    {
        if (!ok || pos + size > bytes.size()) {
            ok = false;
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < size; ++i) v = (v << 8) | quint8(bytes[int(pos + i)]);
        pos += size;
        return v;
    }
    void skip(quint64 n)
    {
        if (!ok || n > quint64(bytes.size()) || pos + qint64(n) > bytes.size()) ok = false;
        else pos += qint64(n);
    }
};

int classicTypeSize(quint64 type)
{
    switch (type) {
    case 1: case 2: case 7: return 1;   // byte, char, ubyte
    case 3: case 8: return 2;           // short, ushort
    case 4: case 5: case 9: return 4;   // int, float, uint
    case 6: case 10: case 11: return 8; // double, int64, uint64
    default: return 0;
    }
}

quint64 padded(quint64 n) { return (n + 3) & ~quint64(3); }

}  // namespace

std::optional<Base::Error> checkNetcdf3Truncation(const QString& path, qint64 fileSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    // Headers are small; a few MB covers files with thousands of variables and attributes.
    const QByteArray bytes = file.read(std::min<qint64>(fileSize, qint64(8) << 20));
    if (!isNetcdf3Signature(bytes)) return std::nullopt;
    const int version = bytes[3];
    const int countSize = version == 5 ? 8 : 4;   // NON_NEG
    const int offsetSize = version == 1 ? 4 : 8;  // OFFSET
    HeaderCursor c{bytes, 4};
    const quint64 numrecs = c.read(countSize);

    std::vector<quint64> dimLengths;
    auto readName = [&] { c.skip(padded(c.read(countSize))); };
    auto readAttributes = [&] {
        const quint64 tag = c.read(4);
        const quint64 n = c.read(countSize);
        if (tag == 0) return;
        for (quint64 i = 0; i < n && c.ok; ++i) {
            readName();
            const int size = classicTypeSize(c.read(4));
            if (size == 0) c.ok = false;
            c.skip(padded(c.read(countSize) * quint64(size)));
        }
    };
    {
        const quint64 tag = c.read(4);
        const quint64 n = c.read(countSize);
        for (quint64 i = 0; tag != 0 && i < n && c.ok; ++i) {
            readName();
            dimLengths.push_back(c.read(countSize));
        }
    }
    readAttributes();
    quint64 needed = 0;
    quint64 recordSize = 0;
    struct RecordVar { quint64 begin, vsize; };
    std::vector<RecordVar> recordVars;
    {
        const quint64 tag = c.read(4);
        const quint64 n = c.read(countSize);
        for (quint64 i = 0; tag != 0 && i < n && c.ok; ++i) {
            readName();
            const quint64 ndims = c.read(countSize);
            bool record = false;
            for (quint64 d = 0; d < ndims && c.ok; ++d) {
                const quint64 id = c.read(countSize);
                if (id >= dimLengths.size()) c.ok = false;
                else if (d == 0 && dimLengths[size_t(id)] == 0) record = true;
            }
            readAttributes();
            c.read(4);  // type
            const quint64 vsize = c.read(countSize);
            const quint64 begin = c.read(offsetSize);
            if (record) {
                recordVars.push_back({begin, vsize});
                recordSize += vsize;
            } else {
                needed = std::max(needed, begin + vsize);
            }
        }
    }
    if (!c.ok) {
        // The header ran past the end of a file that was read whole: the file was cut inside
        // its header. (Otherwise the header is malformed and netCDF-C will say so.)
        if (bytes.size() == fileSize) {
            return Base::Error(Base::Error::Kind::InvalidInput, path,
                               tr("The file is truncated: its netCDF header is incomplete"));
        }
        return std::nullopt;
    }
    // A single record variable is stored without padding between records; vsize is padded.
    for (const RecordVar& r : recordVars) {
        if (numrecs == 0) continue;
        const quint64 stride = recordVars.size() == 1 ? r.vsize : recordSize;
        needed = std::max(needed, r.begin + (numrecs - 1) * stride + r.vsize);
    }
    // vsize is rounded up to 4 bytes, and the last variable's padding is often not written.
    if (needed <= quint64(fileSize) + 3) return std::nullopt;
    return Base::Error(Base::Error::Kind::InvalidInput, path,
                       tr("The file is truncated: %1 bytes of %2 are present")
                           .arg(fileSize)
                           .arg(qulonglong(needed)));
}

bool hdf5LooksLikeNetcdf4(const QString& path)
{
    LibraryLock lock(libraryMutex());
    QuietHdf5 quiet;
    const hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    // Same close degree as netCDF-C, which may already have this file open.
    H5Pset_fclose_degree(fapl, H5F_CLOSE_WEAK);
    const hid_t file = H5Fopen(path.toLocal8Bit().constData(), H5F_ACC_RDONLY, fapl);
    H5Pclose(fapl);
    if (file < 0) return false;
    bool netcdf = H5Aexists(file, "_NCProperties") > 0;
    if (!netcdf) {
        int found = 0;
        H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_NATIVE, visitObject, &found, H5O_INFO_BASIC);
        netcdf = found == 1;
    }
    H5Fclose(file);
    return netcdf;
}

QString describeHeader(const QByteArray& header)
{
    const QByteArray head = header.left(16);
    bool text = !head.isEmpty();
    for (char c : head) {
        const uchar u = uchar(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20 && u != 0x1b)) text = false;
    }
    if (text) {
        QString s = QString::fromUtf8(head).simplified();
        return tr("text beginning \"%1\"").arg(s);
    }
    return tr("binary data beginning %1").arg(QString::fromLatin1(header.left(8).toHex(' ')));
}

}  // namespace Estran::Data::detail
