// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"

#include <QPointF>
#include <QString>
#include <QVector>
#include <QStringList>

#include <optional>

namespace Estran::Data {

/// Variables × area × period × depth to take out of a dataset.
struct SubsetRequest {
    QStringList variables;              ///< must share one grid
    std::optional<Base::GeoBox> box;    ///< cells whose centre lies inside, edges included
    /// A lon/lat ring (x = lon, y = lat; at least 3 vertices) used instead of `box`: the output
    /// covers its bounding box and the cells whose centre lies outside the ring are fill.
    QVector<QPointF> polygon;
    QString timeStart;                  ///< ISO date in the data's own calendar; empty = open
    QString timeEnd;
    std::optional<double> depthMin;     ///< in the vertical axis' units, as stored
    std::optional<double> depthMax;
};

}  // namespace Estran::Data
