// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/geo/projection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <thread>

using Estran::Geo::Projection;

namespace {
Projection make(const char* name)
{
    auto p = Projection::create(QString::fromLatin1(name));
    EXPECT_TRUE(p.ok()) << name << ": " << (p ? "" : qPrintable(p.error().toString()));
    return *p;
}
constexpr double kA = 6378137.0;  // WGS84 semi-major axis
}  // namespace

TEST(Projection, ListsTheFiveProjections)
{
    const QStringList names = Projection::names();
    EXPECT_EQ(names.size(), 5);
    for (const char* n : {"platecarree", "mercator", "north-polar-stereo", "south-polar-stereo",
                          "robinson"}) {
        EXPECT_TRUE(names.contains(QLatin1String(n))) << n;
        EXPECT_NE(Projection::displayName(QLatin1String(n)), QLatin1String(n));
    }
}

TEST(Projection, RejectsAnUnknownNameWithTheNameAsWhere)
{
    auto p = Projection::create(QStringLiteral("gnomonic-ish"));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().where(), QStringLiteral("gnomonic-ish"));
    EXPECT_TRUE(p.error().message().contains(QStringLiteral("mercator")));
}

TEST(Projection, MercatorNorthingAt45NMatchesEpsg3395)
{
    const Projection p = make("mercator");
    double x = 0, y = 0;
    ASSERT_TRUE(p.forward(0.0, 45.0, x, y));
    EXPECT_NEAR(x, 0.0, 1e-6);
    // Ellipsoidal Mercator (EPSG:3395) northing of 45°N.
    EXPECT_NEAR(y, 5591295.9185, 0.01);
    ASSERT_TRUE(p.forward(-90.0, -45.0, x, y));
    EXPECT_NEAR(x, -kA * M_PI / 2, 1e-3);
    EXPECT_NEAR(y, -5591295.9185, 0.01);
}

TEST(Projection, MercatorRefusesLatitudesBeyond85)
{
    const Projection p = make("mercator");
    double x = 0, y = 0;
    EXPECT_FALSE(p.forward(10.0, 86.0, x, y));
    EXPECT_TRUE(p.forward(10.0, 85.0, x, y));
    EXPECT_DOUBLE_EQ(p.maxLatitude(), 85.0);
}

TEST(Projection, PlateCarreeIsLinearInDegrees)
{
    const Projection p = make("platecarree");
    double x = 0, y = 0;
    ASSERT_TRUE(p.forward(180.0, 90.0, x, y));
    EXPECT_NEAR(x, kA * M_PI, 1e-3);
    EXPECT_NEAR(y, kA * M_PI / 2, 1e-3);
    EXPECT_TRUE(p.isCylindrical());
    const QRectF b = p.worldBounds();
    EXPECT_NEAR(b.left(), -kA * M_PI, 1e-3);
    EXPECT_NEAR(b.bottom(), kA * M_PI / 2, 1e-3);
}

TEST(Projection, WrapsLongitudesGivenIn0To360)
{
    const Projection p = make("platecarree");
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    ASSERT_TRUE(p.forward(350.0, 10.0, x1, y1));
    ASSERT_TRUE(p.forward(-10.0, 10.0, x2, y2));
    EXPECT_NEAR(x1, x2, 1e-6);
    EXPECT_NEAR(y1, y2, 1e-6);
}

TEST(Projection, PolarStereographicPutsThePoleAtTheOrigin)
{
    double x = 1, y = 1;
    const Projection north = make("north-polar-stereo");
    ASSERT_TRUE(north.forward(123.0, 90.0, x, y));
    EXPECT_NEAR(x, 0.0, 1e-6);
    EXPECT_NEAR(y, 0.0, 1e-6);
    EXPECT_DOUBLE_EQ(north.centralLongitude(), -45.0);
    const Projection south = make("south-polar-stereo");
    ASSERT_TRUE(south.forward(-77.0, -90.0, x, y));
    EXPECT_NEAR(x, 0.0, 1e-6);
    EXPECT_NEAR(y, 0.0, 1e-6);
    double lon = 0, lat = 0;
    ASSERT_TRUE(south.inverse(0.0, 0.0, lon, lat));
    EXPECT_NEAR(lat, -90.0, 1e-9);
}

TEST(Projection, PolarStereographicRefusesTheFarHemisphere)
{
    const Projection north = make("north-polar-stereo");
    double x = 0, y = 0;
    EXPECT_FALSE(north.forward(0.0, -30.0, x, y));
    const Projection south = make("south-polar-stereo");
    EXPECT_FALSE(south.forward(0.0, 30.0, x, y));
    // A corner of the bounding square lies beyond the equator circle.
    const QRectF b = south.worldBounds();
    double lon = 0, lat = 0;
    EXPECT_FALSE(south.inverse(b.right() * 0.99, b.bottom() * 0.99, lon, lat));
}

TEST(Projection, PolarStereographicMatchesEpsg3031And3413)
{
    // Values from PROJ's EPSG database (gdaltransform -t_srs EPSG:3031 / EPSG:3413).
    const Projection south = make("south-polar-stereo");
    double x = 0, y = 0;
    ASSERT_TRUE(south.forward(0.0, -70.0, x, y));
    EXPECT_NEAR(x, 0.0, 1e-6);
    EXPECT_NEAR(y, 2194494.2476, 0.01);
    const Projection north = make("north-polar-stereo");
    ASSERT_TRUE(north.forward(-45.0, 70.0, x, y));
    EXPECT_NEAR(x, 0.0, 1e-6);
    EXPECT_NEAR(y, -2187927.6493, 0.01);
}

TEST(Projection, RoundTripsEveryProjection)
{
    for (const QString& name : Projection::names()) {
        const Projection p = *Projection::create(name);
        for (double lat = p.minLatitude() + 0.5; lat <= p.maxLatitude() - 0.5; lat += 7.3) {
            for (double lon = -179.5; lon <= 179.5; lon += 13.1) {
                double x = 0, y = 0, lon2 = 0, lat2 = 0;
                ASSERT_TRUE(p.forward(lon, lat, x, y)) << qPrintable(name) << lon << lat;
                ASSERT_TRUE(p.inverse(x, y, lon2, lat2)) << qPrintable(name) << lon << lat;
                EXPECT_NEAR(lon2, lon, 1e-6) << qPrintable(name);
                EXPECT_NEAR(lat2, lat, 1e-6) << qPrintable(name);
                EXPECT_TRUE(p.worldBounds().adjusted(-1, -1, 1, 1).contains(x, y));
            }
        }
    }
}

TEST(Projection, RobinsonRejectsPointsOutsideItsCurvedEdge)
{
    const Projection p = make("robinson");
    const QRectF b = p.worldBounds();
    double lon = 0, lat = 0;
    // The top-right corner of the bounding box is outside the Robinson outline.
    EXPECT_FALSE(p.inverse(b.right() * 0.98, b.bottom() * 0.98, lon, lat));
    EXPECT_TRUE(p.inverse(0.0, 0.0, lon, lat));
    EXPECT_NEAR(lon, 0.0, 1e-9);
    EXPECT_FALSE(p.isCylindrical());
}

TEST(Projection, ArrayTransformsMatchSinglePoints)
{
    const Projection p = make("robinson");
    std::vector<double> x = {-170, 0, 45, 200, 10};
    std::vector<double> y = {-60, 0, 30, 10, 95};
    p.forwardArray(x.data(), y.data(), x.size());
    double ex = 0, ey = 0;
    ASSERT_TRUE(p.forward(45, 30, ex, ey));
    EXPECT_NEAR(x[2], ex, 1e-6);
    EXPECT_NEAR(y[2], ey, 1e-6);
    EXPECT_TRUE(std::isnan(x[4]));  // latitude 95 does not exist
    std::vector<double> ix = x, iy = y;
    p.inverseArray(ix.data(), iy.data(), 4);
    // PROJ's Robinson inverse is iterative: 1e-4° is a few metres.
    EXPECT_NEAR(ix[0], -170, 1e-4);
    EXPECT_NEAR(ix[3], -160, 1e-4);  // 200°E comes back as 160°W
    EXPECT_NEAR(iy[1], 0, 1e-6);
}

TEST(Projection, CopiesCanBeUsedOnSeparateThreads)
{
    const Projection p = make("robinson");
    std::vector<double> results(4, 0.0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([copy = p, t, &results]() {
            double sum = 0;
            for (int i = 0; i < 20000; ++i) {
                double x = 0, y = 0;
                if (copy.forward(-180.0 + (i % 360), -80.0 + (i % 160), x, y)) sum += x * 1e-9;
            }
            results[size_t(t)] = sum;
        });
    }
    for (auto& th : threads) th.join();
    for (int t = 1; t < 4; ++t) EXPECT_DOUBLE_EQ(results[size_t(t)], results[0]);
}

TEST(Projection, CentralLongitudeShiftsTheMap)
{
    auto p = Projection::create(QStringLiteral("platecarree"), 180.0);
    ASSERT_TRUE(p.ok());
    double x = 0, y = 0;
    ASSERT_TRUE(p->forward(180.0, 0.0, x, y));
    EXPECT_NEAR(x, 0.0, 1e-6);
    ASSERT_TRUE(p->forward(-170.0, 0.0, x, y));
    EXPECT_NEAR(x, kA * M_PI * 10.0 / 180.0, 1e-3);
}
