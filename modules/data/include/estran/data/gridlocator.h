// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/data_export.h"
#include "estran/data/grid.h"

#include <memory>
#include <optional>

namespace Estran::Data {

/// Finds the grid cell nearest to a lon/lat point (CLI `sample`, cursor read-outs).
/// Longitudes are compared modulo 360, so a grid stored 0..360 answers for -10°.
/// Regular (1-D) grids answer in O(log n); curvilinear grids by a scan of the cells.
/// Immutable after construction; may be used from any thread.
class ESTRAN_DATA_EXPORT GridLocator {
public:
    struct Cell {
        int ix = 0;
        int iy = 0;
    };

    explicit GridLocator(std::shared_ptr<const Grid> grid);

    /// The nearest cell, or nullopt when the point lies outside the grid (more than one cell
    /// spacing beyond its edge for 1-D axes) or the grid is empty.
    std::optional<Cell> nearest(double lon, double lat) const;

    /// Index of the value in `axis` nearest to `value` (axis in any order); -1 when empty.
    static int nearestIndex(const std::vector<double>& axis, double value);

private:
    std::shared_ptr<const Grid> m_grid;
};

}  // namespace Estran::Data
