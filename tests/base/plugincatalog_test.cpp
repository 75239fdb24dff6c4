// SPDX-License-Identifier: GPL-3.0-or-later
// Base::PluginCatalog on its own, with the reader interface id as the kind and the test plugins
// built for tests/data and tests/catalog: a folder holding two kinds, an id found twice, and
// many threads asking for one plugin at once. This binary links no plugin and no module above
// base; what a plugin brings (the data module) arrives only when it is loaded.

#include "estran/base/plugincatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using Estran::Base::PluginCatalog;

namespace {

const QString kReaderIid = QStringLiteral("org.estran.Estran.Data.ReaderPlugin/1.0");
const QString kTinyGrid = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/tinygrid");
const QString kGeoJsonList = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/geojsonlist");

void usePluginPath(const QStringList& dirs)
{
    qputenv("ESTRAN_PLUGIN_PATH", dirs.join(QDir::listSeparator()).toLocal8Bit());
}

bool isMapped(const char* library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains(library);
}

QStringList ids(const QList<PluginCatalog::Plugin>& plugins)
{
    QStringList list;
    for (const PluginCatalog::Plugin& p : plugins) list << p.id;
    return list;
}

}  // namespace

TEST(PluginCatalog, SeesOnlyItsKindAndLeavesTheOtherKindsFilesAlone)
{
    usePluginPath({kTinyGrid, kGeoJsonList});
    PluginCatalog readers(kReaderIid, QStringLiteral("reader"), {}, {});
    const QList<PluginCatalog::Plugin> found = readers.plugins();
    EXPECT_TRUE(ids(found).contains(QStringLiteral("tinygrid")));
    EXPECT_FALSE(ids(found).contains(QStringLiteral("geojsonlist")));
    for (const Estran::Base::Error& e : readers.errors())
        EXPECT_FALSE(e.where().contains(QStringLiteral("geojsonlist"))) << e.toString().toStdString();
    for (const PluginCatalog::Plugin& p : found) {
        if (p.id != u"tinygrid") continue;
        EXPECT_EQ(p.name, QStringLiteral("Tiny text grids"));
        EXPECT_TRUE(p.metaData.value(QStringLiteral("suffixes")).isArray()) << "the kind's own fields are kept";
        EXPECT_FALSE(p.loaded);
    }
    EXPECT_FALSE(isMapped("libestran_tinygrid.so"));

    // A kind whose validator refuses the file reports it, naming the file and the problem.
    PluginCatalog strict(kReaderIid, QStringLiteral("reader"),
                         [](const QJsonObject&) { return std::optional<QString>(QStringLiteral("no, thanks")); }, {});
    EXPECT_TRUE(strict.plugins().isEmpty());
    bool reported = false;
    for (const Estran::Base::Error& e : strict.errors())
        reported = reported || (e.where().endsWith(QStringLiteral("/libestran_tinygrid.so")) && e.message() == u"no, thanks");
    EXPECT_TRUE(reported);
}

TEST(PluginCatalog, TheFirstFolderHoldingAnIdWins)
{
    QTemporaryDir first, second;
    const QString library = kTinyGrid + QStringLiteral("/libestran_tinygrid.so");
    ASSERT_TRUE(QFile::copy(library, first.filePath(QStringLiteral("libmine.so"))));
    ASSERT_TRUE(QFile::copy(library, second.filePath(QStringLiteral("libshipped.so"))));
    usePluginPath({first.path(), second.path()});
    PluginCatalog readers(kReaderIid, QStringLiteral("reader"), {}, {});
    int count = 0;
    for (const PluginCatalog::Plugin& p : readers.plugins()) {
        if (p.id != u"tinygrid") continue;
        ++count;
        EXPECT_TRUE(p.file.endsWith(QStringLiteral("/libmine.so"))) << p.file.toStdString();
    }
    EXPECT_EQ(count, 1);
}

TEST(PluginCatalog, ThreadsThatNeedAPluginAtOnceLoadItOnce)
{
    usePluginPath({kTinyGrid});
    std::atomic<int> activations{0};
    PluginCatalog readers(kReaderIid, QStringLiteral("reader"), {},
                          [&](QObject* object, const PluginCatalog::Plugin&) -> std::optional<QString> {
                              ++activations;
                              if (!object) return QStringLiteral("no object");
                              return std::nullopt;
                          });
    std::atomic<int> objects{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            Estran::Base::Error error;
            if (readers.load(QStringLiteral("tinygrid"), QStringLiteral("x"), &error)) ++objects;
        });
    }
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(activations.load(), 1);
    EXPECT_EQ(objects.load(), 8);
    EXPECT_TRUE(isMapped("libestran_tinygrid.so"));
    EXPECT_TRUE(readers.plugins().first().loaded);

    Estran::Base::Error error;
    EXPECT_EQ(readers.load(QStringLiteral("nosuchplugin"), QStringLiteral("where.x"), &error), nullptr);
    EXPECT_EQ(error.where(), QStringLiteral("where.x"));
    EXPECT_TRUE(error.message().contains(QStringLiteral("not installed"))) << error.toString().toStdString();
}

TEST(PluginCatalog, ARescanByOneKindIsSeenByTheOthers)
{
    QTemporaryDir later;
    usePluginPath({later.path()});
    PluginCatalog readers(kReaderIid, QStringLiteral("reader"), {}, {});
    PluginCatalog others(kReaderIid, QStringLiteral("reader"), {}, {});
    EXPECT_FALSE(ids(readers.plugins()).contains(QStringLiteral("tinygrid")));
    EXPECT_FALSE(ids(others.plugins()).contains(QStringLiteral("tinygrid")));
    ASSERT_TRUE(QFile::copy(kTinyGrid + QStringLiteral("/libestran_tinygrid.so"), later.filePath(QStringLiteral("libnew.so"))));
    readers.rescan();
    EXPECT_TRUE(ids(readers.plugins()).contains(QStringLiteral("tinygrid")));
    EXPECT_TRUE(ids(others.plugins()).contains(QStringLiteral("tinygrid")));
}
