// SPDX-License-Identifier: GPL-3.0-or-later
#include "erddapdataset.h"

#include <QCoreApplication>

#include "erddaptable.h"
#include "xmlsupport.h"

#include <QJsonArray>

namespace Estran::Catalog {

namespace {

Asset asset(const QString& key, const QString& href, const QString& type, const QString& title,
            const QString& role) {
    return Asset{key, href, type, title, {role}, std::nullopt, {}};
}

}  // namespace

Item erddapItemFromRow(const ErddapTable& t, const QStringList& row) {
    Item item;
    item.id = t.value(row, QStringLiteral("Dataset ID"));
    item.title = t.value(row, QStringLiteral("Title"));
    if (item.title.isEmpty()) item.title = item.id;
    const QString summary = t.value(row, QStringLiteral("Summary"));
    if (!summary.isEmpty()) item.properties.insert(QStringLiteral("summary"), summary);
    const QString institution = t.value(row, QStringLiteral("Institution"));
    if (!institution.isEmpty()) item.properties.insert(QStringLiteral("institution"), institution);

    const QString griddap = t.value(row, QStringLiteral("griddap"));
    const QString tabledap = t.value(row, QStringLiteral("tabledap"));
    if (!griddap.isEmpty()) {
        item.properties.insert(QStringLiteral("erddap:protocol"), QStringLiteral("griddap"));
        addUniqueAsset(item, asset(QStringLiteral("opendap"), griddap,
                                   QStringLiteral("application/vnd.opendap.org.dap"),
                                   QCoreApplication::translate("Estran::Catalog", "OPeNDAP (griddap)"), QStringLiteral("data")));
        addUniqueAsset(
            item, asset(QStringLiteral("netcdf"), griddap + QStringLiteral(".nc"),
                        QStringLiteral("application/x-netcdf"),
                        QStringLiteral("netCDF (griddap; add a [start:stride:stop] constraint)"),
                        QStringLiteral("data")));
        addUniqueAsset(item, asset(QStringLiteral("form"), griddap + QStringLiteral(".html"),
                                   QStringLiteral("text/html"), QCoreApplication::translate("Estran::Catalog", "Data access form"),
                                   QStringLiteral("metadata")));
    }
    if (!tabledap.isEmpty()) {
        item.properties.insert(QStringLiteral("erddap:protocol"), QStringLiteral("tabledap"));
        addUniqueAsset(
            item, asset(QStringLiteral("opendap"), tabledap,
                        QStringLiteral("application/vnd.opendap.org.dap"),
                        QCoreApplication::translate("Estran::Catalog", "OPeNDAP (tabledap sequence)"), QStringLiteral("data")));
        addUniqueAsset(item, asset(QStringLiteral("netcdf"), tabledap + QStringLiteral(".ncCF"),
                                   QStringLiteral("application/x-netcdf"),
                                   QStringLiteral("netCDF CF DSG (tabledap; add constraints)"),
                                   QStringLiteral("data")));
        addUniqueAsset(item, asset(QStringLiteral("form"), tabledap + QStringLiteral(".html"),
                                   QStringLiteral("text/html"), QCoreApplication::translate("Estran::Catalog", "Data access form"),
                                   QStringLiteral("metadata")));
    }
    const QString subset = t.value(row, QStringLiteral("Subset"));
    if (!subset.isEmpty())
        addUniqueAsset(item, asset(QStringLiteral("subset"), subset, QStringLiteral("text/html"),
                                   QCoreApplication::translate("Estran::Catalog", "Subset page"), QStringLiteral("metadata")));
    const QString wms = t.value(row, QStringLiteral("wms"));
    if (!wms.isEmpty())
        addUniqueAsset(
            item, asset(QStringLiteral("wms"),
                        wms + QStringLiteral("?service=WMS&request=GetCapabilities&version=1.3.0"),
                        QStringLiteral("application/vnd.ogc.wms_xml"), QStringLiteral("WMS"),
                        QStringLiteral("service")));
    const QString iso = t.value(row, QStringLiteral("ISO 19115"));
    if (!iso.isEmpty())
        addUniqueAsset(item,
                       asset(QStringLiteral("iso19115"), iso, QStringLiteral("application/xml"),
                             QStringLiteral("ISO 19115"), QStringLiteral("metadata")));
    const QString info = t.value(row, QStringLiteral("Info"));
    if (!info.isEmpty()) {
        item.links << Link{QStringLiteral("describedby"), info, {}, QCoreApplication::translate("Estran::Catalog", "Dataset info")};
        item.properties.insert(QStringLiteral("erddap:info"), info);
    }
    const QString background = t.value(row, QStringLiteral("Background Info"));
    if (!background.isEmpty())
        item.links << Link{QStringLiteral("about"), background, QStringLiteral("text/html"), {}};
    return item;
}

void applyErddapInfo(Item& item, const ErddapTable& info) {
    const int rowType = info.column(QStringLiteral("Row Type"));
    const int variable = info.column(QStringLiteral("Variable Name"));
    const int attribute = info.column(QStringLiteral("Attribute Name"));
    const int value = info.column(QStringLiteral("Value"));
    if (rowType < 0 || variable < 0 || attribute < 0 || value < 0) return;
    QHash<QString, QString> global;
    QStringList variables;
    for (const QStringList& r : info.rows) {
        if (r.size() <= std::max({rowType, variable, attribute, value})) continue;
        if (r[rowType] == u"variable")
            variables << r[variable];
        else if (r[rowType] == u"attribute" && r[variable] == u"NC_GLOBAL")
            global.insert(r[attribute], r[value]);
    }
    if (!variables.isEmpty())
        item.properties.insert(QStringLiteral("variables"), QJsonArray::fromStringList(variables));
    for (const char* key : {"cdm_data_type", "institution", "license", "summary"}) {
        const QString v = global.value(QLatin1String(key));
        if (!v.isEmpty()) item.properties.insert(QLatin1String(key), v);
    }
    if (item.title.isEmpty() || item.title == item.id)
        item.title = global.value(QStringLiteral("title"), item.title);

    bool ok[4] = {};
    double w = global.value(QStringLiteral("geospatial_lon_min")).toDouble(&ok[0]);
    double e = global.value(QStringLiteral("geospatial_lon_max")).toDouble(&ok[1]);
    const double s = global.value(QStringLiteral("geospatial_lat_min")).toDouble(&ok[2]);
    const double n = global.value(QStringLiteral("geospatial_lat_max")).toDouble(&ok[3]);
    if (ok[0] && ok[1] && ok[2] && ok[3]) {
        // 0..360 datasets: a full circle stays whole, otherwise both edges wrap to -180..180.
        if (e - w >= 359.999) {
            w = -180.0;
            e = 180.0;
        } else if (e > 180.0) {
            w = Base::normalizeLongitude(w);
            e = Base::normalizeLongitude(e);
        }
        item.bbox = Base::GeoBox{w, s, e, n};
        item.geometry = boxPolygon(*item.bbox);
    }
    item.start = parseCatalogDateTime(global.value(QStringLiteral("time_coverage_start")));
    item.end = parseCatalogDateTime(global.value(QStringLiteral("time_coverage_end")));
}

}  // namespace Estran::Catalog
