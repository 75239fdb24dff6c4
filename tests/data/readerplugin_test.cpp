// SPDX-License-Identifier: GPL-3.0-or-later
// The reader-plugin door: GDAL stays out of the process until a file needs it, a third-party
// plugin is found through ESTRAN_PLUGIN_PATH, broken plugins are clear errors. This binary must
// not link GDAL itself (CMakeLists.txt), so /proc/self/maps tells whether Estran loaded it.

#include "estran/data/dataset.h"
#include "estran/data/libraryinfo.h"
#include "estran/data/readerregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

using namespace Estran;

namespace {

const QString kTinyPlugins = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/tinygrid");
const QString kBrokenPlugins = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/broken");

bool isMapped(const char* library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains(library);
}

bool gdalIsMapped() { return isMapped("libgdal.so"); }

std::optional<Data::ReaderPluginInfo> plugin(const QString& id)
{
    for (const Data::ReaderPluginInfo& p : Data::ReaderRegistry::instance().plugins()) {
        if (p.id == id) return p;
    }
    return std::nullopt;
}

/// Only these folders (and the built-in one) are searched from now on.
void usePluginPath(const QStringList& dirs)
{
    qputenv("ESTRAN_PLUGIN_PATH", dirs.join(QDir::listSeparator()).toLocal8Bit());
    Data::ReaderRegistry::instance().rescanPlugins();
}

template <typename T> void put(QByteArray& out, T value) { out.append(reinterpret_cast<const char*>(&value), sizeof value); }

/// A minimal little-endian GeoTIFF written by hand (no GDAL in this process): one strip of
/// Float32, geographic WGS84, pixel-is-area, GDAL's nodata tag set to -9999.
QString writeGeoTiff(const QTemporaryDir& dir, int width, int height, const std::vector<float>& values, double west,
                     double north, double step)
{
    struct Entry {
        quint16 tag, type;
        quint32 count;
        QByteArray data;  // stored inline when it fits in 4 bytes
    };
    auto shorts = [](std::initializer_list<quint16> v) { QByteArray b; for (quint16 x : v) put(b, x); return b; };
    auto longs = [](std::initializer_list<quint32> v) { QByteArray b; for (quint32 x : v) put(b, x); return b; };
    auto doubles = [](std::initializer_list<double> v) { QByteArray b; for (double x : v) put(b, x); return b; };
    QByteArray pixels(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(float)));
    const QByteArray geoKeys = shorts({1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326});
    std::vector<Entry> entries = {
        {256, 4, 1, longs({quint32(width)})},
        {257, 4, 1, longs({quint32(height)})},
        {258, 3, 1, shorts({32, 0})},
        {259, 3, 1, shorts({1, 0})},
        {262, 3, 1, shorts({1, 0})},
        {273, 4, 1, QByteArray()},  // strip offset, filled below
        {277, 3, 1, shorts({1, 0})},
        {278, 4, 1, longs({quint32(height)})},
        {279, 4, 1, longs({quint32(pixels.size())})},
        {339, 3, 1, shorts({3, 0})},
        {33550, 12, 3, doubles({step, step, 0})},
        {33922, 12, 6, doubles({0, 0, 0, west, north, 0})},
        {34735, 3, quint32(geoKeys.size() / 2), geoKeys},
        {42113, 2, 6, QByteArray("-9999\0", 6)},
    };
    const quint32 ifdSize = 2 + quint32(entries.size()) * 12 + 4;
    quint32 extra = 8 + ifdSize;  // where out-of-line values go, after the IFD
    QByteArray tail;
    for (Entry& e : entries) {
        if (e.data.size() > 4) {
            const quint32 at = extra + quint32(tail.size());
            tail.append(e.data);
            e.data = longs({at});
        }
    }
    const quint32 stripOffset = extra + quint32(tail.size());
    entries[5].data = longs({stripOffset});
    QByteArray tiff("II*\0", 4);
    put(tiff, quint32(8));
    put(tiff, quint16(entries.size()));
    for (const Entry& e : entries) {
        put(tiff, e.tag);
        put(tiff, e.type);
        put(tiff, e.count);
        tiff.append(e.data.leftJustified(4, '\0', true));
    }
    put(tiff, quint32(0));
    tiff.append(tail);
    tiff.append(pixels);
    const QString path = dir.filePath(QStringLiteral("grid.tif"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(tiff);
    return path;
}

/// ctest runs every test in its own process; run together, an earlier test may have loaded
/// GDAL already, and a library is never unloaded.
#define SKIP_IF_GDAL_ALREADY_LOADED()                                                                     \
    if (gdalIsMapped()) GTEST_SKIP() << "GDAL was loaded by an earlier test of this process; run through ctest"

QString fixture(const char* name) { return QStringLiteral(ESTRAN_FIXTURES_DIR "/netcdf/") + QLatin1String(name); }

}  // namespace

TEST(ReaderPlugins, ANetcdfFileNeverLoadsGdalAndAGeoTiffLoadsItsPlugin)
{
    SKIP_IF_GDAL_ALREADY_LOADED();
    const auto gdal = plugin(QStringLiteral("gdal"));
    ASSERT_TRUE(gdal.has_value()) << "the built-in plugin folder holds the GDAL plugin";
    EXPECT_FALSE(gdal->loaded);
    EXPECT_TRUE(gdal->suffixes.contains(QStringLiteral("tif")));

    // A grid mapping (polar stereographic x/y) is turned into lon/lat with PROJ, not GDAL.
    auto nc = Data::ReaderRegistry::instance().open(fixture("iris-test-data-polar-stereo-toa-brightness-temperature.nc"));
    ASSERT_TRUE(nc.ok()) << nc.error().toString().toStdString();
    ASSERT_TRUE((*nc)->bbox().has_value());
    EXPECT_FALSE(gdalIsMapped());
    EXPECT_FALSE(plugin(QStringLiteral("gdal"))->loaded);

    QTemporaryDir dir;
    const std::vector<float> values = {1, 2, 3, -9999, 5, 6};
    const QString tif = writeGeoTiff(dir, 3, 2, values, 10.0, 50.0, 2.0);
    auto ds = Data::ReaderRegistry::instance().open(tif);
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    EXPECT_TRUE(gdalIsMapped());
    EXPECT_TRUE(plugin(QStringLiteral("gdal"))->loaded);
    EXPECT_EQ((*ds)->format(), QStringLiteral("GeoTIFF"));
    const QList<Data::VariableInfo> variables = (*ds)->variables();
    ASSERT_FALSE(variables.isEmpty());
    const QString name = variables.front().name;
    auto slice = (*ds)->readSlice(name, {});
    ASSERT_TRUE(slice.ok()) << slice.error().toString().toStdString();
    ASSERT_EQ(slice->values.size(), 6u);
    EXPECT_FLOAT_EQ(slice->values[0], 1.0f);
    EXPECT_TRUE(std::isnan(slice->values[3])) << "GDAL's nodata became NaN";
    EXPECT_FLOAT_EQ(slice->values[5], 6.0f);
    EXPECT_DOUBLE_EQ(slice->grid->lon[0], 11.0);  // cell centres
    EXPECT_DOUBLE_EQ(slice->grid->lat[0], 49.0);
}

TEST(ReaderPlugins, GridMappingsGiveTheLonLatGdalGave)
{
    SKIP_IF_GDAL_ALREADY_LOADED();
    // Extents computed by the earlier OGR/OSR implementation (estran-cli info --json), kept to
    // show the switch to PROJ changed nothing.
    struct Case {
        const char* file;
        Base::GeoBox box;
    };
    const Case cases[] = {
        {"iris-test-data-euro_air_temp-laea.nc", {-63.02610092508475, 20.782069343213582, 70.33267937738877, 75.34622200884586}},
        {"iris-test-data-polar-stereo-toa-brightness-temperature.nc",
         {-101.72200204988572, 16.818180585791705, 46.7449293202631, 81.19814683453765}},
        {"iris-test-data-small_rotPole_precipitation.nc", {-34.42103958129883, 26.58609962463379, 59.2139892578125, 71.64993286132812}},
        {"iris-test-data-tmean_1910-transverse-mercator-climatology.nc",
         {-12.967006569348541, 47.84405455340603, 3.505195383227658, 61.1103119732055}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        auto ds = Data::ReaderRegistry::instance().open(fixture(c.file));
        ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
        const std::optional<Base::GeoBox> box = (*ds)->bbox();
        ASSERT_TRUE(box.has_value());
        EXPECT_NEAR(box->west, c.box.west, 1e-7);
        EXPECT_NEAR(box->south, c.box.south, 1e-7);
        EXPECT_NEAR(box->east, c.box.east, 1e-7);
        EXPECT_NEAR(box->north, c.box.north, 1e-7);
    }
    EXPECT_FALSE(gdalIsMapped());
}

TEST(ReaderPlugins, LibraryVersionsNameGdalWithoutLoadingIt)
{
    SKIP_IF_GDAL_ALREADY_LOADED();
    const QString versions = Data::LibraryInfo::versions();
    EXPECT_TRUE(versions.contains(QStringLiteral("netCDF "))) << versions.toStdString();
    EXPECT_TRUE(versions.contains(QStringLiteral("GDAL 3."))) << versions.toStdString();
    EXPECT_FALSE(gdalIsMapped());
}

TEST(ReaderPlugins, WorkersThatNeedGdalAtOnceLoadItOnceAndAllOpenTheirFile)
{
    QTemporaryDir dir;
    const QString tif = writeGeoTiff(dir, 3, 2, {1, 2, 3, 4, 5, 6}, 0.0, 10.0, 1.0);
    std::atomic<int> opened{0};
    std::vector<std::thread> workers;
    for (int i = 0; i < 4; ++i) {
        workers.emplace_back([&] {
            auto ds = Data::ReaderRegistry::instance().open(tif);
            if (ds.ok() && (*ds)->format() == u"GeoTIFF") ++opened;
        });
    }
    for (std::thread& t : workers) t.join();
    EXPECT_EQ(opened.load(), 4);
    EXPECT_EQ(Data::ReaderRegistry::instance().readerIds().count(QStringLiteral("gdal")), 1);
    EXPECT_TRUE(Data::ReaderRegistry::instance().pluginErrors().isEmpty());
}

TEST(ReaderPlugins, AThirdPartyPluginFoundThroughEstranPluginPathOpensItsFormat)
{
    usePluginPath({kTinyPlugins});
    const auto tiny = plugin(QStringLiteral("tinygrid"));
    ASSERT_TRUE(tiny.has_value()) << "searched: " << Data::ReaderRegistry::pluginDirectories().join(u' ').toStdString();
    EXPECT_EQ(tiny->version, QStringLiteral("1.2.0"));
    EXPECT_EQ(tiny->description, QStringLiteral("Grids written as plain text, one line per row"));
    EXPECT_EQ(tiny->suffixes, QStringList{QStringLiteral("etg")});
    EXPECT_FALSE(tiny->loaded);
    EXPECT_FALSE(isMapped("libestran_tinygrid.so")) << "its metadata was read without loading it";

    // Another format does not load it.
    ASSERT_TRUE(Data::ReaderRegistry::instance().open(fixture("iris-test-data-euro_air_temp-laea.nc")).ok());
    EXPECT_FALSE(plugin(QStringLiteral("tinygrid"))->loaded);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sst.etg"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ESTRAN-TINY-GRID 1\nvariable sst degC\nlon 0 10 20\nlat 40 50\n1 2 3\n4 nan 6\n");
    f.close();
    auto ds = Data::ReaderRegistry::instance().open(path);
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
    EXPECT_TRUE(plugin(QStringLiteral("tinygrid"))->loaded);
    EXPECT_TRUE(isMapped("libestran_tinygrid.so"));
    EXPECT_TRUE(Data::ReaderRegistry::instance().readerIds().contains(QStringLiteral("tinygrid")));
    EXPECT_EQ((*ds)->format(), QStringLiteral("Tiny grid"));
    auto value = (*ds)->readValue(QStringLiteral("sst"), 2, 1, {});
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(value->value_or(-1), 6.0);
    auto missing = (*ds)->readValue(QStringLiteral("sst"), 1, 1, {});
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST(ReaderPlugins, BrokenPluginsAreClearErrorsAndTheOthersStillWork)
{
    QTemporaryDir junk;
    const QString notAPlugin = junk.filePath(QStringLiteral("libnotaplugin.so"));
    QFile f(notAPlugin);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is a text file named like a library\n");
    f.close();
    usePluginPath({junk.path(), kBrokenPlugins, kTinyPlugins});

    const QList<Base::Error> errors = Data::ReaderRegistry::instance().pluginErrors();
    auto errorFor = [&](const QString& fileName) -> std::optional<Base::Error> {
        for (const Base::Error& e : errors) {
            if (e.where().endsWith(u'/' + fileName)) return e;
        }
        return std::nullopt;
    };
    const auto junkError = errorFor(QStringLiteral("libnotaplugin.so"));
    ASSERT_TRUE(junkError.has_value());
    EXPECT_TRUE(junkError->message().contains(QStringLiteral("Not an Estran plugin"))) << junkError->toString().toStdString();
    EXPECT_FALSE(junkError->detail().isEmpty()) << "Qt's own reason is kept as the detail";

    const auto metadataError = errorFor(QStringLiteral("libestran_badmetadata.so"));
    ASSERT_TRUE(metadataError.has_value());
    EXPECT_TRUE(metadataError->message().contains(QStringLiteral("\"id\""))) << metadataError->toString().toStdString();

    const auto interfaceError = errorFor(QStringLiteral("libestran_oldinterface.so"));
    ASSERT_TRUE(interfaceError.has_value());
    EXPECT_TRUE(interfaceError->message().contains(QStringLiteral("0.9"))) << interfaceError->toString().toStdString();
    EXPECT_TRUE(interfaceError->message().contains(QStringLiteral("1.0"))) << interfaceError->toString().toStdString();

    for (const Data::ReaderPluginInfo& p : Data::ReaderRegistry::instance().plugins()) {
        EXPECT_NE(p.id, QStringLiteral("oldinterface")) << "refused plugins are not listed";
    }
    // Metadata fine, library broken: listed, and the error comes when a file needs it.
    const auto unresolved = plugin(QStringLiteral("unresolved"));
    ASSERT_TRUE(unresolved.has_value());
    EXPECT_FALSE(unresolved->loaded);
    EXPECT_FALSE(errorFor(QStringLiteral("libestran_unresolved.so")).has_value()) << "not loaded before a file needs it";
    QTemporaryDir dir;
    const QString needsIt = dir.filePath(QStringLiteral("data.unres"));
    QFile u(needsIt);
    ASSERT_TRUE(u.open(QIODevice::WriteOnly));
    u.write("not a format anything reads\n");
    u.close();
    auto failed = Data::ReaderRegistry::instance().open(needsIt);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().where(), needsIt);
    EXPECT_TRUE(failed.error().message().contains(QStringLiteral("Not a recognised data format")))
        << failed.error().toString().toStdString();
    // ... and says why the plugin made for it did not read it.
    EXPECT_TRUE(failed.error().detail().contains(QStringLiteral("made for such files, cannot be loaded")))
        << failed.error().toString().toStdString();
    EXPECT_TRUE(failed.error().detail().contains(QStringLiteral("estranTestSymbolNobodyDefines")))
        << failed.error().toString().toStdString();
    std::optional<Base::Error> loadError;
    for (const Base::Error& e : Data::ReaderRegistry::instance().pluginErrors()) {
        if (e.where().endsWith(QStringLiteral("/libestran_unresolved.so"))) loadError = e;
    }
    ASSERT_TRUE(loadError.has_value());
    EXPECT_TRUE(loadError->message().contains(QStringLiteral("cannot be loaded"))) << loadError->toString().toStdString();
    EXPECT_TRUE(loadError->detail().contains(QStringLiteral("estranTestSymbolNobodyDefines")))
        << loadError->toString().toStdString();
    EXPECT_FALSE(plugin(QStringLiteral("unresolved"))->loaded);
    EXPECT_FALSE(plugin(QStringLiteral("unresolved"))->loadError.isEmpty());

    // The working plugin beside them is still found and used.
    const QString path = dir.filePath(QStringLiteral("t.etg"));
    QFile g(path);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write("ESTRAN-TINY-GRID 1\nvariable t K\nlon 0\nlat 0\n273.15\n");
    g.close();
    auto ds = Data::ReaderRegistry::instance().open(path);
    ASSERT_TRUE(ds.ok()) << ds.error().toString().toStdString();
}

TEST(ReaderPlugins, AUserPluginInTheLocalShareFolderIsFoundAndEstranPluginPathComesFirst)
{
    QTemporaryDir home;
    const QString userPlugins = home.filePath(QStringLiteral("Estran/plugins"));
    ASSERT_TRUE(QDir().mkpath(userPlugins));
    ASSERT_TRUE(QFile::copy(kTinyPlugins + QStringLiteral("/libestran_tinygrid.so"),
                            userPlugins + QStringLiteral("/libestran_tinygrid.so")));
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    usePluginPath({kBrokenPlugins});

    const QStringList dirs = Data::ReaderRegistry::pluginDirectories();
    const QString user = QFileInfo(userPlugins).canonicalFilePath();
    ASSERT_GE(dirs.size(), 3) << dirs.join(u' ').toStdString();
    EXPECT_EQ(dirs[0], QFileInfo(kBrokenPlugins).canonicalFilePath());
    EXPECT_EQ(dirs[1], user);
    EXPECT_TRUE(dirs.last().endsWith(QStringLiteral("lib/estran/plugins"))) << dirs.join(u' ').toStdString();

    const auto tiny = plugin(QStringLiteral("tinygrid"));
    ASSERT_TRUE(tiny.has_value());
    EXPECT_TRUE(tiny->file.startsWith(user)) << tiny->file.toStdString();
}
