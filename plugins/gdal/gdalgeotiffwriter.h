// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gdalservices.h"

namespace Estran::Data::detail {

/// GdalServices::createGeoTiff(): a tiled DEFLATE GeoTIFF of Float32 bands in WGS84.
[[nodiscard]] Base::Result<std::unique_ptr<GdalServices::RasterWriter>> createGdalGeoTiff(
    const QString& path, int width, int height, int bands, const std::array<double, 6>& transform);

}  // namespace Estran::Data::detail
