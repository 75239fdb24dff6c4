// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/feedback.h"
#include "estran/base/result.h"
#include "estran/data/data_export.h"

#include <QString>

namespace Estran::Data {

/// Writes a realistic synthetic global sea-surface-temperature netCDF-4 file (CF-1.8) for
/// demonstrations, tests and benchmarks:
///  - `sst(time, lat, lon)` float32, one deflated map per chunk, a meridional gradient, a
///    seasonal cycle, westward-drifting eddies, meandering western-boundary and circumpolar
///    fronts, and _FillValue cells over seasonal sea ice poleward of about ±76-80°;
///  - `thetao(time, depth, lat_coarse, lon_coarse)` packed int16 (scale_factor/add_offset)
///    on a coarser grid at five depths (positive down), for the level selector.
/// Time is "days since 2020-01-01" in the standard calendar. The file appears atomically
/// (written beside the target, then renamed). Runs on the calling thread; the netCDF lock is
/// taken per step, so readers of other files are not blocked for the whole run.
class ESTRAN_DATA_EXPORT DemoGenerator {
public:
    struct Options {
        double resolution = 0.25;  ///< degrees; 0.25 gives 1440 x 720
        int days = 365;
        int deflateLevel = 1;      ///< 0 disables compression
        bool shuffle = true;
        /// Significant decimal digits kept in `sst` (netCDF granular bit rounding); noise in
        /// the low mantissa bits would otherwise defeat compression. 0 keeps every bit.
        int significantDigits = 4;
        bool kelvin = false;       ///< units K instead of degree_Celsius
        bool withDepth = true;     ///< also write the 4-D `thetao`
        double depthResolution = 1.0;  ///< degrees of the coarse grid of `thetao`
    };

    [[nodiscard]] static Base::Result<void> generate(const QString& path, const Options& options,
                                                     Base::Feedback* feedback = nullptr);
};

}  // namespace Estran::Data
