// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset opened in place over OPeNDAP (DAP2) by netCDF-C, from a DAP2 endpoint on 127.0.0.1:
// its CF metadata decoded, one time step fetched with a hyperslab constraint, never the whole
// variable.
#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include "dap2server.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;
using Estran::Test::Dap2Server;

namespace {

double sstAt(size_t t, size_t y, size_t x) { return 10.0 + double(t) + 0.1 * double(y) + 0.01 * double(x); }

void addDataset(Dap2Server& server)
{
    // 2° cells: the variable is larger than what netCDF-C prefetches whole on opening (small
    // variables are fetched at once), so a step must come by hyperslab.
    std::vector<double> lat, lon;
    for (int j = 0; j < 90; ++j) lat.push_back(-89.0 + 2.0 * j);
    for (int i = 0; i < 180; ++i) lon.push_back(-179.0 + 2.0 * i);
    const std::vector<double> time{0, 1, 2};
    server.add({"time", true, {"time"}, {3}, time,
                {{"String", "units \"days since 2020-01-01 00:00:00\""}, {"String", "calendar \"standard\""}}});
    server.add({"lat", true, {"lat"}, {lat.size()}, lat,
                {{"String", "units \"degrees_north\""}, {"String", "standard_name \"latitude\""}}});
    server.add({"lon", true, {"lon"}, {lon.size()}, lon,
                {{"String", "units \"degrees_east\""}, {"String", "standard_name \"longitude\""}}});
    std::vector<double> sst;
    for (size_t t = 0; t < 3; ++t)
        for (size_t y = 0; y < lat.size(); ++y)
            for (size_t x = 0; x < lon.size(); ++x) sst.push_back(t == 2 && y == 0 && x == 0 ? -999.0 : sstAt(t, y, x));
    server.add({"sst", false, {"time", "lat", "lon"}, {3, lat.size(), lon.size()}, sst,
                {{"String", "units \"degree_Celsius\""},
                 {"String", "standard_name \"sea_surface_temperature\""},
                 {"Float32", "_FillValue -999"}}});
}

}  // namespace

TEST(OpenDap, OpensADatasetInPlaceAndFetchesOnlyTheStepShown)
{
    Dap2Server server("/thredds/dodsC/sst/demo.nc");
    addDataset(server);
    ASSERT_TRUE(server.start());
    auto ds = Data::ReaderRegistry::instance().open(server.url());
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    const auto info = (*ds)->variable(QStringLiteral("sst"));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->units, QStringLiteral("degree_Celsius"));
    ASSERT_TRUE(info->time.has_value());
    EXPECT_EQ(info->time->count, 3);
    EXPECT_EQ(info->time->end, QStringLiteral("2020-01-03T00:00:00"));
    const auto box = (*ds)->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_DOUBLE_EQ(box->north, 90.0);  // cell edges, half a step beyond the centres

    auto slice = (*ds)->readSlice(QStringLiteral("sst"), Data::SliceIndex{2, 0});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    EXPECT_NEAR(slice->at(3, 2), sstAt(2, 2, 3), 1e-5);
    EXPECT_TRUE(std::isnan(slice->at(0, 0)));  // the fill value, never a value of the scale

    // The step was asked for with a hyperslab: the other two never crossed the wire.
    bool wholeVariable = false, oneStep = false;
    for (const std::string& c : server.dataRequests()) {
        if (c.rfind("sst", 0) != 0) continue;
        if (c == "sst" || c.rfind("sst[0:1:2]", 0) == 0 || c.rfind("sst[0:2]", 0) == 0) wholeVariable = true;
        if (c.rfind("sst[2", 0) == 0) oneStep = true;
    }
    std::string asked;
    for (const std::string& c : server.dataRequests()) asked += c + " | ";
    EXPECT_TRUE(oneStep) << asked;
    EXPECT_FALSE(wholeVariable) << asked;
}

TEST(OpenDap, NamesTheUrlWhenTheServerHasNoSuchDataset)
{
    Dap2Server server("/thredds/dodsC/sst/demo.nc");
    addDataset(server);
    ASSERT_TRUE(server.start());
    const QString missing = server.url() + QStringLiteral("-missing");
    auto ds = Data::ReaderRegistry::instance().open(missing);
    ASSERT_FALSE(ds.ok());
    EXPECT_TRUE(ds.error().where().contains(missing)) << ds.error().toString().toStdString();
}
