// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "providertestkit.h"
#include "replayserver.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Catalog;
using Estran::Test::readFixture;
using Estran::Test::ReplayServer;
using Estran::Test::Collected;
using Estran::Test::assetByKey;
using Estran::Test::quick;
using Estran::Test::run;

namespace {


std::unique_ptr<CatalogProvider> thredds(const QString& url, const Net::HttpClient& client)
{
    return Estran::Test::makeProvider(QStringLiteral("thredds"), url, client);
}




const QString kEreefs = QStringLiteral("http://ereeftds.bom.gov.au");
const QString kNcei = QStringLiteral("https://www.ncei.noaa.gov");
const QString kUcar = QStringLiteral("http://thredds.ucar.edu");
const QString kTds5 = QStringLiteral("http://thredds-test.unidata.ucar.edu");
const QString kOceandata = QStringLiteral("https://oceandata.sci.gsfc.nasa.gov");

const QString kEreefsCatalog = QStringLiteral("/ereefs/tds/catalog/ereef/mwq/P1A/catalog.xml");
const QString kNceiCatalog = QStringLiteral("/thredds/catalog/namanl/201802/20180220/catalog.xml");

}  // namespace

TEST(ThreddsProvider, ResolvesServiceBasesUnderANonStandardContextPath) {
    ReplayServer server({kEreefs});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary =
        run(*thredds(server.local(kEreefs + kEreefsCatalog), client), SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_FALSE(got.items.isEmpty());
    const Item& first = got.items[0];
    EXPECT_EQ(first.title, QStringLiteral("A20020101.P1A.ANN_MIM_RMP.nc"));
    const Asset* opendap = assetByKey(first, QStringLiteral("opendap"));
    ASSERT_NE(opendap, nullptr);
    EXPECT_EQ(opendap->href,
              server.baseUrl() +
                  QStringLiteral("/ereefs/tds/dodsC/ereef/mwq/P1A/A20020101.P1A.ANN_MIM_RMP.nc"));
    const Asset* file = assetByKey(first, QStringLiteral("data"));
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(
        file->href,
        server.baseUrl() +
            QStringLiteral("/ereefs/tds/fileServer/ereef/mwq/P1A/A20020101.P1A.ANN_MIM_RMP.nc"));
    EXPECT_EQ(file->type, QStringLiteral("application/x-netcdf"));
    EXPECT_EQ(file->size.value_or(0), qint64(94.89e6));
}

TEST(ThreddsProvider, DatasetsInheritServiceAndDataTypeFromTheirParentsMetadata) {
    ReplayServer server({kNcei});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*thredds(server.local(kNcei + kNceiCatalog), client), SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_FALSE(got.items.isEmpty());
    const Item& first = got.items[0];
    EXPECT_EQ(first.properties.value(QStringLiteral("dataType")).toString(),
              QStringLiteral("GRID"));
    EXPECT_EQ(first.collection, QStringLiteral("20180220"));
    const Asset* ncss = assetByKey(first, QStringLiteral("ncss"));
    ASSERT_NE(ncss, nullptr);
    EXPECT_EQ(ncss->href, server.baseUrl() + QStringLiteral("/thredds/ncss/grid/") +
                              first.properties.value(QStringLiteral("urlPath")).toString() +
                              QStringLiteral("/dataset.html"));
    const Asset* wms = assetByKey(first, QStringLiteral("wms"));
    ASSERT_NE(wms, nullptr);
    EXPECT_TRUE(wms->href.contains(QStringLiteral("request=GetCapabilities")));
    EXPECT_EQ(wms->roles, QStringList{QStringLiteral("service")});
    EXPECT_TRUE(first.quicklookHref().isEmpty()) << "a WMS endpoint is no image";
}

TEST(ThreddsProvider, FiltersDatasetsByTheWordsOfTheirNames) {
    ReplayServer server({kEreefs});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.text = QStringLiteral("a2005 RMP");
    Collected got;
    auto summary = run(*thredds(server.local(kEreefs + kEreefsCatalog), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 1);
    EXPECT_EQ(got.items[0].title, QStringLiteral("A20050101.P1A.ANN_MIM_RMP.nc"));
}

TEST(ThreddsProvider, SwitchesABrowserCatalogUrlToItsXmlTwin) {
    ReplayServer server({kTds5});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto provider = thredds(
        server.local(kTds5 +
                     QStringLiteral("/thredds/catalog/grib/NCEP/RAP/CONUS_13km/catalog.html")),
        client);
    EXPECT_TRUE(provider->url().endsWith(QStringLiteral("/CONUS_13km/catalog.xml")));
    auto caps = provider->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->title, QStringLiteral("Rapid Refresh CONUS 13km"));
}

TEST(ThreddsProvider, ReadsALargeCatalogWithoutFetchingItsChildrenWhenEnoughItemsCame) {
    ReplayServer server({kTds5});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 2;
    Collected got;
    auto summary = run(
        *thredds(server.local(kTds5 + QStringLiteral(
                                          "/thredds/catalog/grib/NCEP/RAP/CONUS_13km/catalog.xml")),
                 client),
        q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 2);
    EXPECT_EQ(got.items[0].id, QStringLiteral("grib/NCEP/RAP/CONUS_13km/TwoD"));
    EXPECT_EQ(got.items[1].id, QStringLiteral("grib/NCEP/RAP/CONUS_13km/Best"));
    EXPECT_TRUE(summary->truncated);
    EXPECT_EQ(server.hits(), 1);
}

TEST(ThreddsProvider, ListsTheChildCatalogsOfALargeCatalogAsCollections) {
    ReplayServer server({kTds5});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto collections =
        thredds(server.local(kTds5 + QStringLiteral(
                                         "/thredds/catalog/grib/NCEP/RAP/CONUS_13km/catalog.xml")),
                client)
            ->collections(nullptr);
    ASSERT_TRUE(collections.ok()) << collections.error().toString().toStdString();
    const QString xml =
        QString::fromUtf8(readFixture(QStringLiteral("thredds/siphon-tds5-rap-catalog-large.xml")));
    const qsizetype refs = xml.count(QStringLiteral("<catalogRef"));
    ASSERT_GT(refs, 100);
    // Every catalogRef, the "latest" resolver, and the top dataset grouping them.
    EXPECT_EQ(collections->size(), refs + 2);
}

TEST(ThreddsProvider, FollowsTheTds5RedirectAndResolvesChildCatalogsAgainstTheFinalUrl) {
    ReplayServer server({kTds5});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto collections = thredds(server.local(kTds5 + QStringLiteral("/thredds/catalog.xml")), client)
                           ->collections(nullptr);
    ASSERT_TRUE(collections.ok()) << collections.error().toString().toStdString();
    bool found = false;
    for (const Collection& c : *collections)
        if (c.id == server.baseUrl() + QStringLiteral("/thredds/catalog/idd/forecastModels.xml"))
            found = true;
    EXPECT_TRUE(found);
}

TEST(ThreddsProvider, FollowsAPermanentRedirectToAHyraxCatalog) {
    // oceandata answers http:// with a 301 to https:// on the same path; on one loopback server
    // that would point at itself, so the 301 (with oceandata's own body) points at the recorded
    // Hyrax catalog instead.
    ReplayServer server({kOceandata});
    server.server().Get("/opendap/SeaWiFS/L3SMI/2001/001/catalog.xml", [](const httplib::Request&,
                                                                          httplib::Response& res) {
        res.status = 301;
        res.set_header("Location", "/opendap/SeaWiFS/L3SMI/2000/0101/catalog.xml");
        res.set_content(
            readFixture(QStringLiteral("thredds/siphon-oceandata-http-301.html")).toStdString(),
            "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1000;
    Collected got;
    auto summary = run(
        *thredds(server.baseUrl() + QStringLiteral("/opendap/SeaWiFS/L3SMI/2001/001/catalog.xml"),
                 client),
        q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    const qsizetype expected =
        readFixture(QStringLiteral("thredds/siphon-oceandata-hyrax-catalog.xml"))
            .count("<thredds:access ");
    EXPECT_EQ(got.items.size(), expected);
    const Asset* opendap = assetByKey(got.items[0], QStringLiteral("opendap"));
    ASSERT_NE(opendap, nullptr);
    EXPECT_EQ(opendap->href,
              server.baseUrl() +
                  QStringLiteral("/opendap/hyrax/SeaWiFS/L3SMI/2000/0101/"
                                 "SEASTAR_SEAWIFS_GAC.20000101.L3m.DAY.CHL.chlor_a.9km.nc"));
}

TEST(ThreddsProvider, WalksCatalogRefsOneCatalogPerPage) {
    ReplayServer server({kEreefs, kNcei});
    server.server().Get("/top/catalog.xml", [](const httplib::Request&, httplib::Response& res) {
        const QString xml =
            QStringLiteral(
                "<catalog xmlns=\"http://www.unidata.ucar.edu/namespaces/thredds/InvCatalog/v1.0\" "
                "xmlns:xlink=\"http://www.w3.org/1999/xlink\" name=\"top\"><dataset "
                "name=\"Marine\">"
                "<catalogRef xlink:href=\"%1\" xlink:title=\"eReefs\"/><catalogRef "
                "xlink:href=\"%2\" xlink:title=\"NAM\"/>"
                "</dataset></catalog>")
                .arg(kEreefsCatalog, kNceiCatalog);
        res.set_content(xml.toStdString(), "application/xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1000;
    Collected got;
    auto summary =
        run(*thredds(server.baseUrl() + QStringLiteral("/top/catalog.xml"), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    const int ereefs =
        int(readFixture(QStringLiteral("thredds/siphon-ereefs-bom-catalog.xml")).count("urlPath="));
    const int ncei =
        int(readFixture(QStringLiteral("thredds/siphon-ncei-embedded-metadata-catalog.xml"))
                .count("urlPath="));
    EXPECT_EQ(got.pageSizes, (QList<int>{0, ereefs, ncei}));
    EXPECT_FALSE(summary->truncated);
}

TEST(ThreddsProvider, StopsFollowingCatalogRefsBelowTheDepthLimit) {
    // Each catalog holds one dataset and refers to the next, without end.
    ReplayServer server({});
    server.server().Get(R"(/deep/(\d+)/catalog.xml)", [](const httplib::Request& req,
                                                         httplib::Response& res) {
        const int level = std::stoi(req.matches[1].str());
        const QString xml =
            QStringLiteral(
                "<catalog xmlns=\"http://www.unidata.ucar.edu/namespaces/thredds/InvCatalog/v1.0\" "
                "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><service name=\"http\" "
                "serviceType=\"HTTPServer\" base=\"/files/\"/>"
                "<dataset name=\"level%1.nc\" urlPath=\"level%1.nc\" serviceName=\"http\"/>"
                "<catalogRef xlink:href=\"../%2/catalog.xml\" xlink:title=\"next\"/></catalog>")
                .arg(level)
                .arg(level + 1);
        res.set_content(xml.toStdString(), "application/xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1000;
    Collected got;
    auto summary =
        run(*thredds(server.baseUrl() + QStringLiteral("/deep/0/catalog.xml"), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    // The start catalog and four levels of references (the provider's default depth).
    EXPECT_EQ(got.items.size(), 5);
    EXPECT_EQ(got.items.last().title, QStringLiteral("level4.nc"));
}

TEST(ThreddsProvider, AFailingChildCatalogIsReportedAfterTheEarlierPagesWereDelivered) {
    // forecastModels.xml is recorded; the catalogs it refers to are not (the server answers 404).
    ReplayServer server({kUcar});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    SearchQuery q;
    q.maxItems = 1000;
    auto summary =
        run(*thredds(server.local(kUcar + QStringLiteral("/thredds/catalog.xml")), client), q, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::NotFound);
    EXPECT_TRUE(summary.error().where().startsWith(server.baseUrl() + QStringLiteral("/thredds/")));
    EXPECT_GE(got.pageSizes.size(), 1);
}

TEST(ThreddsProvider, AServerErrorNamesTheCatalogUrl) {
    ReplayServer server({kTds5});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.local(
        kTds5 + QStringLiteral("/thredds/catalog/noaaport/text/tropical/atlantic/hdob/latest.xml"));
    Collected got;
    auto summary = run(*thredds(url, client), SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().where(), url);
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Network);
}

TEST(ThreddsProvider, ATruncatedCatalogIsAnErrorNamingItsUrl) {
    ReplayServer server({});
    server.server().Get("/cut/catalog.xml", [](const httplib::Request&, httplib::Response& res) {
        const QByteArray whole =
            readFixture(QStringLiteral("thredds/siphon-ereefs-bom-catalog.xml"));
        res.set_content(whole.left(whole.size() * 2 / 3).toStdString(), "application/xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.baseUrl() + QStringLiteral("/cut/catalog.xml");
    Collected got;
    auto summary = run(*thredds(url, client), SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().where(), url);
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::InvalidInput);
}

TEST(ThreddsProvider, AnHtmlPageIsNotTakenForACatalog) {
    ReplayServer server({kTds5});
    server.server().Get("/page", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(
            readFixture(QStringLiteral("thredds/siphon-tds5-rap-catalog.html")).toStdString(),
            "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    const QString url = server.baseUrl() + QStringLiteral("/page");
    auto caps = thredds(url, client)->capabilities(nullptr);
    ASSERT_FALSE(caps.ok());
    EXPECT_EQ(caps.error().where(), url);
    EXPECT_TRUE(caps.error().message().contains(QStringLiteral("HTML")));
}

TEST(ThreddsProvider, StopsWalkingWhenThePageHandlerSaysSo) {
    ReplayServer server({kEreefs, kNcei});
    server.server().Get("/top/catalog.xml", [](const httplib::Request&, httplib::Response& res) {
        const QString xml =
            QStringLiteral(
                "<catalog xmlns=\"http://www.unidata.ucar.edu/namespaces/thredds/InvCatalog/v1.0\" "
                "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><catalogRef xlink:href=\"%1\" "
                "xlink:title=\"a\"/>"
                "<catalogRef xlink:href=\"%2\" xlink:title=\"b\"/></catalog>")
                .arg(kEreefsCatalog, kNceiCatalog);
        res.set_content(xml.toStdString(), "application/xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1000;
    int pages = 0;
    auto summary =
        thredds(server.baseUrl() + QStringLiteral("/top/catalog.xml"), client)
            ->search(
                q, [&pages](const SearchPage& page) { return ++pages < 2 || page.items.isEmpty(); },
                nullptr);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(pages, 2);
    EXPECT_EQ(server.hits(), 1);  // the NCEI catalog was never asked for
}

TEST(ThreddsProvider, ReadsARamaddaCatalogDeclaredAsIso88591) {
    const QString ramadda = QStringLiteral("http://weather.rsmas.miami.edu");
    ReplayServer server({ramadda});
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    auto collections =
        thredds(server.local(ramadda + QStringLiteral("/repository?output=thredds.catalog")),
                client)
            ->collections(nullptr);
    ASSERT_TRUE(collections.ok()) << collections.error().toString().toStdString();
    // The grouping dataset and its twelve catalogRefs.
    ASSERT_EQ(collections->size(), 13);
    EXPECT_EQ(collections->at(0).title,
              QStringLiteral("RSMAS-UM Repository for atm-ocean data and its science"));
    EXPECT_EQ(collections->at(1).title, QStringLiteral("AMIE-DYNAMO data archive"));
    EXPECT_EQ(collections->at(1).id,
              server.baseUrl() +
                  QStringLiteral(
                      "/repository/entry/"
                      "show?entryid=5c0355aa-bcc1-4b90-808f-48ecc03b7989&output=thredds.catalog"));
}
