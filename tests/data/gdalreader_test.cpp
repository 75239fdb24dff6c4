// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/dataset.h"
#include "estran/data/gridlocator.h"
#include "estran/data/libraryinfo.h"
#include "estran/data/readerregistry.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>

using namespace Estran;

namespace {

std::unique_ptr<Data::Dataset> openOk(const QString& path)
{
    auto ds = Data::ReaderRegistry::instance().open(path);
    EXPECT_TRUE(ds.ok()) << (ds.ok() ? "" : ds.error().toString().toStdString());
    return ds.ok() ? std::move(*ds) : nullptr;
}

// 4 x 3 Float32 raster with two bands and nodata -9999.
QString writeTiff(const QTemporaryDir& dir, const char* name, int epsg, const double gt[6],
                  bool withNoData = true)
{
    GDALAllRegister();
    const QString path = dir.filePath(QString::fromUtf8(name));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDataset* ds = driver->Create(path.toUtf8().constData(), 4, 3, 2, GDT_Float32, nullptr);
    EXPECT_NE(ds, nullptr);
    ds->SetGeoTransform(const_cast<double*>(gt));
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    ds->SetSpatialRef(&srs);
    for (int b = 1; b <= 2; ++b) {
        std::vector<float> values(12);
        for (int i = 0; i < 12; ++i) values[size_t(i)] = float(b * 100 + i);
        GDALRasterBand* band = ds->GetRasterBand(b);
        if (withNoData) {
            values[5] = -9999.0f;
            band->SetNoDataValue(-9999.0);
        }
        band->SetUnitType("mm");
        EXPECT_EQ(band->RasterIO(GF_Write, 0, 0, 4, 3, values.data(), 4, 3, GDT_Float32, 0, 0, nullptr), CE_None);
    }
    GDALClose(ds);
    return path;
}

}  // namespace

TEST(GdalReader, ReadsAGeographicGeoTiffWithBandsAndNodata)
{
    QTemporaryDir dir;
    const double gt[6] = {-10.0, 5.0, 0.0, 60.0, 0.0, -5.0};  // 5° cells from 10°W, 60°N
    auto ds = openOk(writeTiff(dir, "geo.tif", 4326, gt));
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->format(), QStringLiteral("GeoTIFF"));
    const auto info = ds->variable(QStringLiteral("band_data"));
    ASSERT_TRUE(info && info->isMappable);
    EXPECT_EQ(info->shape(), (QList<qint64>{2, 3, 4}));
    EXPECT_EQ(info->units, QStringLiteral("mm"));
    auto g = ds->grid(QStringLiteral("band_data"));
    ASSERT_TRUE(g.ok());
    EXPECT_FALSE((*g)->curvilinear);
    EXPECT_DOUBLE_EQ((*g)->lon[0], -7.5);
    EXPECT_DOUBLE_EQ((*g)->lat[0], 57.5);  // north-up: descending rows
    EXPECT_EQ((*g)->levels.size(), 2u);
    auto s = ds->readSlice(QStringLiteral("band_data"), {0, 1});
    ASSERT_TRUE(s.ok());
    EXPECT_FLOAT_EQ(s->at(0, 0), 200.0f);
    EXPECT_TRUE(std::isnan(s->at(1, 1)));
    EXPECT_FLOAT_EQ(s->maximum, 211.0f);
    auto v = ds->readValue(QStringLiteral("band_data"), 3, 2, {0, 0});
    ASSERT_TRUE(v.ok() && v->has_value());
    EXPECT_DOUBLE_EQ(**v, 111.0);
    const auto box = ds->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_DOUBLE_EQ(box->west, -10);
    EXPECT_DOUBLE_EQ(box->east, 10);
    EXPECT_DOUBLE_EQ(box->south, 45);
    EXPECT_DOUBLE_EQ(box->north, 60);
}

TEST(GdalReader, GeolocatesEveryCellOfAProjectedGeoTiff)
{
    QTemporaryDir dir;
    // UTM zone 31N, 10 km cells around 3°E, 45°N.
    const double gt[6] = {480000.0, 10000.0, 0.0, 5000000.0, 0.0, -10000.0};
    auto ds = openOk(writeTiff(dir, "utm.tif", 32631, gt));
    ASSERT_TRUE(ds);
    auto g = ds->grid(QStringLiteral("band_data"));
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE((*g)->curvilinear);
    EXPECT_EQ((*g)->sourceCrs, QStringLiteral("EPSG:32631"));
    ASSERT_EQ((*g)->lon.size(), 12u);
    // Cell (0,0) centre: 485000 E, 4995000 N → about 2.81°E, 45.11°N.
    EXPECT_NEAR((*g)->lonAt(0, 0), 2.81, 0.02);
    EXPECT_NEAR((*g)->latAt(0, 0), 45.11, 0.02);
    EXPECT_LT((*g)->latAt(0, 2), (*g)->latAt(0, 0));
    EXPECT_TRUE(ds->variable(QStringLiteral("band_data"))->isMappable);
    const auto cell = Data::GridLocator(*g).nearest((*g)->lonAt(2, 1), (*g)->latAt(2, 1));
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 2);
    EXPECT_EQ(cell->iy, 1);
}

TEST(GdalReader, ReadsZarrThroughTheMultidimensionalApi)
{
    GDALAllRegister();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cube.zarr"));
    {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("Zarr");
        ASSERT_NE(driver, nullptr);
        std::unique_ptr<GDALDataset> ds(driver->CreateMultiDimensional(path.toUtf8().constData(), nullptr, nullptr));
        ASSERT_TRUE(ds);
        auto root = ds->GetRootGroup();
        auto dt = root->CreateDimension("time", std::string(), std::string(), 3);
        auto dy = root->CreateDimension("lat", std::string(), std::string(), 2);
        auto dx = root->CreateDimension("lon", std::string(), std::string(), 3);
        auto str = GDALExtendedDataType::CreateString();
        auto f64 = GDALExtendedDataType::Create(GDT_Float64);
        auto addText = [&](const std::shared_ptr<GDALMDArray>& a, const char* name, const char* value) {
            auto attr = a->CreateAttribute(name, {}, str);
            ASSERT_TRUE(attr);
            attr->Write(value);
        };
        auto write = [&](const std::shared_ptr<GDALMDArray>& a, const std::vector<double>& values) {
            std::vector<GUInt64> start(a->GetDimensionCount(), 0);
            std::vector<size_t> count;
            for (const auto& d : a->GetDimensions()) count.push_back(size_t(d->GetSize()));
            ASSERT_TRUE(a->Write(start.data(), count.data(), nullptr, nullptr, f64, values.data()));
        };
        auto time = root->CreateMDArray("time", {dt}, f64);
        addText(time, "units", "days since 2001-01-01");
        addText(time, "calendar", "noleap");
        write(time, {0, 58, 59});
        dt->SetIndexingVariable(time);  // makes GDAL write _ARRAY_DIMENSIONS, as xarray does
        auto lat = root->CreateMDArray("lat", {dy}, f64);
        addText(lat, "units", "degrees_north");
        write(lat, {10, 20});
        dy->SetIndexingVariable(lat);
        auto lon = root->CreateMDArray("lon", {dx}, f64);
        addText(lon, "units", "degrees_east");
        write(lon, {350, 355, 360});
        dx->SetIndexingVariable(lon);
        auto sst = root->CreateMDArray("sst", {dt, dy, dx}, GDALExtendedDataType::Create(GDT_Float32));
        double noData = -1;
        sst->SetNoDataValue(noData);
        addText(sst, "units", "degC");
        addText(sst, "long_name", "Sea surface temperature");
        std::vector<double> values(18);
        for (size_t i = 0; i < values.size(); ++i) values[i] = double(i);
        values[7] = -1;
        write(sst, values);
    }
    auto ds = openOk(path);
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->format(), QStringLiteral("Zarr"));
    const auto info = ds->variable(QStringLiteral("sst"));
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->isMappable);
    EXPECT_EQ(info->units, QStringLiteral("degC"));
    ASSERT_TRUE(info->time.has_value());
    EXPECT_EQ(info->time->calendar, QStringLiteral("noleap"));
    EXPECT_EQ(info->time->end, QStringLiteral("2001-03-01T00:00:00"));
    auto s = ds->readSlice(QStringLiteral("sst"), {1, 0});
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    EXPECT_FLOAT_EQ(s->at(0, 0), 6.0f);
    EXPECT_TRUE(std::isnan(s->at(1, 0)));
    EXPECT_FLOAT_EQ(s->at(2, 1), 11.0f);
    auto series = ds->readTimeSeries(QStringLiteral("sst"), 2, 1, 0);
    ASSERT_TRUE(series.ok());
    EXPECT_EQ(*series, (std::vector<double>{5, 11, 17}));
    const auto box = ds->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_NEAR(box->west, -12.5, 1e-9);
    EXPECT_NEAR(box->east, 2.5, 1e-9);
}

TEST(GdalReader, ReadsGribMessagesWithValidTimesAsATimeAxis)
{
    GDALAllRegister();
    QTemporaryDir dir;
    const double gt[6] = {0.0, 10.0, 0.0, 30.0, 0.0, -10.0};
    // GDAL's GRIB writer cannot pack a bitmap of nodata cells from this source; none needed.
    const QString tif = writeTiff(dir, "for-grib.tif", 4326, gt, false);
    const QString grib = dir.filePath(QStringLiteral("fc.grb2"));
    {
        GDALDataset* src = static_cast<GDALDataset*>(GDALOpen(tif.toUtf8().constData(), GA_ReadOnly));
        ASSERT_NE(src, nullptr);
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GRIB");
        ASSERT_NE(driver, nullptr);
        // Two forecasts (+0 h and +6 h) of 2 m temperature from the same reference time.
        const char* options[] = {
            "IDS=CENTER=85 SUBCENTER=0 MASTER_TABLE=2 SIGNF_REF_TIME=1 REF_TIME=2020-01-01T00:00:00Z PROD_STATUS=0 TYPE=1",
            "DISCIPLINE=0",
            "BAND_1_PDS_PDTN=0",
            "BAND_1_PDS_TEMPLATE_ASSEMBLED_VALUES=0 0 2 0 96 0 0 1 0 103 0 2 255 0 0",
            "BAND_2_PDS_PDTN=0",
            "BAND_2_PDS_TEMPLATE_ASSEMBLED_VALUES=0 0 2 0 96 0 0 1 6 103 0 2 255 0 0",
            nullptr};
        GDALDataset* out = driver->CreateCopy(grib.toUtf8().constData(), src, FALSE,
                                              const_cast<char**>(options), nullptr, nullptr);
        ASSERT_NE(out, nullptr);
        GDALClose(out);
        GDALClose(src);
    }
    auto ds = openOk(grib);
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->format(), QStringLiteral("GRIB"));
    ASSERT_FALSE(ds->variables().isEmpty());
    const Data::VariableInfo info = ds->variables().front();
    ASSERT_TRUE(info.time.has_value()) << info.name.toStdString();
    EXPECT_EQ(info.time->count, 2);
    EXPECT_EQ(info.time->start, QStringLiteral("2020-01-01T00:00:00"));
    EXPECT_EQ(info.time->end, QStringLiteral("2020-01-01T06:00:00"));
    auto s = ds->readSlice(info.name, {1, 0});
    ASSERT_TRUE(s.ok());
    EXPECT_NEAR(s->at(0, 0), 200.0, 0.5);  // GRIB packs with limited precision
}

TEST(GdalPlugin, ItsMetadataNamesTheGdalItRunsWith)
{
    // Help ▸ About reads GDAL's version from the plugin's metadata, written when it was built;
    // it must be the GDAL the plugin really loads.
    const QString running = QStringLiteral("GDAL ") + QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"));
    EXPECT_TRUE(Data::LibraryInfo::versions().contains(running)) << Data::LibraryInfo::versions().toStdString();
}
