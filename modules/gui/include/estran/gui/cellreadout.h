// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QString>

#include <optional>

namespace Estran::Data {
struct Slice;
}

namespace Estran::Gui {

/// The cell of a slice under a map position and its value, as shown in the status bar.
struct ESTRAN_GUI_EXPORT CellReadout {
    double lon = 0.0;  ///< degrees east, of the pointer
    double lat = 0.0;  ///< degrees north, of the pointer
    int ix = -1;       ///< nearest cell column
    int iy = -1;       ///< nearest cell row
    std::optional<double> value;  ///< nullopt for fill/missing cells
    QString units;
    QString time;      ///< date of the slice in its calendar, or empty

    /// Finds the nearest cell of `slice` to lon/lat; nullopt when the point is off the grid
    /// (farther than one cell from its edge).
    static std::optional<CellReadout> at(const Data::Slice& slice, double lon, double lat);

    /// "12.34 °C  at 45.25°N 3.50°W  2001-03-01T00:00:00" (translated; "no data" for fill).
    QString toText() const;
    /// "45.25°N 3.50°W" (translated hemisphere letters).
    static QString formatPosition(double lon, double lat);
    /// CF/UDUNITS spellings shown the way people write them: "degree_Celsius" → "°C",
    /// "m s-1" → "m s⁻¹"; anything else unchanged.
    static QString displayUnits(const QString& units);
};

}  // namespace Estran::Gui
