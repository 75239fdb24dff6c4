// SPDX-License-Identifier: GPL-3.0-or-later
#include "threddscatalogparser.h"

#include "xmlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace Estran::Catalog {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Estran::Catalog", text);
}

struct Service {
    QString name;
    QString type;  ///< lower case
    QString base;  ///< absolute
    QString suffix;
    QList<Service> children;
};

/// Metadata a dataset passes to its children (inherited="true") or keeps for itself.
struct Inherited {
    QString serviceName;
    QString dataType;
    QString dataFormat;
    std::optional<Base::GeoBox> bbox;
    QDateTime start, end;
    QString path;  ///< names of the enclosing datasets, "A / B"
};

Service readService(const Xml::Element& e, const QString& catalogUrl) {
    Service s;
    s.name = e.attribute(QStringLiteral("name"));
    s.type = e.attribute(QStringLiteral("serviceType")).toLower();
    // An empty base (compound and resolver services) stays empty: paths are then relative to
    // the catalog itself.
    const QString base = e.attribute(QStringLiteral("base"));
    s.base = base.isEmpty() ? QString() : resolveUrl(catalogUrl, base);
    s.suffix = e.attribute(QStringLiteral("suffix"));
    for (const Xml::Element* c : e.childrenNamed(QStringLiteral("service")))
        s.children << readService(*c, catalogUrl);
    return s;
}

void indexServices(const QList<Service>& services, QHash<QString, Service>& byName) {
    for (const Service& s : services) {
        byName.insert(s.name, s);
        indexServices(s.children, byName);
    }
}

QString join(QString base, QString path) {
    if (base.endsWith(u'/') && path.startsWith(u'/'))
        path.remove(0, 1);
    else if (!base.endsWith(u'/') && !path.startsWith(u'/') && !base.isEmpty())
        base += u'/';
    return base + path;
}

std::optional<qint64> bytes(const Xml::Element* size) {
    if (!size) return std::nullopt;
    bool ok = false;
    const double v = size->text.toDouble(&ok);
    if (!ok) return std::nullopt;
    const QString units = size->attribute(QStringLiteral("units")).toLower();
    double factor = 1;
    if (units.startsWith(u'k'))
        factor = 1e3;
    else if (units.startsWith(u'm'))
        factor = 1e6;
    else if (units.startsWith(u'g'))
        factor = 1e9;
    else if (units.startsWith(u't'))
        factor = 1e12;
    return qint64(v * factor);
}

/// Reads the metadata-like children of a dataset or <metadata> element into `into`.
void readMetadata(const Xml::Element& e, Inherited& into) {
    const QString service = e.childText(QStringLiteral("serviceName"));
    if (!service.isEmpty()) into.serviceName = service;
    const QString type = e.childText(QStringLiteral("dataType"));
    if (!type.isEmpty()) into.dataType = type;
    const QString format = e.childText(QStringLiteral("dataFormat"));
    if (!format.isEmpty()) into.dataFormat = format;
    if (const Xml::Element* g = e.child(QStringLiteral("geospatialCoverage"))) {
        const Xml::Element* ns = g->child(QStringLiteral("northsouth"));
        const Xml::Element* ew = g->child(QStringLiteral("eastwest"));
        if (ns && ew) {
            const double s = ns->childText(QStringLiteral("start")).toDouble();
            const double n = s + ns->childText(QStringLiteral("size")).toDouble();
            const double w = ew->childText(QStringLiteral("start")).toDouble();
            const double east = w + ew->childText(QStringLiteral("size")).toDouble();
            into.bbox = Base::GeoBox{Base::normalizeLongitude(w), std::min(s, n),
                                     east - w >= 360.0 ? Base::normalizeLongitude(w) + 360.0
                                                       : Base::normalizeLongitude(east),
                                     std::max(s, n)};
        }
    }
    if (const Xml::Element* t = e.child(QStringLiteral("timeCoverage"))) {
        const QDateTime start = parseCatalogDateTime(t->childText(QStringLiteral("start")));
        const QDateTime end = parseCatalogDateTime(t->childText(QStringLiteral("end")));
        if (start.isValid()) into.start = start;
        if (end.isValid()) into.end = end;
    }
}

Asset accessAsset(const Service& s, const QString& urlPath, const QString& name,
                  std::optional<qint64> size) {
    Asset a;
    a.href = join(s.base, urlPath) + s.suffix;
    a.title = s.name;
    const QString lower = name.toLower();
    if (s.type == u"opendap" || s.type == u"dods") {
        a.key = QStringLiteral("opendap");
        a.type = QStringLiteral("application/vnd.opendap.org.dap");
        a.roles = {QStringLiteral("data")};
    } else if (s.type == u"dap4") {
        a.key = QStringLiteral("dap4");
        a.type = QStringLiteral("application/vnd.opendap.dap4");
        a.roles = {QStringLiteral("data")};
    } else if (s.type == u"httpserver" || s.type == u"file") {
        a.key = QStringLiteral("data");
        if (lower.endsWith(QStringLiteral(".nc")) || lower.endsWith(QStringLiteral(".nc4")))
            a.type = QStringLiteral("application/x-netcdf");
        else if (lower.endsWith(QStringLiteral(".grb")) ||
                 lower.endsWith(QStringLiteral(".grb2")) ||
                 lower.endsWith(QStringLiteral(".grib2")))
            a.type = QStringLiteral("application/x-grib");
        a.roles = {QStringLiteral("data")};
        a.size = size;
    } else if (s.type == u"netcdfsubset" || s.type == u"ncss" || s.type == u"netcdfserver") {
        a.key = QStringLiteral("ncss");
        a.roles = {QStringLiteral("data")};
    } else if (s.type == u"wms") {
        a.key = QStringLiteral("wms");
        a.href += QStringLiteral("?service=WMS&version=1.3.0&request=GetCapabilities");
        a.type = QStringLiteral("application/vnd.ogc.wms_xml");
        // A map service, not an image: "overview" would make it the item's quicklook.
        a.roles = {QStringLiteral("service")};
    } else if (s.type == u"wcs") {
        a.key = QStringLiteral("wcs");
        a.href += QStringLiteral("?service=WCS&version=1.0.0&request=GetCapabilities");
        a.type = QStringLiteral("application/xml");
        a.roles = {QStringLiteral("data")};
    } else if (s.type == u"iso" || s.type == u"ncml" || s.type == u"uddc") {
        a.key = s.type;
        a.type =
            s.type == u"uddc" ? QStringLiteral("text/html") : QStringLiteral("application/xml");
        a.roles = {QStringLiteral("metadata")};
    } else {
        return {};  // resolvers and unknown services give nothing a user can open
    }
    return a;
}

struct Walker {
    QString catalogUrl;
    QHash<QString, Service> services;
    ThreddsCatalog* out = nullptr;

    void addAccess(Item& item, const QString& serviceName, const QString& urlPath,
                   std::optional<qint64> size) {
        const auto it = services.constFind(serviceName);
        if (it == services.constEnd()) return;
        const QList<Service> leaves = it->type == u"compound" ? it->children : QList<Service>{*it};
        for (const Service& s : leaves) {
            Asset a = accessAsset(s, urlPath, item.title, size);
            if (a.href.isEmpty() || a.key.isEmpty()) continue;
            a.href = resolveUrl(catalogUrl, a.href);
            addUniqueAsset(item, a);
        }
    }

    void walk(const Xml::Element& parent, const Inherited& inherited, int level) {
        for (const Xml::Element& c : parent.children) {
            if (c.name == u"catalogRef") {
                ThreddsCatalogRef ref;
                ref.href = resolveUrl(
                    catalogUrl, c.qualifiedAttributes.value(QStringLiteral("xlink:href"),
                                                            c.attribute(QStringLiteral("href"))));
                ref.title = c.attribute(QStringLiteral("title"));
                if (ref.title.isEmpty()) ref.title = c.attribute(QStringLiteral("name"));
                if (!ref.href.isEmpty()) out->refs << ref;
                continue;
            }
            if (c.name != u"dataset") continue;
            Inherited own = inherited;     // what this dataset uses
            Inherited passOn = inherited;  // what its children get
            if (c.hasAttribute(QStringLiteral("serviceName")))
                own.serviceName = passOn.serviceName = c.attribute(QStringLiteral("serviceName"));
            if (c.hasAttribute(QStringLiteral("dataType")))
                own.dataType = passOn.dataType = c.attribute(QStringLiteral("dataType"));
            readMetadata(c, own);  // elements directly on the dataset are its own
            for (const Xml::Element* m : c.childrenNamed(QStringLiteral("metadata"))) {
                readMetadata(*m, own);
                if (m->attribute(QStringLiteral("inherited")) == u"true") readMetadata(*m, passOn);
            }
            const QString name = c.attribute(QStringLiteral("name"));
            passOn.path =
                inherited.path.isEmpty() ? name : inherited.path + QStringLiteral(" / ") + name;

            Item item;
            item.id = c.attribute(QStringLiteral("ID"));
            item.title = name;
            item.collection = inherited.path;
            const QString urlPath = c.attribute(QStringLiteral("urlPath"));
            if (item.id.isEmpty()) item.id = urlPath.isEmpty() ? passOn.path : urlPath;
            const std::optional<qint64> size = bytes(c.child(QStringLiteral("dataSize")));
            if (!urlPath.isEmpty()) addAccess(item, own.serviceName, urlPath, size);
            for (const Xml::Element* a : c.childrenNamed(QStringLiteral("access"))) {
                const QString service = a->hasAttribute(QStringLiteral("serviceName"))
                                            ? a->attribute(QStringLiteral("serviceName"))
                                            : own.serviceName;
                addAccess(item, service, a->attribute(QStringLiteral("urlPath")), size);
            }
            const bool hasAccess = !urlPath.isEmpty() || c.child(QStringLiteral("access"));
            const auto service = services.constFind(own.serviceName);
            if (hasAccess && item.assets.isEmpty() && service != services.constEnd() &&
                service->type == u"resolver") {
                // A "latest" resolver answers with a catalog: it is followed like a catalogRef.
                out->refs << ThreddsCatalogRef{
                    name, resolveUrl(catalogUrl, join(service->base, urlPath))};
            } else if (hasAccess) {
                item.bbox = own.bbox;
                if (item.bbox) item.geometry = boxPolygon(*item.bbox);
                item.start = own.start;
                item.end = own.end.isValid() ? own.end : own.start;
                if (!own.dataType.isEmpty())
                    item.properties.insert(QStringLiteral("dataType"), own.dataType);
                if (!own.dataFormat.isEmpty())
                    item.properties.insert(QStringLiteral("dataFormat"), own.dataFormat);
                if (size) item.properties.insert(QStringLiteral("size"), double(*size));
                for (const Xml::Element* d : c.childrenNamed(QStringLiteral("date"))) {
                    const QString type = d->attribute(QStringLiteral("type"));
                    item.properties.insert(type.isEmpty() ? QStringLiteral("date") : type, d->text);
                }
                if (!urlPath.isEmpty()) item.properties.insert(QStringLiteral("urlPath"), urlPath);
                out->datasets << item;
            } else if (level == 0 && !name.isEmpty()) {
                Collection col;
                col.id = item.id;
                col.title = name;
                col.bbox = own.bbox;
                col.start = own.start;
                col.end = own.end;
                out->containers << col;
            }
            walk(c, passOn, level + 1);
        }
    }
};

}  // namespace

Base::Result<ThreddsCatalog> parseThreddsCatalog(const Xml::Element& root,
                                                 const QString& catalogUrl) {
    if (root.name != u"catalog") {
        return invalidResponse(
            catalogUrl,
            tr("The answer is not a THREDDS catalog (root element <%1>)").arg(root.qualifiedName));
    }
    ThreddsCatalog catalog;
    catalog.name = root.attribute(QStringLiteral("name"));
    catalog.version = root.attribute(QStringLiteral("version"));
    Walker walker;
    walker.catalogUrl = catalogUrl;
    walker.out = &catalog;
    QList<Service> services;
    for (const Xml::Element* s : root.childrenNamed(QStringLiteral("service")))
        services << readService(*s, catalogUrl);
    indexServices(services, walker.services);
    walker.walk(root, Inherited{}, 0);
    if (catalog.name.isEmpty() && !catalog.containers.isEmpty())
        catalog.name = catalog.containers.first().title;
    return catalog;
}

}  // namespace Estran::Catalog
