// SPDX-License-Identifier: GPL-3.0-or-later
// `estran-cli search` and `estran-cli get` run as a user would, against real loopback servers.
#include "replayserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

}  // namespace

TEST(CliSearch, PrintsEveryItemOfEveryPageAsJson)
{
    Estran::Test::ReplayServer server({QStringLiteral("https://planetarycomputer.microsoft.com")});
    ASSERT_TRUE(server.start());
    const QString url = server.local(QStringLiteral("https://planetarycomputer.microsoft.com/api/stac/v1"));
    // --max 10 makes the CLI ask for pages of ten, as the recorded request did.
    const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac:") + url,
                       QStringLiteral("--bbox"), QStringLiteral("-73.21,43.99,-73.12,44.05"),
                       QStringLiteral("--collection"), QStringLiteral("naip"), QStringLiteral("--max"),
                       QStringLiteral("10"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 10);
    const QJsonObject first = items.first().toObject();
    for (const char* key : {"id", "title", "collection", "bbox", "start", "end", "assets"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("collection")).toString(), QStringLiteral("naip"));
    EXPECT_EQ(first.value(QStringLiteral("bbox")).toArray().size(), 4);
    const QJsonObject asset = first.value(QStringLiteral("assets")).toArray().first().toObject();
    for (const char* key : {"key", "href", "type", "roles"}) EXPECT_TRUE(asset.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(doc.contains(QStringLiteral("matched")));
}

TEST(CliSearch, FailsWithOneLineNamingAnUnreachableServer)
{
    const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--provider"),
                       QStringLiteral("stac:http://127.0.0.1:9/stac"), QStringLiteral("--json")});
    EXPECT_NE(r.exitCode, 0);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1) << r.err.toStdString();
    EXPECT_TRUE(lines.first().startsWith("http://127.0.0.1:9/stac: ")) << r.err.toStdString();
}

TEST(CliSearch, RejectsAMalformedBbox)
{
    const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac:http://127.0.0.1:9"),
                       QStringLiteral("--bbox"), QStringLiteral("10,20,30")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--bbox"));
}

TEST(CliGet, DownloadsAndVerifiesAChecksum)
{
    const QByteArray payload(200000, 'e');
    Estran::Test::TestHttpServer server;
    server.server().Get("/sst.nc", [&payload](const httplib::Request&, httplib::Response& res) {
        res.set_content(payload.toStdString(), "application/x-netcdf");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    const QString digest = QStringLiteral("sha256:") +
                           QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    const CliRun r = cli({QStringLiteral("get"), server.baseUrl() + QStringLiteral("/sst.nc"), QStringLiteral("--out"),
                       dir.path(), QStringLiteral("--checksum"), digest});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(dir.filePath(QStringLiteral("sst.nc")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), payload);
    EXPECT_TRUE(r.out.contains("verified"));
}

TEST(CliGet, SendsTheGivenHeaderSuchAsAGeodesApiKey)
{
    Estran::Test::TestHttpServer server;
    server.server().Get("/api/download/S2.zip", [](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("X-API-Key") != "secret key") {
            res.status = 401;
            return;
        }
        res.set_content("product", "application/zip");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    const QString url = server.baseUrl() + QStringLiteral("/api/download/S2.zip");
    const CliRun refused = cli({QStringLiteral("get"), url, QStringLiteral("--out"), dir.path()});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains("401")) << refused.err.toStdString();
    const CliRun r = cli({QStringLiteral("get"), url, QStringLiteral("--out"), dir.path(), QStringLiteral("--header"),
                          QStringLiteral("X-API-Key: secret key")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("S2.zip"))));
    const CliRun bad = cli({QStringLiteral("get"), url, QStringLiteral("--header"), QStringLiteral("no colon")});
    EXPECT_EQ(bad.exitCode, 2) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("--header")) << bad.err.toStdString();
}

TEST(CliSearch, ListsQueryablesSoUsersCanWriteFilters)
{
    Estran::Test::ReplayServer server({QStringLiteral("https://planetarycomputer.microsoft.com")});
    ASSERT_TRUE(server.start());
    const QString url = server.local(QStringLiteral("https://planetarycomputer.microsoft.com/api/stac/v1"));
    const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac:") + url,
                          QStringLiteral("--collection"), QStringLiteral("landsat-c2-l2"), QStringLiteral("--queryables"),
                          QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("queryables")).toArray();
    QJsonObject cloud;
    for (const QJsonValue& v : list) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"eo:cloud_cover") cloud = v.toObject();
    }
    EXPECT_EQ(cloud.value(QStringLiteral("type")).toString(), QStringLiteral("number"));
    EXPECT_EQ(cloud.value(QStringLiteral("maximum")).toDouble(), 100.0);

    const CliRun text = cli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac:") + url,
                             QStringLiteral("--collection"), QStringLiteral("landsat-c2-l2"), QStringLiteral("--queryables")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("instrument  string  {etm+, oli, tirs, tm}")) << text.out.toStdString();
}

TEST(CliSearch, RefusesAMalformedFilterWithThePosition)
{
    const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac:http://127.0.0.1:9/stac"),
                          QStringLiteral("--filter"), QStringLiteral("eo:cloud_cover 20")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("operator")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("character 16")) << r.err.toStdString();
}
