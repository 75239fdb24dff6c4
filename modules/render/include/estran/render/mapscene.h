// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/render/mapstyle.h"
#include "estran/render/render_export.h"

#include <memory>
#include <optional>

class vtkRenderer;

namespace Estran::Data {
struct Slice;
}

namespace Estran::Render {

/// The interactive map as a VTK scene: the projected grid coloured through a lookup table,
/// fill cells in the fill colour, GSHHG coastlines, a labelled graticule and a colour bar
/// with units. Fills a vtkRenderer owned by the caller (the GUI's QOpenGLWidget).
/// GUI thread only (VTK objects are touched by one thread at a time).
class ESTRAN_RENDER_EXPORT MapScene {
public:
    explicit MapScene(vtkRenderer* renderer);
    ~MapScene();
    MapScene(const MapScene&) = delete;
    MapScene& operator=(const MapScene&) = delete;

    /// Shows a slice. When the grid is the same as the previous slice's, only the scalars
    /// are replaced (the fast path used while playing through time).
    [[nodiscard]] Base::Result<void> setSlice(const Data::Slice& slice);
    [[nodiscard]] Base::Result<void> setStyle(const MapStyle& style);
    const MapStyle& style() const;
    /// Range in use (manual or automatic).
    std::pair<double, double> range() const;

    /// World (projected) coordinates → lon/lat; nullopt outside the map.
    std::optional<std::pair<double, double>> worldToLonLat(double x, double y) const;
    /// Fits the camera to the data extent.
    void resetCamera();
    void clear();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Estran::Render
