// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/render/mapstyle.h"
#include "estran/render/render_export.h"

#include <QImage>
#include <QSize>

namespace Estran::Data {
struct Slice;
}

namespace Estran::Render {

/// Renders a slice to an image without any display or OpenGL: the path `estran-cli render`
/// and the tests use. Every output pixel is inverse-projected to lon/lat and looked up in the
/// grid, so any projection is exact and the cost scales with the image, not the grid.
/// Needs a QGuiApplication (offscreen platform is fine) for text; thread-safe otherwise.
class ESTRAN_RENDER_EXPORT MapImageRenderer {
public:
    /// Range actually used for a slice and style (manual, or automatic).
    static std::pair<double, double> effectiveRange(const Data::Slice& slice,
                                                    const MapStyle& style);
    [[nodiscard]] static Base::Result<QImage> render(const Data::Slice& slice,
                                                     const MapStyle& style, QSize size);
};

}  // namespace Estran::Render
