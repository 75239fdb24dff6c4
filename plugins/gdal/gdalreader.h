// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/datasetreader.h"

namespace Estran::Data {

/// Everything read through GDAL: GeoTIFF/COG (bands as a band axis of one variable
/// "band_data", projected rasters geolocated cell by cell), GRIB (messages grouped per
/// element and level, valid times as a time axis) and Zarr through GDAL's multidimensional
/// API (arrays, dimensions with indexing variables, hyperslab reads). Nodata becomes NaN.
/// netCDF and HDF5 files are left to their own readers, which score higher.
class GdalReader final : public DatasetReader {
public:
    QString id() const override;
    QString name() const override;
    int probe(const QString& path, const QByteArray& header) const override;
    [[nodiscard]] Base::Result<std::unique_ptr<Dataset>> open(const QString& path) const override;
};

}  // namespace Estran::Data
