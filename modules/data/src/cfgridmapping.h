// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace Estran::Data::detail {

/// The CRS of a CF grid-mapping variable: its crs_wkt when present, otherwise a PROJ string
/// built from grid_mapping_name and its parameters (rotated pole, polar stereographic,
/// Lambert azimuthal/conformal, transverse Mercator, Mercator, Albers, geostationary,
/// orthographic, stereographic, sinusoidal). nullopt for latitude_longitude or unknown names.
std::optional<QString> cfGridMappingCrs(const QVariantMap& attributes);

/// Factor from the projection coordinate's units to the CRS units (km → 1000, radians of a
/// geostationary scan → perspective_point_height).
double cfProjectionUnitScale(const QString& units, const QVariantMap& gridMapping);

/// Transforms x/y (CRS units) into lon/lat in place; points that fail become NaN.
/// Returns false when the CRS is not understood. Thread-safe (one transformation per call).
bool transformToLonLat(const QString& crs, std::vector<double>& x, std::vector<double>& y);

}  // namespace Estran::Data::detail
