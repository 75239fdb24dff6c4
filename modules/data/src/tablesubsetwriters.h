// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"

#include <QString>

namespace Estran::Data {
class Dataset;
struct SubsetPlan;
}

namespace Estran::Data::detail {

/// GeoTIFF: a band per step, WGS84 north-up; regular lon/lat grids only.
[[nodiscard]] Base::Result<void> writeGeoTiffSubset(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                                    Base::Feedback* feedback);
/// CSV: a row per step with the point value or the cos(latitude)-weighted area mean.
[[nodiscard]] Base::Result<void> writeCsvSubset(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                                Base::Feedback* feedback);

}  // namespace Estran::Data::detail
