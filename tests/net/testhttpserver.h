// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <QString>

#include <memory>
#include <thread>

namespace Estran::Test {

/// A real HTTP server (or HTTPS with certificate/key files) listening on 127.0.0.1 on a free
/// port, run on its own thread for the lifetime of the object. Register handlers on server()
/// before calling start().
class TestHttpServer {
public:
    TestHttpServer();
    TestHttpServer(const QString& certFile, const QString& keyFile);
    ~TestHttpServer();

    httplib::Server& server() { return *m_server; }
    /// Binds and starts serving; returns false when no port could be bound.
    bool start();
    int port() const { return m_port; }
    /// "http://127.0.0.1:<port>" (or https).
    QString baseUrl() const;

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = -1;
    bool m_tls = false;
};

}  // namespace Estran::Test
