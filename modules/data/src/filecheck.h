// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Estran::Data::detail {

/// True when the header starts with the HDF5 signature.
bool isHdf5Signature(const QByteArray& header);
/// True when the header starts with a netCDF classic signature (CDF\1, CDF\2, CDF\5).
bool isNetcdf3Signature(const QByteArray& header);

/// HDF5 records the end-of-file address in its superblock: a file shorter than that was cut
/// short (an interrupted copy or download). Returns the error to report, or nullopt.
std::optional<Base::Error> checkHdf5Truncation(const QString& path, const QByteArray& header,
                                               qint64 fileSize);

/// Parses a netCDF classic header (CDF-1, CDF-2, CDF-5) and compares the size its variables need
/// with the file's size: netCDF-C opens such a file and silently returns zeros past its end.
/// Returns the error to report, or nullopt (also when the header cannot be parsed: netCDF-C
/// then gives its own error).
std::optional<Base::Error> checkNetcdf3Truncation(const QString& path, qint64 fileSize);

/// True when an HDF5 file carries netCDF-4 markers: the _NCProperties root attribute or
/// dimension scales. Takes libraryMutex().
bool hdf5LooksLikeNetcdf4(const QString& path);

/// A short human description of unrecognised content ("text beginning \"<html>\"", "binary").
QString describeHeader(const QByteArray& header);

}  // namespace Estran::Data::detail
