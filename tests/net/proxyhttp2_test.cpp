// SPDX-License-Identifier: GPL-3.0-or-later
// The client against real servers a user's network puts in the way, on 127.0.0.1: nginx speaking
// HTTP/2 over TLS (ALPN), and a tinyproxy forward proxy named by the http_proxy environment
// variable (with no_proxy honoured), as libcurl reads them.
#include "estran/net/downloader.h"
#include "estran/net/httpclient.h"

#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <mutex>

using namespace Estran;
using namespace Estran::Net;

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// A port nobody listens on now (the kernel picks it; the daemon binds it right after).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool waitForPort(int port, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = loopback(port);
        const bool up = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        if (up) return true;
        QThread::msleep(50);
    }
    return false;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// A server process from Debian, stopped with the test.
struct Daemon {
    QProcess process;
    ~Daemon()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) process.kill();
            process.waitForFinished(2000);
        }
    }
};

QByteArray pattern(int size)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i) data[i] = char((i * 131 + i / 7) & 0xff);
    return data;
}

}  // namespace

TEST(HttpClientOverRealServers, SpeaksHttp2WithNginxOverTls)
{
    if (QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")}).isEmpty())
        GTEST_FAIL() << "nginx is missing: scripts/install-deps.sh installs nginx-light";
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                 QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAll().toStdString();
    QDir(dir.path()).mkpath(QStringLiteral("www"));
    QDir(dir.path()).mkpath(QStringLiteral("logs"));
    const QByteArray payload = pattern(3 * 1024 * 1024 + 17);
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("www/sst.nc")), payload));
    const int port = freePort();
    ASSERT_GT(port, 0);
    // Root's workers would otherwise run as nobody and not read the private temporary folder.
    const QByteArray user = ::geteuid() == 0 ? "user root;\n" : "";
    const QByteArray conf = user + "daemon off;\nworker_processes 1;\npid " + dir.filePath(QStringLiteral("nginx.pid")).toUtf8() +
                            ";\nerror_log " + dir.filePath(QStringLiteral("logs/error.log")).toUtf8() +
                            ";\nevents { worker_connections 64; }\nhttp {\n"
                            "  log_format proto '$request_method $uri $server_protocol $status';\n"
                            "  access_log " + dir.filePath(QStringLiteral("logs/access.log")).toUtf8() + " proto;\n"
                            "  client_body_temp_path " + dir.filePath(QStringLiteral("logs")).toUtf8() + ";\n"
                            "  server {\n    listen 127.0.0.1:" + QByteArray::number(port) + " ssl http2;\n"
                            "    ssl_certificate " + cert.toUtf8() + ";\n    ssl_certificate_key " + key.toUtf8() + ";\n"
                            "    root " + dir.filePath(QStringLiteral("www")).toUtf8() + ";\n  }\n}\n";
    const QString confPath = dir.filePath(QStringLiteral("nginx.conf"));
    ASSERT_TRUE(writeFile(confPath, conf));
    Daemon nginx;
    nginx.process.setProcessChannelMode(QProcess::MergedChannels);
    nginx.process.start(QStringLiteral("/usr/sbin/nginx"), {QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), confPath});
    ASSERT_TRUE(waitForPort(port)) << nginx.process.readAll().toStdString();

    NetworkSettings settings = NetworkSettings::defaults();
    settings.caBundle = cert;
    settings.maxRetries = 0;
    HttpClient client(settings);
    QTemporaryDir out;
    // A download resumed from a .part file: the Range request goes over HTTP/2 too.
    ASSERT_TRUE(writeFile(out.filePath(QStringLiteral("sst.nc.part")), payload.left(1000000)));
    auto r = Downloader(client).download(QStringLiteral("https://127.0.0.1:%1/sst.nc").arg(port), out.path());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->resumedFrom, 1000000);
    QFile file(r->path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), payload);

    QFile log(dir.filePath(QStringLiteral("logs/access.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    EXPECT_TRUE(lines.contains("GET /sst.nc HTTP/2.0 206")) << lines.toStdString();
}

TEST(HttpClientOverRealServers, GoesThroughTheProxyTheEnvironmentNamesExceptForNoProxyHosts)
{
    const QString tinyproxy = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    if (tinyproxy.isEmpty()) GTEST_FAIL() << "tinyproxy is missing: scripts/install-deps.sh installs tinyproxy-bin";
    std::mutex mutex;
    std::string via = "unset";
    Estran::Test::TestHttpServer server;
    server.server().Get("/catalog.json", [&](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(mutex);
        via = req.get_header_value("Via");
        res.set_content("{\"type\":\"Catalog\"}", "application/json");
    });
    ASSERT_TRUE(server.start());

    QTemporaryDir dir;
    const int port = freePort();
    ASSERT_GT(port, 0);
    const QByteArray conf = "Port " + QByteArray::number(port) + "\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 30\n"
                            "MaxClients 8\nLogLevel Info\nLogFile \"" + dir.filePath(QStringLiteral("proxy.log")).toUtf8() +
                            "\"\nPidFile \"" + dir.filePath(QStringLiteral("proxy.pid")).toUtf8() + "\"\n" +
                            (::geteuid() == 0 ? "User root\nGroup root\n" : "") + "ViaProxyName \"estran-test-proxy\"\n";
    const QString confPath = dir.filePath(QStringLiteral("tinyproxy.conf"));
    ASSERT_TRUE(writeFile(confPath, conf));
    Daemon proxy;
    proxy.process.setProcessChannelMode(QProcess::MergedChannels);
    proxy.process.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), confPath});
    ASSERT_TRUE(waitForPort(port)) << proxy.process.readAll().toStdString();

    const QString url = server.baseUrl() + QStringLiteral("/catalog.json");
    qputenv("http_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(port));
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    {
        auto r = HttpClient().fetch(HttpRequest{url});
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        std::lock_guard lock(mutex);
        EXPECT_NE(via.find("estran-test-proxy"), std::string::npos) << via;
    }
    qputenv("no_proxy", "127.0.0.1");
    {
        auto r = HttpClient().fetch(HttpRequest{url});
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        std::lock_guard lock(mutex);
        EXPECT_EQ(via, "");  // straight to the server
    }
    // A proxy that is gone is a clear network error, not a hang.
    qunsetenv("no_proxy");
    proxy.process.kill();
    proxy.process.waitForFinished(3000);
    NetworkSettings quick = NetworkSettings::defaults();
    quick.maxRetries = 0;
    auto refused = HttpClient(quick).fetch(HttpRequest{url});
    qunsetenv("http_proxy");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Base::Error::Kind::Network);
}
