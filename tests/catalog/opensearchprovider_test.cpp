// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/feedback.h"
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "providertestkit.h"
#include "replayserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::readFixture;
using Estran::Test::ReplayServer;
using Estran::Test::Collected;
using Estran::Test::assetByKey;
using Estran::Test::quick;
using Estran::Test::run;

namespace {


std::unique_ptr<CatalogProvider> openSearch(const QString& url, const Net::HttpClient& client)
{
    return Estran::Test::makeProvider(QStringLiteral("opensearch"), url, client);
}



const QString kPycsw = QStringLiteral("http://localhost");
const QString kCmr = QStringLiteral("https://cmr.earthdata.nasa.gov");
const QString kPeps = QStringLiteral("https://peps.cnes.fr");
const QString kMundi = QStringLiteral("https://sentinel2.browse.catalog.mundiwebservices.com");
const QString kDhus = QStringLiteral("https://apihub.copernicus.eu");

/// A pycsw fixture whose absolute URLs point at the loopback server.
std::string pycswFixture(const QString& file, const ReplayServer& server) {
    QByteArray body = readFixture(QStringLiteral("opensearch/") + file);
    body.replace(kPycsw.toUtf8(), server.baseUrl().toUtf8());
    return body.toStdString();
}

/// Serves pycsw's basic description at /osdd and its Atom results at /pycsw/csw.py; every
/// results request's parameters are recorded.
struct PycswOpenSearch {
    ReplayServer server{{}};
    std::mutex mutex;
    QList<std::multimap<std::string, std::string>> requests;

    explicit PycswOpenSearch(std::function<std::string(const httplib::Request&)> results) {
        server.server().Get("/osdd", [this](const httplib::Request&, httplib::Response& res) {
            res.set_content(pycswFixture(QStringLiteral("pycsw-osdd-basic.xml"), server),
                            "application/xml");
        });
        server.server().Get("/pycsw/csw.py",
                            [this, results](const httplib::Request& req, httplib::Response& res) {
                                {
                                    std::lock_guard lock(mutex);
                                    requests << req.params;
                                }
                                res.set_content(results(req), "application/atom+xml");
                            });
    }
    QString param(int request, const char* name) {
        std::lock_guard lock(mutex);
        if (request >= requests.size()) return {};
        const auto& params = requests[request];
        auto it = params.find(name);
        return it == params.end() ? QString() : QString::fromStdString(it->second);
    }
};

}  // namespace

TEST(OpenSearchProvider, ReadsTheDescriptionTitleAndWhatItsTemplateSupports) {
    PycswOpenSearch os([](const httplib::Request&) { return std::string(); });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd"), client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->title, QStringLiteral("pycsw Geospatial Catalogue"));
    EXPECT_TRUE(caps->text);
    EXPECT_TRUE(caps->bbox);
    EXPECT_TRUE(caps->time);
}

TEST(OpenSearchProvider, SendsTextBoxAndTimeUnderTheTemplatesOwnParameterNames) {
    PycswOpenSearch os([&](const httplib::Request&) {
        return pycswFixture(QStringLiteral("pycsw-atom-page1.xml"), os.server);
    });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd"), client);
    SearchQuery q;
    q.text = QStringLiteral("vegetation");
    q.bbox = Base::GeoBox{-5, 47, 20, 55};
    q.start = QDateTime(QDate(2009, 1, 1), QTime(0, 0), Qt::UTC);
    q.end = QDateTime(QDate(2015, 12, 31), QTime(0, 0), Qt::UTC);
    q.pageSize = 10;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(os.param(0, "q"), QStringLiteral("vegetation"));
    EXPECT_EQ(os.param(0, "bbox"), QStringLiteral("-5,47,20,55"));
    EXPECT_EQ(os.param(0, "start"), QStringLiteral("2009-01-01T00:00:00Z"));
    EXPECT_EQ(os.param(0, "stop"), QStringLiteral("2015-12-31T00:00:00Z"));
    EXPECT_EQ(os.param(0, "time"), QStringLiteral("2009-01-01T00:00:00Z/2015-12-31T00:00:00Z"));
    EXPECT_EQ(os.param(0, "startposition"), QStringLiteral("1"));
    EXPECT_EQ(os.param(0, "maxrecords"), QStringLiteral("10"));
}

TEST(OpenSearchProvider, LeavesUnusedOptionalParametersOutOfTheRequest) {
    PycswOpenSearch os([&](const httplib::Request&) {
        return pycswFixture(QStringLiteral("pycsw-atom-page1.xml"), os.server);
    });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd"), client);
    Collected got;
    ASSERT_TRUE(run(*provider, SearchQuery{}, got).ok());
    std::lock_guard lock(os.mutex);
    ASSERT_EQ(os.requests.size(), 1);
    EXPECT_EQ(os.requests[0].count("bbox"), 0u);
    EXPECT_EQ(os.requests[0].count("time"), 0u);
    EXPECT_EQ(os.requests[0].count("eo:cloudCover"), 0u);
}

TEST(OpenSearchProvider, ReadsAtomEntriesTotalResultsAndGeoRssEnvelopes) {
    PycswOpenSearch os([&](const httplib::Request&) {
        return pycswFixture(QStringLiteral("pycsw-atom-page1.xml"), os.server);
    });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd"), client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 2);
    EXPECT_EQ(summary->matched.value_or(-1), 2);
    EXPECT_EQ(got.items[1].id, QStringLiteral("urn:uuid:94bc9c83-97f6-4b40-9eb8-a8e8787a5c63"));
    EXPECT_EQ(got.items[1].title, QStringLiteral("Mauris sed neque"));
    // georss:where/gml:Envelope in EPSG:4326 is latitude first.
    ASSERT_TRUE(got.items[1].bbox.has_value());
    EXPECT_DOUBLE_EQ(got.items[1].bbox->west, -4.1);
    EXPECT_DOUBLE_EQ(got.items[1].bbox->south, 47.59);
    EXPECT_DOUBLE_EQ(got.items[1].bbox->east, 0.89);
    EXPECT_DOUBLE_EQ(got.items[1].bbox->north, 51.22);
    EXPECT_FALSE(got.items[0].bbox.has_value());
}

TEST(OpenSearchProvider, PagesByStartIndexUntilTheTotalIsReached) {
    // Page 1 is pycsw's recorded maxrecords=1 answer; page 2 is its two-record answer without
    // the first entry, which is what pycsw sends for startposition=2.
    PycswOpenSearch os([&](const httplib::Request& req) {
        if (req.get_param_value("startposition") == "1")
            return pycswFixture(QStringLiteral("pycsw-atom-page2-maxrecords1.xml"), os.server);
        QString feed =
            QString::fromStdString(pycswFixture(QStringLiteral("pycsw-atom-page1.xml"), os.server));
        const qsizetype from = feed.indexOf(QStringLiteral("<atom:entry"));
        const qsizetype to =
            feed.indexOf(QStringLiteral("</atom:entry>")) + int(strlen("</atom:entry>"));
        feed.remove(from, to - from);
        return feed.toStdString();
    });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd"), client);
    SearchQuery q;
    q.pageSize = 1;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.pageSizes, (QList<int>{1, 1}));
    ASSERT_EQ(got.items.size(), 2);
    EXPECT_EQ(got.items[1].title, QStringLiteral("Mauris sed neque"));
    EXPECT_EQ(os.param(1, "startposition"), QStringLiteral("2"));
    EXPECT_FALSE(summary->truncated);
}

TEST(OpenSearchProvider, StopsAtMaxItemsAndSaysTheResultWasTruncated) {
    PycswOpenSearch os([&](const httplib::Request&) {
        return pycswFixture(QStringLiteral("pycsw-atom-page1.xml"), os.server);
    });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd"), client);
    SearchQuery q;
    q.maxItems = 1;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.items.size(), 1);
    EXPECT_TRUE(summary->truncated);
    EXPECT_EQ(os.param(0, "maxrecords"), QStringLiteral("1"));
}

TEST(OpenSearchProvider, ReadsTheTotalOfACmrFeedFromItsHitsHeader) {
    ReplayServer server({kCmr});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.local(kCmr + QStringLiteral(
                                "/search/granules.atom?instrument=CZCS&offset=95267&page_size=10")),
        client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 95268);
    ASSERT_EQ(got.items.size(), 1);
    EXPECT_EQ(got.items[0].id, QStringLiteral("G1220417268-OB_DAAC"));
    EXPECT_EQ(got.items[0].start, QDateTime(QDate(1986, 6, 22), QTime(7, 37, 38), Qt::UTC));
}

TEST(OpenSearchProvider, TurnsCmrDataLinksIntoAssetsButNotInheritedCollectionLinks) {
    ReplayServer server({kCmr});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.local(kCmr + QStringLiteral(
                                "/search/granules.atom?instrument=CZCS&offset=95267&page_size=10")),
        client);
    Collected got;
    ASSERT_TRUE(run(*provider, SearchQuery{}, got).ok());
    ASSERT_EQ(got.items.size(), 1);
    const QList<Asset> data = got.items[0].dataAssets();
    ASSERT_EQ(data.size(), 1);
    EXPECT_TRUE(data[0].href.endsWith(QStringLiteral("/cmr/getfile/C1986173073738.L1A_MLAC")));
}

TEST(OpenSearchProvider, AnEmptyFeedPastTheLastOffsetIsAnEmptyResult) {
    ReplayServer server({kCmr});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.local(kCmr + QStringLiteral(
                                "/search/granules.atom?instrument=CZCS&offset=95268&page_size=10")),
        client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_TRUE(got.items.isEmpty());
    EXPECT_EQ(summary->itemCount, 0);
    EXPECT_EQ(summary->matched.value_or(-1), 95268);
}

TEST(OpenSearchProvider, AdvancesTheOffsetOfADirectEndpointWithoutNextLinks) {
    // offset=95267 holds the last granule; with room for more the provider asks offset=95268,
    // which the recording answers with an empty feed.
    ReplayServer server({kCmr});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.local(kCmr + QStringLiteral(
                                "/search/granules.atom?instrument=CZCS&offset=95267&page_size=10")),
        client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->pages, 1);
    EXPECT_EQ(server.hits(), 2);
    EXPECT_TRUE(server.misses().isEmpty()) << server.misses().join(u',').toStdString();
    EXPECT_FALSE(summary->truncated);
}

TEST(OpenSearchProvider, ReadsRestoGeoJsonWithDownloadChecksumQuicklookAndTotal) {
    // The recorded PEPS URL starts its query with "?&", which the replay index keys differently
    // from what any client sends, so the recorded body is served from a route.
    ReplayServer server({});
    server.server().Get("/resto/api/collections/S2ST/search.json",
                        [&server](const httplib::Request&, httplib::Response& res) {
                            QByteArray body = readFixture(
                                QStringLiteral("opensearch/eodag-peps-resto-search-page1.json"));
                            body.replace(kPeps.toUtf8(), server.baseUrl().toUtf8());
                            res.set_content(body.toStdString(), "application/json");
                        });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.baseUrl() +
            QStringLiteral(
                "/resto/api/collections/S2ST/search.json?productType=S2MSI1C&maxRecords=2&page=1"),
        client);
    SearchQuery q;
    q.maxItems = 2;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 47);
    EXPECT_TRUE(summary->truncated);
    ASSERT_EQ(got.items.size(), 2);
    const Item& first = got.items[0];
    EXPECT_EQ(first.title,
              QStringLiteral("S2A_MSIL1C_20200815T005251_N0209_R002_T55PDR_20200815T023440"));
    EXPECT_EQ(first.start, QDateTime(QDate(2020, 8, 15), QTime(0, 52, 51, 24), Qt::UTC));
    ASSERT_TRUE(first.bbox.has_value());
    EXPECT_NEAR(first.bbox->west, 146.0717, 1e-3);
    const QList<Asset> data = first.dataAssets();
    ASSERT_EQ(data.size(), 1);
    EXPECT_EQ(data[0].size.value_or(0), 781865648);
    EXPECT_EQ(data[0].checksum, QStringLiteral("md5:64ffca4b9cd13d094ed05554e010db5a"));
    EXPECT_TRUE(first.quicklookHref().endsWith(QStringLiteral("_quicklook.jpg")));
}

TEST(OpenSearchProvider, ReadsGeoRssBoxesAndMediaThumbnailsFromAnAtomEndpoint) {
    ReplayServer server({kMundi});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.local(
            kMundi +
            QStringLiteral(
                "/opensearch?timeStart=2020-08-08T00:00:00.000Z&timeEnd=2020-08-16T00:00:00.000Z&"
                "geometry=POLYGON%20((137.7729%2013.1342,%20137.7729%2023.8860,%20153.7491%2023."
                "8860,%20153.7491%2013.1342,%20137.7729%2013.1342))&productType=IMAGE&"
                "processingLevel=L1C&format=atom&relation=intersects&maxRecords=2&startIndex=1")),
        client);
    SearchQuery q;
    q.maxItems = 2;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 47);
    ASSERT_EQ(got.items.size(), 2);
    const Item& first = got.items[0];
    EXPECT_EQ(first.start, QDateTime(QDate(2020, 8, 15), QTime(0, 52, 51), Qt::UTC));
    ASSERT_TRUE(first.bbox.has_value());
    // georss:box is "south west north east".
    EXPECT_NEAR(first.bbox->south, 13.005, 1e-3);
    EXPECT_NEAR(first.bbox->east, 145.246, 1e-3);
    EXPECT_TRUE(first.quicklookHref().contains(QStringLiteral("-th.jpg")) ||
                first.quicklookHref().contains(QStringLiteral("-ql.jpg")));
}

TEST(OpenSearchProvider, ReadsADhusFeedWhoseSingleEntryIsAnObject) {
    ReplayServer server({kDhus});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.local(
            kDhus +
            QStringLiteral("/apihub/"
                           "search?format=json&rows=100&start=0&q=%28identifier%3A%22S1A_WV_OCN__"
                           "2SSV_20150526T211029_20150526T211737_006097_007E78_134A%22%29")),
        client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 1);
    EXPECT_EQ(
        got.items[0].title,
        QStringLiteral("S1A_WV_OCN__2SSV_20150526T211029_20150526T211737_006097_007E78_134A"));
    EXPECT_EQ(summary->matched.value_or(-1), 1);
}

TEST(OpenSearchProvider, ReportsAnErrorSentInsideASuccessfulDhusAnswer) {
    ReplayServer server({kDhus});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.local(
        kDhus + QStringLiteral("/apihub/search?format=json&rows=100&start=0&q=xxx%3Ayyy"));
    auto provider = openSearch(url, client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().where(), url);
    EXPECT_TRUE(summary.error().detail().contains(QStringLiteral("undefined field xxx")));
}

TEST(OpenSearchProvider, AnHtmlMaintenancePageIsAnErrorNamingTheServer) {
    ReplayServer server({});
    server.server().Get("/search", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(readFixture(QStringLiteral("opensearch/sentinelsat-dhus-maintenance.html"))
                            .toStdString(),
                        "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.baseUrl() + QStringLiteral("/search?format=json");
    auto provider = openSearch(url, client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_FALSE(caps.ok());
    EXPECT_EQ(caps.error().where(), url);
    EXPECT_TRUE(caps.error().message().contains(QStringLiteral("HTML")));
    EXPECT_FALSE(caps.error().detail().contains(u'<'));
}

TEST(OpenSearchProvider, ATruncatedDescriptionIsAnErrorNamingItsUrl) {
    ReplayServer server({});
    server.server().Get("/osdd", [](const httplib::Request&, httplib::Response& res) {
        const QByteArray whole = readFixture(QStringLiteral("opensearch/pycsw-osdd-basic.xml"));
        res.set_content(whole.left(whole.size() / 2).toStdString(), "application/xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.baseUrl() + QStringLiteral("/osdd");
    auto provider = openSearch(url, client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_FALSE(caps.ok());
    EXPECT_EQ(caps.error().where(), url);
    EXPECT_EQ(caps.error().kind(), Base::Error::Kind::InvalidInput);
}

TEST(OpenSearchProvider, InvalidJsonIsAnErrorNamingTheUrl) {
    ReplayServer server({});
    server.server().Get("/search.json", [](const httplib::Request&, httplib::Response& res) {
        const QByteArray whole =
            readFixture(QStringLiteral("opensearch/eodag-peps-resto-count.json"));
        res.set_content(whole.left(whole.size() - 40).toStdString(), "application/json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.baseUrl() + QStringLiteral("/search.json");
    auto provider = openSearch(url, client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().where(), url);
    EXPECT_TRUE(summary.error().message().contains(QStringLiteral("JSON")));
}

TEST(OpenSearchProvider, AServerErrorOnTheResultsPageIsReportedWithTheUrl) {
    ReplayServer server({});
    server.server().Get("/osdd", [&server](const httplib::Request&, httplib::Response& res) {
        res.set_content(pycswFixture(QStringLiteral("pycsw-osdd-basic.xml"), server),
                        "application/xml");
    });
    server.server().Get("/pycsw/csw.py", [](const httplib::Request&, httplib::Response& res) {
        res.status = 500;
        res.set_content("<html><body><h1>500 Internal Server Error</h1></body></html>",
                        "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(server.baseUrl() + QStringLiteral("/osdd"), client);
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Network);
    EXPECT_TRUE(
        summary.error().where().startsWith(server.baseUrl() + QStringLiteral("/pycsw/csw.py")));
}

TEST(OpenSearchProvider, CancellingAQueryWaitingOnASlowServerReturnsPromptly) {
    ReplayServer server({});
    server.server().Get("/slow", [](const httplib::Request&, httplib::Response& res) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2500));
        res.set_content("{}", "application/json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(server.baseUrl() + QStringLiteral("/slow"), client);
    Base::Feedback feedback;
    std::thread canceller([&feedback] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        feedback.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    Collected got;
    auto summary = run(*provider, SearchQuery{}, got, &feedback);
    canceller.join();
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Cancelled);
    EXPECT_LT(timer.elapsed(), 2000);
}

TEST(OpenSearchProvider, PrefersTheAtomTemplateAndDropsUnknownOptionalParameters) {
    PycswOpenSearch os([&](const httplib::Request&) {
        return pycswFixture(QStringLiteral("pycsw-atom-eo-time-extent.xml"), os.server);
    });
    os.server.server().Get("/osdd-eo", [&os](const httplib::Request&, httplib::Response& res) {
        res.set_content(pycswFixture(QStringLiteral("pycsw-osdd-eo.xml"), os.server),
                        "application/xml");
    });
    ASSERT_TRUE(os.server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(os.server.baseUrl() + QStringLiteral("/osdd-eo"), client);
    SearchQuery q;
    q.pageSize = 10;
    q.maxItems = 10;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(os.param(0, "outputformat"), QStringLiteral("application/atom+xml"));
    EXPECT_TRUE(os.param(0, "recordids").isEmpty());
    EXPECT_EQ(got.items.size(), 10);
    EXPECT_EQ(summary->matched.value_or(-1), 12);
    EXPECT_TRUE(summary->truncated);
    ASSERT_TRUE(got.items[0].bbox.has_value());
    EXPECT_DOUBLE_EQ(got.items[0].bbox->west, 19.0);
    EXPECT_DOUBLE_EQ(got.items[0].bbox->south, 34.0);
}

TEST(OpenSearchProvider, PagesByPageNumberFromThePageOffsetWhateverTheParameterNames) {
    // A description written here: a GeoJSON template whose parameters have their own names and
    // whose geo namespace has an unusual prefix; pages count from 0 (pageOffset="0").
    ReplayServer server({});
    std::mutex mutex;
    QList<std::multimap<std::string, std::string>> asked;
    server.server().Get(
        "/describe.xml", [&server](const httplib::Request&, httplib::Response& res) {
            const QString xml =
                QStringLiteral(
                    "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\" "
                    "xmlns:g=\"http://a9.com/-/opensearch/extensions/geo/1.0/\"><ShortName>resto</"
                    "ShortName>"
                    "<Url type=\"application/json\" pageOffset=\"0\" "
                    "template=\"%1/resto/"
                    "search.json?q={searchTerms?}&amp;area={g:box?}&amp;pg={startPage}&amp;n={"
                    "count}\"/>"
                    "</OpenSearchDescription>")
                    .arg(server.baseUrl());
            res.set_content(xml.toStdString(), "application/opensearchdescription+xml");
        });
    server.server().Get(
        "/resto/search.json", [&](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(mutex);
                asked << req.params;
            }
            QJsonObject page =
                QJsonDocument::fromJson(
                    readFixture(QStringLiteral("opensearch/eodag-peps-resto-search-page1.json")))
                    .object();
            if (req.get_param_value("pg") != "0") {
                // The next page of the same search: other products.
                const QJsonArray features = page.value(QStringLiteral("features")).toArray();
                QJsonArray reversed;
                for (qsizetype i = features.size() - 1; i >= 0; --i)
                    reversed.append(features.at(i));
                page.insert(QStringLiteral("features"), reversed);
            }
            res.set_content(QJsonDocument(page).toJson().toStdString(), "application/json");
        });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(server.baseUrl() + QStringLiteral("/describe.xml"), client);
    SearchQuery q;
    q.bbox = Base::GeoBox{137.5, 13, 154, 24};
    q.pageSize = 2;
    q.maxItems = 4;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.pageSizes, (QList<int>{2, 2}));
    EXPECT_EQ(summary->matched.value_or(-1), 47);
    EXPECT_TRUE(summary->truncated);
    std::lock_guard lock(mutex);
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(asked[0].find("pg")->second, "0");
    EXPECT_EQ(asked[1].find("pg")->second, "1");
    EXPECT_EQ(asked[0].find("n")->second, "2");
    EXPECT_EQ(asked[0].find("area")->second, "137.5,13,154,24");
    EXPECT_EQ(asked[0].count("q"), 0u);
}

TEST(OpenSearchProvider, FollowsDhusNextLinksThatCarryRawSpacesAndQuotes) {
    // DHuS pages of 100 rows (347 kB and 303 kB); its next links are not percent-encoded.
    ReplayServer server({});
    std::mutex mutex;
    QStringList starts;
    server.server().Get("/apihub/search", [&](const httplib::Request& req, httplib::Response& res) {
        const std::string start = req.get_param_value("start");
        {
            std::lock_guard lock(mutex);
            starts << QString::fromStdString(start);
        }
        const QString file = start == "0"
                                 ? QStringLiteral("opensearch/sentinelsat-dhus-search-page1.json")
                                 : QStringLiteral("opensearch/sentinelsat-dhus-search-page2.json");
        QByteArray body = readFixture(file);
        body.replace(kDhus.toUtf8(), server.baseUrl().toUtf8());
        res.set_content(body.toStdString(), "application/json");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = openSearch(
        server.baseUrl() +
            QStringLiteral("/apihub/search?format=json&rows=100&start=0&q=beginPosition"),
        client);
    SearchQuery q;
    q.maxItems = 200;
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.pageSizes, (QList<int>{100, 100}));
    EXPECT_EQ(summary->matched.value_or(-1), 630);
    EXPECT_TRUE(summary->truncated);
    std::lock_guard lock(mutex);
    EXPECT_EQ(starts, (QStringList{QStringLiteral("0"), QStringLiteral("100")}));
    ASSERT_TRUE(got.items[0].bbox.has_value());
    EXPECT_NEAR(got.items[0].bbox->west, 9.9025, 1e-3);
    EXPECT_FALSE(got.items[0].dataAssets().isEmpty());
}

TEST(OpenSearchProvider, TurnsEnclosuresIntoDataAssetsAndIconsIntoThumbnails) {
    // An entry written here with the elements no recorded feed combines: enclosure with a
    // length, icon, georss:polygon and a time:start/time:end range.
    ReplayServer server({});
    server.server().Get("/feed", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
            "xmlns:os=\"http://a9.com/-/spec/opensearch/1.1/\" "
            "xmlns:georss=\"http://www.georss.org/georss\" "
            "xmlns:time=\"http://a9.com/-/opensearch/extensions/time/1.0/\">"
            "<os:totalResults>1</os:totalResults><entry><id>S3A_SL_2_WST</id><title>SST "
            "granule</title>"
            "<georss:polygon>40 -10 40 5 50 5 50 -10 40 -10</georss:polygon>"
            "<time:start>2021-06-01T10:00:00Z</time:start><time:end>2021-06-01T10:03:00Z</time:end>"
            "<link rel=\"enclosure\" type=\"application/zip\" length=\"123456\" "
            "href=\"/data/S3A_SL_2_WST.zip\"/>"
            "<link rel=\"icon\" type=\"image/png\" href=\"/ql/S3A_SL_2_WST.png\"/></entry></feed>",
            "application/atom+xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary =
        run(*openSearch(server.baseUrl() + QStringLiteral("/feed"), client), SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 1);
    const Item& item = got.items[0];
    const QList<Asset> data = item.dataAssets();
    ASSERT_EQ(data.size(), 1);
    EXPECT_EQ(data[0].href, server.baseUrl() + QStringLiteral("/data/S3A_SL_2_WST.zip"));
    EXPECT_EQ(data[0].size.value_or(0), 123456);
    EXPECT_EQ(item.quicklookHref(), server.baseUrl() + QStringLiteral("/ql/S3A_SL_2_WST.png"));
    ASSERT_TRUE(item.bbox.has_value());
    EXPECT_EQ(*item.bbox, (Base::GeoBox{-10, 40, 5, 50}));
    EXPECT_EQ(item.geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    EXPECT_EQ(item.start, QDateTime(QDate(2021, 6, 1), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(item.end, QDateTime(QDate(2021, 6, 1), QTime(10, 3), Qt::UTC));
}
