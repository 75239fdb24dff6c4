// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/data/data_export.h"

#include <QString>

namespace Estran::Data {

class Dataset;
struct SubsetPlan;

/// Writes a SubsetPlan out of a dataset, local or remote:
///  - .nc: CF netCDF-4 (deflate + shuffle, one map per chunk), decoded float32 values with
///    _FillValue, coordinates and the variables' attributes kept, provenance in `history`;
///  - .tif: GeoTIFF, a band per step (time × level), WGS84, north up, NaN as nodata
///    (regular lon/lat grids only);
///  - .csv: one row per step: the value at the cell (a point plan) or the cos(latitude)-weighted
///    mean of the valid cells (an area plan), one column per variable.
/// The file appears only when complete (written beside it, then renamed); a failure or a cancel
/// leaves nothing behind. Steps are read on two threads ahead of the writer.
class ESTRAN_DATA_EXPORT SubsetExporter {
public:
    enum class Format { NetCdf, GeoTiff, Csv };
    /// By extension; an error names the path for anything else.
    [[nodiscard]] static Base::Result<Format> formatFor(const QString& path);

    /// `command` is recorded in the netCDF history attribute (e.g. the CLI line).
    [[nodiscard]] static Base::Result<void> write(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                                 const QString& command, Base::Feedback* feedback = nullptr);
};

}  // namespace Estran::Data
