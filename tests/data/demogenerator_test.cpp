// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/dataset.h"
#include "estran/data/demogenerator.h"
#include "estran/data/readerregistry.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;

TEST(DemoGenerator, WritesACfSeaSurfaceTemperatureFileWithIceFillsAndDepths)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.nc"));
    Data::DemoGenerator::Options o;
    o.resolution = 1.0;
    o.days = 4;
    Base::Feedback feedback;
    ASSERT_TRUE(Data::DemoGenerator::generate(path, o, &feedback).ok());
    EXPECT_DOUBLE_EQ(feedback.progress(), 100.0);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));

    auto ds = Data::ReaderRegistry::instance().open(path);
    ASSERT_TRUE(ds.ok());
    const auto sst = (*ds)->variable(QStringLiteral("sst"));
    ASSERT_TRUE(sst && sst->isMappable);
    EXPECT_EQ(sst->standardName, QStringLiteral("sea_surface_temperature"));
    EXPECT_EQ(sst->units, QStringLiteral("degree_Celsius"));
    EXPECT_EQ(sst->shape(), (QList<qint64>{4, 180, 360}));
    ASSERT_TRUE(sst->time.has_value());
    EXPECT_EQ(sst->time->calendar, QStringLiteral("standard"));

    auto slice = (*ds)->readSlice(QStringLiteral("sst"), {3, 0});
    ASSERT_TRUE(slice.ok());
    EXPECT_TRUE(std::isnan(slice->at(10, 179)));  // 89.5°N: sea ice
    EXPECT_TRUE(std::isnan(slice->at(10, 0)));    // 89.5°S
    EXPECT_GT(slice->at(100, 90), 20.0f);         // equator is warm
    EXPECT_GT(slice->maximum, 25.0f);
    EXPECT_LT(slice->minimum, 5.0f);
    // Consecutive days differ (moving eddies), but only a little.
    auto day2 = (*ds)->readSlice(QStringLiteral("sst"), {2, 0});
    ASSERT_TRUE(day2.ok());
    EXPECT_NE(day2->at(100, 120), slice->at(100, 120));
    EXPECT_NEAR(day2->at(100, 120), slice->at(100, 120), 1.0);

    auto g = (*ds)->grid(QStringLiteral("thetao"));
    ASSERT_TRUE(g.ok());
    EXPECT_EQ((*g)->levels.size(), 5u);
    EXPECT_TRUE((*g)->levelPositiveDown);
    auto surface = (*ds)->readSlice(QStringLiteral("thetao"), {0, 0});
    auto deep = (*ds)->readSlice(QStringLiteral("thetao"), {0, 4});
    ASSERT_TRUE(surface.ok() && deep.ok());
    EXPECT_GT(surface->at(30, 90), deep->at(30, 90));
}

TEST(DemoGenerator, LeavesNothingBehindWhenCancelled)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.nc"));
    Base::Feedback feedback;
    feedback.cancel();
    Data::DemoGenerator::Options o;
    o.resolution = 2.0;
    o.days = 50;
    const Base::Result<void> r = Data::DemoGenerator::generate(path, o, &feedback);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
}

TEST(DemoGenerator, NamesTheFileWhenTheFolderIsMissing)
{
    const QString path = QStringLiteral("/nonexistent-estran-dir/demo.nc");
    const Base::Result<void> r = Data::DemoGenerator::generate(path, {}, nullptr);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), path);
}
