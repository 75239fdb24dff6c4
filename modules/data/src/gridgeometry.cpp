// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridgeometry.h"

#include <algorithm>
#include <cmath>

namespace Estran::Data::detail {

namespace {

using Base::normalizeLongitude;

// Longitude intervals [west, west+width] on the circle; the covering arc is the complement of
// the largest gap between them.
struct Arc {
    double west;
    double width;
};

std::optional<std::pair<double, double>> coveringArc(std::vector<Arc> arcs)
{
    if (arcs.empty()) return std::nullopt;
    for (Arc& a : arcs) {
        if (a.width >= 360.0 - 1e-9) return std::make_pair(-180.0, 180.0);
        a.west = normalizeLongitude(a.west) + 180.0;  // 0..360
    }
    std::sort(arcs.begin(), arcs.end(), [](const Arc& a, const Arc& b) { return a.west < b.west; });
    // Merge overlapping arcs on the line, then handle the wrap between the last and the first.
    std::vector<Arc> merged;
    for (const Arc& a : arcs) {
        if (!merged.empty() && a.west <= merged.back().west + merged.back().width + 1e-9) {
            Arc& m = merged.back();
            m.width = std::max(m.width, a.west + a.width - m.west);
        } else {
            merged.push_back(a);
        }
    }
    double bestGap = -1.0;
    size_t bestAfter = 0;  // index of the arc that follows the largest gap
    for (size_t i = 0; i < merged.size(); ++i) {
        const Arc& cur = merged[i];
        const Arc& next = merged[(i + 1) % merged.size()];
        double gap = next.west - (cur.west + cur.width);
        if (i + 1 == merged.size()) gap += 360.0;
        if (gap > bestGap) {
            bestGap = gap;
            bestAfter = (i + 1) % merged.size();
        }
    }
    if (bestGap <= 1e-9) return std::make_pair(-180.0, 180.0);
    const double total = 360.0 - bestGap;
    const double west = merged[bestAfter].west - 180.0;  // in [-180, 180)
    double east = west + total;
    if (east > 180.0) east -= 360.0;  // the box crosses the antimeridian
    return std::make_pair(west, east);
}

double clampLat(double v) { return std::clamp(v, -90.0, 90.0); }

}  // namespace

std::optional<Base::GeoBox> gridBoundingBox(const Grid& grid)
{
    if (grid.nx <= 0 || grid.ny <= 0 || grid.lon.empty() || grid.lat.empty()) return std::nullopt;
    std::vector<Arc> arcs;
    double south = std::numeric_limits<double>::infinity();
    double north = -south;
    if (!grid.curvilinear) {
        const std::vector<double>& lon = grid.lon;
        const size_t n = lon.size();
        for (size_t i = 0; i < n; ++i) {
            if (!std::isfinite(lon[i])) continue;
            // Each cell spans half the distance to its neighbours on either side.
            const double left = i > 0 ? (lon[i] - lon[i - 1]) / 2 : (n > 1 ? (lon[1] - lon[0]) / 2 : 0);
            const double right = i + 1 < n ? (lon[i + 1] - lon[i]) / 2 : left;
            const double a = lon[i] - std::abs(left);
            const double b = lon[i] + std::abs(right);
            arcs.push_back({a, b - a});
        }
        const std::vector<double>& lat = grid.lat;
        const size_t m = lat.size();
        for (size_t j = 0; j < m; ++j) {
            if (!std::isfinite(lat[j])) continue;
            const double half = m > 1 ? std::abs(j + 1 < m ? lat[j + 1] - lat[j] : lat[j] - lat[j - 1]) / 2 : 0;
            south = std::min(south, lat[j] - half);
            north = std::max(north, lat[j] + half);
        }
    } else {
        // Curvilinear grids can be large: a strided sample is enough for an overview box.
        const size_t n = std::min(grid.lon.size(), grid.lat.size());
        const size_t stride = std::max<size_t>(1, n / 200000);
        for (size_t i = 0; i < n; i += stride) {
            const double lo = grid.lon[i];
            const double la = grid.lat[i];
            if (!std::isfinite(lo) || !std::isfinite(la) || std::abs(la) > 90.0) continue;
            arcs.push_back({lo, 0.0});
            south = std::min(south, la);
            north = std::max(north, la);
        }
        // The edge rows and columns decide the extent; always include them.
        for (int ix = 0; ix < grid.nx; ++ix) {
            for (int iy : {0, grid.ny - 1}) {
                const double lo = grid.lonAt(ix, iy);
                const double la = grid.latAt(ix, iy);
                if (!std::isfinite(lo) || !std::isfinite(la) || std::abs(la) > 90.0) continue;
                arcs.push_back({lo, 0.0});
                south = std::min(south, la);
                north = std::max(north, la);
            }
        }
        for (int iy = 0; iy < grid.ny; ++iy) {
            for (int ix : {0, grid.nx - 1}) {
                const double lo = grid.lonAt(ix, iy);
                const double la = grid.latAt(ix, iy);
                if (!std::isfinite(lo) || !std::isfinite(la) || std::abs(la) > 90.0) continue;
                arcs.push_back({lo, 0.0});
                south = std::min(south, la);
                north = std::max(north, la);
            }
        }
    }
    if (arcs.empty() || south > north) return std::nullopt;
    const auto arc = coveringArc(std::move(arcs));
    if (!arc) return std::nullopt;
    return Base::GeoBox{arc->first, clampLat(south), arc->second, clampLat(north)};
}

std::optional<Base::GeoBox> unionBoundingBox(const std::vector<Base::GeoBox>& boxes)
{
    if (boxes.empty()) return std::nullopt;
    std::vector<Arc> arcs;
    double south = 90.0;
    double north = -90.0;
    for (const Base::GeoBox& b : boxes) {
        arcs.push_back({b.west, b.width()});
        south = std::min(south, b.south);
        north = std::max(north, b.north);
    }
    const auto arc = coveringArc(std::move(arcs));
    if (!arc) return std::nullopt;
    return Base::GeoBox{arc->first, south, arc->second, north};
}

}  // namespace Estran::Data::detail
