// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"
#include "estran/base/geobox.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Estran::Base {

/// "Where and when": the one selection that drives searches, the viewer, subsets, exports and
/// remote jobs. Plain data; SelectionModel shares and edits it.
struct ESTRAN_BASE_EXPORT Selection {
    /// A lon/lat box (west > east crosses the antimeridian); unset = the whole world.
    std::optional<GeoBox> box;
    /// A polygon ring in lon/lat degrees (x = lon, y = lat), used instead of `box` when set.
    /// Longitudes may run past ±180 so a ring crossing the antimeridian stays continuous.
    QVector<QPointF> polygon;
    /// Period as ISO dates ("YYYY-MM-DD[THH:MM:SS]") in `calendar`, so 360-day dates such as
    /// 1850-02-30 are representable; empty = open.
    QString timeStart;
    QString timeEnd;
    QString calendar = QStringLiteral("standard");
    /// Vertical range in the data's units (metres of depth, positive down); unset = all levels.
    std::optional<double> depthMin;
    std::optional<double> depthMax;
    QStringList variables;

    bool isEmpty() const;
    /// The box, or the polygon's bounding box (antimeridian-aware), or nullopt.
    std::optional<GeoBox> boundingBox() const;
    /// Inside the box or polygon (edges included); true when no area is set.
    bool containsPoint(double lon, double lat) const;

    QJsonObject toJson() const;
    /// Errors are reported through `error` (field named) and leave the result default.
    static Selection fromJson(const QJsonObject& json, QString* error = nullptr);

    bool operator==(const Selection& other) const;
};

/// A ring as "lon lat, lon lat, ..." (degrees), as the selection panel shows it and estran-cli's
/// --polygon takes it; with `decimals` >= 0, rounded to that many (trailing zeros dropped).
ESTRAN_BASE_EXPORT QString polygonToText(const QVector<QPointF>& ring, int decimals = -1);
/// Reads that form; at least three vertices, latitudes within ±90. On error, `error` names the
/// vertex that is wrong and nullopt is returned.
ESTRAN_BASE_EXPORT std::optional<QVector<QPointF>> polygonFromText(const QString& text, QString* error = nullptr);

}  // namespace Estran::Base
