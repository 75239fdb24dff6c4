// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Estran::Test {

namespace {

QStringList normalisedQuery(const QUrlQuery& query)
{
    QStringList items;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) items << key + u'=' + value;
    items.sort();
    return items;
}

bool sameBody(const QString& recorded, const std::string& received)
{
    const QByteArray got = QByteArray::fromStdString(received);
    QJsonParseError e1, e2;
    const QJsonDocument a = QJsonDocument::fromJson(recorded.toUtf8(), &e1);
    const QJsonDocument b = QJsonDocument::fromJson(got, &e2);
    if (e1.error == QJsonParseError::NoError && e2.error == QJsonParseError::NoError) return a == b;
    return recorded.trimmed() == QString::fromUtf8(got).trimmed();
}

}  // namespace

QByteArray readFixture(const QString& relativePath)
{
    QFile f(QStringLiteral(ESTRAN_FIXTURES_DIR) + u'/' + relativePath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ReplayServer::ReplayServer(const QStringList& origins) : m_origins(origins)
{
    const QJsonObject index = QJsonDocument::fromJson(readFixture(QStringLiteral("http-index.json"))).object();
    for (const QJsonValue& v : index.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString url = e.value(QStringLiteral("url")).toString();
        for (const QString& origin : origins) {
            if (!url.startsWith(origin)) continue;
            const QUrl parsed(url);
            Exchange x;
            x.method = e.value(QStringLiteral("method")).toString();
            x.path = parsed.path().isEmpty() ? QStringLiteral("/") : parsed.path();
            x.query = normalisedQuery(QUrlQuery(parsed));
            // Rewritten at match time: the port is only known once the server started.
            x.requestBody = e.value(QStringLiteral("request_body")).toString();
            x.status = e.value(QStringLiteral("status")).toInt(200);
            x.headers = e.value(QStringLiteral("headers")).toObject();
            x.file = e.value(QStringLiteral("file")).toString();
            m_exchanges.append(x);
            break;
        }
    }
}

QString ReplayServer::local(const QString& recordedUrl) const
{
    return QString::fromUtf8(rewrite(recordedUrl.toUtf8()));
}

QByteArray ReplayServer::rewrite(QByteArray text) const
{
    // Only scheme://host is replaced, so recorded paths stay as they were.
    for (const QString& origin : m_origins) {
        const QUrl u(origin);
        const QByteArray host = (u.scheme() + QStringLiteral("://") + u.authority()).toUtf8();
        text.replace(host, baseUrl().toUtf8());
    }
    return text;
}

const ReplayServer::Exchange* ReplayServer::match(const httplib::Request& request) const
{
    QUrlQuery query;
    for (const auto& [key, value] : request.params)
        query.addQueryItem(QString::fromStdString(key), QString::fromStdString(value));
    const QStringList wanted = normalisedQuery(query);
    const QString method = QString::fromStdString(request.method);
    const QString path = QString::fromStdString(request.path);
    for (const Exchange& x : m_exchanges) {
        if (x.method != method || x.path != path || x.query != wanted) continue;
        if (method == u"POST" &&
            !sameBody(QString::fromUtf8(rewrite(x.requestBody.toUtf8())), request.body))
            continue;
        return &x;
    }
    return nullptr;
}

bool ReplayServer::start()
{
    auto handler = [this](const httplib::Request& req, httplib::Response& res) {
        const Exchange* x = match(req);
        std::lock_guard lock(m_mutex);
        if (!x) {
            QString line = QString::fromStdString(req.method + ' ' + req.path);
            if (!req.params.empty()) line += QStringLiteral(" (query)");
            m_misses << line;
            res.status = 404;
            res.set_content("no recorded exchange for this request", "text/plain");
            return;
        }
        ++m_hits;
        res.status = x->status;
        for (auto it = x->headers.begin(); it != x->headers.end(); ++it) {
            const QString name = it.key().toLower();
            if (name == u"content-length" || name == u"content-encoding" || name == u"transfer-encoding")
                continue;
            QByteArray value = it.value().toString().toUtf8();
            if (name == u"location") value = rewrite(value);
            if (name != u"content-type") res.set_header(it.key().toStdString(), value.toStdString());
        }
        const std::string type = x->headers.value(QStringLiteral("content-type")).toString().toStdString();
        if (!x->file.isEmpty()) res.set_content(rewrite(readFixture(x->file)).toStdString(), type.c_str());
    };
    server().Get(".*", handler);
    server().Post(".*", handler);
    return m_http.start();
}

QStringList ReplayServer::misses() const
{
    std::lock_guard lock(m_mutex);
    return m_misses;
}

int ReplayServer::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

}  // namespace Estran::Test
