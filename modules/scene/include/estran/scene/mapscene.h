// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/render/mapstyle.h"
#include "estran/scene/scene_export.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <QString>

#include <memory>
#include <optional>

class vtkRenderer;

namespace Estran::Data {
struct Slice;
}

namespace Estran::Render {

/// The interactive map as a VTK scene: the grid in projected coordinates (metres, the
/// Geo::Projection of the style), fill cells in the fill colour, GSHHG coastlines, a labelled
/// graticule, a colour bar with units and the style's title. Fills a vtkRenderer owned by the
/// caller (the GUI's native map window, Gui::MapSurface); the camera is a parallel projection looking down -z.
///
/// The grid is a single-channel float texture with one texel per cell draped over a coarse
/// projected mesh (a million cells cost ~65 k quads) and colour-mapped in the fragment shader
/// with a 256-texel colour-map texture, in the same bins as MapImageRenderer; a new slice on
/// the same grid only uploads its values, a new colour map or range only changes uniforms.
/// Grids beyond 8192 texels a side or 16 M cells are sampled.
/// GUI thread only (VTK objects are touched by one thread at a time).
class ESTRAN_SCENE_EXPORT MapScene {
public:
    explicit MapScene(vtkRenderer* renderer);
    /// "VTK 9.1.0", for Help ▸ About.
    static QString vtkVersion();
    ~MapScene();
    MapScene(const MapScene&) = delete;
    MapScene& operator=(const MapScene&) = delete;

    /// Shows a slice. When the grid is the same as the previous slice's, only the values
    /// texture is replaced (the fast path used while playing through time). The scene keeps
    /// the shared slice (its values are uploaded from it without a copy) until the next one.
    [[nodiscard]] Base::Result<void> setSlice(std::shared_ptr<const Data::Slice> slice);
    /// Same, from a copy of `slice`.
    [[nodiscard]] Base::Result<void> setSlice(const Data::Slice& slice);
    [[nodiscard]] Base::Result<void> setStyle(const MapStyle& style);
    const MapStyle& style() const;
    /// Range in use (manual or automatic).
    std::pair<double, double> range() const;

    /// World (projected) coordinates → lon/lat; nullopt outside the map.
    std::optional<std::pair<double, double>> worldToLonLat(double x, double y) const;
    /// Fits the camera to the data extent.
    void resetCamera();

    /// Outlines of catalogue footprints: lon/lat rings (x = lon, y = lat, degrees), projected
    /// with the scene's projection and drawn above the data; ring `highlighted` (or none, -1)
    /// is drawn thicker in a contrasting colour. Kept across slices and projection changes
    /// until replaced; an empty list removes them.
    void setFootprints(const QList<QPolygonF>& lonLatRings, int highlighted = -1);
    /// Fits the camera to a lon/lat box (x = lon, y = lat); false when no part of it can be
    /// projected.
    bool fitLonLatBox(const QRectF& lonLatBox);
    void clear();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Render
