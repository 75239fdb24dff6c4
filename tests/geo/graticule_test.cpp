// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/geo/graticule.h"

#include <gtest/gtest.h>

using Estran::Geo::Graticule;

TEST(Graticule, LabelsCarryHemisphereLetters)
{
    EXPECT_EQ(Graticule::label(30, true), QStringLiteral("30°E"));
    EXPECT_EQ(Graticule::label(-45, false), QStringLiteral("45°S"));
    EXPECT_EQ(Graticule::label(0, true), QStringLiteral("0°"));
    EXPECT_EQ(Graticule::label(-180, true), QStringLiteral("180°"));
    EXPECT_EQ(Graticule::label(350, true), QStringLiteral("10°W"));
    EXPECT_EQ(Graticule::label(2.5, false), QStringLiteral("2.5°N"));
}

TEST(Graticule, LinesCoverMeridiansAndParallels)
{
    const auto lines = Graticule::lines(30.0);
    int meridians = 0, parallels = 0;
    for (const auto& l : lines) {
        (l.isMeridian ? meridians : parallels)++;
        ASSERT_GT(l.line.lon.size(), 100u);  // densified
        ASSERT_EQ(l.line.lon.size(), l.line.lat.size());
    }
    EXPECT_EQ(meridians, 12);  // -180 .. 150
    EXPECT_EQ(parallels, 5);   // -60 .. 60
}

TEST(Graticule, RespectsTheLatitudeBand)
{
    for (const auto& l : Graticule::lines(10.0, 0.0, 85.0)) {
        for (double lat : l.line.lat) {
            ASSERT_GE(lat, 0.0);
            ASSERT_LE(lat, 85.0);
        }
    }
}

TEST(Graticule, NiceStepGivesAboutSixLines)
{
    EXPECT_DOUBLE_EQ(Graticule::niceStep(360.0), 60.0);
    EXPECT_DOUBLE_EQ(Graticule::niceStep(30.0), 5.0);
    EXPECT_DOUBLE_EQ(Graticule::niceStep(1.0), 0.2);
}
