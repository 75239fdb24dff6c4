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


std::unique_ptr<CatalogProvider> csw(const QString& url, const Net::HttpClient& client)
{
    return Estran::Test::makeProvider(QStringLiteral("csw"), url, client);
}



const QString kPycsw = QStringLiteral("http://localhost");

std::string fixture(const QString& file, const ReplayServer& server) {
    QByteArray body = readFixture(QStringLiteral("csw/") + file);
    body.replace(kPycsw.toUtf8(), server.baseUrl().toUtf8());
    return body.toStdString();
}

/// pycsw at /pycsw/csw.py: GetCapabilities from the recording (or `capabilities` when given),
/// GetRecords POSTs answered by `records` from the request body; bodies are kept.
struct Pycsw {
    ReplayServer server{{kPycsw}};
    std::mutex mutex;
    QList<QByteArray> bodies;

    Pycsw(std::function<std::string(const QByteArray& body)> records,
          const QString& capabilities = {}) {
        if (!capabilities.isEmpty()) {
            server.server().Get("/pycsw/csw.py", [this, capabilities](const httplib::Request&,
                                                                      httplib::Response& res) {
                res.set_content(fixture(capabilities, server), "application/xml");
            });
        }
        server.server().Post("/pycsw/csw.py",
                             [this, records](const httplib::Request& req, httplib::Response& res) {
                                 const QByteArray body = QByteArray::fromStdString(req.body);
                                 {
                                     std::lock_guard lock(mutex);
                                     bodies << body;
                                 }
                                 res.set_content(records(body), "application/xml");
                             });
    }
    QString url() const { return server.baseUrl() + QStringLiteral("/pycsw/csw.py"); }
    QByteArray body(int i) {
        std::lock_guard lock(mutex);
        return bodies.value(i);
    }
};

}  // namespace

TEST(CswProvider, ReadsTheServiceTitleFromGetCapabilities) {
    Pycsw pycsw([](const QByteArray&) { return std::string(); });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    auto provider = csw(pycsw.url(), client);
    auto caps = provider->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->title, QStringLiteral("pycsw Geospatial Catalogue"));
    EXPECT_EQ(caps->protocolVersion, QStringLiteral("CSW 2.0.2"));
    EXPECT_TRUE(caps->notes.join(u' ').contains(QStringLiteral("Dublin Core")));
}

TEST(CswProvider, ReadsANonAsciiServiceTitle) {
    Pycsw pycsw([](const QByteArray&) { return std::string(); },
                QStringLiteral("pycsw-utf8-getcapabilities.xml"));
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    auto caps = csw(pycsw.url(), client)->capabilities(nullptr);
    ASSERT_TRUE(caps.ok()) << caps.error().toString().toStdString();
    EXPECT_EQ(caps->title, QStringLiteral("ErrŹĆŁÓdd"));
}

TEST(CswProvider, PostsAnOgcFilterForTextBoxAndTime) {
    Pycsw pycsw([&](const QByteArray&) {
        return fixture(QStringLiteral("pycsw-getrecords-filter-bbox.xml"), pycsw.server);
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    auto provider = csw(pycsw.url(), client);
    SearchQuery q;
    q.text = QStringLiteral("sea surface");
    q.bbox = Base::GeoBox{-5, 47, 20, 55};
    q.start = QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC);
    q.end = QDateTime(QDate(2011, 1, 1), QTime(0, 0), Qt::UTC);
    Collected got;
    auto summary = run(*provider, q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    const QString body = QString::fromUtf8(pycsw.body(0));
    EXPECT_TRUE(body.contains(QStringLiteral("resultType=\"results\"")));
    EXPECT_TRUE(
        body.contains(QStringLiteral("<ogc:PropertyName>csw:AnyText</"
                                     "ogc:PropertyName><ogc:Literal>%sea surface%</ogc:Literal>")));
    EXPECT_TRUE(body.contains(QStringLiteral(
        "<gml:lowerCorner>47 -5</gml:lowerCorner><gml:upperCorner>55 20</gml:upperCorner>")));
    EXPECT_TRUE(
        body.contains(QStringLiteral("<ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>dc:"
                                     "date</ogc:PropertyName><ogc:Literal>2010-01-01T00:00:00Z")));
    EXPECT_TRUE(
        body.contains(QStringLiteral("<ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>dc:date</"
                                     "ogc:PropertyName><ogc:Literal>2011-01-01T00:00:00Z")));
    EXPECT_TRUE(body.contains(QStringLiteral("<ogc:And>")));
}

TEST(CswProvider, ReadsDublinCoreRecordsWithLatitudeFirstBoundingBoxes) {
    Pycsw pycsw([&](const QByteArray&) {
        return fixture(QStringLiteral("pycsw-getrecords-filter-bbox.xml"), pycsw.server);
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 2);
    ASSERT_EQ(got.items.size(), 2);
    EXPECT_EQ(got.items[1].title, QStringLiteral("Ñunç elementum"));
    ASSERT_TRUE(got.items[0].bbox.has_value());
    EXPECT_DOUBLE_EQ(got.items[0].bbox->west, -4.1);
    EXPECT_DOUBLE_EQ(got.items[0].bbox->south, 47.59);
    EXPECT_DOUBLE_EQ(got.items[0].bbox->north, 51.22);
}

TEST(CswProvider, FollowsNextRecordUntilTheServerSaysThereIsNoMore) {
    Pycsw pycsw([&](const QByteArray& body) {
        // Page 1: 1 of 12 with nextRecord=2; page 2 answers with nextRecord=0.
        if (body.contains("startPosition=\"1\""))
            return fixture(QStringLiteral("pycsw-getrecords-maxrecords-nextrecord.xml"),
                           pycsw.server);
        return fixture(QStringLiteral("pycsw-getrecords-filter-bbox.xml"), pycsw.server);
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.pageSize = 1;
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(got.pageSizes, (QList<int>{1, 2}));
    EXPECT_TRUE(pycsw.body(1).contains("startPosition=\"2\""));
    EXPECT_TRUE(pycsw.body(2).isEmpty());
    EXPECT_FALSE(summary->truncated);
}

TEST(CswProvider, StopsAtMaxItemsAndReportsTheRecordsMatched) {
    Pycsw pycsw([&](const QByteArray&) {
        return fixture(QStringLiteral("pycsw-getrecords-maxrecords-nextrecord.xml"), pycsw.server);
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 1;
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 12);
    EXPECT_EQ(got.items.size(), 1);
    EXPECT_TRUE(summary->truncated);
    EXPECT_TRUE(pycsw.body(0).contains("maxRecords=\"1\""));
}

TEST(CswProvider, AsksForIso19139WithApisoTimeQueryablesWhenOffered) {
    Pycsw pycsw(
        [&](const QByteArray&) {
            return fixture(QStringLiteral("pycsw-apiso-getrecords-bbox-iso19139.xml"),
                           pycsw.server);
        },
        QStringLiteral("pycsw-apiso-getcapabilities.xml"));
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.start = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    q.maxItems = 5;
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    const QByteArray body = pycsw.body(0);
    EXPECT_TRUE(body.contains("outputSchema=\"http://www.isotc211.org/2005/gmd\""));
    EXPECT_TRUE(body.contains("typeNames=\"gmd:MD_Metadata\""));
    EXPECT_TRUE(body.contains("<ogc:PropertyName>apiso:TempExtent_end</ogc:PropertyName>"));
}

TEST(CswProvider, ReadsIso19139RecordsWithBoxesAndOnlineResources) {
    Pycsw pycsw(
        [&](const QByteArray&) {
            return fixture(QStringLiteral("pycsw-apiso-getrecords-bbox-iso19139.xml"),
                           pycsw.server);
        },
        QStringLiteral("pycsw-apiso-getcapabilities.xml"));
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 5;
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 17);
    ASSERT_EQ(got.items.size(), 5);
    EXPECT_EQ(got.items[0].title, QStringLiteral("test Title"));
    ASSERT_TRUE(got.items[0].bbox.has_value());
    ASSERT_FALSE(got.items[0].assets.isEmpty());
    EXPECT_EQ(got.items[0].assets[0].href,
              QStringLiteral("http://aiolos.survey.ntua.gr/geoserver/wms"));
}

TEST(CswProvider, ReadsGeoNetworkIsoRecordsAndTheirDistributionLinksOnly) {
    ReplayServer server({});
    server.server().Get("/csw", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(
            readFixture(QStringLiteral("csw/pycsw-apiso-getcapabilities.xml")).toStdString(),
            "application/xml");
    });
    server.server().Post("/csw", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(
            readFixture(QStringLiteral("csw/owslib-inspire-getrecords-response.xml")).toStdString(),
            "application/xml");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    SearchQuery q;
    q.maxItems = 2;
    Collected got;
    auto summary = run(*csw(server.baseUrl() + QStringLiteral("/csw"), client), q, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->matched.value_or(-1), 216);
    ASSERT_EQ(got.items.size(), 2);
    EXPECT_EQ(got.items[0].id, QStringLiteral("8dad9c98-0512-4845-a2bf-3ace1c93df6f"));
    EXPECT_EQ(got.items[1].title, QStringLiteral("CSW Suchdienst der ZAMG"));
    for (const Asset& a : got.items[1].assets)
        EXPECT_NE(a.href, QStringLiteral("http://www.zamg.ac.at")) << "a contact's home page";
    EXPECT_TRUE(summary->truncated);
}

TEST(CswProvider, AnExceptionReportIsAnErrorWithTheServersText) {
    Pycsw pycsw([&](const QByteArray&) {
        return fixture(QStringLiteral("pycsw-exception-invalid-xml.xml"), pycsw.server);
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().where().startsWith(pycsw.url()));
    const QString text =
        QString::fromUtf8(readFixture(QStringLiteral("csw/pycsw-exception-invalid-xml.xml")));
    const qsizetype from =
        text.indexOf(QStringLiteral("<ows:ExceptionText>")) + int(strlen("<ows:ExceptionText>"));
    const QString expected =
        text.mid(from, text.indexOf(QStringLiteral("</ows:ExceptionText>")) - from).simplified();
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_TRUE(summary.error().message().contains(expected.left(40)))
        << summary.error().message().toStdString();
}

TEST(CswProvider, AnExceptionReportToGetCapabilitiesIsAnError) {
    Pycsw pycsw([](const QByteArray&) { return std::string(); },
                QStringLiteral("pycsw-exception-invalid-request.xml"));
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    auto caps = csw(pycsw.url(), client)->capabilities(nullptr);
    ASSERT_FALSE(caps.ok());
    EXPECT_TRUE(caps.error().message().contains(
        QStringLiteral("Invalid value for request: GetCapabilitiese")));
    EXPECT_TRUE(caps.error().where().startsWith(pycsw.url()));
}

TEST(CswProvider, AnHtmlPageFromAProxyIsAnErrorNamingTheServer) {
    Pycsw pycsw([](const QByteArray&) {
        return readFixture(QStringLiteral("erddap/erddapy-jrc-search-503.html")).toStdString();
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error().where().startsWith(pycsw.url()));
    EXPECT_TRUE(summary.error().message().contains(QStringLiteral("HTML")));
}

TEST(CswProvider, TruncatedXmlIsAnErrorNamingTheServer) {
    Pycsw pycsw([&](const QByteArray&) {
        const std::string whole =
            fixture(QStringLiteral("pycsw-getrecords-filter-bbox.xml"), pycsw.server);
        return whole.substr(0, whole.size() / 2);
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::InvalidInput);
    EXPECT_TRUE(summary.error().where().startsWith(pycsw.url()));
    EXPECT_TRUE(got.items.isEmpty());
}

TEST(CswProvider, AServerErrorIsReportedWithTheUrl) {
    ReplayServer server({kPycsw});
    server.server().Post("/pycsw/csw.py", [](const httplib::Request&, httplib::Response& res) {
        res.status = 500;
        res.set_content(
            readFixture(QStringLiteral("erddap/erddapy-ncei-search-500.html")).toStdString(),
            "text/html");
    });
    ASSERT_TRUE(server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary =
        run(*csw(server.baseUrl() + QStringLiteral("/pycsw/csw.py"), client), SearchQuery{}, got);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind(), Base::Error::Kind::Network);
    EXPECT_TRUE(summary.error().where().startsWith(server.baseUrl()));
}

TEST(CswProvider, DublinCoreUrisBecomeAssetsByProtocol) {
    // A GeoNetwork-style answer built here around a recorded csw:Record, with the dc:URI
    // elements GeoNetwork adds for online resources.
    Pycsw pycsw([](const QByteArray&) {
        QByteArray record = readFixture(QStringLiteral("csw/owslib-csw-record-dc.xml"));
        record = record.mid(record.indexOf("<csw:Record"));
        record.replace(
            "</csw:Record>",
            "<dc:URI protocol=\"OGC:WMS\" name=\"species\">https://maps.example.org/wms</dc:URI>"
            "<dc:URI protocol=\"WWW:DOWNLOAD-1.0-http--download\" name=\"all species\">"
            "https://data.example.org/allspecies.nc</dc:URI></csw:Record>");
        const QByteArray response =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><csw:GetRecordsResponse "
            "xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\"><csw:SearchResults "
            "numberOfRecordsMatched=\"1\" "
            "numberOfRecordsReturned=\"1\" nextRecord=\"0\">" +
            record + "</csw:SearchResults></csw:GetRecordsResponse>";
        return response.toStdString();
    });
    ASSERT_TRUE(pycsw.server.start());
    Net::HttpClient client(quick());
    Collected got;
    auto summary = run(*csw(pycsw.url(), client), SearchQuery{}, got);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    ASSERT_EQ(got.items.size(), 1);
    const Item& item = got.items[0];
    EXPECT_EQ(item.title, QStringLiteral("ALLSPECIES"));
    ASSERT_TRUE(item.bbox.has_value());
    EXPECT_DOUBLE_EQ(item.bbox->west, -180.0);
    EXPECT_DOUBLE_EQ(item.bbox->south, -90.0);
    const QList<Asset> data = item.dataAssets();
    ASSERT_EQ(data.size(), 1);
    EXPECT_EQ(data[0].href, QStringLiteral("https://data.example.org/allspecies.nc"));
    EXPECT_EQ(data[0].type, QStringLiteral("application/x-netcdf"));
    EXPECT_TRUE(item.quicklookHref().isEmpty()) << "a WMS endpoint is no image";
    EXPECT_EQ(item.properties.value(QStringLiteral("keywords")).toArray().size(), 24);
}
