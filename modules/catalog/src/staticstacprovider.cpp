// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticstacprovider.h"

#include "builtinproviders.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"
#include "stacjson.h"
#include "stacsearchrequest.h"

#include <QCoreApplication>
#include <QQueue>
#include <QSet>
#include <QUrl>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Catalog", text); }

constexpr int kMaxDepth = 12;

struct Pending {
    QString url;
    int depth = 0;
    QString collection;  // id of the collection that linked it, for items that omit theirs
};

bool boxesIntersect(const Base::GeoBox& a, const Base::GeoBox& b)
{
    if (a.north < b.south || a.south > b.north) return false;
    if (a.width() >= 360.0 || b.width() >= 360.0) return true;
    // Compare on a circle: shift b's west edge into [a.west, a.west + 360).
    const double bw = Base::degreesEastOf(a.west, b.west);
    return bw <= a.width() || bw + b.width() >= 360.0;
}

}  // namespace

StaticStacProvider::StaticStacProvider(QString url, const Net::HttpClient& client)
    : m_url(std::move(url)), m_client(client)
{
}

Base::Result<QJsonObject> StaticStacProvider::getJson(const QString& url, Base::Feedback* feedback) const
{
    Net::HttpRequest request;
    request.url = url;
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    return StacJson::parseObject(response->body, url);
}

bool StaticStacProvider::matches(const Item& item, const SearchQuery& q)
{
    if (!q.collections.isEmpty() && !q.collections.contains(item.collection)) return false;
    if (q.bbox && item.bbox && !boxesIntersect(*q.bbox, *item.bbox)) return false;
    if (q.start.isValid() && item.end.isValid() && item.end < q.start) return false;
    if (q.end.isValid() && item.start.isValid() && item.start > q.end) return false;
    return StacSearchRequest::matchesText(item, q.text);
}

Base::Result<Capabilities> StaticStacProvider::capabilities(Base::Feedback* feedback)
{
    Base::Result<QJsonObject> root = getJson(m_url, feedback);
    if (!root) return root.error();
    if (!root->contains(QStringLiteral("links")))
        return Base::Error(Base::Error::Kind::InvalidInput, m_url, tr("This is not a STAC catalogue (no links)"));
    Capabilities caps;
    caps.title = root->value(QStringLiteral("title")).toString(root->value(QStringLiteral("id")).toString());
    caps.protocolVersion = QStringLiteral("STAC %1 (static)").arg(root->value(QStringLiteral("stac_version")).toString());
    caps.text = caps.bbox = caps.time = caps.collections = true;
    caps.notes << tr("Static catalogue: crawled and filtered on this computer");
    return caps;
}

Base::Result<QList<Collection>> StaticStacProvider::collections(Base::Feedback* feedback)
{
    QList<Collection> out;
    QQueue<Pending> queue;
    QSet<QString> seen;
    queue.enqueue({m_url, 0, {}});
    while (!queue.isEmpty()) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_url);
        const Pending p = queue.dequeue();
        if (seen.contains(p.url) || p.depth > kMaxDepth) continue;
        seen.insert(p.url);
        Base::Result<QJsonObject> doc = getJson(p.url, feedback);
        if (!doc) {
            if (p.depth == 0) return doc.error();
            continue;  // a broken child must not hide the others
        }
        if (doc->value(QStringLiteral("type")).toString() == u"Collection") out << StacJson::collectionFromJson(*doc);
        for (const QJsonObject& child : StacJson::linksWithRel(*doc, QStringLiteral("child")))
            queue.enqueue({QUrl(p.url).resolved(QUrl(child.value(QStringLiteral("href")).toString())).toString(),
                           p.depth + 1, {}});
    }
    return out;
}

Base::Result<SearchSummary> StaticStacProvider::search(const SearchQuery& query, const PageHandler& onPage,
                                                       Base::Feedback* feedback)
{
    SearchSummary summary;
    QQueue<Pending> queue;
    QSet<QString> seen;
    queue.enqueue({m_url, 0, {}});
    while (!queue.isEmpty()) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_url);
        const Pending p = queue.dequeue();
        if (seen.contains(p.url) || p.depth > kMaxDepth) continue;
        seen.insert(p.url);
        Base::Result<QJsonObject> doc = getJson(p.url, feedback);
        if (!doc) {
            if (p.depth == 0) return doc.error();
            summary.skipped << doc.error();
            continue;
        }
        const QString type = doc->value(QStringLiteral("type")).toString();
        if (type == u"Feature") {
            Item item = StacJson::itemFromJson(*doc, QUrl(p.url));
            if (item.collection.isEmpty()) item.collection = p.collection;
            if (!matches(item, query)) continue;
            SearchPage page;
            page.pageNumber = summary.pages++;
            page.items << item;
            ++summary.itemCount;
            if (!onPage(page)) break;
            if (summary.itemCount >= query.maxItems) {
                summary.truncated = !queue.isEmpty();
                break;
            }
            continue;
        }
        const QString collectionId = type == u"Collection" ? doc->value(QStringLiteral("id")).toString() : p.collection;
        // Items before children: a catalogue's own items are the nearest results.
        for (const QString& rel : {QStringLiteral("item"), QStringLiteral("child")}) {
            for (const QJsonObject& link : StacJson::linksWithRel(*doc, rel)) {
                queue.enqueue({QUrl(p.url).resolved(QUrl(link.value(QStringLiteral("href")).toString())).toString(),
                               p.depth + 1, collectionId});
            }
        }
    }
    return summary;
}

void registerStaticStacProvider(ProviderRegistry& registry)
{
    registry.add(QStringLiteral("stac-static"), tr("Static STAC catalogue"),
                 [](const QString& url, const Net::HttpClient& client) -> std::unique_ptr<CatalogProvider> {
                     return std::make_unique<StaticStacProvider>(url, client);
                 });
}

}  // namespace Estran::Catalog
