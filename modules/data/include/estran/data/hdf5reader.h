// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/data_export.h"
#include "estran/data/datasetreader.h"

namespace Estran::Data {

/// Plain HDF5 files (not netCDF-4): the group tree is browsed, every dataset becomes a
/// variable named by its full path ("/Geolocation/Latitude"), attributes are kept, and
/// datasets of rank 2 or more can be sliced (last two dimensions = rows, columns). They are
/// mappable only when latitude/longitude datasets of matching shape are found (by name, units
/// or standard_name); otherwise the grid carries cell indices. netCDF-4 files, which are HDF5
/// too, score higher with NetcdfReader.
class ESTRAN_DATA_EXPORT Hdf5Reader final : public DatasetReader {
public:
    QString id() const override;
    QString name() const override;
    int probe(const QString& path, const QByteArray& header) const override;
    [[nodiscard]] Base::Result<std::unique_ptr<Dataset>> open(const QString& path) const override;
};

}  // namespace Estran::Data
