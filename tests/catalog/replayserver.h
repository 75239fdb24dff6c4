// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Estran::Test {

/// A real HTTP server on 127.0.0.1 that replays the responses recorded from real catalogues
/// (../shared/fixtures/http-index.json). Exchanges recorded from the given origins
/// ("https://earth-search.aws.element84.com") are served at baseUrl() with the same path, query
/// and POST body; absolute URLs of those origins inside bodies and Location headers are
/// rewritten to baseUrl() so following links stays on loopback.
///
/// Routes registered on server() before start() take precedence (for error cases).
class ReplayServer {
public:
    explicit ReplayServer(const QStringList& origins);

    httplib::Server& server() { return m_http.server(); }
    bool start();
    QString baseUrl() const { return m_http.baseUrl(); }
    /// The recorded URL rewritten onto this server.
    QString local(const QString& recordedUrl) const;
    /// Requests that found no recorded exchange ("METHOD path?query"), for test diagnostics.
    QStringList misses() const;
    int hits() const;

private:
    struct Exchange {
        QString method;
        QString path;
        QStringList query;  // sorted "key=value", decoded
        QString requestBody;
        int status = 200;
        QJsonObject headers;
        QString file;  // empty for body-less responses
    };
    const Exchange* match(const httplib::Request& request) const;
    QByteArray rewrite(QByteArray text) const;

    TestHttpServer m_http;
    QStringList m_origins;
    QList<Exchange> m_exchanges;
    mutable std::mutex m_mutex;
    QStringList m_misses;
    int m_hits = 0;
};

/// Reads a fixture file (relative to ESTRAN_FIXTURES_DIR).
QByteArray readFixture(const QString& relativePath);

}  // namespace Estran::Test
