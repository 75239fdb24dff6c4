// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built estran-cli on generated files and checks its JSON contracts.
#include "ncbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

using Estran::Test::addLonLat;
using Estran::Test::NcBuilder;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"));
    p.setArguments(args);
    // English messages whatever the machine's locale.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start();
    EXPECT_TRUE(p.waitForFinished(120000));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("cli.nc"));
        NcBuilder b(m_path);
        const int t = b.dim("time", 3);
        const int y = b.dim("lat", 2);
        const int x = b.dim("lon", 4);
        auto [lon, lat] = addLonLat(b, x, y);
        const int time = b.var("time", NC_DOUBLE, {t});
        b.text(time, "units", "days since 1850-01-01");
        b.text(time, "calendar", "360_day");
        const int v = b.var("sla", NC_SHORT, {t, y, x});
        b.att(v, "scale_factor", NC_DOUBLE, {0.001});
        b.att(v, "add_offset", NC_DOUBLE, {0.25});
        b.fill(v, NC_SHORT, -32767);
        b.text(v, "units", "m");
        b.text(v, "standard_name", "sea_surface_height_above_sea_level");
        b.text(v, "long_name", "Sea level anomaly");
        const int g = b.group("data_01");
        const int ssha = b.var("ssha", NC_FLOAT, {y, x}, g);
        b.put(lon, {0, 90, 180, 270});
        b.put(lat, {-30, 30});
        b.put(time, {0, 59, 120});
        std::vector<short> raw(24);
        for (size_t i = 0; i < raw.size(); ++i) raw[i] = short(100 * i + 7);
        raw[5] = -32767;
        b.putRaw(v, raw);
        b.put(ssha, {1, 2, 3, 4, 5, 6, 7, 8});
    }

    QTemporaryDir m_dir;
    QString m_path;
};

}  // namespace

TEST_F(CliTest, InfoPrintsTheJsonContract)
{
    const CliRun r = cli({QStringLiteral("info"), m_path, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("path")).toString(), m_path);
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("netCDF-4"));
    const QJsonArray bbox = o.value(QStringLiteral("bbox")).toArray();
    ASSERT_EQ(bbox.size(), 4);
    EXPECT_DOUBLE_EQ(bbox[0].toDouble(), -180);
    EXPECT_DOUBLE_EQ(bbox[1].toDouble(), -60);  // rows at ±30° span half a spacing more
    EXPECT_DOUBLE_EQ(bbox[2].toDouble(), 180);
    EXPECT_DOUBLE_EQ(bbox[3].toDouble(), 60);
    QJsonObject sla, ssha, lon;
    for (const QJsonValue& v : o.value(QStringLiteral("variables")).toArray()) {
        const QString name = v[QStringLiteral("name")].toString();
        if (name == u"sla") sla = v.toObject();
        if (name == u"/data_01/ssha") ssha = v.toObject();
        if (name == u"lon") lon = v.toObject();
    }
    ASSERT_FALSE(sla.isEmpty());
    ASSERT_FALSE(ssha.isEmpty()) << r.out.toStdString();
    for (const char* key : {"name", "dimensions", "shape", "dtype", "units", "standard_name",
                            "long_name", "time"})
        EXPECT_TRUE(sla.contains(QString::fromUtf8(key))) << key;
    EXPECT_EQ(sla[QStringLiteral("dimensions")].toArray(),
              (QJsonArray{QStringLiteral("time"), QStringLiteral("lat"), QStringLiteral("lon")}));
    EXPECT_EQ(sla[QStringLiteral("shape")].toArray(), (QJsonArray{3, 2, 4}));
    EXPECT_EQ(sla[QStringLiteral("dtype")].toString(), QStringLiteral("int16"));
    EXPECT_EQ(sla[QStringLiteral("units")].toString(), QStringLiteral("m"));
    EXPECT_EQ(sla[QStringLiteral("long_name")].toString(), QStringLiteral("Sea level anomaly"));
    const QJsonObject t = sla[QStringLiteral("time")].toObject();
    EXPECT_EQ(t[QStringLiteral("start")].toString(), QStringLiteral("1850-01-01T00:00:00"));
    EXPECT_EQ(t[QStringLiteral("end")].toString(), QStringLiteral("1850-05-01T00:00:00"));
    EXPECT_EQ(t[QStringLiteral("count")].toInt(), 3);
    EXPECT_EQ(t[QStringLiteral("calendar")].toString(), QStringLiteral("360_day"));
    EXPECT_TRUE(ssha[QStringLiteral("time")].isNull());
    EXPECT_TRUE(lon[QStringLiteral("time")].isNull());
}

TEST_F(CliTest, InfoPrintsReadableText)
{
    const CliRun r = cli({QStringLiteral("info"), m_path});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("sla(time, lat, lon)"));
    EXPECT_TRUE(r.out.contains("360_day"));
}

TEST_F(CliTest, SampleReturnsTheExactDecodedValueOfAPackedVariable)
{
    // lon 95 → cell 90 (index 1), lat 20 → row 1, time 1850-02-30 is day 59 (index 1).
    const CliRun r = cli({QStringLiteral("sample"), m_path, QStringLiteral("--var"), QStringLiteral("sla"),
                       QStringLiteral("--lon"), QStringLiteral("95"), QStringLiteral("--lat"),
                       QStringLiteral("20"), QStringLiteral("--time"), QStringLiteral("1850-02-30"),
                       QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    const int flat = 1 * 8 + 1 * 4 + 1;
    EXPECT_DOUBLE_EQ(o[QStringLiteral("value")].toDouble(), short(100 * flat + 7) * 0.001 + 0.25);
    EXPECT_EQ(o[QStringLiteral("units")].toString(), QStringLiteral("m"));
    EXPECT_DOUBLE_EQ(o[QStringLiteral("lon")].toDouble(), 90);
    EXPECT_DOUBLE_EQ(o[QStringLiteral("lat")].toDouble(), 30);
    EXPECT_EQ(o[QStringLiteral("time")].toString(), QStringLiteral("1850-02-30T00:00:00"));
    EXPECT_TRUE(o[QStringLiteral("depth")].isNull());
}

TEST_F(CliTest, SampleReturnsNullOnFillAndComparesLongitudesModulo360)
{
    // Cell index 5 (time 0, row 1, column 1 → lon 90) holds the fill value; -270 ≡ 90.
    const CliRun r = cli({QStringLiteral("sample"), m_path, QStringLiteral("--var=sla"),
                       QStringLiteral("--lon=-270"), QStringLiteral("--lat=29"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_TRUE(o[QStringLiteral("value")].isNull());
    EXPECT_DOUBLE_EQ(o[QStringLiteral("lon")].toDouble(), 90);
    EXPECT_EQ(o[QStringLiteral("time")].toString(), QStringLiteral("1850-01-01T00:00:00"));
}

TEST_F(CliTest, SampleReadsVariablesInGroups)
{
    const CliRun r = cli({QStringLiteral("sample"), m_path, QStringLiteral("--var"),
                       QStringLiteral("/data_01/ssha"), QStringLiteral("--lon"), QStringLiteral("270"),
                       QStringLiteral("--lat"), QStringLiteral("-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_DOUBLE_EQ(r.json()[QStringLiteral("value")].toDouble(), 4.0);
    EXPECT_TRUE(r.json()[QStringLiteral("time")].isNull());
}

TEST_F(CliTest, SampleRejectsADateThatDoesNotExistInTheCalendar)
{
    const CliRun r = cli({QStringLiteral("sample"), m_path, QStringLiteral("--var"), QStringLiteral("sla"),
                       QStringLiteral("--lon"), QStringLiteral("0"), QStringLiteral("--lat"),
                       QStringLiteral("0"), QStringLiteral("--time"), QStringLiteral("1850-01-31")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("360_day")) << r.err.toStdString();
}

TEST_F(CliTest, ErrorsAreOneLineNamingTheFile)
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.nc"));
    const CliRun r = cli({QStringLiteral("info"), missing});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(missing.toLocal8Bit() + ": ")) << r.err.toStdString();

    const CliRun v = cli({QStringLiteral("sample"), m_path, QStringLiteral("--var"), QStringLiteral("nope"),
                       QStringLiteral("--lon"), QStringLiteral("0"), QStringLiteral("--lat"), QStringLiteral("0")});
    EXPECT_NE(v.exitCode, 0);
    EXPECT_EQ(v.err.count('\n'), 1);
    EXPECT_TRUE(v.err.contains(m_path.toLocal8Bit()));
    EXPECT_TRUE(v.err.contains("nope"));
}

TEST_F(CliTest, EveryCommandHasHelp)
{
    for (const char* cmd : {"info", "sample", "demo"}) {
        const CliRun r = cli({QString::fromUtf8(cmd), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << cmd;
        EXPECT_TRUE(r.out.contains("--json") || r.out.contains("--out")) << cmd;
    }
    EXPECT_NE(cli({QStringLiteral("frobnicate")}).exitCode, 0);
}

TEST_F(CliTest, DemoWritesAFileThatInfoAndSampleRead)
{
    const QString out = m_dir.filePath(QStringLiteral("demo.nc"));
    const CliRun d = cli({QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--days"),
                       QStringLiteral("3"), QStringLiteral("--resolution"), QStringLiteral("2"),
                       QStringLiteral("--quiet")});
    ASSERT_EQ(d.exitCode, 0) << d.err.toStdString();
    const CliRun i = cli({QStringLiteral("info"), out, QStringLiteral("--json")});
    ASSERT_EQ(i.exitCode, 0);
    bool sawSst = false;
    for (const QJsonValue& v : i.json()[QStringLiteral("variables")].toArray()) {
        if (v[QStringLiteral("name")].toString() != u"sst") continue;
        sawSst = true;
        EXPECT_EQ(v[QStringLiteral("shape")].toArray(), (QJsonArray{3, 90, 180}));
        EXPECT_EQ(v[QStringLiteral("standard_name")].toString(), QStringLiteral("sea_surface_temperature"));
        EXPECT_EQ(v[QStringLiteral("time")][QStringLiteral("end")].toString(), QStringLiteral("2020-01-03T00:00:00"));
    }
    EXPECT_TRUE(sawSst);
    const CliRun ice = cli({QStringLiteral("sample"), out, QStringLiteral("--var"), QStringLiteral("sst"),
                         QStringLiteral("--lon"), QStringLiteral("0"), QStringLiteral("--lat"),
                         QStringLiteral("89"), QStringLiteral("--json")});
    ASSERT_EQ(ice.exitCode, 0);
    EXPECT_TRUE(ice.json()[QStringLiteral("value")].isNull());  // sea ice is fill
    const CliRun deep = cli({QStringLiteral("sample"), out, QStringLiteral("--var"), QStringLiteral("thetao"),
                          QStringLiteral("--lon"), QStringLiteral("-150"), QStringLiteral("--lat"),
                          QStringLiteral("0"), QStringLiteral("--depth"), QStringLiteral("900"),
                          QStringLiteral("--json")});
    ASSERT_EQ(deep.exitCode, 0) << deep.err.toStdString();
    EXPECT_DOUBLE_EQ(deep.json()[QStringLiteral("depth")].toDouble(), 1000);
    EXPECT_LT(deep.json()[QStringLiteral("value")].toDouble(), 10.0);  // cold at depth
}

TEST_F(CliTest, InfoAndSampleWorkOnAGeoTiff)
{
    GDALAllRegister();
    const QString tif = m_dir.filePath(QStringLiteral("map.tif"));
    {
        GDALDataset* ds = GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
            tif.toUtf8().constData(), 3, 2, 1, GDT_Int16, nullptr);
        ASSERT_NE(ds, nullptr);
        double gt[6] = {100.0, 1.0, 0.0, 10.0, 0.0, -1.0};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        ds->SetSpatialRef(&srs);
        const short values[6] = {1, 2, 3, 4, -32768, 6};
        ds->GetRasterBand(1)->SetNoDataValue(-32768);
        ASSERT_EQ(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 3, 2, const_cast<short*>(values), 3, 2,
                                                 GDT_Int16, 0, 0, nullptr),
                  CE_None);
        GDALClose(ds);
    }
    const CliRun info = cli({QStringLiteral("info"), tif, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_EQ(info.json()[QStringLiteral("format")].toString(), QStringLiteral("GeoTIFF"));
    EXPECT_EQ(info.json()[QStringLiteral("bbox")].toArray(), (QJsonArray{100, 8, 103, 10}));
    const CliRun value = cli({QStringLiteral("sample"), tif, QStringLiteral("--var"), QStringLiteral("band_data"),
                              QStringLiteral("--lon"), QStringLiteral("102.4"), QStringLiteral("--lat"),
                              QStringLiteral("9.6"), QStringLiteral("--json")});
    ASSERT_EQ(value.exitCode, 0) << value.err.toStdString();
    EXPECT_DOUBLE_EQ(value.json()[QStringLiteral("value")].toDouble(), 3.0);
    EXPECT_DOUBLE_EQ(value.json()[QStringLiteral("lon")].toDouble(), 102.5);
    const CliRun nodata = cli({QStringLiteral("sample"), tif, QStringLiteral("--var"), QStringLiteral("band_data"),
                               QStringLiteral("--lon"), QStringLiteral("101.5"), QStringLiteral("--lat"),
                               QStringLiteral("8.5"), QStringLiteral("--json")});
    ASSERT_EQ(nodata.exitCode, 0);
    EXPECT_TRUE(nodata.json()[QStringLiteral("value")].isNull());
}
