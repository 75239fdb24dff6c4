// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/data/gdals3access.h"
#include "estran/data/webbasemap.h"

#include <QString>
#include <QtPlugin>

#include <array>
#include <memory>

namespace Estran::Data {

/// What the data module asks of the GDAL plugin (plugins/gdal) besides its readers: the
/// GeoTIFF writer, the web basemap and the S3 settings. Internal to Estran: the data module and
/// the plugin are built together, so this interface is not part of the plugin API (it is not
/// installed with the public headers) and changes whenever they do. The data module reaches it
/// through detail::gdalServices(), which loads the plugin on first use; calls come from any
/// thread and the implementation serialises what GDAL needs serialised.
class GdalServices {
public:
    /// One GeoTIFF being written: Float32 bands, WGS84 lon/lat, NaN as nodata.
    class RasterWriter {
    public:
        virtual ~RasterWriter() = default;
        /// Band `band` (1-based): width × height values, rows from north to south.
        [[nodiscard]] virtual Base::Result<void> writeBand(int band, const QString& description,
                                                           const float* values) = 0;
        /// Flushes and closes the file; a full disk surfaces here. Destroying a writer
        /// without finish() closes the file too, with no report.
        [[nodiscard]] virtual Base::Result<void> finish() = 0;
    };

    virtual ~GdalServices() = default;

    /// Creates a tiled, DEFLATE-compressed GeoTIFF at `path`; `transform` is GDAL's affine
    /// geotransform (west edge, dx, 0, north edge, 0, -dy) in degrees.
    [[nodiscard]] virtual Base::Result<std::unique_ptr<RasterWriter>> createGeoTiff(
        const QString& path, int width, int height, int bands, const std::array<double, 6>& transform) = 0;
    /// WebBasemap::render() once its arguments are checked.
    [[nodiscard]] virtual Base::Result<WebBasemap::Image> renderWebBasemap(
        const QString& urlTemplate, const QString& cacheDirectory, int width, Base::Feedback* feedback) = 0;
    /// Points GDAL's /vsis3/ at `access` (see applyGdalS3Access()).
    virtual void applyS3Access(const GdalS3Access& access) = 0;
};

}  // namespace Estran::Data

#define ESTRAN_GDAL_SERVICES_IID "org.estran.Estran.Data.GdalServices/1.0"
Q_DECLARE_INTERFACE(Estran::Data::GdalServices, ESTRAN_GDAL_SERVICES_IID)
