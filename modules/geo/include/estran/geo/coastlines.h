// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/geo/geo_export.h"
#include "estran/geo/polyline.h"

#include <QString>

#include <memory>
#include <vector>

namespace Estran::Geo {

/// GSHHG shorelines read from the binned netCDF files of Debian's gmt-gshhg-low package
/// (/usr/share/gmt-gshhg/binned_GSHHS_{c,l,i}.nc).
///
/// The files store the shorelines cut into bins (20°, 5° and 1° squares for c, l, i); every
/// returned polyline is the piece of one shoreline inside one bin, so it never crosses the
/// antimeridian. Longitudes are in [-180, 180], latitudes in [-90, 90]. Antarctica is the ice
/// front (GMT's default), not the grounding line.
class ESTRAN_GEO_EXPORT Coastlines {
public:
    enum class Resolution { Crude, Low, Intermediate };

    /// Directory searched for the GSHHG files: $ESTRAN_GSHHG_DIR, then /usr/share/gmt-gshhg.
    static QString dataDirectory();
    /// The file for a resolution inside dataDirectory().
    static QString filePath(Resolution resolution);
    /// Loads (and caches, thread-safely) the shorelines at a resolution: the land/ocean
    /// boundary (GSHHG level 1, including Antarctica's ice front).
    [[nodiscard]] static Base::Result<std::vector<LonLatPolyline>> load(Resolution resolution);
    /// As load(), returning the shared cached copy (no copy of the points).
    [[nodiscard]] static Base::Result<std::shared_ptr<const std::vector<LonLatPolyline>>> shared(
        Resolution resolution, bool includeLakes = false);
};

}  // namespace Estran::Geo
