// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/geo/coastlines.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using Estran::Geo::Coastlines;
using Estran::Geo::LonLatPolyline;

namespace {

// Great-circle distance in km.
double distanceKm(double lon1, double lat1, double lon2, double lat2)
{
    const double r = M_PI / 180.0;
    const double a = std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
                     std::cos(lat1 * r) * std::cos(lat2 * r) *
                         std::pow(std::sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

double nearestKm(const std::vector<LonLatPolyline>& lines, double lon, double lat)
{
    double best = 1e9;
    for (const auto& l : lines) {
        for (size_t i = 0; i < l.lon.size(); ++i) {
            best = std::min(best, distanceKm(lon, lat, l.lon[i], l.lat[i]));
        }
    }
    return best;
}

}  // namespace

class CoastlinesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // gmt-gshhg-low is a declared dependency (scripts/install-deps.sh): its absence is a
        // broken installation, so the tests fail rather than skip.
        ASSERT_TRUE(QFile::exists(Coastlines::filePath(Coastlines::Resolution::Low)))
            << "GSHHG files not installed (Debian package gmt-gshhg-low)";
    }
};

TEST_F(CoastlinesTest, LoadsManyShorelinesWithinRange)
{
    auto lines = Coastlines::load(Coastlines::Resolution::Low);
    ASSERT_TRUE(lines.ok()) << qPrintable(lines.error().toString());
    EXPECT_GT(lines->size(), 1000u);
    size_t points = 0;
    for (const auto& l : *lines) {
        ASSERT_EQ(l.lon.size(), l.lat.size());
        ASSERT_GE(l.lon.size(), 2u);
        for (size_t i = 0; i < l.lon.size(); ++i) {
            ASSERT_GE(l.lon[i], -180.0);
            ASSERT_LE(l.lon[i], 180.0);
            ASSERT_GE(l.lat[i], -90.0);
            ASSERT_LE(l.lat[i], 90.0);
        }
        points += l.lon.size();
    }
    EXPECT_GT(points, 50000u);
}

TEST_F(CoastlinesTest, BrestIsOnTheCoastAtLowResolution)
{
    auto lines = Coastlines::load(Coastlines::Resolution::Low);
    ASSERT_TRUE(lines.ok());
    // Brest, Finistère: 48.38°N, 4.49°W.
    EXPECT_LT(nearestKm(*lines, -4.49, 48.38), 10.0);
}

TEST_F(CoastlinesTest, ContinentsAreRightSideUpAndInPlace)
{
    auto lines = Coastlines::load(Coastlines::Resolution::Low);
    ASSERT_TRUE(lines.ok());
    // Cape Agulhas (34.83°S, 20.0°E), Cape Horn (55.98°S, 67.27°W), Nordkapp (71.17°N, 25.78°E).
    EXPECT_LT(nearestKm(*lines, 20.0, -34.83), 15.0);
    EXPECT_LT(nearestKm(*lines, -67.27, -55.98), 15.0);
    EXPECT_LT(nearestKm(*lines, 25.78, 71.17), 15.0);
    // The middle of the Sahara and of the South Pacific are far from any shore: a map flipped
    // north-south or shifted by a bin would put coast there.
    EXPECT_GT(nearestKm(*lines, 12.0, 23.0), 400.0);
    EXPECT_GT(nearestKm(*lines, -120.0, -40.0), 400.0);
}

TEST_F(CoastlinesTest, AntarcticaIsDrawnOnce)
{
    auto lines = Coastlines::load(Coastlines::Resolution::Crude);
    ASSERT_TRUE(lines.ok());
    // McMurdo Station sits by the Ross Ice Shelf front's western end; the ice front at
    // 78.5°S 180° should be near a line, and no shoreline should run along the grounding line
    // deep under the shelf at 84°S 180°.
    EXPECT_LT(nearestKm(*lines, 180.0, -78.3), 80.0);
    EXPECT_GT(nearestKm(*lines, 180.0, -84.5), 150.0);
}

TEST_F(CoastlinesTest, SharedCacheReturnsTheSameObject)
{
    auto a = Coastlines::shared(Coastlines::Resolution::Crude);
    auto b = Coastlines::shared(Coastlines::Resolution::Crude);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->get(), b->get());
    auto lakes = Coastlines::shared(Coastlines::Resolution::Crude, true);
    ASSERT_TRUE(lakes.ok());
    EXPECT_GT((*lakes)->size(), (*a)->size());
}

TEST(Coastlines, MissingDirectoryGivesANotFoundErrorNamingTheFile)
{
    QTemporaryDir empty;
    qputenv("ESTRAN_GSHHG_DIR", empty.path().toUtf8());
    auto lines = Coastlines::load(Coastlines::Resolution::Intermediate);
    qunsetenv("ESTRAN_GSHHG_DIR");
    ASSERT_FALSE(lines.ok());
    EXPECT_EQ(lines.error().kind(), Estran::Base::Error::Kind::NotFound);
    EXPECT_TRUE(lines.error().where().endsWith(QStringLiteral("binned_GSHHS_i.nc")));
}
