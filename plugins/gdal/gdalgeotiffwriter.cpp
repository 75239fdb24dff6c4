// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalgeotiffwriter.h"

#include "gdalutil.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Estran::Data::detail {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

class GdalGeoTiffWriter final : public GdalServices::RasterWriter {
public:
    GdalGeoTiffWriter(GDALDatasetH dataset, QString path, int width, int height)
        : m_dataset(dataset), m_path(std::move(path)), m_width(width), m_height(height)
    {
    }
    ~GdalGeoTiffWriter() override
    {
        if (m_dataset) GDALClose(m_dataset);
    }
    GdalGeoTiffWriter(const GdalGeoTiffWriter&) = delete;
    GdalGeoTiffWriter& operator=(const GdalGeoTiffWriter&) = delete;

    Base::Result<void> writeBand(int band, const QString& description, const float* values) override
    {
        GdalErrorCapture errors;
        GDALRasterBandH b = m_dataset ? GDALGetRasterBand(m_dataset, band) : nullptr;
        if (!b) return Base::Error(Base::Error::Kind::Internal, m_path, tr("Cannot write the GeoTIFF file"), errors.message());
        GDALSetRasterNoDataValue(b, NAN);
        GDALSetDescription(b, description.toUtf8().constData());
        if (GDALRasterIO(b, GF_Write, 0, 0, m_width, m_height, const_cast<float*>(values), m_width, m_height, GDT_Float32,
                         0, 0) != CE_None) {
            return Base::Error(Base::Error::Kind::Io, m_path, tr("Cannot write the GeoTIFF file"), errors.message());
        }
        return {};
    }

    Base::Result<void> finish() override
    {
        if (!m_dataset) return {};
        GdalErrorCapture errors;
        GDALDatasetH dataset = std::exchange(m_dataset, nullptr);
        // GDALClose flushes the last tiles: a full disk surfaces here.
        GDALClose(dataset);
        if (!errors.message().isEmpty())
            return Base::Error(Base::Error::Kind::Io, m_path, tr("Cannot write the GeoTIFF file"), errors.message());
        return {};
    }

private:
    GDALDatasetH m_dataset;
    QString m_path;
    int m_width;
    int m_height;
};

}  // namespace

Base::Result<std::unique_ptr<GdalServices::RasterWriter>> createGdalGeoTiff(const QString& path, int width, int height,
                                                                            int bands, const std::array<double, 6>& transform)
{
    ensureGdalRegistered();
    GdalErrorCapture errors;
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    char** options = nullptr;
    options = CSLSetNameValue(options, "COMPRESS", "DEFLATE");
    options = CSLSetNameValue(options, "TILED", "YES");
    options = CSLSetNameValue(options, "BIGTIFF", "IF_SAFER");
    if (bands > 1) options = CSLSetNameValue(options, "INTERLEAVE", "BAND");
    GDALDatasetH out = driver ? GDALCreate(driver, path.toLocal8Bit().constData(), width, height, bands, GDT_Float32, options)
                              : nullptr;
    CSLDestroy(options);
    if (!out) return Base::Error(Base::Error::Kind::Io, path, tr("Cannot create the GeoTIFF file"), errors.message());
    double geoTransform[6];
    std::copy(transform.begin(), transform.end(), geoTransform);
    GDALSetGeoTransform(out, geoTransform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRSetWellKnownGeogCS(srs, "WGS84");
    char* wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(out, wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    return std::unique_ptr<GdalServices::RasterWriter>(std::make_unique<GdalGeoTiffWriter>(out, path, width, height));
}

}  // namespace Estran::Data::detail
