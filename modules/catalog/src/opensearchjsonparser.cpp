// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensearchjsonparser.h"

#include "xmlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

std::optional<qint64> integer(const QJsonValue& v) {
    if (v.isDouble()) return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString nextLink(const QJsonValue& links, const QString& baseUrl) {
    for (const QJsonValue& l : links.toArray()) {
        const QJsonObject o = l.toObject();
        if (o.value(QStringLiteral("rel")).toString() == u"next")
            return resolveUrl(baseUrl, o.value(QStringLiteral("href")).toString());
    }
    return {};
}

/// One array or a single object (DHuS writes one hit as an object).
QJsonArray asArray(const QJsonValue& v) {
    if (v.isArray()) return v.toArray();
    if (v.isObject()) return QJsonArray{v};
    return {};
}

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys) {
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().isEmpty()) return v.toString();
    }
    return {};
}

Item parseFeature(const QJsonObject& f, const QString& baseUrl) {
    Item item;
    const QJsonObject props = f.value(QStringLiteral("properties")).toObject();
    item.id = f.value(QStringLiteral("id")).toVariant().toString();
    if (item.id.isEmpty()) item.id = firstString(props, {"identifier", "productIdentifier"});
    item.title = firstString(props, {"title", "productIdentifier", "identifier"});
    if (item.title.isEmpty()) item.title = item.id;
    item.collection = firstString(props, {"collection", "parentIdentifier"});
    const QJsonObject geometry = f.value(QStringLiteral("geometry")).toObject();
    // OGC 17-047 writes `geometry: {}` for global products: no footprint, not an error.
    if (geometry.contains(QStringLiteral("type"))) item.geometry = geometry;
    item.bbox = geometryBounds(item.geometry);
    item.properties = props;

    const QString date = props.value(QStringLiteral("date")).toString();
    item.start =
        parseCatalogDateTime(firstString(props, {"startDate", "start_datetime", "datetime"}));
    item.end =
        parseCatalogDateTime(firstString(props, {"completionDate", "endDate", "end_datetime"}));
    if (!item.start.isValid() && !date.isEmpty()) {
        const QStringList parts = date.split(u'/');
        item.start = parseCatalogDateTime(parts.value(0));
        if (parts.size() > 1) item.end = parseCatalogDateTime(parts.value(1));
    }
    if (item.start.isValid() && !item.end.isValid()) item.end = item.start;

    // resto: services.download {url, mimeType, size, checksum}.
    const QJsonObject download = props.value(QStringLiteral("services"))
                                     .toObject()
                                     .value(QStringLiteral("download"))
                                     .toObject();
    if (!download.value(QStringLiteral("url")).toString().isEmpty()) {
        Asset a{QStringLiteral("data"),
                resolveUrl(baseUrl, download.value(QStringLiteral("url")).toString()),
                download.value(QStringLiteral("mimeType")).toString(),
                {},
                {QStringLiteral("data")},
                integer(download.value(QStringLiteral("size"))),
                {}};
        const QString md5 = download.value(QStringLiteral("checksum")).toString();
        if (!md5.isEmpty()) a.checksum = QStringLiteral("md5:") + md5.toLower();
        addUniqueAsset(item, a);
    }
    // OGC 17-047: properties.links.{data, previews, alternates}.
    const QJsonObject linkGroups = props.value(QStringLiteral("links")).toObject();
    for (const QJsonValue& l : linkGroups.value(QStringLiteral("data")).toArray()) {
        const QJsonObject o = l.toObject();
        addUniqueAsset(item, {QStringLiteral("data"),
                              resolveUrl(baseUrl, o.value(QStringLiteral("href")).toString()),
                              o.value(QStringLiteral("mediaType")).toString(),
                              o.value(QStringLiteral("title")).toString(),
                              {QStringLiteral("data")},
                              integer(props.value(QStringLiteral("productInformation"))
                                          .toObject()
                                          .value(QStringLiteral("size"))),
                              {}});
    }
    for (const QJsonValue& l : linkGroups.value(QStringLiteral("previews")).toArray()) {
        const QJsonObject o = l.toObject();
        addUniqueAsset(item, {QStringLiteral("overview"),
                              resolveUrl(baseUrl, o.value(QStringLiteral("href")).toString()),
                              o.value(QStringLiteral("mediaType")).toString(),
                              o.value(QStringLiteral("title")).toString(),
                              {QStringLiteral("overview")},
                              std::nullopt,
                              {}});
    }
    const QString quicklook = props.value(QStringLiteral("quicklook")).toString();
    if (!quicklook.isEmpty())
        addUniqueAsset(item, {QStringLiteral("overview"),
                              resolveUrl(baseUrl, quicklook),
                              {},
                              {},
                              {QStringLiteral("overview")},
                              std::nullopt,
                              {}});
    const QString thumbnail = props.value(QStringLiteral("thumbnail")).toString();
    if (!thumbnail.isEmpty())
        addUniqueAsset(item, {QStringLiteral("thumbnail"),
                              resolveUrl(baseUrl, thumbnail),
                              {},
                              {},
                              {QStringLiteral("thumbnail")},
                              std::nullopt,
                              {}});
    // resto 6+ and STAC-like features carry an assets map.
    const QJsonObject assets = f.value(QStringLiteral("assets")).toObject();
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        QStringList roles;
        for (const QJsonValue& r : o.value(QStringLiteral("roles")).toArray())
            roles << r.toString();
        addUniqueAsset(item, {it.key(),
                              resolveUrl(baseUrl, o.value(QStringLiteral("href")).toString()),
                              o.value(QStringLiteral("type")).toString(),
                              o.value(QStringLiteral("title")).toString(),
                              roles,
                              std::nullopt,
                              {}});
    }
    const QJsonArray links = f.value(QStringLiteral("links")).isArray()
                                 ? f.value(QStringLiteral("links")).toArray()
                                 : QJsonArray();
    for (const QJsonValue& l : links) {
        const QJsonObject o = l.toObject();
        Link link{o.value(QStringLiteral("rel")).toString(),
                  resolveUrl(baseUrl, o.value(QStringLiteral("href")).toString()),
                  o.value(QStringLiteral("type")).toString(),
                  o.value(QStringLiteral("title")).toString()};
        item.links << link;
        if (link.rel == u"enclosure")
            addUniqueAsset(item, {QStringLiteral("data"),
                                  link.href,
                                  link.type,
                                  link.title,
                                  {QStringLiteral("data")},
                                  std::nullopt,
                                  {}});
        else if (link.rel == u"icon")
            addUniqueAsset(item, {QStringLiteral("thumbnail"),
                                  link.href,
                                  link.type,
                                  link.title,
                                  {QStringLiteral("thumbnail")},
                                  std::nullopt,
                                  {}});
    }
    return item;
}

/// DHuS entry: typed arrays of {name, content} instead of plain properties.
Item parseDhusEntry(const QJsonObject& e, const QString& baseUrl) {
    Item item;
    item.id = e.value(QStringLiteral("id")).toString();
    item.title = e.value(QStringLiteral("title")).toString();
    QJsonObject props;
    for (const char* group : {"str", "int", "double", "date", "bool"}) {
        for (const QJsonValue& v : asArray(e.value(QLatin1String(group)))) {
            const QJsonObject o = v.toObject();
            props.insert(o.value(QStringLiteral("name")).toString(),
                         o.value(QStringLiteral("content")));
        }
    }
    item.properties = props;
    item.start = parseCatalogDateTime(props.value(QStringLiteral("beginposition")).toString());
    item.end = parseCatalogDateTime(props.value(QStringLiteral("endposition")).toString());
    if (item.start.isValid() && !item.end.isValid()) item.end = item.start;
    // "footprint" is WKT in lon/lat order.
    static const QRegularExpression ring(QStringLiteral(R"(\(\(+([^()]+)\))"));
    const auto m = ring.match(props.value(QStringLiteral("footprint")).toString());
    if (m.hasMatch()) item.geometry = polygonFromPairs(m.captured(1), false);
    item.bbox = geometryBounds(item.geometry);
    for (const QJsonValue& l : asArray(e.value(QStringLiteral("link")))) {
        const QJsonObject o = l.toObject();
        Link link{o.value(QStringLiteral("rel")).toString(QStringLiteral("alternate")),
                  resolveUrl(baseUrl, o.value(QStringLiteral("href")).toString()),
                  {},
                  {}};
        if (!o.contains(QStringLiteral("rel"))) {
            // DHuS's link without rel is the product download ($value).
            link.rel = QStringLiteral("enclosure");
            addUniqueAsset(item, {QStringLiteral("data"),
                                  link.href,
                                  QStringLiteral("application/zip"),
                                  {},
                                  {QStringLiteral("data")},
                                  std::nullopt,
                                  {}});
        } else if (link.rel == u"icon") {
            addUniqueAsset(item, {QStringLiteral("thumbnail"),
                                  link.href,
                                  {},
                                  {},
                                  {QStringLiteral("thumbnail")},
                                  std::nullopt,
                                  {}});
        }
        item.links << link;
    }
    return item;
}

}  // namespace

Base::Result<OpenSearchPage> parseOpenSearchJson(const QJsonObject& root, const QString& baseUrl,
                                                 const QString& where) {
    OpenSearchPage page;
    if (root.contains(QStringLiteral("feed"))) {
        const QJsonObject feed = root.value(QStringLiteral("feed")).toObject();
        const QJsonObject error = feed.value(QStringLiteral("error")).toObject();
        if (!error.isEmpty()) {
            return Base::Error(Base::Error::Kind::InvalidInput, where,
                               tr("The OpenSearch server rejected the query"),
                               error.value(QStringLiteral("message")).toString());
        }
        page.totalResults = integer(feed.value(QStringLiteral("opensearch:totalResults")));
        page.nextUrl = nextLink(feed.value(QStringLiteral("link")), baseUrl);
        for (const QJsonValue& e : asArray(feed.value(QStringLiteral("entry"))))
            page.items << parseDhusEntry(e.toObject(), baseUrl);
        return page;
    }
    if (!root.contains(QStringLiteral("features")))
        return invalidResponse(where, tr("The answer is JSON but neither a GeoJSON "
                                         "FeatureCollection nor an OpenSearch feed"));
    const QJsonObject props = root.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue& v :
         {props.value(QStringLiteral("totalResults")), root.value(QStringLiteral("totalResults")),
          props.value(QStringLiteral("numberMatched")),
          root.value(QStringLiteral("numberMatched"))}) {
        if (auto n = integer(v)) {
            page.totalResults = n;
            break;
        }
    }
    page.nextUrl = nextLink(props.value(QStringLiteral("links")), baseUrl);
    if (page.nextUrl.isEmpty())
        page.nextUrl = nextLink(root.value(QStringLiteral("links")), baseUrl);
    for (const QJsonValue& f : root.value(QStringLiteral("features")).toArray())
        page.items << parseFeature(f.toObject(), baseUrl);
    return page;
}

}  // namespace Estran::Catalog
