// SPDX-License-Identifier: GPL-3.0-or-later
// The selection map's web basemap: XYZ tiles served on 127.0.0.1, fetched through GDAL's WMS
// driver into its on-disk cache and warped to lon/lat; drawn again from the cache when the server
// is gone; an unreachable server is a quick, named error.
#include "estran/data/webbasemap.h"

#include "testhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_vsi.h>
#include <gdal.h>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace Estran;

namespace {

/// One 256×256 PNG tile of a single colour, made with GDAL's PNG driver.
std::string pngTile(unsigned char r, unsigned char g, unsigned char b)
{
    GDALAllRegister();
    GDALDatasetH mem = GDALCreate(GDALGetDriverByName("MEM"), "", 256, 256, 3, GDT_Byte, nullptr);
    const unsigned char rgb[3] = {r, g, b};
    for (int band = 0; band < 3; ++band) GDALFillRaster(GDALGetRasterBand(mem, band + 1), rgb[band], 0);
    const char* path = "/vsimem/estran-tile.png";
    GDALDatasetH png = GDALCreateCopy(GDALGetDriverByName("PNG"), path, mem, FALSE, nullptr, nullptr, nullptr);
    GDALClose(png);
    GDALClose(mem);
    vsi_l_offset size = 0;
    GByte* bytes = VSIGetMemFileBuffer(path, &size, TRUE);
    std::string data(reinterpret_cast<const char*>(bytes), size_t(size));
    VSIFree(bytes);
    return data;
}

int cachedFiles(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

}  // namespace

TEST(WebBasemap, DrawsTheTilesAsALonLatImageAndRedrawsThemFromTheCacheOffline)
{
    const std::string tile = pngTile(200, 30, 40);
    std::atomic<int> requests{0};
    auto server = std::make_unique<Estran::Test::TestHttpServer>();
    server->server().Get(R"(/tiles/(\d+)/(\d+)/(\d+)\.png)", [&](const httplib::Request&, httplib::Response& res) {
        ++requests;
        res.set_content(tile, "image/png");
    });
    ASSERT_TRUE(server->start());
    const QString url = server->baseUrl() + QStringLiteral("/tiles/{z}/{x}/{y}.png");
    QTemporaryDir cache;

    auto image = Data::WebBasemap::render(url, cache.path(), 360);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image->width, 360);
    EXPECT_NEAR(image->north, 85.05, 0.01);
    ASSERT_EQ(image->rgba.size(), size_t(image->width) * size_t(image->height) * 4);
    const size_t centre = (size_t(image->height / 2) * size_t(image->width) + size_t(image->width / 2)) * 4;
    EXPECT_NEAR(image->rgba[centre], 200, 2);
    EXPECT_NEAR(image->rgba[centre + 1], 30, 2);
    EXPECT_EQ(image->rgba[centre + 3], 255);
    EXPECT_GT(requests.load(), 0);
    EXPECT_GT(cachedFiles(cache.path()), 0);

    // The server is gone: the same view comes from the disk cache.
    server.reset();
    auto offline = Data::WebBasemap::render(url, cache.path(), 360);
    ASSERT_TRUE(offline.ok()) << offline.error().toString().toStdString();
    EXPECT_NEAR(offline->rgba[centre], 200, 2);
}

TEST(WebBasemap, AnUnreachableServerIsAQuickErrorNamingTheUrl)
{
    QTemporaryDir cache;
    const QString url = QStringLiteral("http://127.0.0.1:9/tiles/{z}/{x}/{y}.png");
    QElapsedTimer timer;
    timer.start();
    auto image = Data::WebBasemap::render(url, cache.path(), 256);
    ASSERT_FALSE(image.ok());
    EXPECT_EQ(image.error().where(), url);
    EXPECT_LT(timer.elapsed(), 15000);

    auto bad = Data::WebBasemap::render(QStringLiteral("http://127.0.0.1:9/tile.png"), cache.path(), 256);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("{z}")));
}
