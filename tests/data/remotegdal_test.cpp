// SPDX-License-Identifier: GPL-3.0-or-later
// A GeoTIFF opened in place over HTTP (GDAL /vsicurl/ range reads) from a real server on 127.0.0.1.
#include "estran/data/dataset.h"
#include "estran/data/gdals3access.h"
#include "estran/data/readerregistry.h"

#include "testhttpserver.h"

#include <QFile>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>

using namespace Estran;

namespace {

QByteArray makeGeoTiff(const QTemporaryDir& dir)
{
    GDALAllRegister();
    const QString path = dir.filePath(QStringLiteral("remote.tif"));
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toLocal8Bit().constData(), 36, 18, 1, GDT_Float32, nullptr);
    double gt[6] = {-180, 10, 0, 90, 0, -10};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRSetWellKnownGeogCS(srs, "WGS84");
    char* wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    std::vector<float> v(36 * 18);
    for (size_t i = 0; i < v.size(); ++i) v[i] = float(i);
    EXPECT_EQ(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, 36, 18, v.data(), 36, 18, GDT_Float32, 0, 0), CE_None);
    GDALClose(ds);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

}  // namespace

TEST(RemoteGdal, OpensAGeoTiffOverHttpWithRangeRequests)
{
    QTemporaryDir dir;
    const QByteArray tiff = makeGeoTiff(dir);
    Estran::Test::TestHttpServer server;
    std::atomic<int> ranged{0};
    server.server().Get("/cog/sst.tif", [&](const httplib::Request& req, httplib::Response& res) {
        if (req.has_header("Range")) ++ranged;
        res.set_content(tiff.toStdString(), "image/tiff");  // httplib answers Range with 206
    });
    ASSERT_TRUE(server.start());
    const QString url = server.baseUrl() + QStringLiteral("/cog/sst.tif");
    auto ds = Data::ReaderRegistry::instance().open(url);
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    const QList<Data::VariableInfo> vars = (*ds)->variables();
    ASSERT_FALSE(vars.isEmpty());
    auto slice = (*ds)->readSlice(vars.first().name, Data::SliceIndex{});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    EXPECT_FLOAT_EQ(slice->at(5, 2), float(2 * 36 + 5));
    EXPECT_GT(ranged.load(), 0);
    // The explicit GDAL form the catalogue browser hands over opens the same way.
    auto explicitPath = Data::ReaderRegistry::instance().open(QStringLiteral("/vsicurl/") + url);
    ASSERT_TRUE(explicitPath.ok()) << explicitPath.error().toString().toStdString();
}

TEST(RemoteGdal, NamesTheUrlWhenTheServerHasNoSuchFile)
{
    Estran::Test::TestHttpServer server;
    ASSERT_TRUE(server.start());
    const QString url = server.baseUrl() + QStringLiteral("/missing.tif");
    auto ds = Data::ReaderRegistry::instance().open(url);
    ASSERT_FALSE(ds.ok());
    EXPECT_TRUE(ds.error().where().contains(url)) << ds.error().toString().toStdString();
}

TEST(RemoteGdal, OpensAnS3UrlFromTheConfiguredServiceWithItsKeysOrAnonymously)
{
    QTemporaryDir dir;
    const QByteArray tiff = makeGeoTiff(dir);
    Estran::Test::TestHttpServer server;
    std::string authorization;
    std::mutex mutex;
    server.server().Get("/ocean-bucket/sst/2024.tif", [&](const httplib::Request& req, httplib::Response& res) {
        {
            std::lock_guard lock(mutex);
            authorization = req.get_header_value("Authorization");
        }
        res.set_content(tiff.toStdString(), "image/tiff");
    });
    ASSERT_TRUE(server.start());

    Data::GdalS3Access access;
    access.endpoint = server.baseUrl();
    access.region = QStringLiteral("eu-west-3");
    access.accessKeyId = QStringLiteral("AKIDESTRAN");
    access.secretAccessKey = QStringLiteral("not-a-real-secret");
    // GDAL's plugin is not loaded yet (the app sets S3 up at start-up without loading GDAL):
    // the settings are kept and reach GDAL when the s3:// open loads the plugin.
    for (const Data::ReaderPluginInfo& plugin : Data::ReaderRegistry::instance().plugins()) {
        if (plugin.id == u"gdal") {
            EXPECT_FALSE(plugin.loaded);
        }
    }
    Data::applyGdalS3Access(access);
    auto ds = Data::ReaderRegistry::instance().open(QStringLiteral("s3://ocean-bucket/sst/2024.tif"));
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    auto slice = (*ds)->readSlice((*ds)->variables().first().name, Data::SliceIndex{});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    EXPECT_FLOAT_EQ(slice->at(1, 1), float(36 + 1));
    {
        std::lock_guard lock(mutex);
        // Signed with the configured key, in the configured region.
        EXPECT_NE(authorization.find("AWS4-HMAC-SHA256 Credential=AKIDESTRAN/"), std::string::npos) << authorization;
        EXPECT_NE(authorization.find("/eu-west-3/s3/"), std::string::npos) << authorization;
    }

    // Without keys the same path is read anonymously (public buckets).
    access.accessKeyId.clear();
    access.secretAccessKey.clear();
    Data::applyGdalS3Access(access);
    VSICurlClearCache();
    auto anonymous = Data::ReaderRegistry::instance().open(QStringLiteral("/vsis3/ocean-bucket/sst/2024.tif"));
    ASSERT_TRUE(anonymous.ok()) << anonymous.error().toString().toStdString();
    std::lock_guard lock(mutex);
    EXPECT_EQ(authorization, "");
    Data::applyGdalS3Access({});
}
