// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/geobox.h"

#include <QStringList>

#include <cmath>

namespace Estran::Base {

double normalizeLongitude(double lon)
{
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0) wrapped += 360.0;
    return wrapped - 180.0;
}

double degreesEastOf(double from, double to)
{
    double d = std::fmod(to - from, 360.0);
    return d < 0 ? d + 360.0 : d;
}

double GeoBox::width() const
{
    return crossesAntimeridian() ? east + 360.0 - west : east - west;
}

bool GeoBox::contains(double lon, double lat) const
{
    if (lat < south || lat > north) return false;
    if (width() >= 360.0) return true;
    // Compare offsets east of the west edge so any 360° range of longitudes works.
    const double offset = degreesEastOf(west, lon);
    // A longitude exactly 360° away from the west edge is the west edge itself.
    return offset <= width() + 1e-9 || offset >= 360.0 - 1e-9;
}

std::optional<GeoBox> GeoBox::fromString(const QString& text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4) return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i])) return std::nullopt;
    }
    if (v[1] > v[3] || v[1] < -90 || v[3] > 90) return std::nullopt;
    return GeoBox{v[0], v[1], v[2], v[3]};
}

QString GeoBox::toString() const
{
    return QStringLiteral("%1,%2,%3,%4").arg(west).arg(south).arg(east).arg(north);
}

}  // namespace Estran::Base
