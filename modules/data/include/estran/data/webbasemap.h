// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/data/data_export.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace Estran::Data {

/// A web basemap drawn for the selection map: XYZ tiles (OpenStreetMap's, or any server with
/// the same {z}/{x}/{y} layout, as QGIS's "XYZ Tiles") fetched by GDAL's WMS driver, which keeps
/// them in an on-disk cache, and warped from Web Mercator to a lon/lat (plate carrée) image.
/// Blocking: run it on a worker.
class ESTRAN_DATA_EXPORT WebBasemap {
public:
    /// RGBA pixels, rows from north to south, covering west..east × south..north degrees.
    struct Image {
        int width = 0;
        int height = 0;
        std::vector<std::uint8_t> rgba;
        double west = -180, south = 0, east = 180, north = 0;
    };

    /// OpenStreetMap's standard tiles (their licence asks for "© OpenStreetMap contributors").
    static QString defaultUrl();
    /// The cache folder: <cache>/estran/basemap.
    static QString defaultCacheDirectory();

    /// The whole world (Web Mercator's ±85.05° of latitude) at `width` pixels wide. Errors name
    /// the tile URL and GDAL's reason (an offline machine fails at once, nothing hangs).
    [[nodiscard]] static Base::Result<Image> render(const QString& urlTemplate, const QString& cacheDirectory,
                                                    int width, Base::Feedback* feedback = nullptr);
};

}  // namespace Estran::Data
