// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue provider plugin door: a third-party provider type is listed from its plugin's
// metadata without loading it, searched through the registry and `estran-cli search` once
// used, and broken provider plugins are clear errors naming their file. The plugins are in
// tests/catalog/plugin; this binary links none of them, so /proc/self/maps tells whether Estran
// loaded one.

#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <optional>

using namespace Estran;

namespace {

const QString kProviderPlugins = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/geojsonlist");
const QString kBrokenProviderPlugins = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/brokenproviders");
const QString kReaderPlugins = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/tinygrid");

bool isMapped(const char* library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains(library);
}

void usePluginPath(const QStringList& dirs)
{
    qputenv("ESTRAN_PLUGIN_PATH", dirs.join(QDir::listSeparator()).toLocal8Bit());
    Catalog::ProviderRegistry::instance().rescanPlugins();
}

std::optional<Catalog::ProviderPluginInfo> plugin(const QString& id)
{
    for (const Catalog::ProviderPluginInfo& p : Catalog::ProviderRegistry::instance().plugins()) {
        if (p.id == id) return p;
    }
    return std::nullopt;
}

QJsonObject feature(const QString& id, const QString& title, const QString& collection, const QJsonArray& bbox,
                    const QString& datetime)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("bbox"), bbox},
                       {QStringLiteral("geometry"), QJsonValue()},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("title"), title},
                                    {QStringLiteral("collection"), collection},
                                    {QStringLiteral("datetime"), datetime},
                                    {QStringLiteral("href"), QStringLiteral("data/%1.nc").arg(id)},
                                    {QStringLiteral("type"), QStringLiteral("application/x-netcdf")}}}};
}

/// A GeoJSON listing in two pages on a real HTTP server on 127.0.0.1: five profiles, two of
/// them in the Bay of Biscay in January 2024 with "glider" in their title, one per page.
struct ListingServer {
    Test::TestHttpServer http;
    int requests = 0;

    ListingServer()
    {
        const QJsonObject page1{
            {QStringLiteral("type"), QStringLiteral("FeatureCollection")},
            {QStringLiteral("title"), QStringLiteral("Glider profiles")},
            {QStringLiteral("features"),
             QJsonArray{feature(QStringLiteral("g1"), QStringLiteral("Glider SG537 dive 12"), QStringLiteral("gliders"),
                                QJsonArray{-5.0, 45.0, -4.5, 45.5}, QStringLiteral("2024-01-10T06:00:00Z")),
                        feature(QStringLiteral("g2"), QStringLiteral("Glider SG537 dive 13"), QStringLiteral("gliders"),
                                QJsonArray{-5.0, 45.0, -4.5, 45.5}, QStringLiteral("2023-06-01T06:00:00Z")),
                        feature(QStringLiteral("a1"), QStringLiteral("Argo float 6902746"), QStringLiteral("argo"),
                                QJsonArray{-5.0, 45.0, -4.5, 45.5}, QStringLiteral("2024-01-11T00:00:00Z"))}},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                    {QStringLiteral("href"), QStringLiteral("page2.json")}}}}};
        const QJsonObject page2{
            {QStringLiteral("type"), QStringLiteral("FeatureCollection")},
            {QStringLiteral("features"),
             QJsonArray{feature(QStringLiteral("g3"), QStringLiteral("Glider SG540 dive 2"), QStringLiteral("gliders"),
                                QJsonArray{150.0, -40.0, 151.0, -39.0}, QStringLiteral("2024-01-12T06:00:00Z")),
                        feature(QStringLiteral("g4"), QStringLiteral("Glider SG540 dive 3"), QStringLiteral("gliders"),
                                QJsonArray{-6.0, 44.0, -5.5, 44.5}, QStringLiteral("2024-01-20T06:00:00Z"))}}};
        const std::string body1 = QJsonDocument(page1).toJson().toStdString();
        const std::string body2 = QJsonDocument(page2).toJson().toStdString();
        http.server().Get("/listings/profiles.json", [this, body1](const httplib::Request&, httplib::Response& res) {
            ++requests;
            res.set_content(body1, "application/geo+json");
        });
        http.server().Get("/listings/page2.json", [this, body2](const httplib::Request&, httplib::Response& res) {
            ++requests;
            res.set_content(body2, "application/geo+json");
        });
    }
    QString url() const { return http.baseUrl() + QStringLiteral("/listings/profiles.json"); }
};

Catalog::SearchQuery biscayGliders()
{
    Catalog::SearchQuery query;
    query.text = QStringLiteral("glider");
    query.bbox = Base::GeoBox{-10.0, 40.0, 0.0, 48.0};
    query.start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    query.end = QDateTime(QDate(2024, 1, 31), QTime(0, 0), Qt::UTC);
    return query;
}

}  // namespace

TEST(ProviderPlugins, APluginsTypeIsListedFromItsMetadataWithoutLoadingIt)
{
    usePluginPath({kProviderPlugins});
    Catalog::ProviderRegistry& registry = Catalog::ProviderRegistry::instance();
    EXPECT_TRUE(registry.types().contains(QStringLiteral("geojson-list")));
    EXPECT_TRUE(registry.types().contains(QStringLiteral("stac"))) << "built-in types are still there";
    EXPECT_EQ(registry.displayName(QStringLiteral("geojson-list")), QStringLiteral("GeoJSON listing"));
    const auto info = plugin(QStringLiteral("geojsonlist"));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->name, QStringLiteral("GeoJSON listings"));
    EXPECT_EQ(info->version, QStringLiteral("1.0.0"));
    EXPECT_EQ(info->types, QStringList{QStringLiteral("geojson-list")});
    EXPECT_TRUE(info->file.endsWith(QStringLiteral("/libestran_geojsonlist.so"))) << info->file.toStdString();
    EXPECT_FALSE(info->loaded);
    EXPECT_FALSE(isMapped("libestran_geojsonlist.so"));
    // Creating a built-in provider does not load it either.
    Net::HttpClient client;
    ASSERT_TRUE(registry.create(QStringLiteral("stac"), QStringLiteral("http://127.0.0.1:9/"), client).ok());
    EXPECT_FALSE(isMapped("libestran_geojsonlist.so"));
}

TEST(ProviderPlugins, TheRegistryLoadsThePluginWhenItsTypeIsUsedAndSearchesThroughIt)
{
    ListingServer server;
    ASSERT_TRUE(server.http.start());
    usePluginPath({kProviderPlugins});
    Net::HttpClient client;
    auto provider = Catalog::ProviderRegistry::instance().create(QStringLiteral("geojson-list"), server.url(), client);
    ASSERT_TRUE(provider.ok()) << provider.error().toString().toStdString();
    EXPECT_EQ((*provider)->type(), QStringLiteral("geojson-list"));
    EXPECT_EQ((*provider)->url(), server.url());
    // Created (as the dock does on the GUI thread) but not used yet: nothing is loaded.
    EXPECT_FALSE(isMapped("libestran_geojsonlist.so"));
    EXPECT_FALSE(plugin(QStringLiteral("geojsonlist"))->loaded);
    EXPECT_EQ(server.requests, 0) << "creating a provider touches no server";

    QList<Catalog::SearchPage> pages;
    auto summary = (*provider)->search(biscayGliders(), [&](const Catalog::SearchPage& page) {
        pages << page;
        return true;
    }, nullptr);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_TRUE(isMapped("libestran_geojsonlist.so"));
    EXPECT_TRUE(plugin(QStringLiteral("geojsonlist"))->loaded);
    EXPECT_EQ(summary->itemCount, 2);
    ASSERT_EQ(pages.size(), 2) << "each page's matches are delivered as it arrives";
    ASSERT_EQ(pages[0].items.size(), 1);
    ASSERT_EQ(pages[1].items.size(), 1);
    EXPECT_EQ(pages[0].items[0].id, QStringLiteral("g1"));
    EXPECT_EQ(pages[1].items[0].id, QStringLiteral("g4"));
    EXPECT_EQ(pages[0].items[0].collection, QStringLiteral("gliders"));
    EXPECT_EQ(pages[0].items[0].start, QDateTime(QDate(2024, 1, 10), QTime(6, 0), Qt::UTC));
    ASSERT_EQ(pages[1].items[0].assets.size(), 1);
    EXPECT_EQ(pages[1].items[0].assets[0].href, server.http.baseUrl() + QStringLiteral("/listings/data/g4.nc"));

    auto caps = (*provider)->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->title, QStringLiteral("Glider profiles"));
    auto collections = (*provider)->collections(nullptr);
    ASSERT_TRUE(collections.ok());
    ASSERT_EQ(collections->size(), 2);
    EXPECT_EQ(collections->at(0).id, QStringLiteral("gliders"));
    EXPECT_EQ(collections->at(1).id, QStringLiteral("argo"));
}

TEST(ProviderPlugins, EstranCliSearchesWithAProviderTypeFromAPlugin)
{
    ListingServer server;
    ASSERT_TRUE(server.http.start());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESTRAN_PLUGIN_PATH"), kProviderPlugins);
    cli.setProcessEnvironment(env);
    const Catalog::SearchQuery q = biscayGliders();
    cli.start(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"),
              {QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("geojson-list:") + server.url(),
               QStringLiteral("--bbox"), QStringLiteral("-10,40,0,48"), QStringLiteral("--text"), q.text,
               QStringLiteral("--time"), QStringLiteral("2024-01-01/2024-01-31"), QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    const QByteArray err = cli.readAllStandardError();
    ASSERT_EQ(cli.exitCode(), 0) << err.toStdString();
    const QJsonArray items =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("items")).toArray();
    QStringList ids;
    for (const QJsonValue& item : items) ids << item.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("g1"), QStringLiteral("g4")})) << err.toStdString();
    EXPECT_EQ(server.requests, 2);
}

TEST(ProviderPlugins, BrokenProviderPluginsAreClearErrorsNamingTheFile)
{
    // A reader plugin in the same folders is another kind's: not an error for providers.
    usePluginPath({kBrokenProviderPlugins, kProviderPlugins, kReaderPlugins});
    Catalog::ProviderRegistry& registry = Catalog::ProviderRegistry::instance();
    auto errorFor = [&](const QString& fileName) -> std::optional<Base::Error> {
        for (const Base::Error& e : registry.pluginErrors()) {
            if (e.where().endsWith(u'/' + fileName)) return e;
        }
        return std::nullopt;
    };
    const auto badTypes = errorFor(QStringLiteral("libestran_badtypes.so"));
    ASSERT_TRUE(badTypes.has_value());
    EXPECT_TRUE(badTypes->message().contains(QStringLiteral("\"types\""))) << badTypes->toString().toStdString();
    EXPECT_FALSE(plugin(QStringLiteral("badtypes")).has_value());
    EXPECT_FALSE(registry.types().contains(QStringLiteral("bad-types")));
    EXPECT_FALSE(errorFor(QStringLiteral("libestran_tinygrid.so")).has_value());
    EXPECT_FALSE(isMapped("libestran_tinygrid.so"));

    // Listed by its metadata; the failure comes when the type is used, naming the file.
    EXPECT_TRUE(registry.types().contains(QStringLiteral("unresolved-type")));
    EXPECT_FALSE(errorFor(QStringLiteral("libestran_unresolvedprovider.so")).has_value());
    Net::HttpClient client;
    auto created = registry.create(QStringLiteral("unresolved-type"), QStringLiteral("http://127.0.0.1:9/"), client);
    ASSERT_TRUE(created.ok()) << "the plugin is loaded by the provider's first use, not by create()";
    EXPECT_FALSE(errorFor(QStringLiteral("libestran_unresolvedprovider.so")).has_value());
    auto failed = (*created)->capabilities(nullptr);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().where().endsWith(QStringLiteral("/libestran_unresolvedprovider.so")))
        << failed.error().toString().toStdString();
    EXPECT_TRUE(failed.error().message().contains(QStringLiteral("libestran_unresolvedprovider.so")))
        << failed.error().toString().toStdString();
    EXPECT_TRUE(failed.error().detail().contains(QStringLiteral("estranTestProviderSymbolNobodyDefines")))
        << failed.error().toString().toStdString();
    // Once it failed, creating another provider of the type says so at once.
    auto again = registry.create(QStringLiteral("unresolved-type"), QStringLiteral("http://127.0.0.1:9/"), client);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().where(), failed.error().where());
    const auto loadError = errorFor(QStringLiteral("libestran_unresolvedprovider.so"));
    ASSERT_TRUE(loadError.has_value());
    EXPECT_TRUE(loadError->message().contains(QStringLiteral("cannot be loaded"))) << loadError->toString().toStdString();
    EXPECT_FALSE(plugin(QStringLiteral("unresolvedprovider"))->loadError.isEmpty());

    // The working plugin in the same search path is unaffected.
    auto working = registry.create(QStringLiteral("geojson-list"), QStringLiteral("http://127.0.0.1:9/"), client);
    ASSERT_TRUE(working.ok());
    auto unreachable = (*working)->capabilities(nullptr);
    ASSERT_FALSE(unreachable.ok()) << "nothing listens on port 9";
    EXPECT_TRUE(unreachable.error().where().startsWith(QStringLiteral("http://127.0.0.1:9/")))
        << unreachable.error().toString().toStdString() << ": the plugin loaded and tried the server";
    EXPECT_TRUE(plugin(QStringLiteral("geojsonlist"))->loaded);
}

TEST(ProviderPlugins, AnUnknownTypeStillSaysWhichTypesExist)
{
    usePluginPath({kProviderPlugins});
    Net::HttpClient client;
    auto failed = Catalog::ProviderRegistry::instance().create(QStringLiteral("nosuchtype"), QStringLiteral("http://x/"), client);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().where(), QStringLiteral("nosuchtype"));
    EXPECT_TRUE(failed.error().message().contains(QStringLiteral("geojson-list"))) << failed.error().toString().toStdString();
    EXPECT_FALSE(isMapped("libestran_geojsonlist.so"));
}

TEST(ProviderPlugins, EstranCliNamesTheFileOfAProviderPluginThatCannotBeLoaded)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESTRAN_PLUGIN_PATH"), kBrokenProviderPlugins);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"),
              {QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("unresolved-type:http://127.0.0.1:9/"),
               QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_NE(cli.exitCode(), 0);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    // "<plugin file>: The plugin libestran_unresolvedprovider.so, which provides ... (loader's reason)"
    const QString lastLine = err.trimmed().split(u'\n').last();
    EXPECT_TRUE(lastLine.startsWith(kBrokenProviderPlugins + QStringLiteral("/libestran_unresolvedprovider.so: ")))
        << err.toStdString();
    EXPECT_TRUE(lastLine.contains(QStringLiteral("estranTestProviderSymbolNobodyDefines"))) << err.toStdString();
}

TEST(ProviderPlugins, EstranCliSearchHelpListsAPluginsTypes)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESTRAN_PLUGIN_PATH"), kProviderPlugins);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"), {QStringLiteral("search"), QStringLiteral("--help")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    EXPECT_TRUE(out.contains("geojson-list")) << out.toStdString();
    EXPECT_TRUE(out.contains("stac-static")) << out.toStdString();
}

TEST(ProviderPlugins, LoadPluginLoadsOneNowAndSaysWhyOneCannotBe)
{
    usePluginPath({kProviderPlugins, kBrokenProviderPlugins});
    Catalog::ProviderRegistry& registry = Catalog::ProviderRegistry::instance();
    EXPECT_FALSE(isMapped("libestran_geojsonlist.so"));
    const Base::Result<void> loaded = registry.loadPlugin(QStringLiteral("geojsonlist"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_TRUE(isMapped("libestran_geojsonlist.so"));
    EXPECT_TRUE(plugin(QStringLiteral("geojsonlist"))->loaded);
    EXPECT_EQ(registry.pluginOf(QStringLiteral("geojson-list")), QStringLiteral("geojsonlist"));
    EXPECT_TRUE(registry.loadPlugin(QStringLiteral("geojsonlist")).ok()) << "loading again is harmless";

    const Base::Result<void> failed = registry.loadPlugin(QStringLiteral("unresolvedprovider"));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().detail().contains(QStringLiteral("libestran_unresolvedprovider.so")))
        << failed.error().toString().toStdString();
    EXPECT_TRUE(failed.error().detail().contains(QStringLiteral("estranTestProviderSymbolNobodyDefines")))
        << failed.error().toString().toStdString();
    EXPECT_FALSE(plugin(QStringLiteral("unresolvedprovider"))->loadError.isEmpty());
    EXPECT_FALSE(registry.loadPlugin(QStringLiteral("nosuchplugin")).ok());
}
