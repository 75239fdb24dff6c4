// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensearchatomparser.h"

#include "xmlsupport.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Estran::Catalog {

namespace {

const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kTime = QStringLiteral("http://a9.com/-/opensearch/extensions/time/1.0/");

QList<double> numbers(const QString& text) {
    QList<double> out;
    for (const QString& p :
         text.simplified().split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = p.toDouble(&ok);
        if (!ok) return {};
        out << v;
    }
    return out;
}

QJsonObject point(double lon, double lat) {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                       {QStringLiteral("coordinates"), QJsonArray{lon, lat}}};
}

/// GML inside georss:where: EPSG:4326 and GeoRSS GML use lat/lon order, CRS84 lon/lat.
QJsonObject gmlGeometry(const Xml::Element& where) {
    for (const Xml::Element& g : where.children) {
        const bool latFirst =
            !g.attribute(QStringLiteral("srsName")).contains(QStringLiteral("CRS84"));
        if (g.name == u"Envelope") {
            const QList<double> lo = numbers(g.childText(QStringLiteral("lowerCorner")));
            const QList<double> hi = numbers(g.childText(QStringLiteral("upperCorner")));
            if (lo.size() != 2 || hi.size() != 2) continue;
            return latFirst ? boxPolygon({lo[1], lo[0], hi[1], hi[0]})
                            : boxPolygon({lo[0], lo[1], hi[0], hi[1]});
        }
        if (g.name == u"Point") {
            const QList<double> p = numbers(g.childText(QStringLiteral("pos")));
            if (p.size() == 2) return latFirst ? point(p[1], p[0]) : point(p[0], p[1]);
        }
        if (g.name == u"Polygon") {
            const Xml::Element* list = g.find(QStringLiteral("posList"));
            if (!list) list = g.find(QStringLiteral("coordinates"));
            if (list) return polygonFromPairs(list->text, latFirst);
        }
    }
    return {};
}

QJsonObject georssGeometry(const Xml::Element& entry) {
    for (const Xml::Element& c : entry.children) {
        if (!c.namespaceUri.startsWith(QStringLiteral("http://www.georss.org/georss"))) continue;
        if (c.name == u"polygon") return polygonFromPairs(c.text, true);
        if (c.name == u"box") {
            // GeoRSS box: "south west north east".
            const QList<double> v = numbers(c.text);
            if (v.size() == 4) return boxPolygon({v[1], v[0], v[3], v[2]});
        }
        if (c.name == u"point") {
            const QList<double> v = numbers(c.text);
            if (v.size() == 2) return point(v[1], v[0]);
        }
        if (c.name == u"where") return gmlGeometry(c);
    }
    return {};
}

bool isDataRel(const QString& rel) {
    return rel == u"enclosure" || rel.endsWith(QStringLiteral("/data#"));
}

}  // namespace

Item parseOpenSearchAtomEntry(const Xml::Element& entry, const QString& baseUrl) {
    Item item;
    item.id = entry.childText(QStringLiteral("id"));
    if (item.id.isEmpty()) item.id = entry.childText(QStringLiteral("identifier"));
    item.title = entry.childText(QStringLiteral("title"));
    if (item.title.isEmpty()) item.title = item.id;

    item.geometry = georssGeometry(entry);
    item.bbox = geometryBounds(item.geometry);

    QString dcDate;
    for (const Xml::Element& c : entry.children) {
        if (c.namespaceUri == kTime && c.name == u"start")
            item.start = parseCatalogDateTime(c.text);
        else if (c.namespaceUri == kTime && c.name == u"end")
            item.end = parseCatalogDateTime(c.text);
        else if (c.name == u"date" && dcDate.isEmpty())
            dcDate = c.text;
    }
    if (!item.start.isValid() && !dcDate.isEmpty()) {
        // dc:date is an instant or an ISO 8601 interval "start/end".
        const QStringList parts = dcDate.split(u'/');
        item.start = parseCatalogDateTime(parts.value(0));
        item.end = parts.size() > 1 ? parseCatalogDateTime(parts.value(1)) : item.start;
    }
    if (item.start.isValid() && !item.end.isValid()) item.end = item.start;

    for (const Xml::Element* l : entry.childrenNamed(QStringLiteral("link"))) {
        Link link;
        link.rel = l->attribute(QStringLiteral("rel"));
        if (link.rel.isEmpty()) link.rel = QStringLiteral("alternate");
        link.href = resolveUrl(baseUrl, l->attribute(QStringLiteral("href")));
        link.type = l->attribute(QStringLiteral("type"));
        link.title = l->attribute(QStringLiteral("title"));
        if (link.href.isEmpty()) continue;
        item.links << link;
        // CMR repeats collection-level links on every granule (inherited="true"); they are
        // not this item's data.
        const bool inherited = l->attribute(QStringLiteral("inherited")) == u"true";
        if (isDataRel(link.rel) && !inherited) {
            Asset a;
            a.key = QStringLiteral("data");
            a.href = link.href;
            a.type = link.type.contains(u'/') ? link.type : QString();
            a.title = link.title;
            a.roles = {QStringLiteral("data")};
            bool ok = false;
            const qint64 size = l->attribute(QStringLiteral("length")).toLongLong(&ok);
            if (ok && size > 0) a.size = size;
            addUniqueAsset(item, a);
        } else if (link.rel == u"icon") {
            addUniqueAsset(item, {QStringLiteral("thumbnail"),
                                  link.href,
                                  link.type,
                                  link.title,
                                  {QStringLiteral("thumbnail")},
                                  std::nullopt,
                                  {}});
        }
    }
    // Media RSS previews (Mundi, many DIAS feeds).
    for (const Xml::Element* content : entry.findAll(QStringLiteral("content"))) {
        const QString url = content->attribute(QStringLiteral("url"));
        if (url.isEmpty()) continue;
        const QString category = content->childText(QStringLiteral("category")).toUpper();
        const bool thumb = category == u"THUMBNAIL";
        addUniqueAsset(item, {thumb ? QStringLiteral("thumbnail") : QStringLiteral("overview"),
                              resolveUrl(baseUrl, url),
                              content->attribute(QStringLiteral("type")),
                              {},
                              {thumb ? QStringLiteral("thumbnail") : QStringLiteral("overview")},
                              std::nullopt,
                              {}});
    }

    // Leaf elements (eo:cloudCover, dc:format, summary...) are kept for the item page.
    for (const Xml::Element& c : entry.children) {
        if (!c.children.empty() || c.text.isEmpty()) continue;
        if (c.name == u"id" || c.name == u"title" || c.name == u"link") continue;
        const QString key = c.namespaceUri == kAtom ? c.name : c.qualifiedName;
        if (!item.properties.contains(key)) item.properties.insert(key, c.text);
    }
    return item;
}

OpenSearchPage parseOpenSearchAtom(const Xml::Element& feed, const QString& baseUrl) {
    OpenSearchPage page;
    bool ok = false;
    const qint64 total = feed.childText(QStringLiteral("totalResults")).toLongLong(&ok);
    if (ok) page.totalResults = total;
    for (const Xml::Element* l : feed.childrenNamed(QStringLiteral("link"))) {
        if (l->attribute(QStringLiteral("rel")) == u"next")
            page.nextUrl = resolveUrl(baseUrl, l->attribute(QStringLiteral("href")));
    }
    for (const Xml::Element* e : feed.childrenNamed(QStringLiteral("entry")))
        page.items << parseOpenSearchAtomEntry(*e, baseUrl);
    return page;
}

}  // namespace Estran::Catalog
