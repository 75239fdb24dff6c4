// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecheck.h"

#include "librarylock.h"

#include <QCoreApplication>

#include <hdf5.h>

#include <cstring>

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
    if (info->type != H5O_TYPE_DATASET) return 0;
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

bool hdf5LooksLikeNetcdf4(const QString& path)
{
    LibraryLock lock(libraryMutex());
    QuietHdf5 quiet;
    const hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fclose_degree(fapl, H5F_CLOSE_SEMI);
    const hid_t file = H5Fopen(path.toLocal8Bit().constData(), H5F_ACC_RDONLY, fapl);
    H5Pclose(fapl);
    if (file < 0) return false;
    bool netcdf = H5Aexists(file, "_NCProperties") > 0;
    if (!netcdf) {
        int found = 0;
        H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_NATIVE, visitObject, &found, H5O_INFO_BASIC);
        netcdf = found != 0;
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
