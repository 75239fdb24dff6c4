// SPDX-License-Identifier: GPL-3.0-or-later
// `estran-cli plugins`: runs the built program with ESTRAN_PLUGIN_PATH on the test plugins and a
// private home, and checks the JSON contract of docs/cli.md and the text a user reads.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString kTinygridDir = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/tinygrid");
const QString kBrokenDir = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/broken");
const QString kOwnDir = QStringLiteral(ESTRAN_BINARY_DIR "/lib/estran/plugins");

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class PluginsCommand : public ::testing::Test {
protected:
    /// Runs estran-cli with `pluginPath` as ESTRAN_PLUGIN_PATH (unset when empty) and the
    /// temporary folder as XDG_DATA_HOME, so the user's plugin folder is ours to fill.
    CliRun cli(const QStringList& args, const QString& pluginPath) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        if (pluginPath.isEmpty())
            env.remove(QStringLiteral("ESTRAN_PLUGIN_PATH"));
        else
            env.insert(QStringLiteral("ESTRAN_PLUGIN_PATH"), pluginPath);
        p.setProcessEnvironment(env);
        p.start();
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
    }

    static QString testPluginPath() { return kTinygridDir + u':' + kBrokenDir; }
    QString userFolder() const { return m_home.filePath(QStringLiteral("Estran/plugins")); }

    static QJsonObject pluginById(const QJsonObject& root, const QString& id)
    {
        for (const QJsonValue& v : root.value(QStringLiteral("plugins")).toArray()) {
            if (v[QStringLiteral("id")].toString() == id) return v.toObject();
        }
        return {};
    }

    static QJsonObject errorForFile(const QJsonObject& root, const QString& fileName)
    {
        for (const QJsonValue& v : root.value(QStringLiteral("errors")).toArray()) {
            if (v[QStringLiteral("file")].toString().endsWith(u'/' + fileName)) return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_home;
};

TEST_F(PluginsCommand, JsonListsTheFoldersInSearchOrder)
{
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("--json")}, testPluginPath());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray dirs = r.json().value(QStringLiteral("directories")).toArray();
    ASSERT_GE(dirs.size(), 3) << r.out.toStdString();
    EXPECT_EQ(dirs[0].toString(), QDir(kTinygridDir).canonicalPath());
    EXPECT_EQ(dirs[1].toString(), QDir(kBrokenDir).canonicalPath());
    EXPECT_EQ(dirs.last().toString(), QDir(kOwnDir).canonicalPath());
    // The user's folder does not exist yet: not searched, but named with where it would be.
    EXPECT_EQ(r.json().value(QStringLiteral("user_directory")).toString(), userFolder());
    bool userNamed = false;
    for (const QJsonValue& f : r.json().value(QStringLiteral("folders")).toArray()) {
        if (f[QStringLiteral("origin")].toString() != u"user") continue;
        userNamed = true;
        EXPECT_EQ(f[QStringLiteral("path")].toString(), userFolder());
        EXPECT_FALSE(f[QStringLiteral("exists")].toBool());
    }
    EXPECT_TRUE(userNamed) << r.out.toStdString();
}

TEST_F(PluginsCommand, JsonDescribesEveryUsablePluginWithoutLoadingIt)
{
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("--json")}, testPluginPath());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject tiny = pluginById(r.json(), QStringLiteral("tinygrid"));
    ASSERT_FALSE(tiny.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(tiny[QStringLiteral("name")].toString(), QStringLiteral("Tiny text grids"));
    EXPECT_EQ(tiny[QStringLiteral("version")].toString(), QStringLiteral("1.2.0"));
    EXPECT_EQ(tiny[QStringLiteral("kind")].toString(), QStringLiteral("reader"));
    EXPECT_EQ(tiny[QStringLiteral("description")].toString(),
              QStringLiteral("Grids written as plain text, one line per row"));
    EXPECT_EQ(tiny[QStringLiteral("file")].toString(),
              QDir(kTinygridDir).canonicalPath() + QStringLiteral("/libestran_tinygrid.so"));
    EXPECT_EQ(tiny[QStringLiteral("folder")].toString(), QDir(kTinygridDir).canonicalPath());
    EXPECT_EQ(tiny[QStringLiteral("suffixes")].toArray(), QJsonArray{QStringLiteral("etg")});
    EXPECT_EQ(tiny[QStringLiteral("prefixes")].toArray(), QJsonArray{});
    EXPECT_FALSE(tiny[QStringLiteral("fallback")].toBool());
    EXPECT_FALSE(tiny[QStringLiteral("loaded")].toBool());
    EXPECT_EQ(tiny[QStringLiteral("state")].toString(), QStringLiteral("not-loaded"));
    EXPECT_TRUE(tiny[QStringLiteral("error")].isNull());

    const QJsonObject gdal = pluginById(r.json(), QStringLiteral("gdal"));
    ASSERT_FALSE(gdal.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(gdal[QStringLiteral("fallback")].toBool());
    EXPECT_TRUE(gdal[QStringLiteral("suffixes")].toArray().contains(QStringLiteral("tif")));
    EXPECT_TRUE(gdal[QStringLiteral("prefixes")].toArray().contains(QStringLiteral("/vsi")));
    EXPECT_TRUE(gdal[QStringLiteral("libraries")].toArray().first().toString().startsWith(u"GDAL "));
    EXPECT_EQ(gdal[QStringLiteral("folder")].toString(), QDir(kOwnDir).canonicalPath());

    // A plugin whose library cannot load has good metadata: listed, not yet known to be broken.
    const QJsonObject unresolved = pluginById(r.json(), QStringLiteral("unresolved"));
    ASSERT_FALSE(unresolved.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(unresolved[QStringLiteral("state")].toString(), QStringLiteral("not-loaded"));
}

TEST_F(PluginsCommand, JsonListsEveryRefusedFileWithItsReason)
{
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("--json")}, testPluginPath());
    ASSERT_EQ(r.exitCode, 0) << "broken plugins are a listing, not a failure: " << r.err.toStdString();
    const QJsonObject bad = errorForFile(r.json(), QStringLiteral("libestran_badmetadata.so"));
    ASSERT_FALSE(bad.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(bad[QStringLiteral("message")].toString(),
              QStringLiteral("Bad plugin metadata: \"id\" is missing or not a text"));
    const QJsonObject old = errorForFile(r.json(), QStringLiteral("libestran_oldinterface.so"));
    ASSERT_FALSE(old.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(old[QStringLiteral("message")].toString(),
              QStringLiteral("The plugin was built for reader interface 0.9; this Estran loads 1.0"));
    EXPECT_TRUE(pluginById(r.json(), QStringLiteral("oldinterface")).isEmpty());
    EXPECT_EQ(r.json().value(QStringLiteral("errors")).toArray().size(), 2) << r.out.toStdString();
}

TEST_F(PluginsCommand, LoadTriesEveryPluginAndReportsTheOneThatFails)
{
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("--load"), QStringLiteral("--json")},
                         testPluginPath());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject tiny = pluginById(r.json(), QStringLiteral("tinygrid"));
    EXPECT_TRUE(tiny[QStringLiteral("loaded")].toBool()) << r.out.toStdString();
    EXPECT_EQ(tiny[QStringLiteral("state")].toString(), QStringLiteral("loaded"));
    const QJsonObject unresolved = pluginById(r.json(), QStringLiteral("unresolved"));
    EXPECT_FALSE(unresolved[QStringLiteral("loaded")].toBool());
    EXPECT_EQ(unresolved[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    EXPECT_TRUE(unresolved[QStringLiteral("error")].toString().contains(QStringLiteral("undefined symbol")))
        << r.out.toStdString();
    const QJsonObject loadError = errorForFile(r.json(), QStringLiteral("libestran_unresolved.so"));
    EXPECT_EQ(loadError[QStringLiteral("message")].toString(),
              QStringLiteral("The reader plugin \"unresolved\" cannot be loaded"));
}

TEST_F(PluginsCommand, TextNamesEachFolderWithItsOriginAndEachProblem)
{
    const CliRun r = cli({QStringLiteral("plugins")}, testPluginPath());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromLocal8Bit(r.out);
    EXPECT_TRUE(out.contains(QDir(kTinygridDir).canonicalPath() + QStringLiteral("  (from ESTRAN_PLUGIN_PATH)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(userFolder() + QStringLiteral("  (your plugin folder, does not exist)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QDir(kOwnDir).canonicalPath() + QStringLiteral("  (Estran's own plugins)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("  tinygrid 1.2.0  Tiny text grids"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("state:    not loaded yet"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("libestran_oldinterface.so: The plugin was built for reader interface 0.9")))
        << out.toStdString();
}

TEST_F(PluginsCommand, FindsAPluginDroppedIntoTheUserFolder)
{
    ASSERT_TRUE(QDir().mkpath(userFolder()));
    ASSERT_TRUE(QFile::copy(kTinygridDir + QStringLiteral("/libestran_tinygrid.so"),
                            userFolder() + QStringLiteral("/libestran_tinygrid.so")));
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("--json")}, QString());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject tiny = pluginById(r.json(), QStringLiteral("tinygrid"));
    ASSERT_FALSE(tiny.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(tiny[QStringLiteral("folder")].toString(), QDir(userFolder()).canonicalPath());
    EXPECT_EQ(r.json().value(QStringLiteral("directories")).toArray().first().toString(),
              QDir(userFolder()).canonicalPath());
    EXPECT_TRUE(r.json().value(QStringLiteral("errors")).toArray().isEmpty()) << r.out.toStdString();
}

TEST_F(PluginsCommand, ListsCatalogueProviderPluginsWithTheirTypes)
{
    const QString path = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/geojsonlist:" ESTRAN_BINARY_DIR
                                         "/tests/plugins/brokenproviders");
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("--json")}, path);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject geojson = pluginById(r.json(), QStringLiteral("geojsonlist"));
    ASSERT_FALSE(geojson.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(geojson[QStringLiteral("kind")].toString(), QStringLiteral("catalog-provider"));
    EXPECT_EQ(geojson[QStringLiteral("name")].toString(), QStringLiteral("GeoJSON listings"));
    EXPECT_EQ(geojson[QStringLiteral("state")].toString(), QStringLiteral("not-loaded"));
    EXPECT_EQ(geojson[QStringLiteral("types")].toArray(),
              (QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("geojson-list")},
                                      {QStringLiteral("name"), QStringLiteral("GeoJSON listing")}}}));
    EXPECT_EQ(pluginById(r.json(), QStringLiteral("gdal"))[QStringLiteral("kind")].toString(), QStringLiteral("reader"));
    const QJsonObject badTypes = errorForFile(r.json(), QStringLiteral("libestran_badtypes.so"));
    EXPECT_TRUE(badTypes[QStringLiteral("message")].toString().startsWith(u"Bad plugin metadata")) << r.out.toStdString();
    // Each kind skips the other's plugins: a provider plugin is no reader error, and the reverse.
    EXPECT_TRUE(errorForFile(r.json(), QStringLiteral("libestran_geojsonlist.so")).isEmpty()) << r.out.toStdString();

    const CliRun text = cli({QStringLiteral("plugins")}, path);
    EXPECT_TRUE(QString::fromLocal8Bit(text.out).contains(QStringLiteral("types:    geojson-list (GeoJSON listing)")))
        << text.out.toStdString();
}

TEST_F(PluginsCommand, AnUnexpectedArgumentIsAUsageError)
{
    const CliRun r = cli({QStringLiteral("plugins"), QStringLiteral("gdal")}, testPluginPath());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("unexpected argument \"gdal\"")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

}  // namespace
