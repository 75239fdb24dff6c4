// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/data/data_export.h"
#include "estran/data/grid.h"
#include "estran/data/subsetrequest.h"
#include "estran/data/variableinfo.h"

#include <QList>

#include <memory>
#include <vector>

namespace Estran::Data {

class Dataset;

/// Which source indices a SubsetRequest keeps, computed before anything is read, so the size
/// can be shown first. Columns are listed in output order: a box crossing Greenwich on a
/// 0..360 grid, or the antimeridian on a -180..180 grid, becomes one contiguous run west to
/// east. Curvilinear grids, and polygons on any grid, keep the index window around the selected
/// cells and mask the rest.
struct ESTRAN_DATA_EXPORT SubsetPlan {
    QList<VariableInfo> variables;
    std::shared_ptr<const Grid> grid;
    std::vector<int> columns;   ///< source x indices, output order
    std::vector<int> rows;      ///< source y indices, output order (source order kept)
    std::vector<qint64> times;  ///< source time indices (empty when the grid has no time axis)
    std::vector<qint64> levels; ///< source level indices (empty when no vertical axis)
    /// Output cells (row-major) whose centre lies outside the box (curvilinear grids) or the
    /// polygon; empty when every cell is inside.
    std::vector<bool> masked;

    qint64 stepCount() const { return qint64(std::max<size_t>(times.size(), 1) * std::max<size_t>(levels.size(), 1)); }
    /// Uncompressed bytes of the selected values (float32), what the user is told before export.
    qint64 estimatedBytes() const;

    /// Errors name the dataset and say what is wrong: unknown variable, variables on different
    /// grids, a box or period or depth range that selects nothing.
    [[nodiscard]] static Base::Result<SubsetPlan> make(const Dataset& dataset, const SubsetRequest& request);
};

}  // namespace Estran::Data
