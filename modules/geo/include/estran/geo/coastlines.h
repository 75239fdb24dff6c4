// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/geo/geo_export.h"
#include "estran/geo/polyline.h"

#include <QString>

#include <vector>

namespace Estran::Geo {

/// GSHHG shorelines read from the binned netCDF files of Debian's gmt-gshhg-low package
/// (/usr/share/gmt-gshhg/binned_GSHHS_{c,l,i}.nc).
class ESTRAN_GEO_EXPORT Coastlines {
public:
    enum class Resolution { Crude, Low, Intermediate };

    /// Directory searched for the GSHHG files: $ESTRAN_GSHHG_DIR, then /usr/share/gmt-gshhg.
    static QString dataDirectory();
    /// Loads (and caches, thread-safely) the shorelines at a resolution.
    [[nodiscard]] static Base::Result<std::vector<LonLatPolyline>> load(Resolution resolution);
};

}  // namespace Estran::Geo
