// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/grid.h"

#include <memory>
#include <vector>

namespace Estran::Data {

/// Which 2-D horizontal plane of a variable to read.
struct SliceIndex {
    qint64 time = 0;   ///< index along the time axis (ignored when there is none)
    qint64 level = 0;  ///< index along the vertical axis (ignored when there is none)
    bool operator==(const SliceIndex&) const = default;
};

/// One decoded horizontal plane: scale_factor/add_offset applied, every fill, missing or
/// out-of-valid-range cell set to NaN. values.size() == grid->nx * grid->ny, row-major.
struct Slice {
    std::shared_ptr<const Grid> grid;
    SliceIndex index;
    std::vector<float> values;
    float minimum = 0.0f;  ///< over valid cells; NaN when none is valid
    float maximum = 0.0f;
    QString units;

    float at(int ix, int iy) const { return values[size_t(iy) * grid->nx + ix]; }
};

}  // namespace Estran::Data
