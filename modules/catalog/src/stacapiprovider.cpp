// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacapiprovider.h"

#include "builtinproviders.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"
#include "stacjson.h"
#include "stacsearchrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Estran::Catalog {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Estran::Catalog", text); }

/// A server that keeps sending the same next link would page forever.
constexpr int kMaxPages = 100000;
}  // namespace

StacApiProvider::StacApiProvider(QString url, const Net::HttpClient& client)
    : m_url(std::move(url)), m_client(client)
{
    while (m_url.endsWith(u'/') && m_url.count(u'/') > 3) m_url.chop(1);
}

Base::Result<QJsonObject> StacApiProvider::getJson(const QString& url, Base::Feedback* feedback) const
{
    Net::HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, application/geo+json")});
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    return StacJson::parseObject(response->body, url);
}

bool StacApiProvider::conformsTo(const Landing& landing, const QString& suffix) const
{
    for (const QString& c : landing.conformsTo) {
        if (c.endsWith(suffix)) return true;
    }
    return false;
}

Base::Result<StacApiProvider::Landing> StacApiProvider::landing(Base::Feedback* feedback)
{
    if (m_landing) return *m_landing;
    Base::Result<QJsonObject> doc = getJson(m_url, feedback);
    if (!doc) return doc.error();
    Landing l;
    l.title = doc->value(QStringLiteral("title")).toString(doc->value(QStringLiteral("id")).toString());
    l.stacVersion = doc->value(QStringLiteral("stac_version")).toString();
    for (const QJsonValue& v : doc->value(QStringLiteral("conformsTo")).toArray()) l.conformsTo << v.toString();
    if (l.stacVersion.isEmpty() && !doc->contains(QStringLiteral("links"))) {
        return Base::Error(Base::Error::Kind::InvalidInput, m_url,
                           tr("This is not a STAC API landing page (no stac_version, no links)"));
    }
    const QUrl base(m_url + u'/');
    bool sawGet = false, sawPost = false, sawUnspecified = false;
    for (const QJsonObject& link : StacJson::linksWithRel(*doc, QStringLiteral("search"))) {
        l.searchUrl = base.resolved(QUrl(link.value(QStringLiteral("href")).toString())).toString();
        const QString method = link.value(QStringLiteral("method")).toString().toUpper();
        if (method == u"POST") sawPost = true;
        else if (method == u"GET") sawGet = true;
        else sawUnspecified = true;
    }
    if (l.searchUrl.isEmpty()) l.searchUrl = m_url + QStringLiteral("/search");
    // POST carries every parameter unambiguously; use GET only when it is all the server offers.
    l.searchByPost = sawPost || sawUnspecified || !sawGet;
    for (const QJsonObject& link : StacJson::linksWithRel(*doc, QStringLiteral("data")))
        l.collectionsUrl = base.resolved(QUrl(link.value(QStringLiteral("href")).toString())).toString();
    if (l.collectionsUrl.isEmpty()) l.collectionsUrl = m_url + QStringLiteral("/collections");
    for (const QJsonObject& link : StacJson::linksWithRel(*doc, QStringLiteral("http://www.opengis.net/def/rel/ogc/1.0/queryables")))
        l.queryablesUrl = base.resolved(QUrl(link.value(QStringLiteral("href")).toString())).toString();
    m_landing = l;
    return l;
}

Base::Result<Capabilities> StacApiProvider::capabilities(Base::Feedback* feedback)
{
    Base::Result<Landing> l = landing(feedback);
    if (!l) return l.error();
    Capabilities caps;
    caps.title = l->title;
    caps.protocolVersion = QStringLiteral("STAC %1").arg(l->stacVersion);
    caps.bbox = caps.time = caps.collections = true;
    caps.cql2 = conformsTo(*l, QStringLiteral("item-search#filter")) ||
                conformsTo(*l, QStringLiteral("cql2/1.0/conf/cql2-json"));
    caps.text = conformsTo(*l, QStringLiteral("item-search#free-text"));
    if (l->conformsTo.isEmpty())
        caps.notes << tr("The server declares no conformance classes (pre-1.0 STAC API)");
    caps.notes << (l->searchByPost ? tr("Searches with POST") : tr("Searches with GET"));
    if (!caps.cql2) caps.notes << tr("CQL2 filters are not declared; the server may still accept them");
    if (!caps.text) caps.notes << tr("No free-text search on the server: text is matched on titles here");
    return caps;
}

Base::Result<QList<Collection>> StacApiProvider::collections(Base::Feedback* feedback)
{
    Base::Result<Landing> l = landing(feedback);
    if (!l) return l.error();
    QList<Collection> out;
    QString url = l->collectionsUrl;
    QStringList seen;
    while (!url.isEmpty() && !seen.contains(url)) {
        seen << url;
        Base::Result<QJsonObject> doc = getJson(url, feedback);
        if (!doc) return doc.error();
        for (const QJsonValue& v : doc->value(QStringLiteral("collections")).toArray())
            out << StacJson::collectionFromJson(v.toObject());
        url.clear();
        for (const QJsonObject& next : StacJson::linksWithRel(*doc, QStringLiteral("next")))
            url = QUrl(m_url + u'/').resolved(QUrl(next.value(QStringLiteral("href")).toString())).toString();
    }
    return out;
}

Base::Result<QList<Queryable>> StacApiProvider::queryables(const QString& collection, Base::Feedback* feedback)
{
    Base::Result<Landing> l = landing(feedback);
    if (!l) return l.error();
    // The Filter extension serves /queryables at the root and per collection.
    QString url;
    QString root = m_url;
    while (root.endsWith(u'/')) root.chop(1);
    if (collection.isEmpty()) url = l->queryablesUrl.isEmpty() ? root + QStringLiteral("/queryables") : l->queryablesUrl;
    else url = l->collectionsUrl + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(collection)) + QStringLiteral("/queryables");
    Net::HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/schema+json, application/json")});
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    Base::Result<QJsonObject> schema = StacJson::parseObject(response->body, url);
    if (!schema) return schema.error();
    if (!schema->value(QStringLiteral("properties")).isObject()) {
        return Base::Error(Base::Error::Kind::InvalidInput, url,
                           tr("The queryables document has no \"properties\" object"));
    }
    return Queryable::fromJsonSchema(*schema);
}

Base::Result<SearchSummary> StacApiProvider::search(const SearchQuery& query, const PageHandler& onPage,
                                                    Base::Feedback* feedback)
{
    Base::Result<Landing> l = landing(feedback);
    if (!l) return l.error();
    const bool serverText = conformsTo(*l, QStringLiteral("item-search#free-text"));
    // CQL2 filters are sent even when undeclared: servers often accept them without saying so
    // (Earth Search does), and one that cannot filter answers with its own error.

    StacSearchRequest request = StacSearchRequest::first(l->searchUrl, l->searchByPost, query, serverText);
    SearchSummary summary;
    for (int page = 0; page < kMaxPages; ++page) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_url);
        Base::Result<Net::HttpResponse> response = m_client.fetch(request.toHttpRequest(), feedback);
        if (!response) return response.error();
        Base::Result<QJsonObject> doc = StacJson::parseObject(response->body, request.url);
        if (!doc) return doc.error();

        SearchPage result;
        result.pageNumber = page;
        result.matched = StacSearchRequest::matched(*doc);
        if (result.matched) summary.matched = result.matched;
        const QJsonArray features = doc->value(QStringLiteral("features")).toArray();
        const QUrl base(request.url);
        for (const QJsonValue& f : features) {
            if (summary.itemCount + result.items.size() >= query.maxItems) {
                summary.truncated = true;
                break;
            }
            Item item = StacJson::itemFromJson(f.toObject(), base);
            if (!serverText && !StacSearchRequest::matchesText(item, query.text)) continue;
            result.items.append(std::move(item));
        }
        summary.itemCount += result.items.size();
        summary.pages = page + 1;
        if (!result.items.isEmpty() || page == 0) {
            if (!onPage(result)) break;
        }
        if (summary.truncated || summary.itemCount >= query.maxItems) {
            summary.truncated = summary.truncated || request.hasNext(*doc, features.size());
            break;
        }
        if (features.isEmpty()) break;
        std::optional<StacSearchRequest> next = request.next(*doc, features.size());
        if (!next) break;
        request = std::move(*next);
    }
    return summary;
}

void registerStacApiProvider(ProviderRegistry& registry)
{
    registry.add(QStringLiteral("stac"), tr("STAC API"),
                 [](const QString& url, const Net::HttpClient& client) -> std::unique_ptr<CatalogProvider> {
                     return std::make_unique<StacApiProvider>(url, client);
                 });
}

}  // namespace Estran::Catalog
