// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/data_export.h"
#include "estran/data/datasetreader.h"

namespace Estran::Data {

/// netCDF-3 and netCDF-4 files (and OPeNDAP URLs when netCDF-C was built with DAP) through
/// netCDF-C, with CF decoding: axes from standard_name/units/axis/positive and `coordinates`,
/// every CF calendar, packing, fill/missing/valid range, _Unsigned, groups.
/// HDF5 files win here only when they carry netCDF-4 markers (_NCProperties or dimension
/// scales); plain HDF5 goes to Hdf5Reader.
class ESTRAN_DATA_EXPORT NetcdfReader final : public DatasetReader {
public:
    QString id() const override;
    QString name() const override;
    int probe(const QString& path, const QByteArray& header) const override;
    [[nodiscard]] Base::Result<std::unique_ptr<Dataset>> open(const QString& path) const override;
};

}  // namespace Estran::Data
