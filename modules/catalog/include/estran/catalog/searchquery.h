// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Estran::Catalog {

/// What to search for; every field is optional. Providers translate it into their own protocol.
struct SearchQuery {
    QString text;                      ///< free text (q=, searchTerms, csw:AnyText, searchFor)
    QStringList collections;
    std::optional<Base::GeoBox> bbox;  ///< lon/lat; west > east crosses the antimeridian
    /// A lon/lat ring (x = lon, y = lat) when the area is a polygon: STAC APIs search with
    /// `intersects`; catalogues without geometry search use `bbox`, its bounding box.
    QVector<QPointF> polygon;
    QDateTime start;                   ///< UTC; invalid = open
    QDateTime end;
    /// A CQL2-JSON filter, sent to STAC APIs that declare the filter conformance class.
    QJsonObject cql2Filter;
    int maxItems = 100;                ///< stop after this many items over all pages
    int pageSize = 50;                 ///< asked per page; servers may return fewer
};

}  // namespace Estran::Catalog
