// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"

#include <QString>

namespace Estran::Base {

/// UDUNITS strings as people write them: "degree_Celsius" → "°C", "m s-1" → "m s⁻¹",
/// "m2" → "m²"; anything else unchanged. For labels only, never for computation.
ESTRAN_BASE_EXPORT QString displayUnits(const QString& units);

}  // namespace Estran::Base
