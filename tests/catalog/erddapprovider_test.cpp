// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "providertestkit.h"
#include "replayserver.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <mutex>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::readFixture;
using Estran::Test::ReplayServer;
using Estran::Test::Collected;
using Estran::Test::assetByKey;
using Estran::Test::quick;
using Estran::Test::run;

namespace {


std::unique_ptr<CatalogProvider> erddap(const QString& url, const Net::HttpClient& client)
{
    return Estran::Test::makeProvider(QStringLiteral("erddap"), url, client);
}




/// The recorded erddapy searches asked for the phrase "glider" with 100000 items per page.
SearchQuery gliderQuery() {
    SearchQuery q;
    q.text = QStringLiteral("\"glider\"");
    q.pageSize = 100000;
    q.maxItems = 1000;
    return q;
}

const QString kIfremer = QStringLiteral("https://www.ifremer.fr");
const QString kIfremerErddap = QStringLiteral("https://erddap.ifremer.fr");
const QString kEmodnet = QStringLiteral("https://erddap.emodnet-physics.eu");
const QString kCoastwatch = QStringLiteral("https://coastwatch.pfeg.noaa.gov");
const QString kIoos = QStringLiteral("https://standards.sensors.ioos.us");
const QString kNcei = QStringLiteral("https://www.ncei.noaa.gov");
const QString kJrc = QStringLiteral("https://jeodpp.jrc.ec.europa.eu");

std::string noResults() {
    return readFixture(QStringLiteral("erddap/erddapy-ioos-search-no-results-404.txt"))
        .toStdString();
}

}  // namespace

TEST(ErddapProvider, FullTextSearchGivesDatasetsWithTheirServiceUrls) {
    ReplayServer server({kIfremer});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*erddap(server.local(kIfremer + QStringLiteral("/erddap")), client),
                       gliderQuery(), got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString()
                              << server.misses().join(u',').toStdString();
    ASSERT_EQ(got.items.size(), 1);
    const Item& item = got.items[0];
    EXPECT_EQ(item.id, QStringLiteral("OceanGlidersGDACTrajectories"));
    EXPECT_EQ(item.title, QStringLiteral("OceanGliders GDAC trajectories"));
    const QString tabledap =
        server.baseUrl() + QStringLiteral("/erddap/tabledap/OceanGlidersGDACTrajectories");
    const Asset* opendap = assetByKey(item, QStringLiteral("opendap"));
    ASSERT_NE(opendap, nullptr);
    EXPECT_EQ(opendap->href, tabledap);
    const Asset* netcdf = assetByKey(item, QStringLiteral("netcdf"));
    ASSERT_NE(netcdf, nullptr);
    EXPECT_EQ(netcdf->href, tabledap + QStringLiteral(".ncCF"));
    EXPECT_EQ(item.properties.value(QStringLiteral("erddap:protocol")).toString(),
              QStringLiteral("tabledap"));
}

TEST(ErddapProvider, DatasetInfoGivesSmallResultsTheirBoxAndTimeCoverage) {
    ReplayServer server({kIoos});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.text = QStringLiteral("\"sea_water_temperature\"");
    q.pageSize = 1000000;
    Collected got;
    auto summary = run(*erddap(server.local(kIoos + QStringLiteral("/erddap")), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 1);
    const Item& item = got.items[0];
    EXPECT_EQ(item.id, QStringLiteral("org_cormp_cap2"));
    ASSERT_TRUE(item.bbox.has_value());
    EXPECT_DOUBLE_EQ(item.bbox->west, -79.6204);
    EXPECT_DOUBLE_EQ(item.bbox->north, 32.8032);
    EXPECT_EQ(item.start, QDateTime(QDate(1998, 10, 1), QTime(8, 8), Qt::UTC));
    EXPECT_EQ(item.end, QDateTime(QDate(2000, 3, 30), QTime(15, 8), Qt::UTC));
    EXPECT_FALSE(item.properties.value(QStringLiteral("variables")).toArray().isEmpty());
    EXPECT_TRUE(server.misses().isEmpty()) << server.misses().join(u',').toStdString();
}

TEST(ErddapProvider, ReadsALargeSearchTableInOnePage) {
    ReplayServer server({kEmodnet});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*erddap(server.local(kEmodnet + QStringLiteral("/erddap")), client),
                       gliderQuery(), got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.pageSizes, QList<int>{143});
    EXPECT_EQ(summary->itemCount, 143);
    for (const Item& item : got.items) ASSERT_FALSE(item.id.isEmpty());
    // Pages this large are not completed with one /info request per dataset.
    EXPECT_EQ(server.hits(), 1);
}

TEST(ErddapProvider, DecodesIso88591TablesAsTheServerDeclares) {
    ReplayServer server({});
    server.server().Get("/erddap/search/index.csv", [](const httplib::Request&,
                                                       httplib::Response& res) {
        QByteArray csv = readFixture(QStringLiteral("erddap/erddapy-ifremer-search-glider.csv"));
        csv.replace(
            "OceanGliders GDAC trajectories,",
            QString(QStringLiteral("OceanGliders GDAC trajectoires métropole,")).toLatin1());
        res.set_content(csv.toStdString(), "text/csv;charset=ISO-8859-1");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary =
        run(*erddap(server.baseUrl() + QStringLiteral("/erddap"), client), gliderQuery(), got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 1);
    EXPECT_EQ(got.items[0].title, QStringLiteral("OceanGliders GDAC trajectoires métropole"));
}

TEST(ErddapProvider, UsesTheAdvancedSearchForABoxAndATimeRange) {
    ReplayServer server({});
    std::mutex mutex;
    std::multimap<std::string, std::string> params;
    server.server().Get("/erddap/search/advanced.csv",
                        [&](const httplib::Request& req, httplib::Response& res) {
                            {
                                std::lock_guard lock(mutex);
                                params = req.params;
                            }
                            res.status = 404;
                            res.set_content(noResults(), "text/plain");
                        });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.text = QStringLiteral("temperature");
    q.bbox = Base::GeoBox{-10, 40, 5, 52};
    q.start = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    q.end = QDateTime(QDate(2020, 12, 31), QTime(0, 0), Qt::UTC);
    Collected got;
    auto summary = run(*erddap(server.baseUrl() + QStringLiteral("/erddap"), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    std::lock_guard lock(mutex);
    auto get = [&](const char* k) {
        auto it = params.find(k);
        return it == params.end() ? std::string() : it->second;
    };
    EXPECT_EQ(get("searchFor"), "temperature");
    EXPECT_EQ(get("minLon"), "-10");
    EXPECT_EQ(get("maxLon"), "5");
    EXPECT_EQ(get("minLat"), "40");
    EXPECT_EQ(get("maxLat"), "52");
    EXPECT_EQ(get("minTime"), "2020-01-01T00:00:00Z");
    EXPECT_EQ(get("maxTime"), "2020-12-31T00:00:00Z");
}

TEST(ErddapProvider, NoMatchingResultsAsHttp404IsAnEmptyResult) {
    ReplayServer server({});
    server.server().Get("/erddap/search/index.csv",
                        [](const httplib::Request&, httplib::Response& res) {
                            res.status = 404;
                            res.set_content(noResults(), "text/plain;charset=UTF-8");
                        });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.text = QStringLiteral("incredibly_long_string_that_should_never_match_a_real_dataset");
    Collected got;
    auto summary = run(*erddap(server.baseUrl() + QStringLiteral("/erddap"), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->itemCount, 0);
    EXPECT_EQ(got.pageSizes, QList<int>{0});
}

TEST(ErddapProvider, PagesUntilThePageAfterTheLastAnswersNoResults) {
    // Page n holds the n-th dataset of CoastWatch's recorded glider search; page 4 is past the end.
    ReplayServer server({});
    std::mutex mutex;
    QStringList pagesAsked;
    server.server().Get("/erddap/search/index.csv", [&](const httplib::Request& req,
                                                        httplib::Response& res) {
        const int page = std::stoi(req.get_param_value("page"));
        {
            std::lock_guard lock(mutex);
            pagesAsked << QString::number(page);
        }
        const QList<QByteArray> lines =
            readFixture(QStringLiteral("erddap/erddapy-coastwatch-search-glider.csv")).split('\n');
        if (page > 3) {
            res.status = 404;
            res.set_content(noResults(), "text/plain");
            return;
        }
        res.set_content((lines[0] + '\n' + lines[page] + '\n').toStdString(),
                        "text/csv;charset=ISO-8859-1");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.text = QStringLiteral("glider");
    q.pageSize = 1;
    Collected got;
    auto summary = run(*erddap(server.baseUrl() + QStringLiteral("/erddap"), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.pageSizes, (QList<int>{1, 1, 1}));
    EXPECT_EQ(got.items[0].id, QStringLiteral("scrippsGliders"));
    std::lock_guard lock(mutex);
    EXPECT_EQ(pagesAsked, (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                       QStringLiteral("3"), QStringLiteral("4")}));
    EXPECT_FALSE(summary->truncated);
}

TEST(ErddapProvider, StopsAtMaxItemsAndSaysThereWasMore) {
    ReplayServer server({kCoastwatch});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q = gliderQuery();
    q.maxItems = 3;
    Collected got;
    auto summary =
        run(*erddap(server.local(kCoastwatch + QStringLiteral("/erddap")), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.items.size(), 3);
    EXPECT_TRUE(summary->truncated);
}

TEST(ErddapProvider, AnHtml500FromTheServerIsAnErrorNamingIt) {
    ReplayServer server({kNcei});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary =
        run(*erddap(server.local(kNcei + QStringLiteral("/erddap")), client), gliderQuery(), got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Network);
    EXPECT_TRUE(summary.error().where().startsWith(server.baseUrl() +
                                                   QStringLiteral("/erddap/search/index.csv")));
}

TEST(ErddapProvider, A503FromAProxyIsAnErrorNamingTheServer) {
    ReplayServer server({kJrc});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*erddap(server.local(kJrc + QStringLiteral("/services/erddap/")), client),
                       gliderQuery(), got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Network);
    EXPECT_TRUE(summary.error().where().startsWith(server.baseUrl() +
                                                   QStringLiteral("/services/erddap/search/")));
}

TEST(ErddapProvider, AnErddapErrorOtherThanNoResultsIsReportedInItsOwnWords) {
    ReplayServer server({});
    server.server().Get(
        "/erddap/search/index.csv", [](const httplib::Request&, httplib::Response& res) {
            res.status = 404;
            res.set_content(
                readFixture(QStringLiteral("erddap/erddapy-canwin-bad-path-404.txt")).toStdString(),
                "text/plain");
        });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary =
        run(*erddap(server.baseUrl() + QStringLiteral("/erddap"), client), gliderQuery(), got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::NotFound);
    EXPECT_TRUE(
        summary.error().message().contains(QStringLiteral("Not Found: index.html expected")));
}

TEST(ErddapProvider, TakesTheServerRootFromAPastedIndexPageUrl) {
    Net::HttpClient client(quick());
    auto provider = erddap(QStringLiteral("https://www.ifremer.fr/erddap/index.html"), client);
    EXPECT_EQ(provider->url(), QStringLiteral("https://www.ifremer.fr/erddap"));
}

TEST(ErddapProvider, ListsEveryDatasetAsACollection) {
    ReplayServer server({kIfremerErddap});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto collections = erddap(server.local(kIfremerErddap + QStringLiteral("/erddap")), client)
                           ->collections(nullptr);
    ASSERT_TRUE(collections.ok()) << collections.error().toString().toStdString();
    EXPECT_EQ(collections->size(), 54);
    EXPECT_EQ(collections->first().id, QStringLiteral("allDatasets"));
}

TEST(ErddapProvider, AnEmptyQueryListsTheDatasetsWithoutErddapsOwnTable) {
    ReplayServer server({kIfremerErddap});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1000;
    Collected got;
    auto summary =
        run(*erddap(server.local(kIfremerErddap + QStringLiteral("/erddap")), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.items.size(), 53);
    for (const Item& item : got.items) EXPECT_NE(item.id, QStringLiteral("allDatasets"));
}

TEST(ErddapProvider, InvalidJsonIsAnErrorNamingTheUrl) {
    ReplayServer server({});
    server.server().Get(
        "/erddap/info/index.json", [](const httplib::Request&, httplib::Response& res) {
            const QByteArray whole =
                readFixture(QStringLiteral("erddap/argopy-ifremer-info-index.json"));
            res.set_content(whole.left(whole.size() / 2).toStdString(), "application/json");
        });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto collections =
        erddap(server.baseUrl() + QStringLiteral("/erddap"), client)->collections(nullptr);
    ASSERT_FALSE(collections.ok());
    EXPECT_EQ(collections.error().where(),
              server.baseUrl() + QStringLiteral("/erddap/info/index.json"));
    EXPECT_EQ(collections.error().kind(), Base::Error::Kind::InvalidInput);
}

TEST(ErddapProvider, ReadsTheServerVersionAsItsProtocolVersion) {
    ReplayServer server({});
    server.server().Get("/erddap/version", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("ERDDAP_version=2.23\n", "text/plain");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto caps =
        erddap(server.baseUrl() + QStringLiteral("/erddap/"), client)->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->protocolVersion, QStringLiteral("ERDDAP 2.23"));
    EXPECT_TRUE(caps->bbox);
    EXPECT_TRUE(caps->time);
}

TEST(ErddapProvider, AServerThatIsNotErddapIsRecognisedAsSuch) {
    ReplayServer server({});
    server.server().Get("/erddap/version", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(readFixture(QStringLiteral("opensearch/sentinelsat-dhus-maintenance.html"))
                            .toStdString(),
                        "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto caps = erddap(server.baseUrl() + QStringLiteral("/erddap"), client)->capabilities(nullptr);
    ASSERT_FALSE(caps.ok());
    EXPECT_EQ(caps.error().where(), server.baseUrl() + QStringLiteral("/erddap/version"));
    EXPECT_TRUE(caps.error().message().contains(QStringLiteral("ERDDAP")));
}

TEST(ErddapProvider, GriddapDatasetsGetOpendapAndNetcdfUrls) {
    ReplayServer server({kIfremerErddap});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1000;
    Collected got;
    ASSERT_TRUE(
        run(*erddap(server.local(kIfremerErddap + QStringLiteral("/erddap")), client), q, got)
            .ok());
    const Item* grid = nullptr;
    for (const Item& item : got.items)
        if (item.id == u"OACP-Argo-Global") grid = &item;
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(grid->properties.value(QStringLiteral("erddap:protocol")).toString(),
              QStringLiteral("griddap"));
    const QString griddap = server.baseUrl() + QStringLiteral("/erddap/griddap/OACP-Argo-Global");
    ASSERT_NE(assetByKey(*grid, QStringLiteral("opendap")), nullptr);
    EXPECT_EQ(assetByKey(*grid, QStringLiteral("opendap"))->href, griddap);
    ASSERT_NE(assetByKey(*grid, QStringLiteral("netcdf")), nullptr);
    EXPECT_EQ(assetByKey(*grid, QStringLiteral("netcdf"))->href, griddap + QStringLiteral(".nc"));
    EXPECT_EQ(assetByKey(*grid, QStringLiteral("netcdf"))->type,
              QStringLiteral("application/x-netcdf"));
}
