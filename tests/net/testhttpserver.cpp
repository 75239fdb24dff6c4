// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <chrono>

namespace Estran::Test {

namespace {
/// Clients keep idle connections for reuse (Estran's HttpClient, GDAL), and stop() waits for
/// them until the keep-alive timeout: a test server closes idle connections at once unless a
/// test (a benchmark) asks for more with server().set_keep_alive_timeout() before start().
void configure(httplib::Server& server) { server.set_keep_alive_timeout(0); }
}  // namespace

TestHttpServer::TestHttpServer() : m_server(std::make_unique<httplib::Server>()) { configure(*m_server); }

TestHttpServer::TestHttpServer(const QString& certFile, const QString& keyFile)
    : m_server(std::make_unique<httplib::SSLServer>(certFile.toLocal8Bit().constData(),
                                                    keyFile.toLocal8Bit().constData())),
      m_tls(true)
{
    configure(*m_server);
}

TestHttpServer::~TestHttpServer()
{
    m_server->stop();
    if (m_thread.joinable()) m_thread.join();
}

bool TestHttpServer::start()
{
    // Headers and body go out in separate writes; with Nagle's algorithm on, a client reusing the
    // connection waits for the delayed ACK (~40 ms) on every request. Real servers disable it.
    m_server->set_tcp_nodelay(true);
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0) return false;
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // stop() is a no-op until the accept loop runs, so wait for it before handing out the
    // server: a test that ends at once would otherwise leave the thread listening forever.
    while (!m_server->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port);
}

}  // namespace Estran::Test
