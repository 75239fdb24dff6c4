// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/geo/polyline.h"
#include "estran/render/render_export.h"

#include <QPolygonF>
#include <QRectF>

#include <memory>
#include <vector>

namespace Estran::Geo {
class Projection;
}

namespace Estran::Render::detail {

/// Projects a lon/lat polyline and cuts it wherever a point cannot be projected or where two
/// consecutive points jump by more than `jump` projected units (the antimeridian or the edge
/// of the projected world), so no line is drawn across the map. Pieces shorter than two
/// points are dropped. Coordinates stay projected (metres, y up).
ESTRAN_RENDER_EXPORT void projectPolyline(const Geo::Projection& projection, const Geo::LonLatPolyline& line,
                     double jump, std::vector<QPolygonF>& out);

/// The jump threshold for a projection: half the world's width.
ESTRAN_RENDER_EXPORT double jumpThreshold(const Geo::Projection& projection);

/// The outline of the projected world (a rectangle, Robinson's curved sides, the polar
/// circle), in projected coordinates.
ESTRAN_RENDER_EXPORT QPolygonF worldOutline(const Geo::Projection& projection);

/// Projected coastlines for a projection, cached by PROJ definition and resolution
/// (thread-safe); empty with a logged warning when the GSHHG files are missing.
ESTRAN_RENDER_EXPORT std::shared_ptr<const std::vector<QPolygonF>> projectedCoastlines(
    const Geo::Projection& projection, int resolution, bool lakes = false);

}  // namespace Estran::Render::detail
