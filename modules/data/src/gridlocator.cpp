// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/gridlocator.h"

#include <cmath>
#include <limits>

namespace Estran::Data {

namespace {

// Signed difference a - b folded into [-180, 180).
double lonDelta(double a, double b)
{
    double d = std::fmod(a - b + 180.0, 360.0);
    if (d < 0) d += 360.0;
    return d - 180.0;
}

}  // namespace

GridLocator::GridLocator(std::shared_ptr<const Grid> grid) : m_grid(std::move(grid)) {}

int GridLocator::nearestIndex(const std::vector<double>& axis, double value)
{
    int best = -1;
    double bestDist = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < axis.size(); ++i) {
        const double d = std::abs(axis[i] - value);
        if (d < bestDist) {
            bestDist = d;
            best = int(i);
        }
    }
    return best;
}

std::optional<GridLocator::Cell> GridLocator::nearest(double lon, double lat) const
{
    if (!m_grid || m_grid->nx <= 0 || m_grid->ny <= 0) return std::nullopt;
    const Grid& g = *m_grid;
    if (!g.curvilinear) {
        if (g.lon.size() < size_t(g.nx) || g.lat.size() < size_t(g.ny)) return std::nullopt;
        int bestX = -1;
        double bestDx = std::numeric_limits<double>::infinity();
        for (int i = 0; i < g.nx; ++i) {
            const double d = std::abs(lonDelta(g.lon[size_t(i)], lon));
            if (d < bestDx) {
                bestDx = d;
                bestX = i;
            }
        }
        const int bestY = nearestIndex(g.lat, lat);
        if (bestX < 0 || bestY < 0) return std::nullopt;
        // Outside the grid when farther than one spacing from the nearest centre.
        const double dx = g.nx > 1 ? std::abs(lonDelta(g.lon[1], g.lon[0])) : 360.0;
        const double dy = g.ny > 1 ? std::abs(g.lat[1] - g.lat[0]) : 180.0;
        if (bestDx > dx * 1.0001 || std::abs(g.lat[size_t(bestY)] - lat) > dy * 1.0001)
            return std::nullopt;
        return Cell{bestX, bestY};
    }
    // Curvilinear: nearest by distance on the sphere (equirectangular approximation is enough
    // to rank neighbours), skipping undefined coordinates.
    const double cosLat = std::cos(lat * M_PI / 180.0);
    double best = std::numeric_limits<double>::infinity();
    Cell cell;
    const size_t n = size_t(g.nx) * size_t(g.ny);
    if (g.lon.size() < n || g.lat.size() < n) return std::nullopt;
    for (size_t i = 0; i < n; ++i) {
        const double dlat = g.lat[i] - lat;
        const double cl = std::max(cosLat, std::cos(g.lat[i] * M_PI / 180.0));
        const double dlon = lonDelta(g.lon[i], lon) * cl;
        const double d = dlat * dlat + dlon * dlon;
        if (d < best) {
            best = d;
            cell = Cell{int(i % size_t(g.nx)), int(i / size_t(g.nx))};
        }
    }
    if (!std::isfinite(best)) return std::nullopt;
    // Reject points far from every cell: farther than a few local spacings.
    const int ix = cell.ix;
    const int iy = cell.iy;
    const int nx2 = ix + 1 < g.nx ? ix + 1 : ix - 1;
    const int ny2 = iy + 1 < g.ny ? iy + 1 : iy - 1;
    double spacing = 0;
    if (nx2 >= 0 && nx2 < g.nx) {
        spacing = std::max(spacing, std::hypot(g.latAt(nx2, iy) - g.latAt(ix, iy),
                                               lonDelta(g.lonAt(nx2, iy), g.lonAt(ix, iy)) * cosLat));
    }
    if (ny2 >= 0 && ny2 < g.ny) {
        spacing = std::max(spacing, std::hypot(g.latAt(ix, ny2) - g.latAt(ix, iy),
                                               lonDelta(g.lonAt(ix, ny2), g.lonAt(ix, iy)) * cosLat));
    }
    if (spacing > 0 && std::sqrt(best) > 2.0 * spacing) return std::nullopt;
    return cell;
}

}  // namespace Estran::Data
