// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/gridlocator.h"

#include <gtest/gtest.h>

#include <cmath>

using Estran::Data::Grid;
using Estran::Data::GridLocator;

namespace {

std::shared_ptr<Grid> regular(std::vector<double> lon, std::vector<double> lat)
{
    auto g = std::make_shared<Grid>();
    g->nx = int(lon.size());
    g->ny = int(lat.size());
    g->lon = std::move(lon);
    g->lat = std::move(lat);
    return g;
}

}  // namespace

TEST(GridLocator, FindsTheNearestCellOfARegularGridModulo360)
{
    auto g = regular({0.5, 1.5, 2.5, 357.5, 358.5, 359.5}, {-1, 0, 1});
    // (In a real file these would be contiguous; the locator only needs distances.)
    const GridLocator locator(g);
    auto cell = locator.nearest(-0.6, 0.2);  // ≡ 359.4
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 5);
    EXPECT_EQ(cell->iy, 1);
    cell = locator.nearest(360.4, -0.9);  // ≡ 0.4
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 0);
    EXPECT_EQ(cell->iy, 0);
}

TEST(GridLocator, HandlesDescendingLatitudesAndRejectsPointsOffTheGrid)
{
    auto g = regular({10, 11, 12}, {50, 49, 48, 47});
    const GridLocator locator(g);
    auto cell = locator.nearest(11.4, 47.2);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 1);
    EXPECT_EQ(cell->iy, 3);
    EXPECT_FALSE(locator.nearest(11, 40).has_value());
    EXPECT_FALSE(locator.nearest(100, 48).has_value());
    EXPECT_TRUE(locator.nearest(12.9, 50.9).has_value());  // within a spacing of the edge
}

TEST(GridLocator, FindsCellsOfACurvilinearGridAcrossTheAntimeridian)
{
    auto g = std::make_shared<Grid>();
    g->nx = 3;
    g->ny = 2;
    g->curvilinear = true;
    g->lon = {178, 180, -178, 178.5, -179.5, -177.5};
    g->lat = {10, 10.2, 10.4, 11, 11.2, 11.4};
    const GridLocator locator(g);
    auto cell = locator.nearest(-179.4, 11.1);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 1);
    EXPECT_EQ(cell->iy, 1);
    EXPECT_FALSE(locator.nearest(0, 0).has_value());
}

TEST(GridLocator, SkipsUndefinedCurvilinearCoordinates)
{
    auto g = std::make_shared<Grid>();
    g->nx = 2;
    g->ny = 1;
    g->curvilinear = true;
    g->lon = {std::nan(""), 5};
    g->lat = {std::nan(""), 5};
    auto cell = GridLocator(g).nearest(4.9, 5.1);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 1);
}

TEST(GridLocator, NearestIndexWorksOnAxesInAnyOrder)
{
    EXPECT_EQ(GridLocator::nearestIndex({1000, 500, 200}, 450), 1);
    EXPECT_EQ(GridLocator::nearestIndex({0, 10, 20}, 100), 2);
    EXPECT_EQ(GridLocator::nearestIndex({}, 1), -1);
}
