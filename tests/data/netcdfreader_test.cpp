// SPDX-License-Identifier: GPL-3.0-or-later
#include "ncbuilder.h"

#include "estran/data/dataset.h"
#include "estran/data/gridlocator.h"
#include "estran/data/readerregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <hdf5.h>

#include <cmath>
#include <thread>

using namespace Estran;
using Estran::Test::addLonLat;
using Estran::Test::NcBuilder;

namespace {

class NetcdfReaderTest : public ::testing::Test {
protected:
    QString file(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    std::unique_ptr<Data::Dataset> open(const QString& path)
    {
        Base::Result<std::unique_ptr<Data::Dataset>> ds = Data::ReaderRegistry::instance().open(path);
        EXPECT_TRUE(ds.ok()) << (ds.ok() ? "" : ds.error().toString().toStdString());
        return ds.ok() ? std::move(*ds) : nullptr;
    }

    // A 4 x 3 lon/lat grid with one time step and a variable `v` of `type`.
    struct Simple {
        int var;
    };
    Simple simpleGrid(NcBuilder& b, nc_type type)
    {
        const int t = b.dim("time", 1);
        const int y = b.dim("lat", 3);
        const int x = b.dim("lon", 4);
        auto [lon, lat] = addLonLat(b, x, y);
        const int time = b.var("time", NC_DOUBLE, {t});
        b.text(time, "units", "days since 2000-01-01");
        const int v = b.var("v", type, {t, y, x});
        m_lon = lon;
        m_lat = lat;
        m_time = time;
        return {v};
    }
    void writeAxes(NcBuilder& b)
    {
        b.put(m_lon, {0, 10, 20, 30});
        b.put(m_lat, {-10, 0, 10});
        b.put(m_time, {0});
    }

    QTemporaryDir m_dir;
    int m_lon = 0, m_lat = 0, m_time = 0;
};

}  // namespace

TEST_F(NetcdfReaderTest, DecodesTimeInEveryCalendar)
{
    struct Case {
        const char* calendar;
        double value;
        const char* expected;
    };
    const Case cases[] = {
        {"standard", 59, "1850-03-01T00:00:00"},     {"gregorian", 59, "1850-03-01T00:00:00"},
        {"proleptic_gregorian", 365, "1851-01-01T00:00:00"}, {"julian", 365, "1851-01-01T00:00:00"},
        {"noleap", 59, "1850-03-01T00:00:00"},       {"365_day", 365, "1851-01-01T00:00:00"},
        {"all_leap", 59, "1850-02-29T00:00:00"},     {"366_day", 366, "1851-01-01T00:00:00"},
        {"360_day", 59, "1850-02-30T00:00:00"},
    };
    for (const Case& c : cases) {
        const QString path = file(c.calendar) + QStringLiteral(".nc");
        {
            NcBuilder b(path);
            const int t = b.dim("time", 2);
            const int y = b.dim("lat", 2);
            const int x = b.dim("lon", 2);
            auto [lon, lat] = addLonLat(b, x, y);
            const int time = b.var("time", NC_DOUBLE, {t});
            b.text(time, "units", "days since 1850-01-01");
            b.text(time, "calendar", c.calendar);
            const int v = b.var("v", NC_FLOAT, {t, y, x});
            b.put(lon, {0, 1});
            b.put(lat, {0, 1});
            b.put(time, {0, c.value});
            b.put(v, {1, 2, 3, 4, 5, 6, 7, 8});
        }
        auto ds = open(path);
        ASSERT_TRUE(ds);
        const std::optional<Data::VariableInfo> info = ds->variable(QStringLiteral("v"));
        ASSERT_TRUE(info && info->time) << c.calendar;
        EXPECT_EQ(info->time->start, QStringLiteral("1850-01-01T00:00:00"));
        EXPECT_EQ(info->time->end.toStdString(), c.expected) << c.calendar;
        EXPECT_EQ(info->time->count, 2);
        auto g = ds->grid(QStringLiteral("v"));
        ASSERT_TRUE(g.ok());
        ASSERT_TRUE((*g)->timeAxis.has_value());
        EXPECT_EQ((*g)->timeAxis->toIsoString((*g)->times[1]).toStdString(), c.expected);
    }
}

TEST_F(NetcdfReaderTest, AppliesTheTimeZoneOfTheTimeUnits)
{
    const QString path = file("tz.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_FLOAT);
        b.text(m_time, "units", "hours since 2000-01-01 00:00:00 +01:00");
        writeAxes(b);
        b.put(s.var, std::vector<double>(12, 1.0));
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->variable(QStringLiteral("v"))->time->start, QStringLiteral("1999-12-31T23:00:00"));
}

TEST_F(NetcdfReaderTest, UnpacksShortsWithScaleFactorAndAddOffset)
{
    const QString path = file("packed.nc");
    std::vector<short> raw{-32767, -100, 0, 1, 2, 300, 1234, 32000, -5, 7, 8, 9};
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_SHORT);
        b.att(s.var, "scale_factor", NC_DOUBLE, {0.01});
        b.att(s.var, "add_offset", NC_DOUBLE, {20.0});
        b.fill(s.var, NC_SHORT, -32767);
        writeAxes(b);
        b.putRaw(s.var, raw);
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    Base::Result<Data::Slice> slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    EXPECT_TRUE(std::isnan(slice->values[0]));
    for (size_t i = 1; i < raw.size(); ++i)
        EXPECT_FLOAT_EQ(slice->values[i], float(raw[i] * 0.01 + 20.0)) << i;
    EXPECT_FLOAT_EQ(slice->minimum, float(-100 * 0.01 + 20.0));
    EXPECT_FLOAT_EQ(slice->maximum, float(32000 * 0.01 + 20.0));
    Base::Result<std::optional<double>> v = ds->readValue(QStringLiteral("v"), 2, 1, {});
    ASSERT_TRUE(v.ok());
    ASSERT_TRUE(v->has_value());
    EXPECT_DOUBLE_EQ(**v, 1234 * 0.01 + 20.0);
    EXPECT_EQ(ds->variable(QStringLiteral("v"))->dtype, Data::DataType::Int16);
}

TEST_F(NetcdfReaderTest, MasksFillValueCells)
{
    const QString path = file("fill.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_FLOAT);
        b.fill(s.var, NC_FLOAT, -999.0);
        writeAxes(b);
        b.put(s.var, {1, 2, -999, 4, 5, 6, 7, 8, 9, 10, 11, -999});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_TRUE(std::isnan(slice->at(2, 0)));
    EXPECT_TRUE(std::isnan(slice->at(3, 2)));
    EXPECT_FLOAT_EQ(slice->at(3, 0), 4.0f);
    EXPECT_FLOAT_EQ(slice->minimum, 1.0f);
    EXPECT_FLOAT_EQ(slice->maximum, 11.0f);
    auto v = ds->readValue(QStringLiteral("v"), 2, 0, {});
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->has_value());
}

TEST_F(NetcdfReaderTest, MasksTheNetcdfDefaultFillWhenNoFillValueIsGiven)
{
    const QString path = file("defaultfill.nc");
    {
        NcBuilder b(path);
        const int y = b.dim("lat", 2);
        const int x = b.dim("lon", 2);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_FLOAT, {y, x});
        b.put(lon, {0, 1});
        b.put(lat, {0, 1});
        // Only the first row is written; netCDF fills the rest with NC_FILL_FLOAT.
        const size_t start[2] = {0, 0};
        const size_t count[2] = {1, 2};
        const float row[2] = {3.5f, 4.5f};
        NCB_CHECK(nc_put_vara_float(b.id(), 2, start, count, row));
        (void)v;
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_FLOAT_EQ(slice->at(0, 0), 3.5f);
    EXPECT_TRUE(std::isnan(slice->at(0, 1)));
    EXPECT_TRUE(std::isnan(slice->at(1, 1)));
}

TEST_F(NetcdfReaderTest, MasksScalarAndVectorMissingValues)
{
    const QString path = file("missing.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_INT);
        b.att(s.var, "missing_value", NC_INT, {-1, -2});
        const int t = 0;
        (void)t;
        const int y2 = b.dim("y2", 1);
        const int x2 = b.dim("x2", 2);
        const int w = b.var("w", NC_DOUBLE, {y2, x2});
        b.att(w, "missing_value", NC_DOUBLE, {1e20});
        writeAxes(b);
        b.put(s.var, {-1, -2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -3});
        b.put(w, {1e20, 2});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_TRUE(std::isnan(slice->values[0]));
    EXPECT_TRUE(std::isnan(slice->values[1]));
    EXPECT_FLOAT_EQ(slice->values[11], -3.0f);
    auto w = ds->readSlice(QStringLiteral("w"), {});
    ASSERT_TRUE(w.ok());
    EXPECT_TRUE(std::isnan(w->values[0]));
    EXPECT_FLOAT_EQ(w->values[1], 2.0f);
}

TEST_F(NetcdfReaderTest, AppliesValidRangeToPackedValues)
{
    const QString path = file("validrange.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_SHORT);
        b.att(s.var, "scale_factor", NC_FLOAT, {0.5});
        b.att(s.var, "add_offset", NC_FLOAT, {100});
        // In packed units (same type as the variable): raw 0..1000 is valid.
        b.att(s.var, "valid_range", NC_SHORT, {0, 1000});
        const int y = 1, x = 2;
        (void)y;
        (void)x;
        writeAxes(b);
        b.putRaw(s.var, std::vector<short>{-1, 0, 1000, 1001, 5, 5, 5, 5, 5, 5, 5, 5});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_TRUE(std::isnan(slice->values[0]));
    EXPECT_FLOAT_EQ(slice->values[1], 100.0f);
    EXPECT_FLOAT_EQ(slice->values[2], 600.0f);
    EXPECT_TRUE(std::isnan(slice->values[3]));
}

TEST_F(NetcdfReaderTest, AppliesValidMinAndMaxInPhysicalUnitsWhenTypedLikeTheScale)
{
    const QString path = file("validminmax.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_SHORT);
        b.att(s.var, "scale_factor", NC_DOUBLE, {0.1});
        b.att(s.var, "add_offset", NC_DOUBLE, {0.0});
        b.att(s.var, "valid_min", NC_DOUBLE, {-5.0});  // physical: raw -50
        b.att(s.var, "valid_max", NC_DOUBLE, {5.0});   // physical: raw 50
        writeAxes(b);
        b.putRaw(s.var, std::vector<short>{-51, -50, 50, 51, 0, 0, 0, 0, 0, 0, 0, 0});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_TRUE(std::isnan(slice->values[0]));
    EXPECT_FLOAT_EQ(slice->values[1], -5.0f);
    EXPECT_FLOAT_EQ(slice->values[2], 5.0f);
    EXPECT_TRUE(std::isnan(slice->values[3]));
}

TEST_F(NetcdfReaderTest, ReadsUnsignedBytesMarkedWithUnsignedAttribute)
{
    const QString path = file("unsigned.nc");
    {
        NcBuilder b(path, NC_CLASSIC_MODEL | NC_NETCDF4);
        Simple s = simpleGrid(b, NC_BYTE);
        b.text(s.var, "_Unsigned", "true");
        b.fill(s.var, NC_BYTE, -1);  // 255 once unsigned
        b.att(s.var, "scale_factor", NC_FLOAT, {0.5});
        writeAxes(b);
        b.putRaw(s.var, std::vector<signed char>{-1, -2, -128, 127, 0, 1, 2, 3, 4, 5, 6, 7});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->variable(QStringLiteral("v"))->dtype, Data::DataType::UInt8);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_TRUE(std::isnan(slice->values[0]));
    EXPECT_FLOAT_EQ(slice->values[1], 254 * 0.5f);
    EXPECT_FLOAT_EQ(slice->values[2], 128 * 0.5f);
    EXPECT_FLOAT_EQ(slice->values[3], 127 * 0.5f);
}

TEST_F(NetcdfReaderTest, AddressesVariablesInGroupsByFullPath)
{
    const QString path = file("groups.nc");
    {
        NcBuilder b(path);
        const int x = b.dim("lon", 3);
        const int y = b.dim("lat", 2);
        auto [lon, lat] = addLonLat(b, x, y);
        const int g = b.group("data_01");
        const int sub = b.group("ku", g);
        const int ssha = b.var("ssha", NC_FLOAT, {y, x}, g);
        b.text(ssha, "units", "m");
        const int swh = b.var("swh", NC_FLOAT, {y, x}, sub);
        b.put(lon, {100, 101, 102});
        b.put(lat, {-5, 5});
        b.put(ssha, {0.1, 0.2, 0.3, 0.4, 0.5, 0.6});
        b.put(swh, {1, 2, 3, 4, 5, 6});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    const auto info = ds->variable(QStringLiteral("/data_01/ssha"));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->name, QStringLiteral("/data_01/ssha"));
    EXPECT_TRUE(info->isMappable);
    auto slice = ds->readSlice(QStringLiteral("/data_01/ssha"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_FLOAT_EQ(slice->at(2, 1), 0.6f);
    EXPECT_DOUBLE_EQ(slice->grid->lon[2], 102.0);
    auto swh = ds->readSlice(QStringLiteral("/data_01/ku/swh"), {});
    ASSERT_TRUE(swh.ok());
    EXPECT_FLOAT_EQ(swh->at(0, 1), 4.0f);
}

TEST_F(NetcdfReaderTest, ReadsCurvilinearGridsFromTheCoordinatesAttribute)
{
    const QString path = file("curvilinear.nc");
    {
        NcBuilder b(path);
        const int y = b.dim("eta", 2);
        const int x = b.dim("xi", 3);
        const int lon = b.var("glon", NC_DOUBLE, {y, x});
        b.text(lon, "units", "degrees_east");
        const int lat = b.var("glat", NC_DOUBLE, {y, x});
        b.text(lat, "units", "degrees_north");
        const int v = b.var("temp", NC_FLOAT, {y, x});
        b.text(v, "coordinates", "glat glon");
        b.put(lon, {10, 11, 12, 10.5, 11.5, 12.5});
        b.put(lat, {50, 50.2, 50.4, 51, 51.2, 51.4});
        b.put(v, {1, 2, 3, 4, 5, 6});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    EXPECT_TRUE(ds->variable(QStringLiteral("temp"))->isMappable);
    auto g = ds->grid(QStringLiteral("temp"));
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE((*g)->curvilinear);
    EXPECT_DOUBLE_EQ((*g)->lonAt(2, 1), 12.5);
    EXPECT_DOUBLE_EQ((*g)->latAt(1, 0), 50.2);
    const auto cell = Data::GridLocator(*g).nearest(11.45, 51.1);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 1);
    EXPECT_EQ(cell->iy, 1);
    const auto box = ds->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_DOUBLE_EQ(box->west, 10);
    EXPECT_DOUBLE_EQ(box->east, 12.5);
    EXPECT_DOUBLE_EQ(box->north, 51.4);
}

TEST_F(NetcdfReaderTest, KeepsZeroTo360LongitudesAndFindsNegativeOnes)
{
    const QString path = file("lon360.nc");
    {
        NcBuilder b(path);
        const int y = b.dim("lat", 2);
        const int x = b.dim("lon", 4);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_FLOAT, {y, x});
        b.put(lon, {45, 135, 225, 315});
        b.put(lat, {-45, 45});
        b.put(v, {1, 2, 3, 4, 5, 6, 7, 8});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto g = ds->grid(QStringLiteral("v"));
    ASSERT_TRUE(g.ok());
    EXPECT_DOUBLE_EQ((*g)->lon[3], 315.0);  // kept as stored
    const auto cell = Data::GridLocator(*g).nearest(-40, 40);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 3);
    const auto box = ds->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_DOUBLE_EQ(box->west, -180);
    EXPECT_DOUBLE_EQ(box->east, 180);
}

TEST_F(NetcdfReaderTest, NormalisesTheBoxOfAGridCrossingTheAntimeridian)
{
    const QString path = file("antimeridian.nc");
    {
        NcBuilder b(path);
        const int y = b.dim("lat", 2);
        const int x = b.dim("lon", 5);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_FLOAT, {y, x});
        b.put(lon, {170, 175, 180, 185, 190});
        b.put(lat, {-10, 10});
        b.put(v, std::vector<double>(10, 1.0));
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    const auto box = ds->bbox();
    ASSERT_TRUE(box.has_value());
    EXPECT_TRUE(box->crossesAntimeridian());
    EXPECT_NEAR(box->west, 167.5, 1e-9);
    EXPECT_NEAR(box->east, -167.5, 1e-9);
    EXPECT_NEAR(box->south, -20, 1e-9);
    EXPECT_TRUE(box->contains(-175, 0));
    EXPECT_FALSE(box->contains(0, 0));
    auto g = ds->grid(QStringLiteral("v"));
    ASSERT_TRUE(g.ok());
    const auto cell = Data::GridLocator(*g).nearest(-174, 5);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->ix, 3);
    EXPECT_FALSE(Data::GridLocator(*g).nearest(0, 0).has_value());
}

TEST_F(NetcdfReaderTest, KeepsDescendingLatitudeRowsInFileOrder)
{
    const QString path = file("descending.nc");
    {
        NcBuilder b(path);
        const int y = b.dim("lat", 3);
        const int x = b.dim("lon", 2);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_FLOAT, {y, x});
        b.put(lon, {0, 1});
        b.put(lat, {60, 0, -60});
        b.put(v, {1, 2, 3, 4, 5, 6});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_DOUBLE_EQ(slice->grid->lat[0], 60);
    EXPECT_FLOAT_EQ(slice->at(1, 0), 2.0f);
    const auto cell = Data::GridLocator(slice->grid).nearest(0.9, -59);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->iy, 2);
    EXPECT_DOUBLE_EQ(ds->bbox()->north, 90);
}

TEST_F(NetcdfReaderTest, ReadsDepthPositiveDownAndPressureOrHeightAxes)
{
    const QString path = file("levels.nc");
    {
        NcBuilder b(path);
        const int z = b.dim("depth", 3);
        const int p = b.dim("plev", 2);
        const int h = b.dim("alt", 2);
        const int y = b.dim("lat", 2);
        const int x = b.dim("lon", 2);
        auto [lon, lat] = addLonLat(b, x, y);
        const int depth = b.var("depth", NC_FLOAT, {z});
        b.text(depth, "units", "m");
        b.text(depth, "positive", "down");
        const int plev = b.var("plev", NC_FLOAT, {p});
        b.text(plev, "units", "hPa");
        const int alt = b.var("alt", NC_FLOAT, {h});
        b.text(alt, "units", "m");
        b.text(alt, "positive", "up");
        const int temp = b.var("temp", NC_FLOAT, {z, y, x});
        const int ta = b.var("ta", NC_FLOAT, {p, y, x});
        const int wind = b.var("wind", NC_FLOAT, {h, y, x});
        b.put(lon, {0, 1});
        b.put(lat, {0, 1});
        b.put(depth, {0, 100, 1000});
        b.put(plev, {1000, 500});
        b.put(alt, {10, 100});
        b.put(temp, {20, 20, 20, 20, 10, 10, 10, 10, 4, 4, 4, 4});
        b.put(ta, {1, 1, 1, 1, 2, 2, 2, 2});
        b.put(wind, {3, 3, 3, 3, 6, 6, 6, 6});
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto g = ds->grid(QStringLiteral("temp"));
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE((*g)->levelPositiveDown);
    EXPECT_EQ((*g)->levels, (std::vector<double>{0, 100, 1000}));
    EXPECT_EQ((*g)->levelUnits, QStringLiteral("m"));
    auto slice = ds->readSlice(QStringLiteral("temp"), {0, 2});
    ASSERT_TRUE(slice.ok());
    EXPECT_FLOAT_EQ(slice->at(1, 1), 4.0f);
    auto pg = ds->grid(QStringLiteral("ta"));
    ASSERT_TRUE(pg.ok());
    EXPECT_TRUE((*pg)->levelPositiveDown);  // pressure grows downwards
    auto hg = ds->grid(QStringLiteral("wind"));
    ASSERT_TRUE(hg.ok());
    EXPECT_FALSE((*hg)->levelPositiveDown);
    EXPECT_EQ(ds->variable(QStringLiteral("wind"))->dimensions[0].role, Data::AxisRole::Vertical);
    EXPECT_FALSE(ds->readSlice(QStringLiteral("temp"), {0, 3}).ok());
}

TEST_F(NetcdfReaderTest, FindsAxesByAttributesWhateverTheirNames)
{
    const QString path = file("oddnames.nc");
    {
        NcBuilder b(path);
        const int t = b.dim("when", 2);
        const int k = b.dim("k", 2);
        const int y = b.dim("north_south", 2);
        const int x = b.dim("east_west", 3);
        const int when = b.var("when", NC_DOUBLE, {t});
        b.text(when, "units", "hours since 2001-01-01");
        b.text(when, "axis", "T");
        const int kv = b.var("k", NC_DOUBLE, {k});
        b.text(kv, "axis", "Z");
        b.text(kv, "positive", "down");
        const int ns = b.var("north_south", NC_DOUBLE, {y});
        b.text(ns, "units", "degree_N");
        const int ew = b.var("east_west", NC_DOUBLE, {x});
        b.text(ew, "standard_name", "longitude");
        b.text(ew, "units", "degrees");
        const int v = b.var("field", NC_FLOAT, {t, k, y, x});
        b.put(when, {0, 6});
        b.put(kv, {5, 15});
        b.put(ns, {-1, 1});
        b.put(ew, {-2, 0, 2});
        std::vector<double> values(24);
        for (size_t i = 0; i < values.size(); ++i) values[i] = double(i);
        b.put(v, values);
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    const auto info = ds->variable(QStringLiteral("field"));
    ASSERT_TRUE(info && info->isMappable);
    EXPECT_EQ(info->dimensions[0].role, Data::AxisRole::Time);
    EXPECT_EQ(info->dimensions[1].role, Data::AxisRole::Vertical);
    EXPECT_EQ(info->dimensions[2].role, Data::AxisRole::Latitude);
    EXPECT_EQ(info->dimensions[3].role, Data::AxisRole::Longitude);
    ASSERT_TRUE(info->time.has_value());
    EXPECT_EQ(info->time->end, QStringLiteral("2001-01-01T06:00:00"));
    auto slice = ds->readSlice(QStringLiteral("field"), {1, 1});
    ASSERT_TRUE(slice.ok());
    EXPECT_FLOAT_EQ(slice->at(0, 0), 18.0f);
    EXPECT_TRUE(slice->grid->levelPositiveDown);
}

TEST_F(NetcdfReaderTest, TransposesVariablesStoredLonBeforeLat)
{
    const QString path = file("transposed.nc");
    {
        NcBuilder b(path);
        const int x = b.dim("lon", 3);
        const int y = b.dim("lat", 2);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_SHORT, {x, y});
        b.put(lon, {0, 1, 2});
        b.put(lat, {0, 1});
        b.put(v, {0, 10, 1, 11, 2, 12});  // v[x][y] = x + 10*y
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto slice = ds->readSlice(QStringLiteral("v"), {});
    ASSERT_TRUE(slice.ok());
    EXPECT_EQ(slice->grid->nx, 3);
    EXPECT_EQ(slice->grid->ny, 2);
    for (int x = 0; x < 3; ++x) {
        for (int y = 0; y < 2; ++y) EXPECT_FLOAT_EQ(slice->at(x, y), float(x + 10 * y));
    }
    auto v = ds->readValue(QStringLiteral("v"), 2, 1, {});
    ASSERT_TRUE(v.ok() && v->has_value());
    EXPECT_DOUBLE_EQ(**v, 12.0);
}

TEST_F(NetcdfReaderTest, ReadsATimeSeriesAtOneCell)
{
    const QString path = file("series.nc");
    {
        NcBuilder b(path);
        const int t = b.dim("time", 100);
        const int y = b.dim("lat", 2);
        const int x = b.dim("lon", 2);
        auto [lon, lat] = addLonLat(b, x, y);
        const int time = b.var("time", NC_DOUBLE, {t});
        b.text(time, "units", "days since 2000-01-01");
        const int v = b.var("v", NC_FLOAT, {t, y, x});
        b.fill(v, NC_FLOAT, -1);
        b.put(lon, {0, 1});
        b.put(lat, {0, 1});
        std::vector<double> tv(100), vv(400);
        for (int i = 0; i < 100; ++i) {
            tv[size_t(i)] = i;
            for (int c = 0; c < 4; ++c) vv[size_t(i * 4 + c)] = i == 50 ? -1 : i * 10 + c;
        }
        b.put(time, tv);
        b.put(v, vv);
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto series = ds->readTimeSeries(QStringLiteral("v"), 1, 1, 0);
    ASSERT_TRUE(series.ok());
    ASSERT_EQ(series->size(), 100u);
    EXPECT_DOUBLE_EQ((*series)[0], 3);
    EXPECT_DOUBLE_EQ((*series)[99], 993);
    EXPECT_TRUE(std::isnan((*series)[50]));
}

TEST_F(NetcdfReaderTest, ReadsSlicesConcurrentlyFromSeveralThreads)
{
    const QString path = file("threads.nc");
    const int nt = 16;
    {
        NcBuilder b(path);
        const int t = b.dim("time", size_t(nt));
        const int y = b.dim("lat", 30);
        const int x = b.dim("lon", 40);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_FLOAT, {t, y, x});
        const size_t chunks[3] = {1, 30, 40};
        NCB_CHECK(nc_def_var_chunking(b.id(), 2, NC_CHUNKED, chunks));
        NCB_CHECK(nc_def_var_deflate(b.id(), 2, 1, 1, 1));
        std::vector<double> lonv(40), latv(30), vv(size_t(nt) * 1200);
        for (int i = 0; i < 40; ++i) lonv[size_t(i)] = i;
        for (int j = 0; j < 30; ++j) latv[size_t(j)] = j;
        for (size_t i = 0; i < vv.size(); ++i) vv[i] = double(i % 1200) + 1000.0 * double(i / 1200);
        b.put(lon, lonv);
        b.put(lat, latv);
        b.put(v, vv);
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto first = ds->readSlice(QStringLiteral("v"), {3, 0});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_FLOAT_EQ(first->at(5, 2), float(2 * 40 + 5 + 1000 * 3));
    EXPECT_FLOAT_EQ(first->at(39, 29), float(29 * 40 + 39 + 1000 * 3));
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int w = 0; w < 4; ++w) {
        threads.emplace_back([&, w] {
            for (int rep = 0; rep < 5; ++rep) {
                for (int t = w; t < nt; t += 2) {
                    auto s = ds->readSlice(QStringLiteral("v"), {t, 0});
                    if (!s.ok() || s->at(5, 2) != float(2 * 40 + 5 + 1000 * t)) ++failures;
                }
            }
        });
    }
    for (auto& th : threads) th.join();
    EXPECT_EQ(failures.load(), 0);
}

TEST_F(NetcdfReaderTest, ReportsUnparseableTimeUnitsNamingFileAndVariable)
{
    const QString path = file("badtime.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_FLOAT);
        b.text(m_time, "units", "days sinse 2000-01-01");
        b.text(m_time, "standard_name", "time");
        writeAxes(b);
        b.put(s.var, std::vector<double>(12, 1.0));
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);  // the rest of the file stays usable
    auto g = ds->grid(QStringLiteral("v"));
    ASSERT_FALSE(g.ok());
    EXPECT_TRUE(g.error().where().contains(path));
    EXPECT_TRUE(g.error().where().contains(QStringLiteral("time")));
    EXPECT_TRUE(g.error().message().contains(QStringLiteral("days sinse")));
    EXPECT_FALSE(ds->readSlice(QStringLiteral("v"), {}).ok());
}

TEST_F(NetcdfReaderTest, ReportsUnknownVariablesAndNonMappableVariables)
{
    const QString path = file("unknown.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_FLOAT);
        writeAxes(b);
        b.put(s.var, std::vector<double>(12, 1.0));
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto missing = ds->readSlice(QStringLiteral("nope"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), Base::Error::Kind::NotFound);
    EXPECT_EQ(missing.error().where(), path);
    EXPECT_FALSE(ds->readSlice(QStringLiteral("lon"), {}).ok());
    EXPECT_FALSE(ds->variable(QStringLiteral("lon"))->isMappable);
    EXPECT_TRUE(ds->variable(QStringLiteral("lon"))->isCoordinate);
}

TEST_F(NetcdfReaderTest, OpensTheSameNetcdf4FileTwiceWithTheNetcdfReader)
{
    // The second probe runs while netCDF-C holds the file open; HDF5 refuses a second open
    // with another close degree, which once sent the file to the plain HDF5 reader.
    const QString path = file("twice.nc");
    {
        NcBuilder b(path);
        Simple s = simpleGrid(b, NC_FLOAT);
        writeAxes(b);
        b.put(s.var, std::vector<double>(12, 2.0));
    }
    auto first = open(path);
    ASSERT_TRUE(first);
    auto second = open(path);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->format(), QStringLiteral("netCDF-4"));
    EXPECT_TRUE(first->readSlice(QStringLiteral("v"), {}).ok());
    EXPECT_TRUE(second->readSlice(QStringLiteral("v"), {}).ok());
}

TEST_F(NetcdfReaderTest, ACorruptCompressedChunkIsAnErrorNamingTheFile)
{
    // The fast path inflates chunks itself (libdeflate): a damaged deflate stream must give an
    // error naming the file, not garbage values or a crash.
    const QString path = file("corrupt.nc");
    const size_t ny = 40, nx = 60, nt = 2;
    {
        NcBuilder b(path);
        const int t = b.dim("time", nt);
        const int y = b.dim("lat", ny);
        const int x = b.dim("lon", nx);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_FLOAT, {t, y, x});
        const size_t chunks[3] = {1, ny, nx};
        NCB_CHECK(nc_def_var_chunking(b.id(), v, NC_CHUNKED, chunks));
        NCB_CHECK(nc_def_var_deflate(b.id(), v, 1, 1, 6));
        std::vector<double> lonv(nx), latv(ny), vv(nt * ny * nx);
        for (size_t i = 0; i < nx; ++i) lonv[i] = double(i);
        for (size_t j = 0; j < ny; ++j) latv[j] = double(j) - 20;
        for (size_t i = 0; i < vv.size(); ++i) vv[i] = std::sin(double(i) * 0.01) * 10;
        b.put(lon, lonv);
        b.put(lat, latv);
        b.put(v, vv);
    }
    // Where the first step's compressed chunk lies in the file.
    haddr_t address = 0;
    hsize_t stored = 0;
    {
        const hid_t f = H5Fopen(path.toLocal8Bit().constData(), H5F_ACC_RDONLY, H5P_DEFAULT);
        ASSERT_GE(f, 0);
        const hid_t d = H5Dopen2(f, "v", H5P_DEFAULT);
        ASSERT_GE(d, 0);
        const hsize_t offset[3] = {0, 0, 0};
        unsigned mask = 0;
        ASSERT_GE(H5Dget_chunk_info_by_coord(d, offset, &mask, &address, &stored), 0);
        H5Dclose(d);
        H5Fclose(f);
    }
    ASSERT_GT(stored, 64u);
    {
        // Past the 2-byte zlib header, the middle of the deflate stream becomes 0xFF bytes.
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(qint64(address + stored / 2)));
        f.write(QByteArray(32, char(0xFF)));
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    auto damaged = ds->readSlice(QStringLiteral("v"), {0, 0});
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().where().contains(path)) << qPrintable(damaged.error().toString());
    // Caught where the chunk is inflated, not by some later size check.
    EXPECT_TRUE(damaged.error().detail().startsWith(QStringLiteral("deflate error")))
        << qPrintable(damaged.error().toString());
    // The other step's chunk is intact and still reads.
    auto intact = ds->readSlice(QStringLiteral("v"), {1, 0});
    ASSERT_TRUE(intact.ok()) << qPrintable(intact.error().toString());
    EXPECT_NEAR(intact->values[5], std::sin(double(ny * nx + 5) * 0.01) * 10, 1e-5);
}

TEST_F(NetcdfReaderTest, ChunkFastPathMatchesNetcdfC)
{
    const QString path = file("fastpath.nc");
    const size_t ny = 37, nx = 53, nt = 12;  // more than 8 steps: the series goes parallel
    {
        NcBuilder b(path);
        const int t = b.dim("time", nt);
        const int y = b.dim("lat", ny);
        const int x = b.dim("lon", nx);
        auto [lon, lat] = addLonLat(b, x, y);
        const int v = b.var("v", NC_SHORT, {t, y, x});
        const int w = b.var("w", NC_FLOAT, {t, y, x});
        // Edge chunks (37 = 2*16+5 rows) exercise the partial-chunk copy.
        const size_t chunks[3] = {1, 16, 20};
        NCB_CHECK(nc_def_var_chunking(b.id(), 2, NC_CHUNKED, chunks));
        NCB_CHECK(nc_def_var_deflate(b.id(), 2, 1, 1, 4));
        NCB_CHECK(nc_def_var_chunking(b.id(), 3, NC_CHUNKED, chunks));
        NCB_CHECK(nc_def_var_deflate(b.id(), 3, 1, 1, 1));
        NCB_CHECK(nc_def_var_fletcher32(b.id(), 3, 1));
        // One chunk per step, shuffled: unshuffled straight into the plane.
        const int s = b.var("s", NC_SHORT, {t, y, x});
        const int f = b.var("f", NC_FLOAT, {t, y, x});
        const size_t whole[3] = {1, ny, nx};
        for (int id : {s, f}) {
            NCB_CHECK(nc_def_var_chunking(b.id(), id, NC_CHUNKED, whole));
            NCB_CHECK(nc_def_var_deflate(b.id(), id, 1, 1, 2));
        }
        b.att(s, "scale_factor", NC_DOUBLE, {0.25});
        b.fill(s, NC_SHORT, -7);
        b.att(v, "scale_factor", NC_DOUBLE, {0.5});
        b.fill(v, NC_SHORT, -1);
        std::vector<double> lonv(nx), latv(ny), vv(nt * ny * nx), wv(nt * ny * nx);
        for (size_t i = 0; i < nx; ++i) lonv[i] = double(i);
        for (size_t j = 0; j < ny; ++j) latv[j] = double(j) - 18;
        for (size_t i = 0; i < vv.size(); ++i) {
            vv[i] = i % 97 == 0 ? -1 : double((i * 31) % 20000);
            wv[i] = std::sin(double(i)) * 100;
        }
        b.put(lon, lonv);
        b.put(lat, latv);
        b.put(v, vv);
        b.put(w, wv);
        for (size_t i = 0; i < vv.size(); ++i) vv[i] = i % 89 == 0 ? -7 : double((i * 17) % 3000) - 1500;
        b.put(s, vv);
        b.put(f, wv);
    }
    auto ds = open(path);
    ASSERT_TRUE(ds);
    for (const char* name : {"v", "w", "s", "f"}) {
        for (qint64 t = 0; t < qint64(nt); ++t) {
            qunsetenv("ESTRAN_NO_CHUNK_FAST_PATH");
            auto fast = ds->readSlice(QString::fromUtf8(name), {t, 0});
            qputenv("ESTRAN_NO_CHUNK_FAST_PATH", "1");
            auto plain = ds->readSlice(QString::fromUtf8(name), {t, 0});
            qunsetenv("ESTRAN_NO_CHUNK_FAST_PATH");
            ASSERT_TRUE(fast.ok()) << fast.error().toString().toStdString();
            ASSERT_TRUE(plain.ok()) << plain.error().toString().toStdString();
            ASSERT_EQ(fast->values.size(), plain->values.size());
            for (size_t i = 0; i < fast->values.size(); ++i) {
                const float a = fast->values[i];
                const float b = plain->values[i];
                ASSERT_TRUE((std::isnan(a) && std::isnan(b)) || a == b) << name << " " << t << " " << i;
            }
            EXPECT_EQ(fast->minimum, plain->minimum);
            EXPECT_EQ(fast->maximum, plain->maximum);
        }
        for (auto [ix, iy] : {std::pair{0, 0}, std::pair{52, 36}, std::pair{21, 17}}) {
            auto fast = ds->readTimeSeries(QString::fromUtf8(name), ix, iy, 0);
            qputenv("ESTRAN_NO_CHUNK_FAST_PATH", "1");
            auto plain = ds->readTimeSeries(QString::fromUtf8(name), ix, iy, 0);
            qunsetenv("ESTRAN_NO_CHUNK_FAST_PATH");
            ASSERT_TRUE(fast.ok() && plain.ok());
            ASSERT_EQ(fast->size(), nt);
            for (size_t t = 0; t < nt; ++t) {
                const double a = (*fast)[t];
                const double b = (*plain)[t];
                ASSERT_TRUE((std::isnan(a) && std::isnan(b)) || a == b) << name << " " << ix << "," << iy << " " << t;
            }
        }
    }
}
