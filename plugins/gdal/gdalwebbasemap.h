// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/webbasemap.h"

namespace Estran::Data::detail {

/// WebBasemap::render() through GDAL: the XYZ server as a GDAL_WMS description (TMS service,
/// tiles cached on disk by GDAL), warped from Web Mercator to lon/lat at `width` pixels.
/// The data module has checked the URL template and created the cache folder.
[[nodiscard]] Base::Result<WebBasemap::Image> renderGdalWebBasemap(const QString& urlTemplate,
                                                                   const QString& cacheDirectory, int width,
                                                                   Base::Feedback* feedback);

}  // namespace Estran::Data::detail
