// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacsearchrequest.h"

#include "stacjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Estran::Catalog {

namespace {

QString number(double v) { return QString::number(v, 'g', 12); }

QString datetimeInterval(const SearchQuery& q)
{
    if (!q.start.isValid() && !q.end.isValid()) return {};
    const QString start = q.start.isValid() ? StacJson::formatDateTime(q.start) : QStringLiteral("..");
    const QString end = q.end.isValid() ? StacJson::formatDateTime(q.end) : QStringLiteral("..");
    return start + u'/' + end;
}

/// A GeoJSON Polygon for a lon/lat ring: closed, counter-clockwise as RFC 7946 asks.
std::optional<QJsonObject> polygonGeometry(const QVector<QPointF>& ring)
{
    if (ring.size() < 3) return std::nullopt;
    double twiceArea = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twiceArea += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    QVector<QPointF> ordered = ring;
    if (twiceArea < 0) std::reverse(ordered.begin(), ordered.end());  // clockwise: turn it
    QJsonArray coordinates;
    for (const QPointF& p : ordered) coordinates.append(QJsonArray{p.x(), p.y()});
    coordinates.append(QJsonArray{ordered.first().x(), ordered.first().y()});
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                       {QStringLiteral("coordinates"), QJsonArray{coordinates}}};
}

}  // namespace

StacSearchRequest StacSearchRequest::first(const QString& searchUrl, bool post, const SearchQuery& q,
                                           bool sendText)
{
    StacSearchRequest r;
    r.url = searchUrl;
    r.post = post;
    // Items beyond maxItems are never shown, so never ask for them.
    const int limit = q.pageSize > 0 ? std::min(q.pageSize, q.maxItems) : 0;
    const QString datetime = datetimeInterval(q);
    // STAC item search takes bbox or intersects, never both.
    const std::optional<QJsonObject> intersects = polygonGeometry(q.polygon);
    if (post) {
        if (limit > 0) r.body.insert(QStringLiteral("limit"), limit);
        if (intersects)
            r.body.insert(QStringLiteral("intersects"), *intersects);
        else if (q.bbox)
            r.body.insert(QStringLiteral("bbox"), QJsonArray{q.bbox->west, q.bbox->south, q.bbox->east, q.bbox->north});
        if (!datetime.isEmpty()) r.body.insert(QStringLiteral("datetime"), datetime);
        if (!q.collections.isEmpty())
            r.body.insert(QStringLiteral("collections"), QJsonArray::fromStringList(q.collections));
        if (sendText && !q.text.isEmpty()) r.body.insert(QStringLiteral("q"), q.text);
        if (!q.cql2Filter.isEmpty()) {
            r.body.insert(QStringLiteral("filter"), q.cql2Filter);
            r.body.insert(QStringLiteral("filter-lang"), QStringLiteral("cql2-json"));
        }
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    QUrl url(searchUrl);
    QUrlQuery params(url);
    if (limit > 0) params.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (intersects) {
        params.addQueryItem(QStringLiteral("intersects"),
                            QString::fromUtf8(QJsonDocument(*intersects).toJson(QJsonDocument::Compact)));
    } else if (q.bbox) {
        params.addQueryItem(QStringLiteral("bbox"), QStringList{number(q.bbox->west), number(q.bbox->south),
                                                                number(q.bbox->east), number(q.bbox->north)}
                                                        .join(u','));
    }
    if (!datetime.isEmpty()) params.addQueryItem(QStringLiteral("datetime"), datetime);
    if (!q.collections.isEmpty()) params.addQueryItem(QStringLiteral("collections"), q.collections.join(u','));
    if (sendText && !q.text.isEmpty()) params.addQueryItem(QStringLiteral("q"), q.text);
    if (!q.cql2Filter.isEmpty()) {
        params.addQueryItem(QStringLiteral("filter"),
                            QString::fromUtf8(QJsonDocument(q.cql2Filter).toJson(QJsonDocument::Compact)));
        params.addQueryItem(QStringLiteral("filter-lang"), QStringLiteral("cql2-json"));
    }
    url.setQuery(params);
    r.url = url.toString(QUrl::FullyEncoded);
    return r;
}

Net::HttpRequest StacSearchRequest::toHttpRequest() const
{
    Net::HttpRequest request;
    request.url = url;
    request.headers = headers;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/geo+json, application/json")});
    if (post) {
        request.method = Net::HttpRequest::Method::Post;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

std::optional<StacSearchRequest> StacSearchRequest::next(const QJsonObject& page, qsizetype returned) const
{
    const QList<QJsonObject> links = StacJson::linksWithRel(page, QStringLiteral("next"));
    if (!links.isEmpty()) {
        const QJsonObject link = links.first();
        StacSearchRequest n;
        n.url = QUrl(url).resolved(QUrl(link.value(QStringLiteral("href")).toString())).toString(QUrl::FullyEncoded);
        n.post = link.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper() == u"POST";
        if (n.post) {
            const QJsonObject linkBody = link.value(QStringLiteral("body")).toObject();
            if (link.value(QStringLiteral("merge")).toBool(false)) {
                n.body = body;
                for (auto it = linkBody.begin(); it != linkBody.end(); ++it) n.body.insert(it.key(), it.value());
            } else {
                n.body = link.contains(QStringLiteral("body")) ? linkBody : body;
            }
            n.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        }
        const QJsonObject extra = link.value(QStringLiteral("headers")).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            n.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        if (n == *this) return std::nullopt;  // a server repeating itself would page forever
        return n;
    }
    // STAC 0.9 servers page by number without always linking the next page.
    const QJsonObject context = page.value(QStringLiteral("context")).toObject();
    if (post && context.contains(QStringLiteral("page")) && context.contains(QStringLiteral("limit"))) {
        const qint64 pageNumber = qint64(context.value(QStringLiteral("page")).toDouble());
        const qint64 limit = qint64(context.value(QStringLiteral("limit")).toDouble());
        const std::optional<qint64> total = matched(page);
        if (returned < limit || (total && pageNumber * limit >= *total)) return std::nullopt;
        StacSearchRequest n = *this;
        n.body.insert(QStringLiteral("page"), pageNumber + 1);
        return n;
    }
    return std::nullopt;
}

std::optional<qint64> StacSearchRequest::matched(const QJsonObject& page)
{
    if (page.contains(QStringLiteral("numberMatched")))
        return qint64(page.value(QStringLiteral("numberMatched")).toDouble());
    const QJsonObject context = page.value(QStringLiteral("context")).toObject();
    if (context.contains(QStringLiteral("matched"))) return qint64(context.value(QStringLiteral("matched")).toDouble());
    const QJsonObject meta = page.value(QStringLiteral("search:metadata")).toObject();
    if (meta.contains(QStringLiteral("numberMatched")))
        return qint64(meta.value(QStringLiteral("numberMatched")).toDouble());
    return std::nullopt;
}

bool StacSearchRequest::matchesText(const Item& item, const QString& text)
{
    const QString haystack = item.id + u' ' + item.title + u' ' + item.collection + u' ' +
                             item.properties.value(QStringLiteral("description")).toString();
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!haystack.contains(word, Qt::CaseInsensitive)) return false;
    }
    return true;
}

}  // namespace Estran::Catalog
