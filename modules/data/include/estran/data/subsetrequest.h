// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Estran::Data {

/// Variables × area × period × depth to take out of a dataset.
struct SubsetRequest {
    QStringList variables;              ///< must share one grid
    std::optional<Base::GeoBox> box;    ///< cells whose centre lies inside, edges included
    QString timeStart;                  ///< ISO date in the data's own calendar; empty = open
    QString timeEnd;
    std::optional<double> depthMin;     ///< in the vertical axis' units, as stored
    std::optional<double> depthMax;
};

}  // namespace Estran::Data
