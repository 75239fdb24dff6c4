// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/geobox.h"
#include "estran/base/result.h"
#include "estran/data/data_export.h"
#include "estran/data/grid.h"
#include "estran/data/slice.h"
#include "estran/data/variableinfo.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Estran::Data {

/// An open file (or remote resource). Created by a DatasetReader through the ReaderRegistry.
///
/// Threading: every method may be called from any thread; implementations serialise access to
/// libraries that are not thread-safe (netCDF-C, HDF5). Reads fetch only the requested hyperslab.
class ESTRAN_DATA_EXPORT Dataset {
public:
    virtual ~Dataset();

    virtual QString path() const = 0;
    /// "netCDF-4", "netCDF-3", "HDF5", "GeoTIFF", "GRIB", "Zarr", ...
    virtual QString format() const = 0;
    virtual QList<VariableInfo> variables() const = 0;
    /// Global attributes (root group), for the attribute panel.
    virtual QVariantMap attributes() const = 0;
    /// Lon/lat extent of the mappable variables, or nullopt when nothing is geolocated.
    virtual std::optional<Base::GeoBox> bbox() const = 0;

    /// Geolocation, times and levels of a mappable variable.
    [[nodiscard]] virtual Base::Result<std::shared_ptr<const Grid>> grid(
        const QString& variable) const = 0;
    /// One decoded horizontal plane.
    [[nodiscard]] virtual Base::Result<Slice> readSlice(const QString& variable,
                                                        const SliceIndex& index,
                                                        Base::Feedback* feedback = nullptr) = 0;
    /// One decoded value at a cell, in double precision; nullopt when fill/missing/invalid.
    [[nodiscard]] virtual Base::Result<std::optional<double>> readValue(
        const QString& variable, int ix, int iy, const SliceIndex& index) = 0;
    /// Values at one cell over every time step (NaN where invalid), for time-series plots.
    [[nodiscard]] virtual Base::Result<std::vector<double>> readTimeSeries(
        const QString& variable, int ix, int iy, qint64 level,
        Base::Feedback* feedback = nullptr) = 0;

    /// Convenience: the VariableInfo called `name`, or nullopt.
    std::optional<VariableInfo> variable(const QString& name) const;
};

}  // namespace Estran::Data
