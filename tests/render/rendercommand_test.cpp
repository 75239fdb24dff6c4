// SPDX-License-Identifier: GPL-3.0-or-later
// `estran-cli render` end to end: a CF netCDF file written here with netCDF-C, the real binary
// run through QProcess, pixels of the PNG it writes checked against the colour map.
#include "estran/render/colormap.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <netcdf.h>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

using Estran::Render::Colormap;

namespace {

#define NC_OK(call) ASSERT_EQ((call), NC_NOERR) << nc_strerror(call)

// sst(time=2, lat=90 descending, lon=180 in 0..360): step 0 is 0 south of the equator and 10
// north of it, step 1 is 5 everywhere; a fill patch at 200..240°E, 10..30°S in both steps.
void writeFile(const QString& path)
{
    int nc = 0, dTime = 0, dLat = 0, dLon = 0, vTime = 0, vLat = 0, vLon = 0, vSst = 0;
    NC_OK(nc_create(QFile::encodeName(path).constData(), NC_CLOBBER | NC_NETCDF4, &nc));
    NC_OK(nc_def_dim(nc, "time", 2, &dTime));
    NC_OK(nc_def_dim(nc, "lat", 90, &dLat));
    NC_OK(nc_def_dim(nc, "lon", 180, &dLon));
    NC_OK(nc_def_var(nc, "time", NC_DOUBLE, 1, &dTime, &vTime));
    NC_OK(nc_def_var(nc, "lat", NC_DOUBLE, 1, &dLat, &vLat));
    NC_OK(nc_def_var(nc, "lon", NC_DOUBLE, 1, &dLon, &vLon));
    const int dims[3] = {dTime, dLat, dLon};
    NC_OK(nc_def_var(nc, "sst", NC_FLOAT, 3, dims, &vSst));
    auto text = [&](int var, const char* name, const char* value) {
        return nc_put_att_text(nc, var, name, std::strlen(value), value);
    };
    NC_OK(text(vTime, "units", "days since 2000-01-01 00:00:00"));
    NC_OK(text(vTime, "calendar", "standard"));
    NC_OK(text(vTime, "standard_name", "time"));
    NC_OK(text(vLat, "units", "degrees_north"));
    NC_OK(text(vLat, "standard_name", "latitude"));
    NC_OK(text(vLon, "units", "degrees_east"));
    NC_OK(text(vLon, "standard_name", "longitude"));
    NC_OK(text(vSst, "units", "degC"));
    NC_OK(text(vSst, "long_name", "sea surface temperature"));
    const float fill = -999.0f;
    NC_OK(nc_put_att_float(nc, vSst, "_FillValue", NC_FLOAT, 1, &fill));
    NC_OK(nc_enddef(nc));
    const double times[2] = {0.0, 1.0};
    std::vector<double> lat(90), lon(180);
    for (int j = 0; j < 90; ++j) lat[size_t(j)] = 89.0 - 2.0 * j;
    for (int i = 0; i < 180; ++i) lon[size_t(i)] = 1.0 + 2.0 * i;
    NC_OK(nc_put_var_double(nc, vTime, times));
    NC_OK(nc_put_var_double(nc, vLat, lat.data()));
    NC_OK(nc_put_var_double(nc, vLon, lon.data()));
    std::vector<float> sst(2 * 90 * 180);
    for (int t = 0; t < 2; ++t) {
        for (int j = 0; j < 90; ++j) {
            for (int i = 0; i < 180; ++i) {
                float v = t == 0 ? (lat[size_t(j)] > 0 ? 10.0f : 0.0f) : 5.0f;
                if (lon[size_t(i)] > 200 && lon[size_t(i)] < 240 && lat[size_t(j)] > -30 &&
                    lat[size_t(j)] < -10)
                    v = fill;
                sst[size_t(t) * 90 * 180 + size_t(j) * 180 + size_t(i)] = v;
            }
        }
    }
    NC_OK(nc_put_var_float(nc, vSst, sst.data()));
    NC_OK(nc_close(nc));
}

struct CliRun {
    int exitCode = -1;
    QString stdErr;
};

CliRun runCli(const QStringList& args)
{
    QProcess p;
    // A private runtime dir keeps Qt's "XDG_RUNTIME_DIR not set" notice off stderr, which
    // the tests read.
    static QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ESTRAN_CLI_PATH), QStringList{QStringLiteral("render")} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardError())};
}

// Bounding box of non-white pixels in the map band (title and colour bar excluded by the
// caller's choice of options).
QRect mapBox(const QImage& img)
{
    int x0 = img.width(), y0 = img.height(), x1 = -1, y1 = -1;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (img.pixelColor(x, y) != QColor(Qt::white)) {
                x0 = std::min(x0, x), x1 = std::max(x1, x);
                y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

QPoint pixelOf(const QRect& box, double lon, double lat)
{
    if (lon > 180) lon -= 360;
    return {box.left() + int((lon + 180.0) / 360.0 * box.width()),
            box.top() + int((90.0 - lat) / 180.0 * box.height())};
}

class RenderCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("sst.nc"));
        writeFile(m_file);
    }
    QTemporaryDir m_dir;
    QString m_file;
};

}  // namespace

TEST_F(RenderCommand, WritesAPngWhosePixelsFollowTheData)
{
    const QString out = m_dir.filePath(QStringLiteral("map.png"));
    const CliRun r = runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                          QStringLiteral("--range"), QStringLiteral("0"), QStringLiteral("10"),
                          QStringLiteral("--no-coastlines"), QStringLiteral("--no-graticule"),
                          QStringLiteral("--no-colorbar"), QStringLiteral("--title"), QString(),
                          QStringLiteral("--size"), QStringLiteral("500x300"),
                          QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.stdErr);
    QImage img(out);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(img.size(), QSize(500, 300));
    const QRect box = mapBox(img);
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    // First time step: north = 10 (top of the scale), south = 0 (bottom), north is up.
    EXPECT_EQ(img.pixelColor(pixelOf(box, 30, 45)), viridis.at(1.0));
    EXPECT_EQ(img.pixelColor(pixelOf(box, -100, -45)), viridis.at(0.0));
    // The fill patch (200..240°E = 160..120°W) shows the default fill grey.
    EXPECT_EQ(img.pixelColor(pixelOf(box, 220, -20)), QColor(200, 200, 200));
}

TEST_F(RenderCommand, PicksTheNearestTimeStep)
{
    const QString out = m_dir.filePath(QStringLiteral("t1.png"));
    const CliRun r = runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                          QStringLiteral("--time"), QStringLiteral("2000-01-01T20:00"),
                          QStringLiteral("--range"), QStringLiteral("0"), QStringLiteral("10"),
                          QStringLiteral("--colormap"), QStringLiteral("thermal"),
                          QStringLiteral("--no-coastlines"), QStringLiteral("--no-graticule"),
                          QStringLiteral("--no-colorbar"), QStringLiteral("--title"), QString(),
                          QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.stdErr);
    QImage img(out);
    ASSERT_FALSE(img.isNull());
    const QRect box = mapBox(img);
    const QColor mid = Colormap::byName(QStringLiteral("thermal"))->at(0.5);
    EXPECT_EQ(img.pixelColor(pixelOf(box, 30, 45)), mid);
    EXPECT_EQ(img.pixelColor(pixelOf(box, -100, -45)), mid);
}

TEST_F(RenderCommand, DecoratedPolarMapRenders)
{
    const QString out = m_dir.filePath(QStringLiteral("polar.png"));
    const CliRun r = runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                          QStringLiteral("--projection"), QStringLiteral("south-polar-stereo"),
                          QStringLiteral("--colormap"), QStringLiteral("balance"),
                          QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.stdErr);
    EXPECT_EQ(QImage(out).size(), QSize(1200, 700));
}

TEST_F(RenderCommand, UnknownVariableFailsWithOneLineNamingTheFile)
{
    const QString out = m_dir.filePath(QStringLiteral("none.png"));
    const CliRun r = runCli({m_file, QStringLiteral("--var"), QStringLiteral("chlorophyll"),
                          QStringLiteral("--out"), out});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.stdErr.startsWith(m_file)) << qPrintable(r.stdErr);
    EXPECT_EQ(r.stdErr.trimmed().count(u'\n'), 0) << qPrintable(r.stdErr);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(RenderCommand, BadOptionsAreUsageErrors)
{
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    EXPECT_EQ(runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                      QStringLiteral("--projection"), QStringLiteral("gnomonic"),
                      QStringLiteral("--out"), out})
                  .exitCode,
              1);
    EXPECT_EQ(runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                      QStringLiteral("--size"), QStringLiteral("12x"), QStringLiteral("--out"), out})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                      QStringLiteral("--range"), QStringLiteral("5"), QStringLiteral("--out"), out})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(RenderCommand, CentralLongitudeMovesTheMap)
{
    const QString out = m_dir.filePath(QStringLiteral("pacific.png"));
    const CliRun r = runCli({m_file, QStringLiteral("--var"), QStringLiteral("sst"),
                             QStringLiteral("--lon0"), QStringLiteral("180"),
                             QStringLiteral("--no-coastlines"), QStringLiteral("--no-graticule"),
                             QStringLiteral("--no-colorbar"), QStringLiteral("--title"), QString(),
                             QStringLiteral("--size"), QStringLiteral("500x300"),
                             QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.stdErr);
    QImage img(out);
    ASSERT_FALSE(img.isNull());
    const QRect box = mapBox(img);
    // The map now runs from 0°E on the left to 360°E on the right: the fill patch
    // (200..240°E, 10..30°S) sits right of the centre.
    const QPoint patch(box.left() + int(220.0 / 360.0 * box.width()),
                       box.top() + int((90.0 + 20.0) / 180.0 * box.height()));
    EXPECT_EQ(img.pixelColor(patch), QColor(200, 200, 200));
    const QPoint mirrored(box.left() + int(40.0 / 360.0 * box.width()), patch.y());
    EXPECT_NE(img.pixelColor(mirrored), QColor(200, 200, 200));
}
