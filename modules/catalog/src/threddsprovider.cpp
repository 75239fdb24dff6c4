// SPDX-License-Identifier: GPL-3.0-or-later
#include "threddsprovider.h"

#include "builtinproviders.h"
#include "threddscatalogparser.h"
#include "xmlsupport.h"

#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include <QCoreApplication>
#include <QQueue>
#include <QSet>
#include <QUrl>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

bool overlaps(const Item& item, const SearchQuery& q) {
    if (q.bbox && item.bbox) {
        const Base::GeoBox& a = *q.bbox;
        const Base::GeoBox& b = *item.bbox;
        const bool lat = b.north >= a.south && b.south <= a.north;
        // Longitude overlap tested on the query's own range, shifting the item by ±360°.
        bool lon = false;
        const double aw = a.west, ae = a.crossesAntimeridian() ? a.east + 360.0 : a.east;
        for (double shift : {-360.0, 0.0, 360.0}) {
            const double bw = b.west + shift;
            const double be = (b.crossesAntimeridian() ? b.east + 360.0 : b.east) + shift;
            if (be >= aw && bw <= ae) lon = true;
        }
        if (!lat || !lon) return false;
    }
    if (q.start.isValid() && item.end.isValid() && item.end < q.start) return false;
    if (q.end.isValid() && item.start.isValid() && item.start > q.end) return false;
    return true;
}

bool matchesText(const Item& item, const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return true;
    // Every word must appear in the name, the id or the enclosing datasets' names.
    const QString haystack = item.title + u' ' + item.id + u' ' + item.collection;
    for (const QString& word : t.split(u' ', Qt::SkipEmptyParts))
        if (!haystack.contains(word, Qt::CaseInsensitive)) return false;
    return true;
}

}  // namespace

ThreddsProvider::ThreddsProvider(QString url, const Net::HttpClient& client, int maxDepth)
    : m_url(xmlCatalogUrl(url)), m_client(client), m_maxDepth(maxDepth) {}

QString ThreddsProvider::xmlCatalogUrl(const QString& url) {
    QUrl u(url);
    QString path = u.path();
    if (path.endsWith(QStringLiteral(".html"))) {
        path.chop(5);
        u.setPath(path + QStringLiteral(".xml"));
        return u.toString();
    }
    return url;
}

Base::Result<ThreddsCatalog> ThreddsProvider::fetchCatalog(const QString& url,
                                                           Base::Feedback* feedback) const {
    Net::HttpRequest request;
    request.url = url;
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    if (looksLikeHtml(response->body, response->header("content-type"))) {
        return invalidResponse(
            url, tr("The server answered with an HTML page instead of a THREDDS catalog"),
            bodyExcerpt(response->body));
    }
    // Relative references resolve against where the catalog really is (TDS 5 redirects
    // /thredds/catalog.xml to /thredds/catalog/catalog.xml).
    const QString base = response->effectiveUrl.isEmpty() ? url : response->effectiveUrl;
    Base::Result<Xml::Element> root = Xml::parse(response->body, url);
    if (!root) return root.error();
    return parseThreddsCatalog(*root, base);
}

Base::Result<Capabilities> ThreddsProvider::capabilities(Base::Feedback* feedback) {
    Base::Result<ThreddsCatalog> catalog = fetchCatalog(m_url, feedback);
    if (!catalog) return catalog.error();
    Capabilities caps;
    caps.title = catalog->name;
    caps.protocolVersion =
        QStringLiteral("THREDDS catalog %1")
            .arg(catalog->version.isEmpty() ? QStringLiteral("1.0") : catalog->version);
    caps.text = true;
    caps.collections = !catalog->refs.isEmpty() || !catalog->containers.isEmpty();
    caps.notes
        << tr("text is matched against dataset names; child catalogs are read up to %1 levels deep")
               .arg(m_maxDepth);
    return caps;
}

Base::Result<QList<Collection>> ThreddsProvider::collections(Base::Feedback* feedback) {
    Base::Result<ThreddsCatalog> catalog = fetchCatalog(m_url, feedback);
    if (!catalog) return catalog.error();
    QList<Collection> out = catalog->containers;
    for (const ThreddsCatalogRef& ref : catalog->refs) {
        Collection c;
        c.id = ref.href;
        c.title = ref.title;
        out << c;
    }
    return out;
}

Base::Result<SearchSummary> ThreddsProvider::search(const SearchQuery& query,
                                                    const PageHandler& onPage,
                                                    Base::Feedback* feedback) {
    SearchSummary summary;
    if (query.maxItems <= 0) return summary;
    struct Pending {
        QString url;
        int depth = 0;
    };
    QQueue<Pending> queue;
    // Collections name catalogRefs to start from (as collections() lists them).
    if (query.collections.isEmpty()) {
        queue.enqueue({m_url, 0});
    } else {
        for (const QString& c : query.collections) queue.enqueue({resolveUrl(m_url, c), 0});
    }
    QSet<QString> visited;
    while (!queue.isEmpty()) {
        const Pending next = queue.dequeue();
        if (visited.contains(next.url)) continue;
        visited.insert(next.url);
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(next.url);
        Base::Result<ThreddsCatalog> catalog = fetchCatalog(next.url, feedback);
        if (!catalog) return catalog.error();
        if (next.depth < m_maxDepth)
            for (const ThreddsCatalogRef& ref : catalog->refs)
                queue.enqueue({ref.href, next.depth + 1});

        SearchPage page;
        page.pageNumber = summary.pages;
        for (const Item& item : catalog->datasets)
            if (matchesText(item, query.text) && overlaps(item, query)) page.items << item;
        const qint64 room = query.maxItems - summary.itemCount;
        const bool overflow = page.items.size() > room;
        if (overflow) page.items.resize(room);
        if (page.items.isEmpty() && summary.pages > 0) continue;
        summary.itemCount += page.items.size();
        ++summary.pages;
        if (!onPage(page)) return summary;
        if (summary.itemCount >= query.maxItems) {
            summary.truncated = overflow || !queue.isEmpty();
            break;
        }
    }
    return summary;
}

void registerThreddsProvider(ProviderRegistry& registry) {
    registry.add(
        QStringLiteral("thredds"), tr("THREDDS catalog"),
        [](const QString& url, const Net::HttpClient& client) -> std::unique_ptr<CatalogProvider> {
            return std::make_unique<ThreddsProvider>(url, client);
        });
}

}  // namespace Estran::Catalog
