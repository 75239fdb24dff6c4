// SPDX-License-Identifier: GPL-3.0-or-later
#include "erddapprovider.h"

#include "builtinproviders.h"
#include "erddapdataset.h"
#include "erddaptable.h"
#include "xmlsupport.h"

#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

/// ERDDAP's own words from an "Error { code=404; message="..."; }" body.
QString erddapMessage(const QByteArray& body) {
    static const QRegularExpression message(
        QStringLiteral(R"(message\s*=\s*"((?:[^"\\]|\\.)*)\")"));
    const auto m = message.match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1) : bodyExcerpt(body);
}

QString number(double v) {
    return QString::number(v, 'g', 10);
}

}  // namespace

ErddapProvider::ErddapProvider(QString url, const Net::HttpClient& client)
    : m_url(baseUrl(url)), m_client(client) {}

QString ErddapProvider::baseUrl(const QString& url) {
    QUrl u(url.trimmed());
    u.setQuery(QString());
    u.setFragment(QString());
    QString path = u.path();
    if (path.endsWith(QStringLiteral("/index.html"))) path.chop(int(strlen("/index.html")));
    while (path.endsWith(u'/')) path.chop(1);
    u.setPath(path);
    return u.toString();
}

Base::Result<ErddapTable> ErddapProvider::fetchTable(const QString& url,
                                                     Base::Feedback* feedback) const {
    Net::HttpRequest request;
    request.url = url;
    request.acceptedErrorStatuses = {404};
    // stream() rather than fetch(): fetch() replaces an accepted error status's body with the
    // (empty) success buffer, and the 404 body is what tells "no results" from a real error.
    QByteArray body;
    Base::Result<Net::HttpResponse> response = m_client.stream(
        request,
        [&body](const char* data, size_t size) {
            body.append(data, qsizetype(size));
            return true;
        },
        {}, feedback);
    if (!response) return response.error();
    if (response->body.isEmpty()) response->body = std::move(body);
    if (response->status == 404) {
        if (response->body.contains("produced no matching results")) return ErddapTable{};
        return Base::Error(Base::Error::Kind::NotFound, url,
                           tr("The ERDDAP server says: %1").arg(erddapMessage(response->body)),
                           bodyExcerpt(response->body));
    }
    return ErddapTable::parse(response->body, response->header("content-type"), url);
}

Base::Result<Capabilities> ErddapProvider::capabilities(Base::Feedback* feedback) {
    // The version page is tiny and exists on every ERDDAP ("ERDDAP_version=2.23").
    Net::HttpRequest request;
    request.url = m_url + QStringLiteral("/version");
    Base::Result<Net::HttpResponse> response = m_client.fetch(request, feedback);
    if (!response) return response.error();
    const QString text = QString::fromUtf8(response->body).trimmed();
    if (!text.startsWith(QStringLiteral("ERDDAP_version=")))
        return invalidResponse(request.url,
                               tr("This does not look like an ERDDAP server (no ERDDAP_version)"),
                               bodyExcerpt(response->body));
    Capabilities caps;
    caps.title = QUrl(m_url).host();
    caps.protocolVersion =
        QStringLiteral("ERDDAP %1").arg(text.mid(int(strlen("ERDDAP_version="))));
    caps.text = caps.bbox = caps.time = caps.collections = true;
    caps.notes << tr("box and time use the advanced search");
    return caps;
}

Base::Result<QList<Collection>> ErddapProvider::collections(Base::Feedback* feedback) {
    Base::Result<ErddapTable> table =
        fetchTable(m_url + QStringLiteral("/info/index.json"), feedback);
    if (!table) return table.error();
    QList<Collection> out;
    for (const QStringList& row : table->rows) {
        Collection c;
        c.id = table->value(row, QStringLiteral("Dataset ID"));
        c.title = table->value(row, QStringLiteral("Title"));
        c.description = table->value(row, QStringLiteral("Summary"));
        if (!c.id.isEmpty()) out << c;
    }
    return out;
}

Base::Result<SearchSummary> ErddapProvider::search(const SearchQuery& query,
                                                   const PageHandler& onPage,
                                                   Base::Feedback* feedback) {
    SearchSummary summary;
    if (query.maxItems <= 0) return summary;
    const bool advanced = query.bbox || query.start.isValid() || query.end.isValid();
    const bool listAll = !advanced && query.text.trimmed().isEmpty();
    const int perPage = query.pageSize > 0 ? query.pageSize : 1000;

    for (int pageNumber = 1;; ++pageNumber) {
        if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_url);
        QString url;
        if (listAll) {
            // /info/index lists every dataset in one answer.
            url = m_url + QStringLiteral("/info/index.json");
        } else {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("page"), QString::number(pageNumber));
            q.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(perPage));
            q.addQueryItem(QStringLiteral("searchFor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(query.text.trimmed())));
            if (advanced) {
                if (query.bbox) {
                    // A box across the antimeridian is sent as ERDDAP's 0..360 longitudes.
                    const bool crosses = query.bbox->crossesAntimeridian();
                    const double west = query.bbox->west < 0 && crosses ? query.bbox->west + 360.0
                                                                        : query.bbox->west;
                    const double east = crosses ? query.bbox->east + 360.0 : query.bbox->east;
                    q.addQueryItem(QStringLiteral("minLon"), number(west));
                    q.addQueryItem(QStringLiteral("maxLon"), number(east));
                    q.addQueryItem(QStringLiteral("minLat"), number(query.bbox->south));
                    q.addQueryItem(QStringLiteral("maxLat"), number(query.bbox->north));
                }
                if (query.start.isValid())
                    q.addQueryItem(QStringLiteral("minTime"), isoUtc(query.start));
                if (query.end.isValid())
                    q.addQueryItem(QStringLiteral("maxTime"), isoUtc(query.end));
            }
            url = m_url +
                  (advanced ? QStringLiteral("/search/advanced.csv?")
                            : QStringLiteral("/search/index.csv?")) +
                  q.toString(QUrl::FullyEncoded);
        }
        Base::Result<ErddapTable> table = fetchTable(url, feedback);
        if (!table) return table.error();

        SearchPage page;
        page.pageNumber = summary.pages;
        for (const QStringList& row : table->rows) {
            Item item = erddapItemFromRow(*table, row);
            // The list of all datasets includes ERDDAP's own "allDatasets" table.
            if (item.id.isEmpty() || item.id == u"allDatasets") continue;
            page.items << item;
        }
        const qint64 room = query.maxItems - summary.itemCount;
        const bool overflow = page.items.size() > room;
        if (overflow) page.items.resize(room);
        if (page.items.size() <= kInfoLimit) {
            for (Item& item : page.items) {
                if (Base::isCancelled(feedback)) return Base::Error::cancelled(m_url);
                Base::Result<ErddapTable> info = fetchTable(
                    m_url + QStringLiteral("/info/") + item.id + QStringLiteral("/index.csv"),
                    feedback);
                // The search result stands without its extent when the info page fails.
                if (info)
                    applyErddapInfo(item, *info);
                else
                    item.properties.insert(QStringLiteral("erddap:infoError"),
                                           info.error().toString());
            }
        }
        if (!page.items.isEmpty() || summary.pages == 0) {
            summary.itemCount += page.items.size();
            ++summary.pages;
            if (!onPage(page)) return summary;
        }
        if (summary.itemCount >= query.maxItems) {
            summary.truncated = overflow || (!listAll && table->rows.size() >= perPage);
            break;
        }
        if (listAll || table->rows.size() < perPage) break;
    }
    return summary;
}

void registerErddapProvider(ProviderRegistry& registry) {
    registry.add(
        QStringLiteral("erddap"), tr("ERDDAP"),
        [](const QString& url, const Net::HttpClient& client) -> std::unique_ptr<CatalogProvider> {
            return std::make_unique<ErddapProvider>(url, client);
        });
}

}  // namespace Estran::Catalog
