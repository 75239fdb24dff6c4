// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/data/grid.h"

#include <optional>
#include <vector>

namespace Estran::Data::detail {

/// The lon/lat box covering a grid's cells (1-D axes extended by half a cell). Longitudes in
/// any range: the box is the smallest arc that holds them all, so a Pacific grid stored
/// 150..210 comes out as west=150, east=-150 (crossing the antimeridian).
std::optional<Base::GeoBox> gridBoundingBox(const Grid& grid);

/// The smallest box holding every box in `boxes`, by the same arc rule.
std::optional<Base::GeoBox> unionBoundingBox(const std::vector<Base::GeoBox>& boxes);

}  // namespace Estran::Data::detail
