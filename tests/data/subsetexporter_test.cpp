// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"
#include "estran/data/subsetexporter.h"
#include "estran/data/subsetplan.h"

#include "ncbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gdal.h>
#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Data;
using Estran::Test::NcBuilder;

namespace {

/// A 3-step field on a regular grid whose value encodes its cell: v = 1000*t + lon + lat/1000.
QString writeGrid(const QTemporaryDir& dir, const std::vector<double>& lons, const std::vector<double>& lats,
                  const char* calendar = "standard", bool packed = false)
{
    const QString path = dir.filePath(QStringLiteral("grid.nc"));
    NcBuilder b(path);
    const int t = b.dim("time", 3), y = b.dim("lat", lats.size()), x = b.dim("lon", lons.size());
    auto [lon, lat] = Estran::Test::addLonLat(b, x, y);
    const int time = b.var("time", NC_DOUBLE, {t});
    b.text(time, "units", "days since 1850-01-01");
    b.text(time, "calendar", calendar);
    const int v = b.var("sst", packed ? NC_SHORT : NC_FLOAT, {t, y, x});
    b.text(v, "units", "degree_Celsius");
    b.text(v, "long_name", "test field");
    if (packed) {
        b.att(v, "scale_factor", NC_FLOAT, {0.5});
        b.att(v, "add_offset", NC_FLOAT, {10.0});
        b.fill(v, NC_SHORT, -32767);
    }
    b.put(lon, lons);
    b.put(lat, lats);
    b.put(time, {58, 59, 60});  // 1850-02-29, -02-30 in 360_day; 1850-02-28.. in standard
    std::vector<double> values;
    for (int k = 0; k < 3; ++k) {
        for (double la : lats) {
            for (double lo : lons) {
                const double decoded = packed ? 10.0 + 0.5 * (k * 10 + int(lo) % 7) : 1000.0 * k + lo + la / 1000.0;
                values.push_back(packed ? (decoded - 10.0) / 0.5 : decoded);
            }
        }
    }
    b.put(v, values);
    b.close();
    return path;
}

std::vector<double> range(double from, double to, double step)
{
    std::vector<double> v;
    for (double x = from; x <= to + 1e-9; x += step) v.push_back(x);
    return v;
}

struct Exported {
    std::vector<double> lon, lat, time;
    std::vector<float> values;
};

/// Reads the exported file back with netCDF-C itself.
Exported readBack(const QString& path)
{
    Exported e;
    int nc = -1;
    EXPECT_EQ(nc_open(path.toLocal8Bit().constData(), NC_NOWRITE, &nc), NC_NOERR);
    const auto read1d = [nc](const char* name, std::vector<double>& out) {
        int v = -1, dim = -1;
        size_t n = 0;
        if (nc_inq_varid(nc, name, &v) != NC_NOERR) return;
        nc_inq_vardimid(nc, v, &dim);
        nc_inq_dimlen(nc, dim, &n);
        out.resize(n);
        nc_get_var_double(nc, v, out.data());
    };
    read1d("lon", e.lon);
    read1d("lat", e.lat);
    read1d("time", e.time);
    int v = -1;
    EXPECT_EQ(nc_inq_varid(nc, "sst", &v), NC_NOERR);
    e.values.resize(std::max<size_t>(e.time.size(), 1) * e.lon.size() * e.lat.size());
    EXPECT_EQ(nc_get_var_float(nc, v, e.values.data()), NC_NOERR);
    nc_close(nc);
    return e;
}

Base::Result<void> exportSubset(const QString& source, const SubsetRequest& request, const QString& out,
                                Base::Feedback* feedback = nullptr)
{
    auto ds = ReaderRegistry::instance().open(source);
    if (!ds) return ds.error();
    auto plan = SubsetPlan::make(**ds, request);
    if (!plan) return plan.error();
    return SubsetExporter::write(**ds, *plan, out, QStringLiteral("test"), feedback);
}

SubsetRequest sstIn(double w, double s, double e, double n)
{
    SubsetRequest r;
    r.variables = {QStringLiteral("sst")};
    r.box = Base::GeoBox{w, s, e, n};
    return r;
}

}  // namespace

TEST(SubsetExporter, KeepsSourceValuesAndCoordinatesInNetcdf)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(-180, 170, 10), range(-80, 80, 10));
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, sstIn(-20, -10, 20, 10), out).ok());
    const Exported e = readBack(out);
    EXPECT_EQ(e.lon, (std::vector<double>{-20, -10, 0, 10, 20}));
    EXPECT_EQ(e.lat, (std::vector<double>{-10, 0, 10}));
    ASSERT_EQ(e.values.size(), 3u * 5u * 3u);
    EXPECT_FLOAT_EQ(e.values[0], float(-20 + -10 / 1000.0));
    EXPECT_FLOAT_EQ(e.values[2 * 15 + 2 * 5 + 4], float(2000 + 20 + 10 / 1000.0));
}

TEST(SubsetExporter, CutsA0To360GridAcrossGreenwichIntoOneRun)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 350, 10), range(-10, 10, 10));
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, sstIn(-20, -10, 20, 10), out).ok());
    const Exported e = readBack(out);
    EXPECT_EQ(e.lon, (std::vector<double>{340, 350, 0, 10, 20}));
    EXPECT_FLOAT_EQ(e.values[0], float(340 - 10 / 1000.0));
    EXPECT_FLOAT_EQ(e.values[2], float(0 - 10 / 1000.0));
}

TEST(SubsetExporter, CutsABoxAcrossTheAntimeridian)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(-180, 170, 10), range(-10, 10, 10));
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, sstIn(160, -10, -160, 10), out).ok());
    EXPECT_EQ(readBack(out).lon, (std::vector<double>{160, 170, -180, -170, -160}));
}

TEST(SubsetExporter, SelectsDatesOfA360DayCalendar)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 30, 10), range(0, 10, 10), "360_day");
    SubsetRequest r = sstIn(0, 0, 30, 10);
    r.timeStart = QStringLiteral("1850-02-30");  // day 59
    r.timeEnd = QStringLiteral("1850-02-30");
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, r, out).ok());
    const Exported e = readBack(out);
    EXPECT_EQ(e.time, std::vector<double>{59});
    int nc = -1;
    ASSERT_EQ(nc_open(out.toLocal8Bit().constData(), NC_NOWRITE, &nc), NC_NOERR);
    int t = -1;
    nc_inq_varid(nc, "time", &t);
    char calendar[32] = {};
    nc_get_att_text(nc, t, "calendar", calendar);
    nc_close(nc);
    EXPECT_STREQ(calendar, "360_day");
}

TEST(SubsetExporter, WritesPackedVariablesAsTheirDecodedValues)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 30, 10), range(0, 10, 10), "standard", true);
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, sstIn(0, 0, 30, 10), out).ok());
    const Exported e = readBack(out);
    EXPECT_FLOAT_EQ(e.values[1], float(10.0 + 0.5 * (10 % 7)));
    int nc = -1;
    ASSERT_EQ(nc_open(out.toLocal8Bit().constData(), NC_NOWRITE, &nc), NC_NOERR);
    int v = -1;
    nc_inq_varid(nc, "sst", &v);
    EXPECT_NE(nc_inq_att(nc, v, "units", nullptr, nullptr), NC_ENOTATT);
    EXPECT_EQ(nc_inq_att(nc, v, "scale_factor", nullptr, nullptr), NC_ENOTATT);
    nc_close(nc);
}

TEST(SubsetExporter, ReadsTheSameInAnIndependentReader)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 350, 10), range(-10, 10, 10));
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, sstIn(-20, -10, 20, 10), out).ok());
    // python3-netcdf4 (Debian) decodes the file on its own.
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import json,sys,netCDF4 as n; d=n.Dataset(sys.argv[1]); "
                             "print(json.dumps({'lon':[float(x) for x in d['lon'][:]], 'v':float(d['sst'][1,0,2])}))"),
              out});
    ASSERT_TRUE(py.waitForFinished(60000));
    ASSERT_EQ(py.exitCode(), 0) << py.readAllStandardError().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
    EXPECT_EQ(o.value(QStringLiteral("lon")).toArray(), (QJsonArray{340, 350, 0, 10, 20}));
    EXPECT_NEAR(o.value(QStringLiteral("v")).toDouble(), 1000 + 0 - 10 / 1000.0, 1e-3);
}

TEST(SubsetExporter, WritesAGeoreferencedBandPerStep)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 350, 10), range(-20, 20, 10));
    const QString out = dir.filePath(QStringLiteral("out.tif"));
    ASSERT_TRUE(exportSubset(src, sstIn(-20, -10, 20, 10), out).ok());
    GDALAllRegister();
    GDALDatasetH ds = GDALOpen(out.toLocal8Bit().constData(), GA_ReadOnly);
    ASSERT_NE(ds, nullptr);
    EXPECT_EQ(GDALGetRasterCount(ds), 3);
    EXPECT_EQ(GDALGetRasterXSize(ds), 5);
    double gt[6];
    GDALGetGeoTransform(ds, gt);
    EXPECT_DOUBLE_EQ(gt[0], 335);  // west edge of the 340° cell
    EXPECT_DOUBLE_EQ(gt[3], 15);   // north edge of the 10°N row: north up
    float topLeft = 0;
    ASSERT_EQ(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 0, 0, 1, 1, &topLeft, 1, 1, GDT_Float32, 0, 0), CE_None);
    EXPECT_FLOAT_EQ(topLeft, float(340 + 10 / 1000.0));
    GDALClose(ds);
}

TEST(SubsetExporter, WritesAPointTimeSeriesAndAnAreaMeanAsCsv)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 30, 10), range(0, 0, 10));
    const QString point = dir.filePath(QStringLiteral("point.csv"));
    ASSERT_TRUE(exportSubset(src, sstIn(11, 0, 11, 0), point).ok());
    QFile f(point);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("time,sst (degree_Celsius)"));
    EXPECT_EQ(lines[1], QStringLiteral("1850-02-28T00:00:00,10"));
    const QString area = dir.filePath(QStringLiteral("area.csv"));
    ASSERT_TRUE(exportSubset(src, sstIn(0, 0, 30, 0), area).ok());
    QFile g(area);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(g.readAll()).split(u'\n').value(1), QStringLiteral("1850-02-28T00:00:00,15"));
}

TEST(SubsetExporter, SaysClearlyWhenTheAreaHoldsNoCell)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 30, 10), range(0, 10, 10));
    auto r = exportSubset(src, sstIn(100, 50, 120, 60), dir.filePath(QStringLiteral("out.nc")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("no cell"))) << r.error().toString().toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.nc"))));
}

TEST(SubsetExporter, ACancelledExportLeavesNoFile)
{
    QTemporaryDir dir;
    const QString src = writeGrid(dir, range(0, 350, 10), range(-80, 80, 10));
    Base::Feedback feedback;
    feedback.cancel();
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    auto r = exportSubset(src, sstIn(-180, -90, 180, 90), out, &feedback);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::Cancelled);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, QStringList{QStringLiteral("grid.nc")});
}

TEST(SubsetExporter, KeepsTheCellsInsideAPolygonAndWritesTheOthersAsFill)
{
    QTemporaryDir dir;
    // On a 0..360 grid; the ring is given in -180..180 degrees east, as the selection map draws it.
    const QString src = writeGrid(dir, range(0, 350, 10), range(-80, 80, 10));
    SubsetRequest r;
    r.variables = {QStringLiteral("sst")};
    r.polygon = {QPointF(-20, 0), QPointF(40, 0), QPointF(-20, 40)};
    const QString out = dir.filePath(QStringLiteral("triangle.nc"));
    ASSERT_TRUE(exportSubset(src, r, out).ok());
    const Exported e = readBack(out);
    EXPECT_EQ(e.lon, (std::vector<double>{340, 350, 0, 10, 20, 30, 40}));
    EXPECT_EQ(e.lat, (std::vector<double>{0, 10, 20, 30, 40}));
    ASSERT_EQ(e.values.size(), 3u * 7u * 5u);
    for (size_t j = 0; j < e.lat.size(); ++j) {
        for (size_t i = 0; i < e.lon.size(); ++i) {
            const double lon = e.lon[i] > 180 ? e.lon[i] - 360 : e.lon[i];
            // Inside the triangle (edges included) when below its hypotenuse: lon + 1.5 lat <= 40.
            const bool inside = lon + 1.5 * e.lat[j] <= 40 + 1e-9;
            const float v = e.values[2 * 35 + j * 7 + i];
            if (inside) EXPECT_FLOAT_EQ(v, float(2000 + e.lon[i] + e.lat[j] / 1000.0)) << lon << "," << e.lat[j];
            else EXPECT_FLOAT_EQ(v, NC_FILL_FLOAT) << lon << "," << e.lat[j];
        }
    }

    SubsetRequest tooFew = r;
    tooFew.polygon.removeLast();
    auto ds = ReaderRegistry::instance().open(src);
    ASSERT_TRUE(ds.ok());
    auto refused = SubsetPlan::make(**ds, tooFew);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("three"))) << refused.error().message().toStdString();
}

TEST(SubsetExporter, KeepsTheCellBoundsOfTheSelectedCells)
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("bounded.nc"));
    {
        NcBuilder b(src);
        const int t = b.dim("time", 3), y = b.dim("lat", 4), x = b.dim("lon", 6), nv = b.dim("nv", 2);
        auto [lon, lat] = Estran::Test::addLonLat(b, x, y);
        const int lonB = b.var("lon_bnds", NC_DOUBLE, {x, nv});
        const int latB = b.var("lat_bnds", NC_DOUBLE, {y, nv});
        b.text(lon, "bounds", "lon_bnds");
        b.text(lat, "bounds", "lat_bnds");
        const int time = b.var("time", NC_DOUBLE, {t});
        b.text(time, "units", "days since 2000-01-01");
        b.text(time, "bounds", "time_bnds");
        const int timeB = b.var("time_bnds", NC_DOUBLE, {t, nv});
        const int v = b.var("sst", NC_FLOAT, {t, y, x});
        b.put(lon, {5, 15, 25, 35, 45, 55});
        b.put(lat, {-15, -5, 5, 15});
        b.put(lonB, {0, 10, 10, 20, 20, 30, 30, 40, 40, 50, 50, 60});
        b.put(latB, {-20, -10, -10, 0, 0, 10, 10, 20});
        b.put(time, {15.5, 45, 74.5});  // monthly means, mid-month
        b.put(timeB, {0, 31, 31, 60, 60, 91});
        b.put(v, std::vector<double>(3 * 4 * 6, 1.0));
        b.close();
    }
    SubsetRequest r = sstIn(10, -10, 40, 10);
    r.timeStart = QStringLiteral("2000-02-01");
    const QString out = dir.filePath(QStringLiteral("out.nc"));
    ASSERT_TRUE(exportSubset(src, r, out).ok());

    int nc = -1;
    ASSERT_EQ(nc_open(out.toLocal8Bit().constData(), NC_NOWRITE, &nc), NC_NOERR);
    const auto read = [nc](const char* name) {
        int v = -1;
        std::vector<double> values(64, NAN);
        EXPECT_EQ(nc_inq_varid(nc, name, &v), NC_NOERR) << name;
        if (v >= 0) nc_get_var_double(nc, v, values.data());
        return values;
    };
    const auto attribute = [nc](const char* var, const char* name) {
        int v = -1;
        nc_inq_varid(nc, var, &v);
        char text[64] = {};
        nc_get_att_text(nc, v, name, text);
        return std::string(text);
    };
    const std::vector<double> lonB = read("lon_bnds"), latB = read("lat_bnds"), timeB = read("time_bnds");
    EXPECT_EQ(std::vector<double>(lonB.begin(), lonB.begin() + 6), (std::vector<double>{10, 20, 20, 30, 30, 40}));
    EXPECT_EQ(std::vector<double>(latB.begin(), latB.begin() + 4), (std::vector<double>{-10, 0, 0, 10}));
    EXPECT_EQ(std::vector<double>(timeB.begin(), timeB.begin() + 4), (std::vector<double>{31, 60, 60, 91}));
    EXPECT_EQ(attribute("lon", "bounds"), "lon_bnds");
    EXPECT_EQ(attribute("time", "bounds"), "time_bnds");
    nc_close(nc);
    // ncdump, an independent reader, sees the same.
    QProcess ncdump;
    ncdump.start(QStringLiteral("ncdump"), {QStringLiteral("-v"), QStringLiteral("lat_bnds"), out});
    ASSERT_TRUE(ncdump.waitForFinished(20000));
    EXPECT_TRUE(ncdump.readAllStandardOutput().contains("lat_bnds =\n  -10, 0,\n  0, 10 ;"));
}
