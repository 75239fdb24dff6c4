// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/geo/geo_export.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

namespace Estran::Geo {

/// A map projection from lon/lat (WGS84, degrees) to planar x/y (metres), through PROJ.
/// Names: "platecarree", "mercator", "north-polar-stereo", "south-polar-stereo", "robinson".
/// A Projection is cheap to copy (shared PROJ objects) but each copy must be used by one
/// thread at a time; make one copy per thread.
class ESTRAN_GEO_EXPORT Projection {
public:
    static QStringList names();
    /// Translated display name for a projection id.
    static QString displayName(const QString& name);
    [[nodiscard]] static Base::Result<Projection> create(const QString& name);

    Projection(const Projection&);
    Projection& operator=(const Projection&);
    ~Projection();

    const QString& name() const { return m_name; }
    /// Central longitude of the projection (degrees). Default 0.
    double centralLongitude() const;

    /// lon/lat → x/y. Returns false where the point cannot be projected (e.g. the far
    /// hemisphere of a polar projection, or |lat| > 85° in Mercator).
    bool forward(double lon, double lat, double& x, double& y) const;
    /// x/y → lon/lat; false outside the projected world.
    bool inverse(double x, double y, double& lon, double& lat) const;
    /// In-place forward transform of n points (x holds lon, y holds lat on input); points that
    /// cannot be projected become NaN.
    void forwardArray(double* x, double* y, size_t n) const;

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
