// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"

#include <QString>

#include <optional>

namespace Estran::Base {

/// A lon/lat box in degrees (WGS84). west > east means the box crosses the antimeridian.
struct ESTRAN_BASE_EXPORT GeoBox {
    double west = -180.0;
    double south = -90.0;
    double east = 180.0;
    double north = 90.0;

    bool crossesAntimeridian() const { return west > east; }
    /// Width in degrees of longitude, accounting for the antimeridian.
    double width() const;
    double height() const { return north - south; }
    /// True when lon/lat (lon in any 360° range) lies inside, edges included.
    bool contains(double lon, double lat) const;

    /// Parses "W,S,E,N".
    static std::optional<GeoBox> fromString(const QString& text);
    QString toString() const;

    bool operator==(const GeoBox&) const = default;
};

/// Wraps a longitude into [-180, 180).
ESTRAN_BASE_EXPORT double normalizeLongitude(double lon);
/// Degrees to travel east from longitude `from` to reach `to`, in [0, 360).
ESTRAN_BASE_EXPORT double degreesEastOf(double from, double to);

}  // namespace Estran::Base
