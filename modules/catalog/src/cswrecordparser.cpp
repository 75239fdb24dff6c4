// SPDX-License-Identifier: GPL-3.0-or-later
#include "cswrecordparser.h"

#include "xmlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

QList<double> numbers(const QString& text) {
    QList<double> out;
    for (const QString& p : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = p.toDouble(&ok);
        if (!ok) return {};
        out << v;
    }
    return out;
}

/// Text of a gco:CharacterString/gco:Decimal/gmx:Anchor wrapper, or of the element itself.
QString isoText(const Xml::Element* e) {
    if (!e) return {};
    if (!e->text.isEmpty()) return e->text;
    for (const Xml::Element& c : e->children) {
        if (c.name == u"CharacterString" || c.name == u"Anchor" || c.name == u"Decimal" ||
            c.name == u"Date" || c.name == u"DateTime" || c.name == u"URL" || c.name == u"Real" ||
            c.name == u"LocalisedCharacterString")
            return isoText(&c);
    }
    // PT_FreeText and other wrappers: the first text found.
    return e->allText().simplified();
}

/// Maps an online resource protocol to an asset key, media type and role.
Asset onlineResourceAsset(const QString& href, const QString& protocol, const QString& name,
                          const QString& description) {
    Asset a;
    a.href = href;
    a.title = !name.isEmpty() ? name : description;
    const QString p = protocol.toUpper();
    const QString path = QUrl(href).path().toLower();
    if (p.contains(QStringLiteral("OPENDAP")) || p.contains(QStringLiteral("DODS"))) {
        a.key = QStringLiteral("opendap");
        a.type = QStringLiteral("application/vnd.opendap.org.dap");
        a.roles = {QStringLiteral("data")};
    } else if (p.contains(QStringLiteral("WMS"))) {
        a.key = QStringLiteral("wms");
        a.type = QStringLiteral("application/vnd.ogc.wms_xml");
        // A map service, not an image: "overview" would make it the item's quicklook.
        a.roles = {QStringLiteral("service")};
    } else if (p.contains(QStringLiteral("WFS")) || p.contains(QStringLiteral("WCS"))) {
        a.key = p.contains(QStringLiteral("WFS")) ? QStringLiteral("wfs") : QStringLiteral("wcs");
        a.roles = {QStringLiteral("data")};
    } else if (p.contains(QStringLiteral("DOWNLOAD")) || p.contains(QStringLiteral("FTP")) ||
               path.endsWith(QStringLiteral(".nc")) || path.endsWith(QStringLiteral(".zip")) ||
               path.endsWith(QStringLiteral(".tif")) || path.endsWith(QStringLiteral(".csv"))) {
        a.key = QStringLiteral("data");
        if (path.endsWith(QStringLiteral(".nc")))
            a.type = QStringLiteral("application/x-netcdf");
        else if (path.endsWith(QStringLiteral(".zip")))
            a.type = QStringLiteral("application/zip");
        a.roles = {QStringLiteral("data")};
    } else {
        a.key = QStringLiteral("link");
        a.type = p.contains(QStringLiteral("LINK")) ? QStringLiteral("text/html") : QString();
        a.roles = {QStringLiteral("metadata")};
    }
    return a;
}

}  // namespace

Base::Error cswExceptionError(const Xml::Element& report, const QString& where) {
    QStringList texts, details;
    for (const Xml::Element* e : report.findAll(QStringLiteral("Exception"))) {
        const QString text = e->childText(QStringLiteral("ExceptionText")).simplified();
        if (!text.isEmpty()) texts << text;
        details << QStringLiteral("%1 (%2)").arg(e->attribute(QStringLiteral("exceptionCode")),
                                                 e->attribute(QStringLiteral("locator")));
    }
    return Base::Error(
        Base::Error::Kind::InvalidInput, where,
        tr("The catalogue service reported an error: %1")
            .arg(texts.isEmpty() ? tr("no exception text") : texts.join(QStringLiteral("; "))),
        details.join(QStringLiteral("; ")));
}

Item parseCswDublinCore(const Xml::Element& record) {
    Item item;
    item.id = record.childText(QStringLiteral("identifier"));
    item.title = record.childText(QStringLiteral("title"));
    if (item.title.isEmpty()) item.title = item.id;
    QStringList subjects;
    for (const Xml::Element& c : record.children) {
        if (c.name == u"subject" && !c.text.isEmpty())
            subjects << c.text;
        else if ((c.name == u"BoundingBox" || c.name == u"WGS84BoundingBox") && !item.bbox) {
            const QList<double> lo = numbers(c.childText(QStringLiteral("LowerCorner")));
            const QList<double> hi = numbers(c.childText(QStringLiteral("UpperCorner")));
            if (lo.size() != 2 || hi.size() != 2) continue;
            // ows:BoundingBox in EPSG:4326 is lat/lon; WGS84BoundingBox and CRS84 are lon/lat.
            const QString crs = c.attribute(QStringLiteral("crs"));
            const bool latFirst = c.name == u"BoundingBox" &&
                                  !crs.contains(QStringLiteral("CRS84")) &&
                                  (crs.isEmpty() || crs.contains(QStringLiteral("4326")));
            item.bbox = latFirst ? Base::GeoBox{lo[1], lo[0], hi[1], hi[0]}
                                 : Base::GeoBox{lo[0], lo[1], hi[0], hi[1]};
            item.geometry = boxPolygon(*item.bbox);
        } else if (c.name == u"URI" || c.name == u"references") {
            if (c.text.isEmpty()) continue;
            const QString protocol = c.hasAttribute(QStringLiteral("protocol"))
                                         ? c.attribute(QStringLiteral("protocol"))
                                         : c.attribute(QStringLiteral("scheme"));
            item.links << Link{
                QStringLiteral("related"), c.text, {}, c.attribute(QStringLiteral("name"))};
            addUniqueAsset(
                item, onlineResourceAsset(c.text, protocol, c.attribute(QStringLiteral("name")),
                                          c.attribute(QStringLiteral("description"))));
        } else if (c.children.empty() && !c.text.isEmpty() &&
                   !item.properties.contains(c.qualifiedName)) {
            item.properties.insert(c.qualifiedName, c.text);
        }
    }
    if (!subjects.isEmpty())
        item.properties.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(subjects));
    // dct:temporal "start/end" (GeoNetwork) or a single dc:date.
    const QString temporal = record.childText(QStringLiteral("temporal"));
    const QStringList range = temporal.split(u'/');
    if (range.size() == 2) {
        item.start = parseCatalogDateTime(range[0]);
        item.end = parseCatalogDateTime(range[1]);
    }
    if (!item.start.isValid())
        item.start = parseCatalogDateTime(record.childText(QStringLiteral("date")));
    if (item.start.isValid() && !item.end.isValid()) item.end = item.start;
    return item;
}

Item parseIsoMetadata(const Xml::Element& record) {
    Item item;
    item.id = isoText(record.child(QStringLiteral("fileIdentifier")));
    if (item.id.isEmpty()) {
        // ISO 19115-3: mdb:metadataIdentifier/mcc:MD_Identifier/mcc:code.
        if (const Xml::Element* mi = record.child(QStringLiteral("metadataIdentifier")))
            item.id = isoText(mi->find(QStringLiteral("code")));
    }
    const Xml::Element* ident = record.child(QStringLiteral("identificationInfo"));
    if (ident) {
        if (const Xml::Element* citation = ident->find(QStringLiteral("citation")))
            item.title = isoText(citation->find(QStringLiteral("title")));
        const QString abstract = isoText(ident->find(QStringLiteral("abstract")));
        if (!abstract.isEmpty()) item.properties.insert(QStringLiteral("abstract"), abstract);
        QStringList keywords;
        for (const Xml::Element* k : ident->findAll(QStringLiteral("keyword"))) {
            const QString t = isoText(k);
            if (!t.isEmpty() && !keywords.contains(t)) keywords << t;
        }
        if (!keywords.isEmpty())
            item.properties.insert(QStringLiteral("keywords"),
                                   QJsonArray::fromStringList(keywords));
        for (const Xml::Element* g : ident->findAll(QStringLiteral("MD_BrowseGraphic"))) {
            const QString href = isoText(g->find(QStringLiteral("fileName")));
            if (!href.isEmpty() && href.startsWith(QStringLiteral("http")))
                addUniqueAsset(item, {QStringLiteral("thumbnail"),
                                      href,
                                      {},
                                      isoText(g->find(QStringLiteral("fileDescription"))),
                                      {QStringLiteral("thumbnail")},
                                      std::nullopt,
                                      {}});
        }
    }
    if (item.title.isEmpty()) item.title = item.id;

    if (const Xml::Element* box = record.find(QStringLiteral("EX_GeographicBoundingBox"))) {
        bool okW = false, okE = false, okS = false, okN = false;
        const double w = isoText(box->child(QStringLiteral("westBoundLongitude"))).toDouble(&okW);
        const double e = isoText(box->child(QStringLiteral("eastBoundLongitude"))).toDouble(&okE);
        const double s = isoText(box->child(QStringLiteral("southBoundLatitude"))).toDouble(&okS);
        const double n = isoText(box->child(QStringLiteral("northBoundLatitude"))).toDouble(&okN);
        if (okW && okE && okS && okN) {
            item.bbox = Base::GeoBox{w, s, e, n};
            item.geometry = boxPolygon(*item.bbox);
        }
    }
    if (const Xml::Element* extent = record.find(QStringLiteral("EX_TemporalExtent"))) {
        const Xml::Element* begin = extent->find(QStringLiteral("beginPosition"));
        const Xml::Element* end = extent->find(QStringLiteral("endPosition"));
        if (!begin) begin = extent->find(QStringLiteral("timePosition"));
        if (begin) item.start = parseCatalogDateTime(begin->text);
        if (end) item.end = parseCatalogDateTime(end->text);
        // An open end ("now", indeterminatePosition) leaves the end unknown.
    }
    if (!item.start.isValid()) {
        const QString stamp = isoText(record.child(QStringLiteral("dateStamp")));
        item.properties.insert(QStringLiteral("dateStamp"), stamp);
    }
    if (item.start.isValid() && !item.end.isValid() && !record.find(QStringLiteral("endPosition")))
        item.end = item.start;

    // Online resources of the distribution (and a service's connect points); contacts'
    // home pages elsewhere in the record are not the data.
    QList<const Xml::Element*> resources;
    if (const Xml::Element* dist = record.child(QStringLiteral("distributionInfo")))
        resources += dist->findAll(QStringLiteral("CI_OnlineResource"));
    if (ident)
        for (const Xml::Element* cp : ident->findAll(QStringLiteral("connectPoint")))
            resources += cp->findAll(QStringLiteral("CI_OnlineResource"));
    for (const Xml::Element* r : resources) {
        const QString href = isoText(r->child(QStringLiteral("linkage"))).trimmed();
        if (href.isEmpty()) continue;
        const QString protocol = isoText(r->child(QStringLiteral("protocol")));
        const QString name = isoText(r->child(QStringLiteral("name")));
        item.links << Link{QStringLiteral("related"), href, {}, name};
        addUniqueAsset(item, onlineResourceAsset(href, protocol, name,
                                                 isoText(r->child(QStringLiteral("description")))));
    }
    return item;
}

Base::Result<CswRecordsPage> parseCswRecords(const Xml::Element& root, const QString& where) {
    if (root.name == u"ExceptionReport") return cswExceptionError(root, where);
    if (root.name != u"GetRecordsResponse" && root.name != u"GetRecordByIdResponse")
        return invalidResponse(where,
                               tr("The answer is not a CSW GetRecords response (root element <%1>)")
                                   .arg(root.qualifiedName));
    CswRecordsPage page;
    const Xml::Element* results = root.child(QStringLiteral("SearchResults"));
    const Xml::Element& holder = results ? *results : root;
    if (results) {
        bool ok = false;
        const qint64 matched =
            results->attribute(QStringLiteral("numberOfRecordsMatched")).toLongLong(&ok);
        if (ok) page.matched = matched;
        const qint64 next = results->attribute(QStringLiteral("nextRecord")).toLongLong(&ok);
        page.nextRecord = ok ? next : -1;
    }
    for (const Xml::Element& r : holder.children) {
        if (r.name == u"Record" || r.name == u"SummaryRecord" || r.name == u"BriefRecord")
            page.items << parseCswDublinCore(r);
        else if (r.name.endsWith(QStringLiteral("MD_Metadata")) || r.name == u"MI_Metadata")
            page.items << parseIsoMetadata(r);
    }
    page.returned = page.items.size();
    if (results) {
        bool ok = false;
        const qint64 returned =
            results->attribute(QStringLiteral("numberOfRecordsReturned")).toLongLong(&ok);
        if (ok) page.returned = returned;
    }
    return page;
}

}  // namespace Estran::Catalog
