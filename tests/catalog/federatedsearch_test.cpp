// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/federatedsearch.h"
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "replayserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::ReplayServer;

namespace {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "catalog_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

std::shared_ptr<CatalogProvider> make(const QString& type, const QString& url, const Net::HttpClient& client)
{
    auto p = ProviderRegistry::instance().create(type, url, client);
    return p ? std::shared_ptr<CatalogProvider>(std::move(*p)) : nullptr;
}

struct Outcome {
    QMap<QString, int> itemsBySource;
    QStringList finished;
    QStringList failed;
    QList<Base::Error> errors;
    bool done = false;
};

void runToEnd(FederatedSearch& search, Outcome& out)
{
    QObject::connect(&search, &FederatedSearch::pageArrived, &search,
                     [&out](const QString& id, const SearchPage& page) { out.itemsBySource[id] += int(page.items.size()); });
    QObject::connect(&search, &FederatedSearch::sourceFinished, &search,
                     [&out](const QString& id, const SearchSummary&) { out.finished << id; });
    QObject::connect(&search, &FederatedSearch::sourceFailed, &search, [&out](const QString& id, const Base::Error& e) {
        out.failed << id;
        out.errors << e;
    });
    QEventLoop loop;
    QObject::connect(&search, &FederatedSearch::finished, &loop, [&] {
        out.done = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

TEST(FederatedSearch, StreamsEveryProviderAndIsolatesAFailingOne)
{
    ensureApplication();
    ReplayServer earth({QStringLiteral("https://earth-search.aws.element84.com")});
    ASSERT_TRUE(earth.start());
    Net::NetworkSettings settings = Net::NetworkSettings::defaults();
    settings.maxRetries = 0;
    Net::HttpClient client(settings);

    std::vector<FederatedSearch::Source> sources;
    sources.push_back({QStringLiteral("Earth Search"),
                       make(QStringLiteral("stac"), earth.local(QStringLiteral("https://earth-search.aws.element84.com/v1")), client)});
    sources.push_back({QStringLiteral("Broken"), make(QStringLiteral("stac"), earth.baseUrl() + QStringLiteral("/nowhere"), client)});
    SearchQuery q;
    q.collections = {QStringLiteral("cop-dem-glo-30")};
    q.pageSize = 1;
    q.maxItems = 1;

    FederatedSearch search;
    Outcome out;
    search.start(q, std::move(sources));
    runToEnd(search, out);
    ASSERT_TRUE(out.done);
    EXPECT_EQ(out.itemsBySource.value(QStringLiteral("Earth Search")), 1);
    EXPECT_EQ(out.finished, QStringList{QStringLiteral("Earth Search")});
    EXPECT_EQ(out.failed, QStringList{QStringLiteral("Broken")});
    ASSERT_EQ(out.errors.size(), 1);
    EXPECT_TRUE(out.errors.first().where().endsWith(QStringLiteral("/nowhere")));
}

TEST(FederatedSearch, MergesDuplicatesById)
{
    ensureApplication();
    ReplayServer earth({QStringLiteral("https://earth-search.aws.element84.com")});
    ASSERT_TRUE(earth.start());
    Net::HttpClient client;
    const QString url = earth.local(QStringLiteral("https://earth-search.aws.element84.com/v1"));
    std::vector<FederatedSearch::Source> sources;
    sources.push_back({QStringLiteral("A"), make(QStringLiteral("stac"), url, client)});
    sources.push_back({QStringLiteral("B"), make(QStringLiteral("stac"), url, client)});
    SearchQuery q;
    q.collections = {QStringLiteral("cop-dem-glo-30")};
    q.pageSize = 1;
    q.maxItems = 1;
    FederatedSearch search;
    Outcome out;
    search.start(q, std::move(sources));
    runToEnd(search, out);
    ASSERT_TRUE(out.done);
    EXPECT_EQ(out.itemsBySource.value(QStringLiteral("A")) + out.itemsBySource.value(QStringLiteral("B")), 1);
    EXPECT_EQ(out.finished.size(), 2);
}

TEST(FederatedSearch, CancelEndsEverySource)
{
    ensureApplication();
    ReplayServer slow({});
    std::atomic<bool> release{false};
    slow.server().Get("/", [&release](const httplib::Request&, httplib::Response& res) {
        for (int i = 0; i < 200 && !release; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
        res.set_content("{}", "application/json");
    });
    ASSERT_TRUE(slow.start());
    Net::HttpClient client;
    std::vector<FederatedSearch::Source> sources;
    sources.push_back({QStringLiteral("Slow 1"), make(QStringLiteral("stac"), slow.baseUrl(), client)});
    sources.push_back({QStringLiteral("Slow 2"), make(QStringLiteral("stac"), slow.baseUrl(), client)});
    FederatedSearch search;
    Outcome out;
    search.start(SearchQuery{}, std::move(sources));
    QTimer::singleShot(200, &search, [&search] { search.cancel(); });
    runToEnd(search, out);
    release = true;
    ASSERT_TRUE(out.done);
    EXPECT_EQ(out.failed.size(), 2);
    for (const Base::Error& e : out.errors) EXPECT_EQ(e.kind(), Base::Error::Kind::Cancelled);
}
