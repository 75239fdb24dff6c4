// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/cfcalendar.h"

#include <QString>

#include <optional>
#include <vector>

namespace Estran::Data {

/// Geolocation and non-horizontal axes of a mappable variable.
/// The horizontal plane is nx columns by ny rows, row-major with x fastest.
/// Rows keep the file's order: latitude may be descending.
struct Grid {
    int nx = 0;
    int ny = 0;
    /// When false: lon has nx values and lat has ny values (1-D axes).
    /// When true (curvilinear): lon and lat each hold nx*ny values, row-major.
    bool curvilinear = false;
    std::vector<double> lon;  ///< degrees east, as stored (may be 0..360 or cross the antimeridian)
    std::vector<double> lat;  ///< degrees north

    /// Time steps (raw values in the axis units); empty when the variable has no time axis.
    std::vector<double> times;
    std::optional<Base::CfTimeAxis> timeAxis;

    /// Vertical levels; empty when the variable has no vertical axis.
    std::vector<double> levels;
    QString levelName;
    QString levelUnits;
    bool levelPositiveDown = false;  ///< true for depth-like axes (positive="down" or units of pressure)

    /// Projected data that is not lon/lat (e.g. GeoTIFF in a UTM zone) carries its CRS here
    /// (WKT or "EPSG:n"); lon/lat above are then computed cell centres.
    QString sourceCrs;
    /// CF cell bounds of the 1-D axes, when the file gives them (a coordinate's "bounds"
    /// attribute): two values per cell, [lower, upper] in the axis' own units; empty otherwise.
    std::vector<double> lonBounds;
    std::vector<double> latBounds;
    std::vector<double> timeBounds;
    std::vector<double> levelBounds;

    qint64 timeCount() const { return times.empty() ? 1 : qint64(times.size()); }
    qint64 levelCount() const { return levels.empty() ? 1 : qint64(levels.size()); }
    double lonAt(int ix, int iy) const { return curvilinear ? lon[size_t(iy) * nx + ix] : lon[ix]; }
    double latAt(int ix, int iy) const { return curvilinear ? lat[size_t(iy) * nx + ix] : lat[iy]; }
};

}  // namespace Estran::Data
