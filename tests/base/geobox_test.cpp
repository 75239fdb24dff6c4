// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/geobox.h"

#include <gtest/gtest.h>

using namespace Estran::Base;

TEST(GeoBox, ContainsPointsInsideAnOrdinaryBox)
{
    const GeoBox box{-10, 40, 10, 50};
    EXPECT_TRUE(box.contains(0, 45));
    EXPECT_TRUE(box.contains(-10, 40));  // edges included
    EXPECT_FALSE(box.contains(11, 45));
    EXPECT_FALSE(box.contains(0, 51));
    EXPECT_TRUE(box.contains(360, 45));  // any 360° range of longitudes
}

TEST(GeoBox, ContainsPointsAcrossTheAntimeridian)
{
    const GeoBox box{170, -10, -170, 10};
    EXPECT_TRUE(box.crossesAntimeridian());
    EXPECT_DOUBLE_EQ(box.width(), 20.0);
    EXPECT_TRUE(box.contains(175, 0));
    EXPECT_TRUE(box.contains(-175, 0));
    EXPECT_TRUE(box.contains(180, 0));
    EXPECT_TRUE(box.contains(185, 0));  // 0..360 longitudes
    EXPECT_FALSE(box.contains(0, 0));
    EXPECT_FALSE(box.contains(160, 0));
    EXPECT_FALSE(box.contains(-160, 0));
}

TEST(GeoBox, GlobalBoxContainsEveryLongitude)
{
    const GeoBox world;
    EXPECT_TRUE(world.contains(-180, 0));
    EXPECT_TRUE(world.contains(179.9, -90));
    EXPECT_TRUE(world.contains(359, 89));
}

TEST(GeoBox, ParsesAndPrintsWestSouthEastNorth)
{
    const std::optional<GeoBox> b = GeoBox::fromString(QStringLiteral("170, -10, -170, 10"));
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(*b, (GeoBox{170, -10, -170, 10}));
    EXPECT_EQ(GeoBox::fromString(b->toString()), b);
    EXPECT_FALSE(GeoBox::fromString(QStringLiteral("1,2,3")).has_value());
    EXPECT_FALSE(GeoBox::fromString(QStringLiteral("0,50,10,40")).has_value());
}

TEST(GeoBox, NormalizesLongitudesIntoMinus180To180)
{
    EXPECT_DOUBLE_EQ(normalizeLongitude(190), -170);
    EXPECT_DOUBLE_EQ(normalizeLongitude(-190), 170);
    EXPECT_DOUBLE_EQ(normalizeLongitude(180), -180);
    EXPECT_DOUBLE_EQ(normalizeLongitude(720.5), 0.5);
}
