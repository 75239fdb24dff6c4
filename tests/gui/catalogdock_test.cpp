// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/catalogdock.h"
#include "estran/gui/filteredit.h"

#include "estran/base/log.h"
#include "estran/catalog/providerconfig.h"
#include "estran/catalog/providerregistry.h"
#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"
#include "estran/gui/itempagewidget.h"
#include "estran/gui/providerlistmodel.h"
#include "estran/gui/searchresultsmodel.h"
#include "estran/gui/thumbnailcache.h"
#include "estran/net/httpclient.h"

#include "catalogtestsupport.h"
#include "replayserver.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMenu>
#include <QTest>
#include <QToolButton>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using Catalog::ProviderConfig;
using Gui::ProviderListModel;
using State = ProviderListModel::State;
using Test::ReplayServer;

namespace {

const QString kEarth = QStringLiteral("https://earth-search.aws.element84.com");

std::shared_ptr<const Net::HttpClient> quickClient()
{
    Net::NetworkSettings s = Net::NetworkSettings::defaults();
    s.maxRetries = 0;
    s.connectTimeoutMs = 3000;
    return std::make_shared<Net::HttpClient>(s);
}

// A dock reading its provider list from a temporary file written by the test.
struct DockFixture {
    explicit DockFixture(const QList<ProviderConfig>& providers)
    {
        Estran::Test::isolatedSettings();
        Base::Log::instance().setEchoToStderr(false);
        const QString path = dir.filePath(QStringLiteral("providers.json"));
        EXPECT_TRUE(ProviderConfig::save(providers, path).ok());
        dock = std::make_unique<Gui::CatalogDock>(quickClient(), nullptr, path);
        dock->setArea(std::nullopt);
        dock->setTimeRange({}, {});
        dock->setSearchText({});
    }
    bool runSearch()
    {
        QSignalSpy finished(dock.get(), &Gui::CatalogDock::searchFinished);
        dock->search();
        return finished.count() > 0 || finished.wait(20000);
    }
    QTemporaryDir dir;
    std::unique_ptr<Gui::CatalogDock> dock;
};

}  // namespace

TEST(CatalogDock, SearchFillsTheResultsAsPagesStreamIn)
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
    DockFixture f({{QStringLiteral("Astraea"), QStringLiteral("stac"), server.baseUrl(), true, {}}});
    f.dock->setCollections({QStringLiteral("naip")});
    f.dock->setArea(Base::GeoBox{-73.21, 43.99, -73.12, 44.05});
    f.dock->setMaxItems(1000);
    f.dock->setPageSize(10);

    QSignalSpy rows(f.dock->results(), &QAbstractItemModel::rowsInserted);
    QSignalSpy footprints(f.dock.get(), &Gui::CatalogDock::footprintsChanged);
    ASSERT_TRUE(f.runSearch());
    ProviderListModel* providers = f.dock->providers();
    EXPECT_EQ(providers->status(0).state, State::Done) << providers->statusText(0).toStdString()
                                                       << server.misses().join(u'\n').toStdString();
    EXPECT_EQ(f.dock->results()->rowCount(), 30);
    // Three pages of ten arrived one after the other, each appended as it came.
    EXPECT_EQ(rows.count(), 3);
    EXPECT_EQ(providers->status(0).items, 30);
    EXPECT_EQ(providers->status(0).matched, 30);
    EXPECT_TRUE(providers->statusText(0).contains(QStringLiteral("30 of 30"))) << providers->statusText(0).toStdString();
    const Catalog::Item& item = f.dock->results()->item(0);
    EXPECT_EQ(item.providerId, QStringLiteral("Astraea"));
    EXPECT_EQ(f.dock->results()->data(f.dock->results()->index(0, Gui::SearchResultsModel::ProviderColumn),
                                      Qt::DisplayRole).toString(),
              QStringLiteral("Astraea"));
    // Footprints follow the results to the map, one ring per item at the end.
    ASSERT_GE(footprints.count(), 3);
    EXPECT_EQ(footprints.last().at(0).value<QList<QPolygonF>>().size(), 30);
    // Selecting a result fills the item page and highlights its footprint.
    f.dock->resultsView()->setCurrentIndex(f.dock->results()->index(2, 0));
    EXPECT_EQ(f.dock->itemPage()->item().id, f.dock->results()->item(2).id);
    EXPECT_EQ(footprints.last().at(1).toInt(), 2);
}

TEST(CatalogDock, AFailingProviderShowsItsErrorOnItsRowAndTheOthersStillDeliver)
{
    ReplayServer earth({kEarth});
    ASSERT_TRUE(earth.start());
    DockFixture f({{QStringLiteral("Earth Search"), QStringLiteral("stac"), earth.local(kEarth + QStringLiteral("/v1")), true, {}},
                   {QStringLiteral("Broken"), QStringLiteral("stac"), earth.baseUrl() + QStringLiteral("/nowhere"), true, {}}});
    f.dock->setCollections({QStringLiteral("cop-dem-glo-30")});
    f.dock->setMaxItems(1);
    ASSERT_TRUE(f.runSearch());
    ProviderListModel* providers = f.dock->providers();
    const int good = providers->rowOf(QStringLiteral("Earth Search"));
    const int bad = providers->rowOf(QStringLiteral("Broken"));
    EXPECT_EQ(providers->status(good).state, State::Done);
    EXPECT_EQ(providers->status(bad).state, State::Failed);
    // The error row names the server.
    EXPECT_TRUE(providers->statusText(bad).contains(QStringLiteral("127.0.0.1"))) << providers->statusText(bad).toStdString();
    EXPECT_EQ(f.dock->results()->rowCount(), 1);
}

TEST(CatalogDock, AHostThatRefusesConnectionsIsShownUnreachable)
{
    // Port 1 on loopback is closed: the same transport failure an offline machine gets.
    DockFixture f({{QStringLiteral("Offline"), QStringLiteral("stac"), QStringLiteral("http://127.0.0.1:1/stac"), true, {}}});
    ASSERT_TRUE(f.runSearch());
    const int row = f.dock->providers()->rowOf(QStringLiteral("Offline"));
    EXPECT_EQ(f.dock->providers()->status(row).state, State::Unreachable)
        << f.dock->providers()->statusText(row).toStdString();
    EXPECT_FALSE(f.dock->isSearching());
}

TEST(CatalogDock, TestConnectionShowsTheCatalogueTitleAndVersion)
{
    ReplayServer earth({kEarth});
    ASSERT_TRUE(earth.start());
    DockFixture f({{QStringLiteral("Earth Search"), QStringLiteral("stac"), earth.local(kEarth + QStringLiteral("/v1")), true, {}}});
    QSignalSpy tested(f.dock.get(), &Gui::CatalogDock::connectionTested);
    f.dock->testConnection(0);
    EXPECT_EQ(f.dock->providers()->status(0).state, State::Testing);
    ASSERT_TRUE(tested.wait(20000));
    EXPECT_TRUE(tested.first().at(1).toBool()) << tested.first().at(2).toString().toStdString();
    EXPECT_TRUE(tested.first().at(2).toString().contains(QStringLiteral("STAC"))) << tested.first().at(2).toString().toStdString();
    EXPECT_EQ(f.dock->providers()->status(0).state, State::Done);
    EXPECT_TRUE(f.dock->providers()->statusText(0).startsWith(QStringLiteral("connected")));
}

TEST(CatalogDock, TestConnectionOfADeadEndpointReportsTheError)
{
    ReplayServer earth({kEarth});
    ASSERT_TRUE(earth.start());
    DockFixture f({{QStringLiteral("Nowhere"), QStringLiteral("stac"), earth.baseUrl() + QStringLiteral("/nowhere"), true, {}}});
    QSignalSpy tested(f.dock.get(), &Gui::CatalogDock::connectionTested);
    f.dock->testConnection(0);
    ASSERT_TRUE(tested.wait(20000));
    EXPECT_FALSE(tested.first().at(1).toBool());
    EXPECT_EQ(f.dock->providers()->status(0).state, State::Failed);
    EXPECT_TRUE(f.dock->providers()->statusText(0).contains(QStringLiteral("/nowhere")));
}

TEST(CatalogDock, CancelStopsTheSearchAndKeepsWhatArrived)
{
    Estran::Test::TestHttpServer slow;
    std::atomic<bool> release{false};
    slow.server().Get(R"(/.*)", [&release](const httplib::Request&, httplib::Response& res) {
        for (int i = 0; i < 400 && !release; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        res.set_content("{}", "application/json");
    });
    ASSERT_TRUE(slow.start());
    DockFixture f({{QStringLiteral("Slow"), QStringLiteral("stac"), slow.baseUrl(), true, {}}});
    f.dock->search();
    EXPECT_TRUE(f.dock->isSearching());
    QSignalSpy finished(f.dock.get(), &Gui::CatalogDock::searchFinished);
    f.dock->cancel();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(f.dock->isSearching());
    EXPECT_TRUE(f.dock->providers()->statusText(0).contains(QStringLiteral("cancelled")));
    release = true;
}

TEST(CatalogDock, FormStateSurvivesInSettings)
{
    Estran::Test::isolatedSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    {
        Gui::CatalogDock dock(quickClient(), nullptr, path);
        dock.setSearchText(QStringLiteral("chlorophyll"));
        dock.setCollections({QStringLiteral("a"), QStringLiteral("b")});
        dock.setArea(Base::GeoBox{-5.5, 43, 2, 51.25});
        dock.setTimeRange(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));
    }
    Gui::CatalogDock dock(quickClient(), nullptr, path);
    const Catalog::SearchQuery q = dock.query();
    EXPECT_EQ(q.text, QStringLiteral("chlorophyll"));
    EXPECT_EQ(q.collections, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    ASSERT_TRUE(q.bbox.has_value());
    EXPECT_DOUBLE_EQ(q.bbox->west, -5.5);
    EXPECT_DOUBLE_EQ(q.bbox->north, 51.25);
    EXPECT_EQ(q.start, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(q.end, QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));
}

TEST(CatalogDock, RemotePathsFollowTheAssetKind)
{
    Catalog::Asset dap{QStringLiteral("opendap"), QStringLiteral("https://tds.example.org/thredds/dodsC/sst.nc"),
                       QStringLiteral("application/vnd.opendap.dap4.dataset+xml"), {}, {}, {}, {}};
    EXPECT_EQ(*Gui::CatalogDock::remotePathFor(dap), dap.href);
    Catalog::Asset zarr{QStringLiteral("zarr"), QStringLiteral("https://data.example.org/cube.zarr"), {}, {}, {}, {}, {}};
    EXPECT_EQ(*Gui::CatalogDock::remotePathFor(zarr), QStringLiteral("ZARR:\"/vsicurl/https://data.example.org/cube.zarr\""));
    Catalog::Asset cog{QStringLiteral("B04"), QStringLiteral("https://data.example.org/B04.tif"),
                       QStringLiteral("image/tiff; application=geotiff; profile=cloud-optimized"), {}, {}, {}, {}};
    EXPECT_EQ(*Gui::CatalogDock::remotePathFor(cog), QStringLiteral("/vsicurl/https://data.example.org/B04.tif"));
    EXPECT_TRUE(Gui::ItemPageWidget::isOpenable(cog));
    EXPECT_TRUE(Gui::ItemPageWidget::isOpenable(dap));
    Catalog::Asset jpg{QStringLiteral("thumbnail"), QStringLiteral("https://x/y.jpg"), QStringLiteral("image/jpeg"), {}, {}, {}, {}};
    EXPECT_FALSE(Gui::ItemPageWidget::isOpenable(jpg));
}

TEST(ThumbnailCache, LoadsAQuicklookOnceOnAWorkerAndKeepsItSmall)
{
    QImage big(400, 200, QImage::Format_RGB32);
    big.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    big.save(&buffer, "PNG");
    std::atomic<int> hits{0};
    Estran::Test::TestHttpServer server;
    server.server().Get("/ql.png", [&](const httplib::Request&, httplib::Response& res) {
        ++hits;
        res.set_content(png.toStdString(), "image/png");
    });
    ASSERT_TRUE(server.start());
    Gui::ThumbnailCache cache(quickClient(), 64);
    const QString url = server.baseUrl() + QStringLiteral("/ql.png");
    QSignalSpy ready(&cache, &Gui::ThumbnailCache::thumbnailReady);
    EXPECT_TRUE(cache.image(url).isNull());
    EXPECT_TRUE(cache.image(url).isNull());  // still pending: no second request
    ASSERT_TRUE(ready.wait(10000));
    const QImage image = cache.image(url);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 64);
    EXPECT_EQ(image.height(), 32);
    EXPECT_EQ(cache.requestCount(), 1);
    EXPECT_EQ(hits.load(), 1);
}

TEST(SearchResultsModel, OnlyPaintedRowsAskForTheirQuicklook)
{
    Estran::Test::TestHttpServer server;
    server.server().Get(R"(/q/(\d+)\.png)", [](const httplib::Request&, httplib::Response& res) {
        res.status = 404;
    });
    ASSERT_TRUE(server.start());
    Gui::ThumbnailCache cache(quickClient(), 32);
    Gui::SearchResultsModel model;
    model.setThumbnailCache(&cache);
    QList<Catalog::Item> items;
    for (int i = 0; i < 200; ++i) {
        Catalog::Item item;
        item.id = QStringLiteral("item-%1").arg(i);
        item.assets.append({QStringLiteral("thumbnail"), server.baseUrl() + QStringLiteral("/q/%1.png").arg(i),
                            QStringLiteral("image/png"), {}, {QStringLiteral("thumbnail")}, {}, {}});
        items.append(item);
    }
    model.appendItems(items);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setDefaultSectionSize(40);
    view.resize(400, 300);
    view.show();
    QCoreApplication::processEvents();
    view.repaint();
    EXPECT_GT(cache.requestCount(), 0);
    EXPECT_LT(cache.requestCount(), 20);
}

TEST(SearchResultsModel, FootprintComesFromTheGeometryOrTheBox)
{
    Catalog::Item poly;
    poly.geometry = QJsonDocument::fromJson(R"({"type":"Polygon","coordinates":[[[0,0],[2,0],[2,1],[0,1],[0,0]]]})").object();
    auto rings = Gui::SearchResultsModel::footprint(poly);
    ASSERT_EQ(rings.size(), 1);
    EXPECT_EQ(rings.first().boundingRect(), QRectF(0, 0, 2, 1));
    Catalog::Item boxed;
    boxed.bbox = Base::GeoBox{170, -10, -170, 10};
    rings = Gui::SearchResultsModel::footprint(boxed);
    EXPECT_EQ(rings.size(), 2);  // split at the antimeridian
}

TEST(CatalogDock, ANetcdfAssetOverHttpOpensOrSaysWhyNot)
{
    // The path remotePathFor() gives must be one the data layer really opens: a netCDF file
    // served over plain HTTP (cpp-httplib answers HEAD and Range requests) read by netCDF-C's
    // byte-range mode.
    QFile file(QStringLiteral(ESTRAN_FIXTURES_DIR "/netcdf/iris-test-data-SMALL_total_column_co2.nc"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::string bytes = file.readAll().toStdString();
    Estran::Test::TestHttpServer server;
    server.server().Get("/co2.nc", [&bytes](const httplib::Request&, httplib::Response& res) {
        res.set_content(bytes, "application/x-netcdf");
    });
    ASSERT_TRUE(server.start());
    Catalog::Asset asset{QStringLiteral("data"), server.baseUrl() + QStringLiteral("/co2.nc"),
                         QStringLiteral("application/x-netcdf"), {}, {QStringLiteral("data")}, {}, {}};
    auto path = Gui::CatalogDock::remotePathFor(asset);
    if (!path.ok()) {
        // netCDF-C built without byte-range support (Debian 12): the dock must say so plainly,
        // and the data layer must indeed be unable to open the URL.
        EXPECT_EQ(path.error().kind(), Base::Error::Kind::Unsupported);
        EXPECT_TRUE(path.error().message().contains(QStringLiteral("byte-range")));
        EXPECT_FALSE(Data::ReaderRegistry::instance().open(asset.href + QStringLiteral("#mode=bytes")).ok());
        return;
    }
    EXPECT_EQ(*path, asset.href + QStringLiteral("#mode=bytes"));
    auto dataset = Data::ReaderRegistry::instance().open(*path);
    ASSERT_TRUE(dataset.ok()) << dataset.error().toString().toStdString();
    EXPECT_FALSE((*dataset)->variables().empty());
}

TEST(CatalogDock, TheFilterListsTheCollectionsFieldsAndRefusesToSearchWithAnInvalidExpression)
{
    const QString planetary = QStringLiteral("https://planetarycomputer.microsoft.com");
    ReplayServer server({planetary});
    ASSERT_TRUE(server.start());
    DockFixture f({{QStringLiteral("Planetary Computer"), QStringLiteral("stac"),
                    server.local(planetary + QStringLiteral("/api/stac/v1")), true, {}}});
    f.dock->setCollections({QStringLiteral("landsat-c2-l2")});
    auto* filter = f.dock->findChild<Gui::FilterEdit*>();
    ASSERT_NE(filter, nullptr);
    auto* fields = filter->findChild<QToolButton*>();
    ASSERT_NE(fields, nullptr);
    fields->click();  // loads the collection's queryables on a worker
    QElapsedTimer timer;
    timer.start();
    while (filter->queryables().isEmpty() && timer.elapsed() < 20000) QTest::qWait(50);
    ASSERT_FALSE(filter->queryables().isEmpty()) << server.misses().join(u'\n').toStdString();
    for (QMenu* menu : filter->findChildren<QMenu*>()) menu->close();

    filter->setText(QStringLiteral("eo:cloud_cover < 20 and instrument = oli"));
    EXPECT_TRUE(filter->problem().isEmpty()) << filter->problem().toStdString();
    const QJsonObject sent = f.dock->query().cql2Filter;
    EXPECT_EQ(sent.value(QStringLiteral("op")).toString(), QStringLiteral("and"));

    // A name the collection does not have is caught before anything is sent.
    filter->setText(QStringLiteral("cloud < 20"));
    EXPECT_TRUE(filter->problem().contains(QStringLiteral("eo:cloud_cover"))) << filter->problem().toStdString();
    QSignalSpy started(f.dock.get(), &Gui::CatalogDock::searchStarted);
    f.dock->search();
    EXPECT_EQ(started.count(), 0);
    EXPECT_FALSE(f.dock->isSearching());
}

TEST(CatalogDock, APolygonSelectionReachesTheQueryUntilTheBoxIsTyped)
{
    DockFixture f({});
    const QVector<QPointF> ring{{-5, 43}, {10, 43}, {2, 51}};
    f.dock->setArea(Base::GeoBox{-5, 43, 10, 51});
    f.dock->setPolygon(ring);
    Catalog::SearchQuery q = f.dock->query();
    EXPECT_EQ(q.polygon, ring);
    ASSERT_TRUE(q.bbox.has_value());
    EXPECT_DOUBLE_EQ(q.bbox->north, 51);
    // A box typed by hand is the area now.
    auto spins = f.dock->findChildren<QDoubleSpinBox*>();
    ASSERT_FALSE(spins.isEmpty());
    spins.first()->setValue(spins.first()->value() - 1);
    EXPECT_TRUE(f.dock->query().polygon.isEmpty());
}

TEST(CatalogDock, AProviderOfAPluginsTypeSearchesAndABrokenPluginIsAnErrorRowNamingItsFile)
{
    // The plugins of tests/catalog/plugin: a GeoJSON-listing provider, and one whose library
    // cannot be loaded.
    qputenv("ESTRAN_PLUGIN_PATH", QByteArray(ESTRAN_BINARY_DIR "/tests/plugins/geojsonlist:" ESTRAN_BINARY_DIR
                                                                "/tests/plugins/brokenproviders"));
    Catalog::ProviderRegistry::instance().rescanPlugins();
    Estran::Test::TestHttpServer http;
    const std::string listing = R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "p1", "bbox": [-5, 45, -4, 46], "geometry": null,
         "properties": {"title": "Profile 1", "datetime": "2024-01-10T00:00:00Z", "href": "p1.nc"}},
        {"type": "Feature", "id": "p2", "bbox": [-5, 45, -4, 46], "geometry": null,
         "properties": {"title": "Profile 2", "datetime": "2024-01-11T00:00:00Z", "href": "p2.nc"}}]})";
    http.server().Get("/listing.json", [&listing](const httplib::Request&, httplib::Response& res) {
        res.set_content(listing, "application/geo+json");
    });
    ASSERT_TRUE(http.start());
    DockFixture f({{QStringLiteral("Profiles"), QStringLiteral("geojson-list"), http.baseUrl() + QStringLiteral("/listing.json"),
                    true, {}},
                   {QStringLiteral("Broken plugin"), QStringLiteral("unresolved-type"), QStringLiteral("http://127.0.0.1:1/"),
                    true, {}}});
    ProviderListModel* providers = f.dock->providers();
    const int good = providers->rowOf(QStringLiteral("Profiles"));
    const int bad = providers->rowOf(QStringLiteral("Broken plugin"));
    EXPECT_NE(providers->status(good).state, State::Unavailable) << "the plugin's type is known before it is loaded";
    ASSERT_TRUE(f.runSearch());
    EXPECT_EQ(providers->status(good).state, State::Done) << providers->statusText(good).toStdString();
    EXPECT_EQ(f.dock->results()->rowCount(), 2);
    EXPECT_EQ(f.dock->results()->item(0).providerId, QStringLiteral("Profiles"));
    EXPECT_EQ(providers->status(bad).state, State::Failed) << providers->statusText(bad).toStdString();
    EXPECT_TRUE(providers->statusText(bad).contains(QStringLiteral("libestran_unresolvedprovider.so")))
        << providers->statusText(bad).toStdString();
}
