// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace Estran::Geo {

/// A lon/lat polyline (degrees).
struct LonLatPolyline {
    std::vector<double> lon;
    std::vector<double> lat;
};

}  // namespace Estran::Geo
