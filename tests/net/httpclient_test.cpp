// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/httpclient.h"

#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Estran;
using namespace Estran::Net;
using Estran::Test::TestHttpServer;

namespace {

NetworkSettings fastRetries()
{
    NetworkSettings s = NetworkSettings::defaults();
    s.retryBaseDelayMs = 10;
    s.maxRetries = 3;
    s.connectTimeoutMs = 2000;
    return s;
}

HttpRequest get(const QString& url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

}  // namespace

TEST(HttpClient, FetchesBodyAndHeaders)
{
    TestHttpServer server;
    server.server().Get("/hello", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("X-Test", "yes");
        res.set_content("hello world", "text/plain");
    });
    ASSERT_TRUE(server.start());
    auto r = HttpClient(fastRetries()).fetch(get(server.baseUrl() + QStringLiteral("/hello")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, QByteArray("hello world"));
    EXPECT_EQ(r->header("x-test"), QByteArray("yes"));
}

TEST(HttpClient, SendsAUserAgentAndPostBody)
{
    TestHttpServer server;
    server.server().Post("/search", [](const httplib::Request& req, httplib::Response& res) {
        res.set_content(req.get_header_value("User-Agent") + "|" + req.body, "text/plain");
    });
    ASSERT_TRUE(server.start());
    HttpRequest request = get(server.baseUrl() + QStringLiteral("/search"));
    request.method = HttpRequest::Method::Post;
    request.body = R"({"limit":10})";
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    auto r = HttpClient(fastRetries()).fetch(request);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->body.startsWith("Estran/"));
    EXPECT_TRUE(r->body.endsWith(R"(|{"limit":10})"));
}

TEST(HttpClient, FollowsRedirects)
{
    TestHttpServer server;
    server.server().Get("/old", [](const httplib::Request&, httplib::Response& res) {
        res.set_redirect("/new");
    });
    server.server().Get("/new", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("moved here", "text/plain");
    });
    ASSERT_TRUE(server.start());
    auto r = HttpClient(fastRetries()).fetch(get(server.baseUrl() + QStringLiteral("/old")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->body, QByteArray("moved here"));
    EXPECT_TRUE(r->effectiveUrl.endsWith(QStringLiteral("/new")));
}

TEST(HttpClient, RetriesServiceUnavailableHonouringRetryAfter)
{
    TestHttpServer server;
    std::atomic<int> calls{0};
    server.server().Get("/busy", [&calls](const httplib::Request&, httplib::Response& res) {
        if (++calls < 3) {
            res.status = 503;
            res.set_header("Retry-After", "0");
            res.set_content("<html><body>Busy</body></html>", "text/html");
            return;
        }
        res.set_content("finally", "text/plain");
    });
    ASSERT_TRUE(server.start());
    auto r = HttpClient(fastRetries()).fetch(get(server.baseUrl() + QStringLiteral("/busy")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->body, QByteArray("finally"));
    EXPECT_EQ(r->retries, 2);
    EXPECT_EQ(calls.load(), 3);
}

TEST(HttpClient, GivesUpAfterMaxRetriesNamingTheServer)
{
    TestHttpServer server;
    std::atomic<int> calls{0};
    server.server().Get("/broken", [&calls](const httplib::Request&, httplib::Response& res) {
        ++calls;
        res.status = 500;
        res.set_content("<html><h1>Internal Server Error</h1><p>database down</p></html>", "text/html");
    });
    ASSERT_TRUE(server.start());
    const QString url = server.baseUrl() + QStringLiteral("/broken");
    auto r = HttpClient(fastRetries()).fetch(get(url));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), url);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("500")));
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("database down")));
    EXPECT_FALSE(r.error().detail().contains(u'<'));
    EXPECT_EQ(calls.load(), 4);  // first try + 3 retries
}

TEST(HttpClient, DoesNotRetryClientErrors)
{
    TestHttpServer server;
    std::atomic<int> calls{0};
    server.server().Get("/missing", [&calls](const httplib::Request&, httplib::Response& res) {
        ++calls;
        res.status = 404;
    });
    ASSERT_TRUE(server.start());
    auto r = HttpClient(fastRetries()).fetch(get(server.baseUrl() + QStringLiteral("/missing")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::NotFound);
    EXPECT_EQ(calls.load(), 1);
}

TEST(HttpClient, ReportsARefusedConnectionWithTheUrl)
{
    // Bind then close a server to get a port nobody listens on.
    int port = 0;
    {
        TestHttpServer server;
        ASSERT_TRUE(server.start());
        port = server.port();
    }
    NetworkSettings s = fastRetries();
    s.maxRetries = 0;
    const QString url = QStringLiteral("http://127.0.0.1:%1/x").arg(port);
    auto r = HttpClient(s).fetch(get(url));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::Network);
    EXPECT_EQ(r.error().where(), url);
}

TEST(HttpClient, DecodesCompressedBodies)
{
    TestHttpServer server;
    const std::string big(100000, 'a');
    server.server().Get("/big", [&big](const httplib::Request&, httplib::Response& res) {
        res.set_content(big, "text/plain");  // httplib gzips when the client accepts it
    });
    ASSERT_TRUE(server.start());
    auto r = HttpClient(fastRetries()).fetch(get(server.baseUrl() + QStringLiteral("/big")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->body.size(), qsizetype(big.size()));
    // The body arrived compressed (brotli or gzip, as negotiated) and libcurl decoded it.
    const QByteArray encoding = r->header("content-encoding");
    EXPECT_TRUE(encoding == "br" || encoding == "gzip") << encoding.toStdString();
}

TEST(HttpClient, CancelStopsASlowTransferQuickly)
{
    TestHttpServer server;
    std::atomic<bool> stop{false};
    server.server().Get("/slow", [&stop](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider("text/plain", [&stop](size_t, httplib::DataSink& sink) {
            if (stop) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            sink.write("x", 1);
            return true;
        });
    });
    ASSERT_TRUE(server.start());
    Base::Feedback feedback;
    std::thread canceller([&feedback] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        feedback.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    auto r = HttpClient(fastRetries()).fetch(get(server.baseUrl() + QStringLiteral("/slow")), &feedback);
    canceller.join();
    stop = true;
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::Cancelled);
    EXPECT_LT(timer.elapsed(), 5000);
}

class HttpClientTls : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        const int rc = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
             QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("1"),
             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")});
        ASSERT_EQ(rc, 0) << "openssl could not create a self-signed certificate";
    }
    QTemporaryDir m_dir;
    QString m_cert, m_key;
};

TEST_F(HttpClientTls, RefusesASelfSignedCertificateByDefault)
{
    TestHttpServer server(m_cert, m_key);
    server.server().Get("/secret", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("secret", "text/plain");
    });
    ASSERT_TRUE(server.start());
    NetworkSettings s = fastRetries();
    s.maxRetries = 0;
    auto r = HttpClient(s).fetch(get(server.baseUrl() + QStringLiteral("/secret")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Base::Error::Kind::Network);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("certificate")))
        << r.error().toString().toStdString();
}

TEST_F(HttpClientTls, TrustsACertificateFromTheCustomCaBundle)
{
    TestHttpServer server(m_cert, m_key);
    server.server().Get("/secret", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("secret", "text/plain");
    });
    ASSERT_TRUE(server.start());
    NetworkSettings s = fastRetries();
    s.caBundle = m_cert;
    auto r = HttpClient(s).fetch(get(server.baseUrl() + QStringLiteral("/secret")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->body, QByteArray("secret"));
}
