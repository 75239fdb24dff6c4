// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/downloader.h"

#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace Estran;
using namespace Estran::Net;
using Estran::Test::TestHttpServer;

namespace {

std::string makePayload(size_t size)
{
    std::string data(size, '\0');
    quint32 state = 12345;
    for (char& c : data) {
        state = state * 1103515245u + 12345u;
        c = char(state >> 24);
    }
    return data;
}

Checksum sha256Of(const std::string& data)
{
    return Checksum(Checksum::Algorithm::Sha256,
                    QCryptographicHash::hash(QByteArray::fromStdString(data), QCryptographicHash::Sha256));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

NetworkSettings noRetries()
{
    NetworkSettings s = NetworkSettings::defaults();
    s.maxRetries = 0;
    return s;
}

}  // namespace

TEST(Downloader, WritesTheFileAtomicallyAndVerifiesIt)
{
    const std::string payload = makePayload(300000);
    TestHttpServer server;
    server.server().Get("/data/sst.nc", [&payload](const httplib::Request&, httplib::Response& res) {
        res.set_content(payload, "application/x-netcdf");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    HttpClient client(noRetries());
    auto r = Downloader(client).download(server.baseUrl() + QStringLiteral("/data/sst.nc"), dir.path(),
                                         sha256Of(payload));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->path, dir.filePath(QStringLiteral("sst.nc")));
    EXPECT_TRUE(r->verified);
    EXPECT_EQ(readAll(r->path), QByteArray::fromStdString(payload));
    EXPECT_FALSE(QFile::exists(r->path + QStringLiteral(".part")));
}

TEST(Downloader, ResumesAfterDroppedConnection)
{
    const std::string payload = makePayload(1 << 20);
    const size_t dropAfter = 300000;
    std::atomic<int> calls{0};
    std::atomic<bool> sawRange{false};
    TestHttpServer server;
    server.server().Get("/file.bin", [&](const httplib::Request& req, httplib::Response& res) {
        if (calls++ == 0) {
            // Announce the whole length, then drop the connection part-way.
            res.set_content_provider(payload.size(), "application/octet-stream",
                                     [&](size_t offset, size_t, httplib::DataSink& sink) {
                                         if (offset >= dropAfter) return false;
                                         sink.write(payload.data() + offset, dropAfter - offset);
                                         return true;
                                     });
            return;
        }
        sawRange = req.has_header("Range");
        res.set_content(payload, "application/octet-stream");  // httplib answers 206 for ranges
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("file.bin"));
    HttpClient client(noRetries());
    Downloader downloader(client);
    const QString url = server.baseUrl() + QStringLiteral("/file.bin");

    auto first = downloader.download(url, target, sha256Of(payload));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().where(), url);
    EXPECT_FALSE(QFile::exists(target));
    const qint64 partial = QFileInfo(target + QStringLiteral(".part")).size();
    EXPECT_GT(partial, 0);
    EXPECT_LE(partial, qint64(dropAfter));

    auto second = downloader.download(url, target, sha256Of(payload));
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_TRUE(sawRange.load());
    EXPECT_EQ(second->resumedFrom, partial);
    EXPECT_TRUE(second->verified);
    EXPECT_EQ(readAll(target), QByteArray::fromStdString(payload));
}

TEST(Downloader, RestartsWhenTheServerIgnoresRange)
{
    const std::string payload = makePayload(200000);
    TestHttpServer server;
    server.server().Get("/norange", [&payload](const httplib::Request&, httplib::Response& res) {
        res.status = 200;
        res.set_chunked_content_provider("application/octet-stream",
                                         [&payload](size_t offset, httplib::DataSink& sink) {
                                             if (offset >= payload.size()) {
                                                 sink.done();
                                                 return true;
                                             }
                                             const size_t n = std::min<size_t>(65536, payload.size() - offset);
                                             sink.write(payload.data() + offset, n);
                                             return true;
                                         });
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("norange.bin"));
    {
        QFile stale(target + QStringLiteral(".part"));
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(5000, 'z'));
    }
    HttpClient client(noRetries());
    auto r = Downloader(client).download(server.baseUrl() + QStringLiteral("/norange"), target,
                                         sha256Of(payload));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(readAll(target), QByteArray::fromStdString(payload));
}

TEST(Downloader, RejectsACorruptFileAndKeepsNothing)
{
    const std::string payload = makePayload(50000);
    TestHttpServer server;
    server.server().Get("/corrupt", [&payload](const httplib::Request&, httplib::Response& res) {
        res.set_content(payload, "application/octet-stream");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    HttpClient client(noRetries());
    auto r = Downloader(client).download(server.baseUrl() + QStringLiteral("/corrupt"), dir.path(),
                                         sha256Of("something else"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::InvalidInput);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("Checksum")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(Downloader, VerifiesContentMd5WhenTheCatalogueGaveNoChecksum)
{
    const std::string payload = makePayload(40000);
    const QByteArray md5 = QCryptographicHash::hash(QByteArray::fromStdString(payload), QCryptographicHash::Md5);
    TestHttpServer server;
    server.server().Get("/md5", [&](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-MD5", md5.toBase64().toStdString());
        res.set_content(payload, "application/octet-stream");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    HttpClient client(noRetries());
    auto r = Downloader(client).download(server.baseUrl() + QStringLiteral("/md5"), dir.path());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->verified);
}

TEST(Downloader, CompletesWhenThePartFileAlreadyHoldsEverything)
{
    const std::string payload = makePayload(30000);
    TestHttpServer server;
    server.server().Get("/done", [&payload](const httplib::Request&, httplib::Response& res) {
        res.set_content(payload, "application/octet-stream");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("done.bin"));
    {
        QFile part(target + QStringLiteral(".part"));
        ASSERT_TRUE(part.open(QIODevice::WriteOnly));
        part.write(payload.data(), qint64(payload.size()));
    }
    HttpClient client(noRetries());
    auto r = Downloader(client).download(server.baseUrl() + QStringLiteral("/done"), target, sha256Of(payload));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(readAll(target), QByteArray::fromStdString(payload));
}

TEST(Downloader, NamesAMissingDestinationFolder)
{
    HttpClient client(noRetries());
    auto r = Downloader(client).download(QStringLiteral("http://127.0.0.1:9/x"),
                                         QStringLiteral("/nonexistent/dir/x.nc"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), QStringLiteral("/nonexistent/dir"));
}

TEST(Downloader, SendsTheApiKeyHeaderItWasGiven)
{
    TestHttpServer server;
    server.server().Get("/download/product.zip", [](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("X-API-Key") != "my-key") {
            res.status = 403;
            res.set_content("{\"detail\":\"Not authenticated\"}", "application/json");
            return;
        }
        res.set_content("zip bytes", "application/zip");
    });
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    HttpClient client(noRetries());
    const QString url = server.baseUrl() + QStringLiteral("/download/product.zip");
    auto refused = Downloader(client).download(url, dir.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("403"))) << refused.error().toString().toStdString();

    UrlAccess access;
    access.headers.append({QByteArrayLiteral("X-API-Key"), QByteArrayLiteral("my-key")});
    auto r = Downloader(client, access).download(url, dir.path());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(readAll(r->path), QByteArray("zip bytes"));
}
