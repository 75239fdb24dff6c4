// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/catalog/catalog_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Estran::Catalog {

/// A file or service endpoint of an item (STAC asset, OpenSearch enclosure, CSW online
/// resource, THREDDS access, ERDDAP griddap/tabledap URL).
struct Asset {
    QString key;       ///< unique within the item ("data", "thumbnail", "opendap", ...)
    QString href;      ///< absolute URL
    QString type;      ///< media type when known ("application/x-netcdf", "image/tiff; ...")
    QString title;
    QStringList roles; ///< "data", "thumbnail", "overview", "metadata"
    std::optional<qint64> size;  ///< bytes, when the catalogue says
    /// Expected digest as given: a hex multihash (STAC file:checksum) or "md5:<hex>".
    QString checksum;
};

/// A link of an item (STAC link, Atom link).
struct Link {
    QString rel;
    QString href;
    QString type;
    QString title;
};

/// One search result, whatever the protocol it came from.
struct ESTRAN_CATALOG_EXPORT Item {
    QString id;
    QString title;
    QString collection;
    QString providerId;         ///< which configured provider returned it
    QJsonObject geometry;       ///< GeoJSON geometry (lon/lat), empty when unknown
    std::optional<Base::GeoBox> bbox;
    QDateTime start;            ///< UTC; invalid when unknown
    QDateTime end;              ///< equals start for an instant
    QList<Asset> assets;
    QList<Link> links;
    QJsonObject properties;     ///< the raw properties/metadata, for the item page

    /// The thumbnail/overview asset's URL, or empty.
    QString quicklookHref() const;
    /// Assets whose role is "data" (or all, when none says so).
    QList<Asset> dataAssets() const;
};

/// A collection (STAC collection, OpenSearch collection, THREDDS dataset group, ERDDAP dataset).
struct Collection {
    QString id;
    QString title;
    QString description;
    std::optional<Base::GeoBox> bbox;
    QDateTime start;
    QDateTime end;
    QStringList keywords;
};

}  // namespace Estran::Catalog
