// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensearchprovider.h"

#include "builtinproviders.h"
#include "opensearchatomparser.h"
#include "opensearchjsonparser.h"
#include "xmlsupport.h"

#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

/// Paging parameters seen on results endpoints used without a description (CMR offset/page_size,
/// DHuS start/rows, resto page/maxRecords, pycsw startposition).
const QStringList& offsetNames() {
    static const QStringList names{QStringLiteral("offset"),        QStringLiteral("startIndex"),
                                   QStringLiteral("startindex"),    QStringLiteral("start"),
                                   QStringLiteral("startposition"), QStringLiteral("startPosition"),
                                   QStringLiteral("startRecord")};
    return names;
}

const QStringList& pageNames() {
    static const QStringList names{QStringLiteral("page"), QStringLiteral("startPage"),
                                   QStringLiteral("startpage")};
    return names;
}

/// The same URL with its offset advanced by `delivered` items or its page number by one;
/// empty when the URL carries no paging parameter.
QString advanceDirectUrl(const QString& url, int itemsOnPage) {
    QUrl u(url);
    QUrlQuery q(u);
    for (const QString& name : offsetNames()) {
        if (!q.hasQueryItem(name)) continue;
        const qint64 v = q.queryItemValue(name).toLongLong();
        q.removeQueryItem(name);
        q.addQueryItem(name, QString::number(v + itemsOnPage));
        u.setQuery(q);
        return u.toString(QUrl::FullyEncoded);
    }
    for (const QString& name : pageNames()) {
        if (!q.hasQueryItem(name)) continue;
        const qint64 v = q.queryItemValue(name).toLongLong();
        q.removeQueryItem(name);
        q.addQueryItem(name, QString::number(v + 1));
        u.setQuery(q);
        return u.toString(QUrl::FullyEncoded);
    }
    return {};
}

}  // namespace

OpenSearchProvider::OpenSearchProvider(QString url, const Net::HttpClient& client)
    : m_url(std::move(url)), m_client(client) {}

Base::Result<OpenSearchPage> OpenSearchProvider::parsePage(const Net::HttpResponse& response,
                                                           const QString& url) const {
    const QByteArray& body = response.body;
    if (looksLikeHtml(body, response.header("content-type"))) {
        return invalidResponse(
            url, tr("The OpenSearch server answered with an HTML page instead of results"),
            bodyExcerpt(body));
    }
    Base::Result<OpenSearchPage> page = [&]() -> Base::Result<OpenSearchPage> {
        const QByteArray start = body.trimmed().left(1);
        if (start == "{" || start == "[") {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError) {
                return invalidResponse(
                    url,
                    tr("The OpenSearch server's answer is not valid JSON (at byte %1)")
                        .arg(error.offset),
                    error.errorString());
            }
            return parseOpenSearchJson(doc.object(), url, url);
        }
        Base::Result<Xml::Element> root = Xml::parse(body, url);
        if (!root) return root.error();
        if (root->name == u"feed") return parseOpenSearchAtom(*root, url);
        if (root->name == u"ExceptionReport") {
            return Base::Error(Base::Error::Kind::InvalidInput, url,
                               tr("The OpenSearch server reported an error"),
                               root->allText().simplified());
        }
        return invalidResponse(
            url, tr("The answer is neither an Atom feed nor GeoJSON (root element <%1>)")
                     .arg(root->qualifiedName));
    }();
    // CMR gives the total only in a header.
    if (page && !page->totalResults) {
        bool ok = false;
        const qint64 hits = response.header("cmr-hits").toLongLong(&ok);
        if (ok) page->totalResults = hits;
    }
    return page;
}

Base::Result<OpenSearchPage> OpenSearchProvider::fetchPage(const QString& url,
                                                           Base::Feedback* feedback) {
    Net::HttpRequest request;
    request.url = url;
    request.headers << qMakePair(
        QByteArray("Accept"),
        QByteArray(
            "application/atom+xml, application/geo+json, application/json;q=0.9, */*;q=0.5"));
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    return parsePage(*response, url);
}

Base::Result<void> OpenSearchProvider::probe(Base::Feedback* feedback) {
    if (m_probed) return {};
    Net::HttpRequest request;
    request.url = m_url;
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    const QByteArray& body = response->body;
    const QByteArray start = body.trimmed().left(1);
    if (start == "<" && !looksLikeHtml(body, response->header("content-type"))) {
        Base::Result<Xml::Element> root = Xml::parse(body, m_url);
        if (!root) return root.error();
        if (root->name == u"OpenSearchDescription") {
            Base::Result<OpenSearchDescription> description =
                OpenSearchDescription::fromXml(*root, m_url);
            if (!description) return description.error();
            if (!description->resultsTemplate()) {
                return Base::Error(
                    Base::Error::Kind::Unsupported, m_url,
                    tr("The OpenSearch description offers no Atom or GeoJSON results template"));
            }
            m_description = *description;
            m_probed = true;
            return {};
        }
    }
    // Not a description: the URL must be a results endpoint itself.
    Base::Result<OpenSearchPage> page = parsePage(*response, m_url);
    if (!page) return page.error();
    m_firstPage = *page;
    m_probed = true;
    return {};
}

Base::Result<Capabilities> OpenSearchProvider::capabilities(Base::Feedback* feedback) {
    if (Base::Result<void> r = probe(feedback); !r) return r.error();
    Capabilities caps;
    caps.protocolVersion = QStringLiteral("OpenSearch 1.1");
    if (m_description) {
        const OpenSearchUrlTemplate* t = m_description->resultsTemplate();
        caps.title =
            m_description->longName.isEmpty() ? m_description->shortName : m_description->longName;
        caps.text = t->has(OpenSearchNs::os, QStringLiteral("searchTerms"));
        caps.bbox = t->has(OpenSearchNs::geo, QStringLiteral("box"));
        caps.time = t->has(OpenSearchNs::time, QStringLiteral("start")) ||
                    t->has(OpenSearchNs::time, QStringLiteral("end"));
        caps.notes << tr("results as %1").arg(t->type);
        if (t->has(OpenSearchNs::os, QStringLiteral("startIndex")))
            caps.notes << tr("paging by start index");
        else if (t->has(OpenSearchNs::os, QStringLiteral("startPage")))
            caps.notes << tr("paging by page number");
    } else {
        caps.title = m_url;
        caps.notes << tr(
            "results endpoint without a description document: the query's text, box "
            "and time are not sent");
    }
    return caps;
}

Base::Result<QList<Collection>> OpenSearchProvider::collections(Base::Feedback*) {
    // OpenSearch has no collection listing; each description describes one searchable set.
    return QList<Collection>{};
}

Base::Result<SearchSummary> OpenSearchProvider::search(const SearchQuery& query,
                                                       const PageHandler& onPage,
                                                       Base::Feedback* feedback) {
    if (Base::Result<void> r = probe(feedback); !r) return r.error();
    SearchSummary summary;
    if (query.maxItems <= 0) return summary;

    const OpenSearchUrlTemplate* tmpl = m_description ? m_description->resultsTemplate() : nullptr;
    const bool byIndex = tmpl && tmpl->has(OpenSearchNs::os, QStringLiteral("startIndex"));
    const bool byPage =
        tmpl && !byIndex && tmpl->has(OpenSearchNs::os, QStringLiteral("startPage"));
    OpenSearchValues values;
    values.searchTerms = query.text;
    values.box = query.bbox;
    values.start = query.start;
    values.end = query.end;
    // A constant page size keeps startPage arithmetic right; extra items are dropped locally.
    // pageSize 0 lets the server choose (the count parameter is then left out).
    values.count = query.pageSize > 0 ? std::min(query.pageSize, query.maxItems) : 0;

    QString url = tmpl ? fillOpenSearchTemplate(*tmpl, values) : m_url;
    QString previousFirstId;
    QSet<QString> visited;
    for (int pageNumber = 0;; ++pageNumber) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(url);
        Base::Result<OpenSearchPage> page = [&]() -> Base::Result<OpenSearchPage> {
            if (pageNumber == 0 && m_firstPage) return *m_firstPage;
            return fetchPage(url, feedback);
        }();
        if (!page) return page.error();
        visited.insert(url);

        const qint64 offset = summary.itemCount;
        if (page->totalResults) summary.matched = page->totalResults;
        // A server that ignores the paging parameter answers the same page again.
        const bool repeated =
            pageNumber > 0 && !page->items.isEmpty() && page->items.first().id == previousFirstId;
        if (repeated) page->items.clear();
        const qint64 room = query.maxItems - summary.itemCount;
        const bool overflow = page->items.size() > room;
        if (overflow) page->items.resize(room);

        if (!page->items.isEmpty() || pageNumber == 0) {
            SearchPage out;
            out.items = page->items;
            out.matched = page->totalResults;
            out.pageNumber = summary.pages;
            summary.itemCount += out.items.size();
            ++summary.pages;
            if (!out.items.isEmpty()) previousFirstId = out.items.first().id;
            if (!onPage(out)) return summary;
        }
        if (page->items.isEmpty()) break;
        reportProgress(feedback, 100.0 * double(summary.itemCount) / query.maxItems);
        if (summary.itemCount >= query.maxItems) {
            summary.truncated = overflow ||
                                (summary.matched && *summary.matched > summary.itemCount) ||
                                !page->nextUrl.isEmpty();
            break;
        }
        if (summary.matched && offset + page->items.size() >= *summary.matched) break;

        if (byIndex || byPage) {
            values.startIndex = int(summary.itemCount);
            values.startPage = pageNumber + 1;
            url = fillOpenSearchTemplate(*tmpl, values);
        } else if (!page->nextUrl.isEmpty()) {
            url = page->nextUrl;
        } else if (!tmpl) {
            url = advanceDirectUrl(url, int(page->items.size()));
        } else {
            url.clear();
        }
        if (url.isEmpty() || visited.contains(url)) break;
    }
    return summary;
}

void registerOpenSearchProvider(ProviderRegistry& registry) {
    registry.add(
        QStringLiteral("opensearch"), tr("OpenSearch (Atom / GeoJSON)"),
        [](const QString& url, const Net::HttpClient& client) -> std::unique_ptr<CatalogProvider> {
            return std::make_unique<OpenSearchProvider>(url, client);
        });
}

}  // namespace Estran::Catalog
