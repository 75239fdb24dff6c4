// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"

#include <QString>

#include <functional>
#include <vector>

namespace Estran::Data {
class Dataset;
struct SubsetPlan;
}

namespace Estran::Data::detail {

/// One selected step of a variable, cropped to the plan's rows × columns (row-major), masked
/// cells NaN.
struct SubsetStep {
    qint64 index = 0;      ///< 0-based position among the plan's steps (time-major, then level)
    qint64 time = 0;       ///< source time index
    qint64 level = 0;      ///< source level index
    std::vector<float> values;
};

/// Reads every step of `variable` selected by `plan`, in order, two steps ahead on worker
/// threads so decoding overlaps writing. `consume` returning false stops early.
[[nodiscard]] Base::Result<void> forEachStep(Dataset& dataset, const SubsetPlan& plan, const QString& variable,
                                             const std::function<Base::Result<void>(const SubsetStep&)>& consume,
                                             Base::Feedback* feedback);

}  // namespace Estran::Data::detail
