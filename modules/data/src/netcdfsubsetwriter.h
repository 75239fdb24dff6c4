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

/// Writes the plan as CF netCDF-4 to `path` (a temporary name; the caller renames it).
[[nodiscard]] Base::Result<void> writeNetcdfSubset(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                                   const QString& command, Base::Feedback* feedback);

}  // namespace Estran::Data::detail
