// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "replayserver.h"

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::ReplayServer;

namespace {

/// Serves the Copernicus Marine Data Store documents at their real relative layout.
void serveMarineCatalogue(ReplayServer& server)
{
    const auto serve = [&server](const char* path, const QString& fixture) {
        server.server().Get(path, [&server, fixture](const httplib::Request&, httplib::Response& res) {
            QByteArray body = Estran::Test::readFixture(fixture);
            body.replace("https://stac.marine.copernicus.eu", server.baseUrl().toUtf8());
            res.set_content(body.toStdString(), "application/json");
        });
    };
    serve("/metadata/catalog.stac.json", QStringLiteral("stac/cmt-mds-catalog.json"));
    serve("/metadata/GLOBAL_ANALYSISFORECAST_PHY_001_024/product.stac.json",
          QStringLiteral("stac/cmt-product-global-phy-collection.json"));
    serve("/metadata/GLOBAL_ANALYSISFORECAST_PHY_001_024/cmems_mod_glo_phy-cur_anfc_0.083deg_P1D-m_202211/dataset.stac.json",
          QStringLiteral("stac/cmt-dataset-glo-phy-cur-item.json"));
}

}  // namespace

TEST(StaticStacProvider, CrawlsRelativeLinksDownToItems)
{
    ReplayServer server({});
    serveMarineCatalogue(server);
    ASSERT_TRUE(server.start());
    Net::HttpClient client;
    auto provider = ProviderRegistry::instance().create(QStringLiteral("stac-static"),
                                                        server.baseUrl() + QStringLiteral("/metadata/catalog.stac.json"), client);
    ASSERT_TRUE(provider.ok());
    QList<Item> items;
    SearchQuery q;
    auto summary = (*provider)->search(q, [&items](const SearchPage& p) { items += p.items; return true; }, nullptr);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().id, QStringLiteral("cmems_mod_glo_phy-cur_anfc_0.083deg_P1D-m_202211"));
    EXPECT_EQ(items.first().collection, QStringLiteral("GLOBAL_ANALYSISFORECAST_PHY_001_024"));
    EXPECT_FALSE(items.first().dataAssets().isEmpty());
    // The authors' fake children (unavailable products, the other datasets) are reported, not fatal.
    EXPECT_FALSE(summary->skipped.isEmpty());
}

TEST(StaticStacProvider, FiltersByAreaOnThisComputer)
{
    ReplayServer server({});
    serveMarineCatalogue(server);
    ASSERT_TRUE(server.start());
    Net::HttpClient client;
    auto provider = ProviderRegistry::instance().create(QStringLiteral("stac-static"),
                                                        server.baseUrl() + QStringLiteral("/metadata/catalog.stac.json"), client);
    ASSERT_TRUE(provider.ok());
    QList<Item> items;
    SearchQuery q;
    q.bbox = Base::GeoBox{-10, 85, 10, 89};  // north of the dataset's 80°S–90°N? it covers it
    auto summary = (*provider)->search(q, [&items](const SearchPage& p) { items += p.items; return true; }, nullptr);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(items.size(), 1);
    items.clear();
    q.text = QStringLiteral("no-such-word");
    summary = (*provider)->search(q, [&items](const SearchPage& p) { items += p.items; return true; }, nullptr);
    ASSERT_TRUE(summary.ok());
    EXPECT_TRUE(items.isEmpty());
}

TEST(StaticStacProvider, ListsCollectionsWithTheirExtent)
{
    ReplayServer server({});
    serveMarineCatalogue(server);
    ASSERT_TRUE(server.start());
    Net::HttpClient client;
    auto provider = ProviderRegistry::instance().create(QStringLiteral("stac-static"),
                                                        server.baseUrl() + QStringLiteral("/metadata/catalog.stac.json"), client);
    ASSERT_TRUE(provider.ok());
    auto collections = (*provider)->collections(nullptr);
    ASSERT_TRUE(collections.ok());
    ASSERT_EQ(collections->size(), 1);
    EXPECT_EQ(collections->first().id, QStringLiteral("GLOBAL_ANALYSISFORECAST_PHY_001_024"));
}

TEST(StaticStacProvider, NamesAMissingRootCatalogue)
{
    ReplayServer server({});
    ASSERT_TRUE(server.start());
    Net::HttpClient client;
    const QString url = server.baseUrl() + QStringLiteral("/nothing/catalog.json");
    auto provider = ProviderRegistry::instance().create(QStringLiteral("stac-static"), url, client);
    ASSERT_TRUE(provider.ok());
    auto summary = (*provider)->search(SearchQuery{}, [](const SearchPage&) { return true; }, nullptr);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().where(), url);
}
