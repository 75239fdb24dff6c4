// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/readerplugin.h"
#include "gdalservices.h"

#include <QObject>

namespace Estran::Data::detail {

/// Everything in Estran that needs GDAL, in one library loaded on demand: the GDAL readers
/// (GeoTIFF/COG, GRIB, Zarr, /vsi and s3:// paths) and the services the data module forwards
/// to (GeoTIFF writer, web basemap, S3 settings). Linking GDAL cost every start of estran some
/// 55 ms and 20 MB (its ~114 libraries), which netCDF users should not pay (docs/plugins.md).
class GdalPlugin final : public QObject, public ReaderPlugin, public GdalServices {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_READER_PLUGIN_IID FILE "gdal.json")
    Q_INTERFACES(Estran::Data::ReaderPlugin Estran::Data::GdalServices)
    Q_DISABLE_COPY_MOVE(GdalPlugin)

public:
    GdalPlugin();
    ~GdalPlugin() override;

    std::vector<std::unique_ptr<DatasetReader>> createReaders() override;

    Base::Result<std::unique_ptr<RasterWriter>> createGeoTiff(const QString& path, int width, int height, int bands,
                                                              const std::array<double, 6>& transform) override;
    Base::Result<WebBasemap::Image> renderWebBasemap(const QString& urlTemplate, const QString& cacheDirectory,
                                                     int width, Base::Feedback* feedback) override;
    void applyS3Access(const GdalS3Access& access) override;
};

}  // namespace Estran::Data::detail
