// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/geo/geo_export.h"
#include "estran/geo/polyline.h"

#include <QString>

#include <vector>

namespace Estran::Geo {

/// Meridians and parallels every `step` degrees, densified so they curve under projection.
struct ESTRAN_GEO_EXPORT Graticule {
    struct Line {
        LonLatPolyline line;
        bool isMeridian = false;
        double value = 0.0;  ///< longitude of a meridian or latitude of a parallel
    };
    static std::vector<Line> lines(double step, double minLat = -90.0, double maxLat = 90.0);
    /// "30°E", "45°S", "0°".
    static QString label(double value, bool isMeridian);
    /// A readable step (in degrees) for a view spanning `spanDegrees`.
    static double niceStep(double spanDegrees);
};

}  // namespace Estran::Geo
