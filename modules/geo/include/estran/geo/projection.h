// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/geo/geo_export.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <optional>

namespace Estran::Geo {

/// A map projection from lon/lat (WGS84, degrees) to planar x/y (metres), through PROJ.
/// Names: "platecarree", "mercator", "north-polar-stereo", "south-polar-stereo", "robinson".
///
/// Threading: PROJ objects are not thread-safe, so every Projection owns its own PJ_CONTEXT and
/// PJ. Copying creates a fresh context from the same "+proj" definition (a few microseconds, no
/// database lookup). A Projection may move between threads but must be used by one thread at a
/// time: make one copy per thread.
class ESTRAN_GEO_EXPORT Projection {
public:
    static QStringList names();
    /// Translated display name for a projection id.
    static QString displayName(const QString& name);
    /// "PROJ 9.1.1", for Help ▸ About.
    static QString libraryVersion();
    /// `centralLongitude` (degrees) overrides the default centre (0°, or -45° for the
    /// north-polar stereographic projection, as in EPSG:3413).
    [[nodiscard]] static Base::Result<Projection> create(
        const QString& name, std::optional<double> centralLongitude = std::nullopt);

    Projection(const Projection&);
    Projection& operator=(const Projection&);
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    ~Projection();

    const QString& name() const { return m_name; }
    /// The PROJ definition used ("+proj=merc +datum=WGS84 ...").
    QString definition() const;
    /// Central longitude of the projection (degrees). Default 0.
    double centralLongitude() const;
    /// True when x depends only on longitude and y only on latitude (plate carrée, Mercator):
    /// renderers may then precompute one lookup per column and one per row.
    bool isCylindrical() const;

    /// lon/lat → x/y. Returns false where the point cannot be projected (e.g. the far
    /// hemisphere of a polar projection, or |lat| > 85° in Mercator). Longitudes may be in
    /// any 360° range; they are wrapped to within ±180° of the central longitude.
    bool forward(double lon, double lat, double& x, double& y) const;
    /// x/y → lon/lat (lon in [-180, 180]); false outside the projected world.
    bool inverse(double x, double y, double& lon, double& lat) const;
    /// In-place forward transform of n points (x holds lon, y holds lat on input); points that
    /// cannot be projected become NaN.
    void forwardArray(double* x, double* y, std::size_t n) const;
    /// In-place inverse transform of n points (x, y in; lon, lat out, lon in [-180, 180]);
    /// points outside the projected world become NaN.
    void inverseArray(double* x, double* y, std::size_t n) const;

    /// The projected extent of the part of the world this projection shows.
    QRectF worldBounds() const;
    /// Latitude limits this projection is shown within (Mercator ±85, polar to the equator).
    double minLatitude() const;
    double maxLatitude() const;

private:
    Projection();
    struct Private;
    std::shared_ptr<Private> d;
    QString m_name;
};

}  // namespace Estran::Geo
