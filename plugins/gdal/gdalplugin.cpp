// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalplugin.h"

#include "gdalgeotiffwriter.h"
#include "gdalreader.h"
#include "gdalutil.h"
#include "gdalwebbasemap.h"

namespace Estran::Data::detail {

GdalPlugin::GdalPlugin() = default;
GdalPlugin::~GdalPlugin() = default;

std::vector<std::unique_ptr<DatasetReader>> GdalPlugin::createReaders()
{
    std::vector<std::unique_ptr<DatasetReader>> readers;
    readers.push_back(std::make_unique<GdalReader>());
    return readers;
}

Base::Result<std::unique_ptr<GdalServices::RasterWriter>> GdalPlugin::createGeoTiff(
    const QString& path, int width, int height, int bands, const std::array<double, 6>& transform)
{
    return createGdalGeoTiff(path, width, height, bands, transform);
}

Base::Result<WebBasemap::Image> GdalPlugin::renderWebBasemap(const QString& urlTemplate, const QString& cacheDirectory,
                                                             int width, Base::Feedback* feedback)
{
    return renderGdalWebBasemap(urlTemplate, cacheDirectory, width, feedback);
}

void GdalPlugin::applyS3Access(const GdalS3Access& access) { setGdalS3Access(access); }

}  // namespace Estran::Data::detail
