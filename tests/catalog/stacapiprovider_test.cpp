// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "providertestkit.h"
#include "replayserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <mutex>
#include <thread>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::ReplayServer;
using Estran::Test::Collected;
using Estran::Test::assetByKey;
using Estran::Test::quick;
using Estran::Test::run;

namespace {



std::unique_ptr<CatalogProvider> stac(const QString& url, const Net::HttpClient& client)
{
    return Estran::Test::makeProvider(QStringLiteral("stac"), url, client);
}


const QString kEarthSearch = QStringLiteral("https://earth-search.aws.element84.com");
const QString kPlanetary = QStringLiteral("https://planetarycomputer.microsoft.com");

}  // namespace

TEST(StacApiProvider, ReadsTheLandingPageAndConformance)
{
    ReplayServer server({kEarthSearch});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->protocolVersion, QStringLiteral("STAC 1.0.0"));
    EXPECT_TRUE(caps->bbox);
}

TEST(StacApiProvider, FollowsPostNextLinksWhoseBodyReplacesTheQuery)
{
    // Earth Search's next link carries {"next": token} with merge=false: the filter is not resent.
    ReplayServer server({kEarthSearch});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    SearchQuery q;
    q.pageSize = 0;  // the recorded request let the server choose its page size
    q.maxItems = 20;
    q.cql2Filter = QJsonDocument::fromJson(R"({"op":"lte","args":[{"property":"eo:cloud_cover"},40]})").object();
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString() << " misses: "
                              << server.misses().join(u',').toStdString();
    EXPECT_EQ(got.items.size(), 20);
    EXPECT_EQ(got.pageSizes, (QList<int>{10, 10}));
    // The count of the last page read: the archive grew by one between the two recordings.
    EXPECT_EQ(summary->matched, 115912758);
    EXPECT_TRUE(summary->truncated);
    EXPECT_EQ(server.misses(), QStringList());
}

TEST(StacApiProvider, MergesTheNextLinkBodyIntoThePreviousRequest)
{
    // Planetary Computer's next link body repeats the query plus a token (pgstac).
    ReplayServer server({kPlanetary});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kPlanetary + QStringLiteral("/api/stac/v1")), client);
    SearchQuery q;
    q.pageSize = 10;
    q.maxItems = 20;
    q.bbox = Base::GeoBox{-73.21, 43.99, -73.12, 44.05};
    q.collections = {QStringLiteral("naip")};
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString() << " misses: "
                              << server.misses().join(u',').toStdString();
    EXPECT_EQ(got.items.size(), 20);
    EXPECT_EQ(got.items.first().collection, QStringLiteral("naip"));
    ASSERT_TRUE(got.items.first().bbox.has_value());
    EXPECT_FALSE(got.items.first().assets.isEmpty());
}

TEST(StacApiProvider, StopsAtTheEmptyLastPage)
{
    // Following Earth Search's next link after the last result yields an empty page.
    ReplayServer server({kEarthSearch});
    SearchQuery q;
    q.pageSize = 0;
    q.collections = {QStringLiteral("sentinel-2-l2a"), QStringLiteral("landsat-c2-l2")};
    q.start = QDateTime::fromString(QStringLiteral("2023-10-08T00:00:00Z"), Qt::ISODate);
    q.end = QDateTime::fromString(QStringLiteral("2023-10-08T23:59:59Z"), Qt::ISODate);
    // The recorded request used a point geometry, which SearchQuery does not express; serve
    // the first page from a route matching any body and let the next link be replayed.
    const QByteArray page1 = Estran::Test::readFixture(QStringLiteral("stac/pystac-client-earthsearch-v1-search-multicoll-page1.json"));
    server.server().Post("/v1/search", [&](const httplib::Request& req, httplib::Response& res) {
        if (req.body.find("\"next\"") != std::string::npos) {
            res.set_content(Estran::Test::readFixture(QStringLiteral("stac/pystac-client-earthsearch-v1-search-multicoll-page2-empty.json")).toStdString(), "application/geo+json");
            return;
        }
        QByteArray body = page1;
        body.replace("https://earth-search.aws.element84.com", server.baseUrl().toUtf8());
        res.set_content(body.toStdString(), "application/geo+json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.items.size(), 2);
    EXPECT_EQ(summary->matched, 2);
    EXPECT_FALSE(summary->truncated);
}

TEST(StacApiProvider, PagesByGetLinksOnABetaServer)
{
    const QString astraea = QStringLiteral("https://eod-catalog-svc-prod.astraea.earth");
    ReplayServer server({astraea, QStringLiteral("http://eod-catalog-svc-prod.astraea.earth")});
    // This beta server has no landing page in the recording: describe it as GET-only.
    server.server().Get("/", [&server](const httplib::Request&, httplib::Response& res) {
        const QString landing = QStringLiteral(
            R"({"stac_version":"1.0.0-beta.2","id":"astraea","links":[{"rel":"search","method":"GET","href":"%1/search"}]})")
                                    .arg(server.baseUrl());
        res.set_content(landing.toStdString(), "application/json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.baseUrl(), client);
    SearchQuery q;
    q.pageSize = 10;
    q.maxItems = 1000;
    q.bbox = Base::GeoBox{-73.21, 43.99, -73.12, 44.05};
    q.collections = {QStringLiteral("naip")};
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString() << " misses: "
                              << server.misses().join(u',').toStdString();
    EXPECT_EQ(got.items.size(), 30);
    EXPECT_EQ(summary->matched, 30);
    EXPECT_EQ(summary->pages, 4);
}

TEST(StacApiProvider, FollowsPageNumberLinksOfAStac09Server)
{
    ReplayServer server({kEarthSearch});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v0")), client);
    SearchQuery q;
    q.pageSize = 1;
    q.maxItems = 1;
    q.collections = {QStringLiteral("sentinel-s2-l2a-cogs")};
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString() << " misses: "
                              << server.misses().join(u',').toStdString();
    EXPECT_EQ(got.items.size(), 1);
    EXPECT_EQ(summary->matched, 22699053);
    EXPECT_TRUE(summary->truncated);
    // STAC 1.0.0-beta.2 assets have no roles; the thumbnail is found by its key.
    EXPECT_FALSE(got.items.first().quicklookHref().isEmpty());
}

TEST(StacApiProvider, ListsCollections)
{
    ReplayServer server({kEarthSearch});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    auto collections = provider->collections(nullptr);
    ASSERT_TRUE(collections.ok()) << collections.error().toString().toStdString();
    EXPECT_GT(collections->size(), 5);
    EXPECT_FALSE(collections->first().id.isEmpty());
}

TEST(StacApiProvider, ParsesTheLargeCollectionsResponse)
{
    ReplayServer server({kPlanetary});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kPlanetary + QStringLiteral("/api/stac/v1")), client);
    auto collections = provider->collections(nullptr);
    ASSERT_TRUE(collections.ok()) << collections.error().toString().toStdString();
    EXPECT_GT(collections->size(), 100);
}

TEST(StacApiProvider, SaysWhenCql2IsNotDeclared)
{
    ReplayServer server({kEarthSearch});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_TRUE(caps.ok());
    EXPECT_FALSE(caps->cql2);
    EXPECT_TRUE(caps->notes.join(u' ').contains(QStringLiteral("CQL2")));
}

TEST(StacApiProvider, NamesTheServerForAnHtmlErrorPage)
{
    ReplayServer server({});
    server.server().Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(Estran::Test::readFixture(QStringLiteral("stac/pystac-client-radiant-mlhub-401.html")).toStdString(), "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.baseUrl(), client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_FALSE(caps.ok());
    EXPECT_EQ(caps.error().where(), server.baseUrl());
    EXPECT_TRUE(caps.error().message().contains(QStringLiteral("web page")));
}

TEST(StacApiProvider, ReportsTruncatedJsonWithItsPosition)
{
    ReplayServer server({kEarthSearch});
    const QByteArray page = Estran::Test::readFixture(QStringLiteral("stac/pystac-client-earthsearch-v1-search-limit1.json"));
    server.server().Post("/v1/search", [&page](const httplib::Request&, httplib::Response& res) {
        res.set_content(page.left(page.size() / 2).toStdString(), "application/geo+json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    Collected got;
    SearchQuery q;
    auto summary = run(*provider, q, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::InvalidInput);
    EXPECT_TRUE(summary.error().where().endsWith(QStringLiteral("/v1/search")));
    EXPECT_TRUE(summary.error().detail().contains(QStringLiteral("byte")));
}

TEST(StacApiProvider, CancelStopsASlowServer)
{
    ReplayServer server({kEarthSearch});
    std::atomic<bool> release{false};
    server.server().Post("/v1/search", [&release](const httplib::Request&, httplib::Response& res) {
        for (int i = 0; i < 100 && !release; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        res.set_content("{}", "application/json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    Base::Feedback feedback;
    std::thread canceller([&feedback] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        feedback.cancel();
    });
    Collected got;
    SearchQuery q;
    auto summary = run(*provider, q, got, &feedback);
    canceller.join();
    release = true;
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Cancelled);
}

TEST(StacApiProvider, SearchesAPolygonAreaWithIntersectsInsteadOfBbox)
{
    ReplayServer server({kEarthSearch});
    std::mutex mutex;
    QJsonObject sent;
    // The recorded answer to an intersects search (an empty last page), served for any body.
    QFile recorded(QStringLiteral(ESTRAN_FIXTURES_DIR "/stac/pystac-client-earthsearch-v1-search-multicoll-page2-empty.json"));
    ASSERT_TRUE(recorded.open(QIODevice::ReadOnly));
    const std::string answer = recorded.readAll().toStdString();
    server.server().Post("/v1/search", [&](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(mutex);
        sent = QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
        res.set_content(answer, "application/geo+json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = stac(server.local(kEarthSearch + QStringLiteral("/v1")), client);
    SearchQuery q;
    q.bbox = Base::GeoBox{-10, 40, 5, 50};
    // Drawn clockwise on the map; GeoJSON wants the exterior ring counter-clockwise and closed.
    q.polygon = {QPointF(-10, 40), QPointF(-10, 50), QPointF(5, 50), QPointF(5, 40)};
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    std::lock_guard lock(mutex);
    EXPECT_FALSE(sent.contains(QStringLiteral("bbox")));
    const QJsonObject geometry = sent.value(QStringLiteral("intersects")).toObject();
    EXPECT_EQ(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    const QJsonArray ring = geometry.value(QStringLiteral("coordinates")).toArray().first().toArray();
    ASSERT_EQ(ring.size(), 5);
    EXPECT_EQ(ring.first(), ring.last());
    double twiceSignedArea = 0;  // positive: counter-clockwise
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring.at(i).toArray(), b = ring.at(i + 1).toArray();
        twiceSignedArea += a.at(0).toDouble() * b.at(1).toDouble() - b.at(0).toDouble() * a.at(1).toDouble();
    }
    EXPECT_DOUBLE_EQ(twiceSignedArea, 2 * 15.0 * 10.0);
}
