// SPDX-License-Identifier: GPL-3.0-or-later
#include "cswprovider.h"

#include "builtinproviders.h"
#include "cswgetrecords.h"
#include "cswrecordparser.h"
#include "xmlsupport.h"

#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

/// Parses an XML answer of a CSW server, refusing HTML pages with the page's own words.
Base::Result<Xml::Element> parseAnswer(const Net::HttpResponse& response, const QString& where) {
    if (looksLikeHtml(response.body, response.header("content-type"))) {
        return invalidResponse(
            where, tr("The catalogue service answered with an HTML page instead of XML"),
            bodyExcerpt(response.body));
    }
    return Xml::parse(response.body, where);
}

}  // namespace

CswProvider::CswProvider(QString url, const Net::HttpClient& client)
    : m_url(std::move(url)), m_client(client) {}

Base::Result<CswProvider::ServiceInfo> CswProvider::probe(Base::Feedback* feedback) {
    if (m_info) return *m_info;
    QUrl url(m_url);
    QUrlQuery query(url);
    for (const char* key : {"service", "request", "version", "SERVICE", "REQUEST", "VERSION"})
        query.removeAllQueryItems(QLatin1String(key));
    query.addQueryItem(QStringLiteral("service"), QStringLiteral("CSW"));
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("2.0.2"));
    query.addQueryItem(QStringLiteral("request"), QStringLiteral("GetCapabilities"));
    url.setQuery(query);
    const QString capsUrl = url.toString(QUrl::FullyEncoded);

    Net::HttpRequest request;
    request.url = capsUrl;
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    Base::Result<Xml::Element> root = parseAnswer(*response, capsUrl);
    if (!root) return root.error();
    if (root->name == u"ExceptionReport") return cswExceptionError(*root, capsUrl);
    if (root->name != u"Capabilities")
        return invalidResponse(
            capsUrl,
            tr("The answer is not CSW capabilities (root element <%1>)").arg(root->qualifiedName));

    ServiceInfo info;
    info.version = root->attribute(QStringLiteral("version"));
    if (const Xml::Element* si = root->child(QStringLiteral("ServiceIdentification")))
        info.title = si->childText(QStringLiteral("Title"));
    QUrl base(m_url);
    base.setQuery(QString());
    info.postUrl = base.toString(QUrl::FullyEncoded);
    for (const Xml::Element* op : root->findAll(QStringLiteral("Operation"))) {
        if (op->attribute(QStringLiteral("name")) != u"GetRecords") continue;
        if (const Xml::Element* post = op->find(QStringLiteral("Post"))) {
            const QString href = post->attribute(QStringLiteral("href"));
            // Servers often advertise their public name; a relative or same-host href is trusted,
            // another host is not (the user chose this endpoint).
            const QString resolved = resolveUrl(m_url, href);
            if (!href.isEmpty() && QUrl(resolved).host() == QUrl(m_url).host())
                info.postUrl = resolved;
        }
        for (const Xml::Element* p : op->childrenNamed(QStringLiteral("Parameter"))) {
            const QString name = p->attribute(QStringLiteral("name"));
            if (name.compare(QStringLiteral("outputSchema"), Qt::CaseInsensitive) != 0) continue;
            for (const Xml::Element* v : p->childrenNamed(QStringLiteral("Value")))
                if (v->text == u"http://www.isotc211.org/2005/gmd") info.iso = true;
        }
    }
    for (const Xml::Element* v : root->findAll(QStringLiteral("Value")))
        if (v->text.endsWith(QStringLiteral("TempExtent_begin"))) info.isoTimeQueryables = true;
    m_info = info;
    return info;
}

Base::Result<Capabilities> CswProvider::capabilities(Base::Feedback* feedback) {
    Base::Result<ServiceInfo> info = probe(feedback);
    if (!info) return info.error();
    Capabilities caps;
    caps.title = info->title;
    caps.protocolVersion = QStringLiteral("CSW %1").arg(
        info->version.isEmpty() ? QStringLiteral("2.0.2") : info->version);
    caps.text = caps.bbox = caps.time = true;
    caps.notes << (info->iso ? tr("records read as ISO 19139") : tr("records read as Dublin Core"));
    if (!info->isoTimeQueryables) caps.notes << tr("time filtered on dc:date");
    return caps;
}

Base::Result<QList<Collection>> CswProvider::collections(Base::Feedback*) {
    // CSW catalogues are flat record sets; series records come back from a search like any other.
    return QList<Collection>{};
}

Base::Result<SearchSummary> CswProvider::search(const SearchQuery& query, const PageHandler& onPage,
                                                Base::Feedback* feedback) {
    Base::Result<ServiceInfo> info = probe(feedback);
    if (!info) return info.error();
    SearchSummary summary;
    if (query.maxItems <= 0) return summary;

    CswGetRecords request;
    request.schema =
        info->iso ? CswGetRecords::Schema::Iso19139 : CswGetRecords::Schema::DublinCore;
    request.isoTimeQueryables = info->isoTimeQueryables;
    request.text = query.text;
    request.bbox = query.bbox;
    request.start = query.start;
    request.end = query.end;
    // CSW's own default page size is 10; pageSize 0 means the server's choice.
    request.maxRecords = std::min(query.pageSize > 0 ? query.pageSize : 10, query.maxItems);
    request.startPosition = 1;

    for (;;) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(info->postUrl);
        Net::HttpRequest http;
        http.url = info->postUrl;
        http.method = Net::HttpRequest::Method::Post;
        http.body = request.toXml();
        http.headers << qMakePair(QByteArray("Content-Type"),
                                  QByteArray("application/xml; charset=UTF-8"));
        Base::Result<Net::HttpResponse> response = m_client.fetch(http, feedback);
        if (!response) return response.error();
        Base::Result<Xml::Element> root = parseAnswer(*response, info->postUrl);
        if (!root) return root.error();
        Base::Result<CswRecordsPage> page = parseCswRecords(*root, info->postUrl);
        if (!page) return page.error();

        if (page->matched) summary.matched = page->matched;
        const qint64 room = query.maxItems - summary.itemCount;
        const bool overflow = page->items.size() > room;
        if (overflow) page->items.resize(room);
        if (!page->items.isEmpty() || summary.pages == 0) {
            SearchPage out;
            out.items = page->items;
            out.matched = page->matched;
            out.pageNumber = summary.pages++;
            summary.itemCount += out.items.size();
            if (!onPage(out)) return summary;
        }
        reportProgress(feedback, 100.0 * double(summary.itemCount) / query.maxItems);
        // nextRecord 0 (or past the end) means done; servers that omit it page by what came back.
        const qint64 next =
            page->nextRecord > 0 ? page->nextRecord : request.startPosition + page->returned;
        const bool more = page->returned > 0 && page->nextRecord != 0 &&
                          (!page->matched || next <= *page->matched) &&
                          next > request.startPosition;
        if (summary.itemCount >= query.maxItems) {
            summary.truncated = overflow || more;
            break;
        }
        if (!more) break;
        request.startPosition = int(next);
    }
    return summary;
}

void registerCswProvider(ProviderRegistry& registry) {
    registry.add(
        QStringLiteral("csw"), tr("OGC Catalogue Service (CSW 2.0.2)"),
        [](const QString& url, const Net::HttpClient& client) -> std::unique_ptr<CatalogProvider> {
            return std::make_unique<CswProvider>(url, client);
        });
}

}  // namespace Estran::Catalog
