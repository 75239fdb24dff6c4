// SPDX-License-Identifier: GPL-3.0-or-later
// A catalogue provider plugin standing for a third-party one, built against Estran's public
// headers only (catalog, net, base). It searches a "GeoJSON listing": a GeoJSON
// FeatureCollection (RFC 7946) served as a plain file, split into pages by a "next" link as in
// OGC API - Features:
//
//   {"type": "FeatureCollection", "title": "...",
//    "features": [{"type": "Feature", "id": "...", "bbox": [w, s, e, n], "geometry": {...},
//                  "properties": {"title": "...", "collection": "...",
//                                 "datetime" | "start_datetime" + "end_datetime": "ISO 8601",
//                                 "href": "data file URL", "type": "media type"}}],
//    "links": [{"rel": "next", "href": "page2.json"}]}
//
// There is no server-side query: the features are filtered here (area, period, collections,
// text), page by page, and each page's matches are delivered as they arrive.

#include "estran/base/feedback.h"
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerplugin.h"
#include "estran/net/httpclient.h"
#include "estran/net/httprequest.h"
#include "estran/net/httpresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace GeoJsonList {

using Estran::Base::Error;
using Estran::Base::Result;

QString tr(const char* text) { return QCoreApplication::translate("GeoJsonList", text); }

constexpr int kMaxPages = 1000;  // a "next" loop in a broken listing must end

struct Page {
    QJsonArray features;
    QString title;
    QString next;  // absolute, empty on the last page
};

/// Every [lon, lat] position of a GeoJSON geometry, walked through its nested arrays.
void extend(const QJsonArray& coordinates, double box[4], bool& any)
{
    if (coordinates.size() >= 2 && coordinates.at(0).isDouble() && coordinates.at(1).isDouble()) {
        const double lon = coordinates.at(0).toDouble(), lat = coordinates.at(1).toDouble();
        box[0] = any ? std::min(box[0], lon) : lon;
        box[1] = any ? std::min(box[1], lat) : lat;
        box[2] = any ? std::max(box[2], lon) : lon;
        box[3] = any ? std::max(box[3], lat) : lat;
        any = true;
        return;
    }
    for (const QJsonValue& child : coordinates) extend(child.toArray(), box, any);
}

Estran::Catalog::Item itemFromFeature(const QJsonObject& feature, const QUrl& pageUrl)
{
    Estran::Catalog::Item item;
    const QJsonValue id = feature.value(QLatin1String("id"));
    item.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
    item.properties = feature.value(QLatin1String("properties")).toObject();
    item.title = item.properties.value(QLatin1String("title")).toString(item.id);
    item.collection = item.properties.value(QLatin1String("collection")).toString();
    item.geometry = feature.value(QLatin1String("geometry")).toObject();
    const QJsonArray bbox = feature.value(QLatin1String("bbox")).toArray();
    if (bbox.size() == 4) {
        item.bbox = Estran::Base::GeoBox{bbox.at(0).toDouble(), bbox.at(1).toDouble(), bbox.at(2).toDouble(),
                                         bbox.at(3).toDouble()};
    } else {
        double box[4] = {0, 0, 0, 0};
        bool any = false;
        extend(item.geometry.value(QLatin1String("coordinates")).toArray(), box, any);
        if (any) item.bbox = Estran::Base::GeoBox{box[0], box[1], box[2], box[3]};
    }
    auto time = [&](const char* key) {
        return QDateTime::fromString(item.properties.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).toUTC();
    };
    item.start = time("datetime");
    item.end = item.start;
    if (!item.start.isValid()) {
        item.start = time("start_datetime");
        item.end = time("end_datetime");
    }
    const QString href = item.properties.value(QLatin1String("href")).toString();
    if (!href.isEmpty()) {
        Estran::Catalog::Asset asset;
        asset.key = QStringLiteral("data");
        asset.href = pageUrl.resolved(QUrl(href)).toString();
        asset.type = item.properties.value(QLatin1String("type")).toString();
        asset.roles = {QStringLiteral("data")};
        item.assets << asset;
    }
    return item;
}

bool boxesIntersect(const Estran::Base::GeoBox& a, const Estran::Base::GeoBox& b)
{
    if (a.north < b.south || a.south > b.north) return false;
    if (a.width() >= 360.0 || b.width() >= 360.0) return true;
    const double bw = Estran::Base::degreesEastOf(a.west, b.west);
    return bw <= a.width() || bw + b.width() >= 360.0;
}

bool matches(const Estran::Catalog::Item& item, const Estran::Catalog::SearchQuery& q)
{
    if (!q.collections.isEmpty() && !q.collections.contains(item.collection)) return false;
    if (q.bbox && item.bbox && !boxesIntersect(*q.bbox, *item.bbox)) return false;
    if (q.start.isValid() && item.end.isValid() && item.end < q.start) return false;
    if (q.end.isValid() && item.start.isValid() && item.start > q.end) return false;
    const QStringList words = q.text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString& w) {
        return item.title.contains(w, Qt::CaseInsensitive) || item.id.contains(w, Qt::CaseInsensitive);
    });
}

class GeoJsonListProvider final : public Estran::Catalog::CatalogProvider {
public:
    GeoJsonListProvider(QString url, const Estran::Net::HttpClient& client) : m_url(std::move(url)), m_client(client) {}

    QString type() const override { return QStringLiteral("geojson-list"); }
    QString url() const override { return m_url; }

    Result<Estran::Catalog::Capabilities> capabilities(Estran::Base::Feedback* feedback) override
    {
        Result<Page> page = fetch(m_url, feedback);
        if (!page) return page.error();
        Estran::Catalog::Capabilities caps;
        caps.title = page->title.isEmpty() ? m_url : page->title;
        caps.protocolVersion = QStringLiteral("GeoJSON listing");
        caps.text = caps.bbox = caps.time = caps.collections = true;
        caps.notes << tr("A GeoJSON file: filtered on this computer");
        return caps;
    }

    Result<QList<Estran::Catalog::Collection>> collections(Estran::Base::Feedback* feedback) override
    {
        QList<Estran::Catalog::Collection> out;
        QSet<QString> seen;
        QString url = m_url;
        for (int n = 0; !url.isEmpty() && n < kMaxPages; ++n) {
            if (Estran::Base::isCancelled(feedback)) return Error::cancelled(m_url);
            Result<Page> page = fetch(url, feedback);
            if (!page) return page.error();
            for (const QJsonValue& f : page->features) {
                const Estran::Catalog::Item item = itemFromFeature(f.toObject(), QUrl(url));
                if (item.collection.isEmpty() || seen.contains(item.collection)) continue;
                seen.insert(item.collection);
                Estran::Catalog::Collection collection;
                collection.id = collection.title = item.collection;
                out << collection;
            }
            url = page->next;
        }
        return out;
    }

    Result<Estran::Catalog::SearchSummary> search(const Estran::Catalog::SearchQuery& query, const PageHandler& onPage,
                                                  Estran::Base::Feedback* feedback) override
    {
        Estran::Catalog::SearchSummary summary;
        QString url = m_url;
        for (int n = 0; !url.isEmpty() && n < kMaxPages; ++n) {
            if (Estran::Base::isCancelled(feedback)) return Error::cancelled(m_url);
            Result<Page> page = fetch(url, feedback);
            if (!page) return page.error();
            Estran::Catalog::SearchPage out;
            out.pageNumber = summary.pages;
            for (const QJsonValue& f : page->features) {
                Estran::Catalog::Item item = itemFromFeature(f.toObject(), QUrl(url));
                if (!matches(item, query)) continue;
                if (summary.itemCount + out.items.size() >= query.maxItems) {
                    summary.truncated = true;
                    break;
                }
                out.items << item;
            }
            if (!out.items.isEmpty()) {
                ++summary.pages;
                summary.itemCount += out.items.size();
                if (!onPage(out)) break;
            }
            if (summary.truncated) break;
            url = page->next;
        }
        return summary;
    }

private:
    Result<Page> fetch(const QString& url, Estran::Base::Feedback* feedback) const
    {
        Estran::Net::HttpRequest request;
        request.url = url;
        Result<Estran::Net::HttpResponse> response = m_client.fetch(request, feedback);
        if (!response) return response.error();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(response->body, &parseError);
        if (doc.isNull())
            return Error(Error::Kind::InvalidInput, url, tr("The listing is not valid JSON"), parseError.errorString());
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")
            || !root.value(QLatin1String("features")).isArray()) {
            return Error(Error::Kind::InvalidInput, url, tr("The listing is not a GeoJSON FeatureCollection"));
        }
        Page page;
        page.features = root.value(QLatin1String("features")).toArray();
        page.title = root.value(QLatin1String("title")).toString(root.value(QLatin1String("name")).toString());
        for (const QJsonValue& link : root.value(QLatin1String("links")).toArray()) {
            if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
                page.next = QUrl(url).resolved(QUrl(link.toObject().value(QLatin1String("href")).toString())).toString();
        }
        return page;
    }

    QString m_url;
    const Estran::Net::HttpClient& m_client;
};

class GeoJsonListPlugin final : public QObject, public Estran::Catalog::ProviderPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ESTRAN_PROVIDER_PLUGIN_IID FILE "geojsonlist.json")
    Q_INTERFACES(Estran::Catalog::ProviderPlugin)

public:
    GeoJsonListPlugin() = default;
    Q_DISABLE_COPY_MOVE(GeoJsonListPlugin)

    std::unique_ptr<Estran::Catalog::CatalogProvider> createProvider(const QString& type, const QString& url,
                                                                     const Estran::Net::HttpClient& client) override
    {
        if (type != QLatin1String("geojson-list")) return nullptr;
        return std::make_unique<GeoJsonListProvider>(url, client);
    }
};

}  // namespace GeoJsonList

#include "geojsonlistplugin.moc"
