// SPDX-License-Identifier: GPL-3.0-or-later
// Readers on real files from other projects' test suites (shared/fixtures/netcdf).
#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;

namespace {

std::unique_ptr<Data::Dataset> openFixture(const char* name)
{
    const QString path = QStringLiteral(ESTRAN_FIXTURES_DIR "/netcdf/") + QString::fromUtf8(name);
    if (!QFileInfo::exists(path)) return nullptr;
    auto ds = Data::ReaderRegistry::instance().open(path);
    EXPECT_TRUE(ds.ok()) << (ds.ok() ? "" : ds.error().toString().toStdString());
    return ds.ok() ? std::move(*ds) : nullptr;
}

}  // namespace

TEST(Fixtures, Reads360DayCalendarOfIrisClimateFile)
{
    auto ds = openFixture("iris-test-data-A1B-river-sep-2070-2099-360day.nc");
    if (!ds) GTEST_SKIP() << "fixture missing";
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
    if (!ds) GTEST_SKIP() << "fixture missing";
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
    if (!ds) GTEST_SKIP() << "fixture missing";
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
    if (!ds) GTEST_SKIP() << "fixture missing";
    EXPECT_EQ(ds->format(), QStringLiteral("netCDF-4"));
    auto slice = ds->readSlice(QStringLiteral("basin"), {0, 0});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    EXPECT_GE(slice->minimum, 0.0f);
    EXPECT_LE(slice->maximum, 127.0f);
}
