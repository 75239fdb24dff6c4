// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/xarraysnippet.h"

#include <gtest/gtest.h>

using Estran::Base::GeoBox;
using Estran::Data::XarraySnippet;

namespace {

XarraySnippet::Spec spec(const GeoBox& box) {
    XarraySnippet::Spec s;
    s.path = QStringLiteral("/data/sst.nc");
    s.variables = {QStringLiteral("sst")};
    s.timeName = QStringLiteral("time");
    s.request.variables = s.variables;
    s.request.box = box;
    return s;
}

std::string code(const XarraySnippet::Spec& s) {
    return XarraySnippet::generate(s).toStdString();
}

}  // namespace

TEST(XarraySnippet, OpensTheFileAndSelectsOneBoxWithAscendingSlices) {
    auto s = spec({-10, 40, 5, 50});
    s.request.timeStart = QStringLiteral("2020-01-01");
    s.request.timeEnd = QStringLiteral("2020-01-31T23:59:59");
    EXPECT_EQ(code(s),
              "import xarray as xr\n"
              "ds = xr.open_dataset(\"/data/sst.nc\")\n"
              "sub = ds[[\"sst\"]].sel(lon=slice(-10, 5), lat=slice(40, 50), "
              "time=slice(\"2020-01-01\", \"2020-01-31T23:59:59\"))\n");
}

TEST(XarraySnippet, DescendingLatitudeSlicesFromNorthToSouth) {
    auto s = spec({-10, 40, 5, 50});
    s.latDescending = true;
    EXPECT_NE(code(s).find("lat=slice(50, 40)"), std::string::npos) << code(s);
}

TEST(XarraySnippet, AntimeridianBoxOnAMinus180To180GridConcatenatesTwoSelections) {
    const auto s = spec({170, -10, -170, 10});
    EXPECT_NE(
        code(s).find("sub = xr.concat([ds[[\"sst\"]].sel(lon=slice(170, 180), lat=slice(-10, 10)), "
                     "ds[[\"sst\"]].sel(lon=slice(-180, -170), lat=slice(-10, 10))], dim=\"lon\")"),
        std::string::npos)
        << code(s);
}

TEST(XarraySnippet, AntimeridianBoxOnA0To360GridIsOneSlice) {
    auto s = spec({170, -10, -170, 10});
    s.lon0to360 = true;
    EXPECT_NE(code(s).find("sub = ds[[\"sst\"]].sel(lon=slice(170, 190), lat=slice(-10, 10))"),
              std::string::npos)
        << code(s);
    EXPECT_EQ(code(s).find("concat"), std::string::npos);
}

TEST(XarraySnippet, GreenwichBoxOnA0To360GridConcatenatesAcrossZero) {
    auto s = spec({-10, 40, 5, 50});
    s.lon0to360 = true;
    EXPECT_NE(code(s).find(
                  "sel(lon=slice(350, 360), lat=slice(40, 50)), ds[[\"sst\"]].sel(lon=slice(0, 5)"),
              std::string::npos)
        << code(s);
}

TEST(XarraySnippet, NonStandardCalendarOpensWithCftimeAndKeepsTheDates) {
    auto s = spec({0, 0, 10, 10});
    s.cftime = true;
    s.request.timeStart = QStringLiteral("1850-02-30");
    EXPECT_NE(code(s).find("xr.open_dataset(\"/data/sst.nc\", use_cftime=True)"), std::string::npos)
        << code(s);
    EXPECT_NE(code(s).find("time=slice(\"1850-02-30\", None)"), std::string::npos) << code(s);
}

TEST(XarraySnippet, WholeWorldSelectsNoLongitudeAndDepthUsesTheLevelName) {
    auto s = spec({-180, -90, 180, 90});
    s.levelName = QStringLiteral("depth");
    s.request.depthMin = 0;
    s.request.depthMax = 100;
    s.variables << QStringLiteral("thetao");
    EXPECT_EQ(code(s).find("lon="), std::string::npos) << code(s);
    EXPECT_NE(
        code(s).find("ds[[\"sst\", \"thetao\"]].sel(lat=slice(-90, 90), depth=slice(0, 100))"),
        std::string::npos)
        << code(s);
}

TEST(XarraySnippet, APolygonIsCutByItsBoundingBoxThenMaskedOutsideTheRing) {
    XarraySnippet::Spec s;
    s.path = QStringLiteral("/data/sst.nc");
    s.variables = {QStringLiteral("sst")};
    s.request.variables = s.variables;
    s.request.polygon = {QPointF(-20, 0), QPointF(40, 0), QPointF(-20, 40)};
    const std::string c = code(s);
    EXPECT_NE(c.find("sub = ds[[\"sst\"]].sel(lon=slice(-20, 40), lat=slice(0, 40))\n"), std::string::npos) << c;
    EXPECT_NE(c.find("ring = Path([(-20, 0), (40, 0), (-20, 40)], closed=False)\n"), std::string::npos) << c;
    EXPECT_NE(c.find("np.meshgrid(sub[\"lon\"], sub[\"lat\"])"), std::string::npos) << c;
    EXPECT_NE(c.find("for shift in (0, -360, 360)"), std::string::npos) << c;
    EXPECT_NE(c.find("sub = sub.where(xr.DataArray(inside, dims=(\"lat\", \"lon\")))\n"), std::string::npos) << c;
}
