// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/slice.h"

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace Estran::Test {

/// A regular lon/lat slice. `lon0` is the first centre, `dlon`/`dlat` may be negative
/// (descending axes); `f(lon, lat)` gives each value (NaN for fill).
inline Data::Slice makeSlice(int nx, int ny, double lon0, double dlon, double lat0, double dlat,
                             const std::function<float(double, double)>& f)
{
    auto g = std::make_shared<Data::Grid>();
    g->nx = nx;
    g->ny = ny;
    for (int i = 0; i < nx; ++i) g->lon.push_back(lon0 + i * dlon);
    for (int j = 0; j < ny; ++j) g->lat.push_back(lat0 + j * dlat);
    Data::Slice s;
    s.values.resize(size_t(nx) * ny);
    s.minimum = std::numeric_limits<float>::quiet_NaN();
    s.maximum = std::numeric_limits<float>::quiet_NaN();
    for (int j = 0; j < ny; ++j) {
        for (int i = 0; i < nx; ++i) {
            const float v = f(g->lon[size_t(i)], g->lat[size_t(j)]);
            s.values[size_t(j) * nx + i] = v;
            if (!std::isnan(v)) {
                if (std::isnan(s.minimum) || v < s.minimum) s.minimum = v;
                if (std::isnan(s.maximum) || v > s.maximum) s.maximum = v;
            }
        }
    }
    s.grid = g;
    s.units = QStringLiteral("degC");
    return s;
}

/// The same slice on a curvilinear grid (2-D lon/lat arrays).
inline Data::Slice toCurvilinear(const Data::Slice& in)
{
    auto g = std::make_shared<Data::Grid>(*in.grid);
    g->curvilinear = true;
    g->lon.clear();
    g->lat.clear();
    for (int j = 0; j < g->ny; ++j) {
        for (int i = 0; i < g->nx; ++i) {
            g->lon.push_back(in.grid->lon[size_t(i)]);
            g->lat.push_back(in.grid->lat[size_t(j)]);
        }
    }
    Data::Slice s = in;
    s.grid = g;
    return s;
}

/// Wrap to [-180, 180).
inline double wrapLon(double lon)
{
    double d = std::fmod(lon + 180.0, 360.0);
    if (d < 0) d += 360.0;
    return d - 180.0;
}

/// 30° blocks numbered 0..71 (west to east, south to north): robust to a pixel of offset.
inline float blockValue(double lon, double lat)
{
    const int bx = std::clamp(int(std::floor((wrapLon(lon) + 180.0) / 30.0)), 0, 11);
    const int by = std::clamp(int(std::floor((lat + 90.0) / 30.0)), 0, 5);
    return float(bx + 12 * by);
}

}  // namespace Estran::Test
