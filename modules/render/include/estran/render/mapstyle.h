// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace Estran::Render {

/// How a variable is drawn; shared by the offscreen renderer and the interactive VTK scene.
struct MapStyle {
    QString projection = QStringLiteral("platecarree");
    QString colormap = QStringLiteral("viridis");
    /// Manual range; automatic (slice min/max, symmetric for diverging maps) when unset.
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
    bool coastlines = true;
    bool graticule = true;
    bool colorbar = true;
    /// Colour of fill/missing cells: never a colour of the scale.
    QColor fillColor = QColor(200, 200, 200);
    QColor backgroundColor = QColor(255, 255, 255);
    QColor coastlineColor = QColor(20, 20, 20);
    QString title;  ///< drawn above the map when not empty
    /// Central longitude of the projection in degrees (e.g. 180 for a Pacific-centred map);
    /// the projection's own default when unset. Unset, the offscreen renderer centres regional
    /// data that crosses the antimeridian on the data.
    std::optional<double> centralLongitude;
    bool lakes = false;  ///< also draw lake shores (GSHHG level 2) with the coastlines
};

}  // namespace Estran::Render
