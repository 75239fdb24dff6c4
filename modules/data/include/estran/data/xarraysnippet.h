// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/data/data_export.h"
#include "estran/data/subsetrequest.h"

#include <QString>
#include <QStringList>

namespace Estran::Data {

class Dataset;

/// Python (xarray) code that takes the same subset as a SubsetRequest, for the "Copy as Python"
/// button: users move on to a notebook with exactly what they selected. UI-free and pure, so the
/// generated text is unit-tested.
class ESTRAN_DATA_EXPORT XarraySnippet {
public:
    /// What the snippet needs to know about the data (names as xarray sees them).
    struct Spec {
        QString path;
        QStringList variables;
        QString lonName = QStringLiteral("lon");
        QString latName = QStringLiteral("lat");
        QString timeName;            ///< empty: no time axis
        QString levelName;           ///< empty: no vertical axis
        bool latDescending = false;  ///< north to south in the file: slice(north, south)
        bool lon0to360 = false;      ///< longitudes stored in [0, 360)
        bool cftime = false;         ///< non-standard calendar: open with use_cftime=True
        SubsetRequest request;
    };

    /// The code, one statement per line. A box crossing the seam of the stored longitudes
    /// (the antimeridian on -180..180, Greenwich on 0..360) becomes two selections joined with
    /// xr.concat along the longitude dimension.
    static QString generate(const Spec& spec);
    /// Fills a Spec from an open dataset (dimension names, latitude order, longitude range,
    /// calendar of the first variable); errors name the dataset and variable.
    [[nodiscard]] static Base::Result<Spec> specFor(const Dataset& dataset,
                                                    const SubsetRequest& request);
};

}  // namespace Estran::Data
