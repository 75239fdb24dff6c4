// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Estran::Catalog {

/// The parameters of one CSW 2.0.2 GetRecords request (POST, XML encoding).
struct CswGetRecords {
    enum class Schema { DublinCore, Iso19139 };

    Schema schema = Schema::DublinCore;
    int startPosition = 1;  ///< 1-based
    int maxRecords = 50;
    QString text;                      ///< csw:AnyText PropertyIsLike %text%
    std::optional<Base::GeoBox> bbox;  ///< ogc:BBOX on ows:BoundingBox
    QDateTime start;                   ///< records that end at or after this
    QDateTime end;                     ///< records that begin at or before this
    /// Time queryables: apiso TempExtent_begin/end when the server declares them, else dc:date.
    bool isoTimeQueryables = false;

    /// The GetRecords document with resultType="results" and an ogc:Filter of every condition.
    QByteArray toXml() const;
};

}  // namespace Estran::Catalog
