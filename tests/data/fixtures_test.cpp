// SPDX-License-Identifier: GPL-3.0-or-later
// Readers on real files from other projects' test suites (shared/fixtures/netcdf).
#include "estran/data/dataset.h"
#include "estran/data/gridlocator.h"
#include "estran/data/readerregistry.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;

namespace {

std::unique_ptr<Data::Dataset> openFixture(const char* name)
{
    const QString path = QStringLiteral(ESTRAN_FIXTURES_DIR "/netcdf/") + QString::fromUtf8(name);
    // The fixtures ship beside the repository (../shared/fixtures); a missing one is a broken
    // checkout, not a reason to pass.
    EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString() << " is missing";
    if (!QFileInfo::exists(path)) return nullptr;
    auto ds = Data::ReaderRegistry::instance().open(path);
    EXPECT_TRUE(ds.ok()) << (ds.ok() ? "" : ds.error().toString().toStdString());
    return ds.ok() ? std::move(*ds) : nullptr;
}

}  // namespace

TEST(Fixtures, Reads360DayCalendarOfIrisClimateFile)
{
    auto ds = openFixture("iris-test-data-A1B-river-sep-2070-2099-360day.nc");
    ASSERT_TRUE(ds) << "fixture missing or unreadable";
    EXPECT_EQ(ds->format(), QStringLiteral("netCDF-3"));
    const auto info = ds->variable(QStringLiteral("temp_dmax_tmean_abs"));
    ASSERT_TRUE(info && info->time);
    EXPECT_EQ(info->time->calendar, QStringLiteral("360_day"));
    EXPECT_EQ(info->time->start, QStringLiteral("2070-09-16T00:00:00"));
    EXPECT_EQ(info->units, QStringLiteral("K"));
}

TEST(Fixtures, ReadsPressureLevelsAndPackedWindsOfEraInterim)
{
    auto ds = openFixture("xarray-data-eraint_uvz.nc");
    ASSERT_TRUE(ds) << "fixture missing or unreadable";
    const auto info = ds->variable(QStringLiteral("u"));
    ASSERT_TRUE(info && info->isMappable);
    auto g = ds->grid(QStringLiteral("u"));
    ASSERT_TRUE(g.ok());
    EXPECT_EQ((*g)->nx, 480);
    EXPECT_EQ((*g)->ny, 241);
    EXPECT_EQ((*g)->levels, (std::vector<double>{200, 500, 850}));
    EXPECT_TRUE((*g)->levelPositiveDown);
    EXPECT_GT((*g)->lat.front(), (*g)->lat.back());  // stored north to south
    auto slice = ds->readSlice(QStringLiteral("u"), {0, 0});
    ASSERT_TRUE(slice.ok());
    // 200 hPa zonal wind: jets of tens of m/s, nothing absurd.
    EXPECT_GT(slice->maximum, 20.0f);
    EXPECT_LT(slice->maximum, 120.0f);
    EXPECT_LT(slice->minimum, 0.0f);
    const auto box = ds->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_DOUBLE_EQ(box->west, -180);
    EXPECT_DOUBLE_EQ(box->north, 90);
}

TEST(Fixtures, DescribesArgoProfilesThatAreNotGridded)
{
    auto ds = openFixture("argopy-argo-6901744_prof.nc");
    ASSERT_TRUE(ds) << "fixture missing or unreadable";
    EXPECT_FALSE(ds->variables().isEmpty());
    for (const auto& v : ds->variables()) EXPECT_FALSE(v.isMappable) << v.name.toStdString();
    EXPECT_FALSE(ds->bbox().has_value());
    const auto juld = ds->variable(QStringLiteral("JULD"));
    ASSERT_TRUE(juld && juld->time);
    EXPECT_TRUE(juld->time->start.startsWith(QStringLiteral("20")));
}

TEST(Fixtures, ReadsNetcdf4BasinMaskBytes)
{
    auto ds = openFixture("xarray-data-basin_mask.nc");
    ASSERT_TRUE(ds) << "fixture missing or unreadable";
    EXPECT_EQ(ds->format(), QStringLiteral("netCDF-4"));
    auto slice = ds->readSlice(QStringLiteral("basin"), {0, 0});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    EXPECT_GE(slice->minimum, 0.0f);
    EXPECT_LE(slice->maximum, 127.0f);
}

TEST(Fixtures, GeolocatesProjectedGridsThroughTheirCfGridMapping)
{
    struct Case {
        const char* file;
        const char* variable;
        Base::GeoBox expected;  // approximate extent, degrees
    };
    const Case cases[] = {
        // British National Grid (transverse Mercator on Airy 1830): Great Britain.
        {"iris-test-data-tmean_1910-transverse-mercator-climatology.nc", "tmean", {-13, 47.8, 3.5, 61.1}},
        // Rotated pole (EURO-CORDEX-like domain).
        {"iris-test-data-small_rotPole_precipitation.nc", "pr", {-34.4, 26.6, 59.2, 71.6}},
        // Lambert azimuthal equal area over Europe.
        {"iris-test-data-euro_air_temp-laea.nc", "air_temperature", {-63, 20.8, 70.3, 75.3}},
    };
    for (const Case& c : cases) {
        auto ds = openFixture(c.file);
        ASSERT_TRUE(ds) << c.file;
        const auto info = ds->variable(QString::fromUtf8(c.variable));
        ASSERT_TRUE(info && info->isMappable) << c.file;
        auto g = ds->grid(QString::fromUtf8(c.variable));
        ASSERT_TRUE(g.ok()) << g.error().toString().toStdString();
        EXPECT_TRUE((*g)->curvilinear);
        EXPECT_FALSE((*g)->sourceCrs.isEmpty());
        const auto box = ds->bbox();
        ASSERT_TRUE(box.has_value()) << c.file;
        EXPECT_NEAR(box->west, c.expected.west, 0.5) << c.file;
        EXPECT_NEAR(box->south, c.expected.south, 0.5) << c.file;
        EXPECT_NEAR(box->east, c.expected.east, 0.5) << c.file;
        EXPECT_NEAR(box->north, c.expected.north, 0.5) << c.file;
    }
    // London (0.13°W, 51.5°N) lies inside the British grid and has a temperature.
    auto ds = openFixture("iris-test-data-tmean_1910-transverse-mercator-climatology.nc");
    ASSERT_TRUE(ds);
    auto g = ds->grid(QStringLiteral("tmean"));
    ASSERT_TRUE(g.ok());
    const auto cell = Data::GridLocator(*g).nearest(-0.13, 51.5);
    ASSERT_TRUE(cell.has_value());
    EXPECT_NEAR((*g)->lonAt(cell->ix, cell->iy), -0.13, 0.05);
    EXPECT_NEAR((*g)->latAt(cell->ix, cell->iy), 51.5, 0.05);
}
