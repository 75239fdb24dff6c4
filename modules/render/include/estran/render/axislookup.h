// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/render/render_export.h"

#include <cstdint>
#include <vector>

namespace Estran::Data {
struct Grid;
}

namespace Estran::Render::detail {

/// Maps a coordinate to the cell of a 1-D axis whose extent contains it. Cell edges are the
/// midpoints between centres (half a spacing beyond the ends). Handles descending axes and,
/// for longitudes, any 360° convention (0..360, -180..180, axes crossing the antimeridian).
class ESTRAN_RENDER_EXPORT AxisLookup {
public:
    AxisLookup() = default;
    AxisLookup(const std::vector<double>& centres, bool periodic);

    /// Index into the original axis, or -1 outside the axis' cells.
    int index(double v) const;
    bool isEmpty() const { return m_n == 0; }
    /// First and last edge of the ascending (unwrapped) axis.
    double lowEdge() const { return m_edges.empty() ? 0.0 : m_edges.front(); }
    double highEdge() const { return m_edges.empty() ? 0.0 : m_edges.back(); }
    /// True when the cells cover all 360° (periodic axes only).
    bool isGlobal() const { return m_global; }

private:
    std::vector<double> m_edges;  ///< ascending, n + 1 values
    bool m_periodic = false;
    bool m_descending = false;
    bool m_regular = false;
    bool m_global = false;
    double m_step = 0.0;
    int m_n = 0;
};

/// Nearest-centre lookup for curvilinear grids: cell centres are binned on a lon/lat index
/// grid; a query searches the neighbouring bins and accepts the nearest centre when it is
/// within that cell's own size (so points off the grid's edge are not given a cell).
class ESTRAN_RENDER_EXPORT CurvilinearLookup {
public:
    explicit CurvilinearLookup(const Data::Grid& grid);
    /// Flat cell index (iy * nx + ix), or -1.
    int index(double lon, double lat) const;

private:
    int binOf(int bx, int by) const { return by * m_nbx + bx; }
    double m_binDeg = 1.0;
    int m_nbx = 0;
    int m_nby = 0;
    std::vector<std::uint32_t> m_start;  ///< CSR offsets, m_nbx * m_nby + 1
    std::vector<std::uint32_t> m_cells;
    std::vector<float> m_xyz;     ///< unit vectors of the centres
    std::vector<float> m_radius;  ///< accepted chord distance per cell
};

}  // namespace Estran::Render::detail
