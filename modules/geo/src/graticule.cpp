// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/geo/graticule.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Estran::Geo {

namespace {
// Vertices every degree keep meridians and parallels smooth under every projection at
// screen resolution, for ~73k points at a 10° step.
constexpr double kDensify = 1.0;
}  // namespace

std::vector<Graticule::Line> Graticule::lines(double step, double minLat, double maxLat)
{
    std::vector<Line> out;
    if (!(step > 0.0) || !std::isfinite(step) || minLat >= maxLat) return out;
    minLat = std::max(minLat, -90.0);
    maxLat = std::min(maxLat, 90.0);

    // Meridians start at -180 so the antimeridian is drawn once (the projections put both
    // of its sides on the world's edge).
    const int nMer = int(std::floor(360.0 / step + 1e-9));
    for (int i = 0; i < nMer; ++i) {
        const double lon = -180.0 + i * step;
        Line l;
        l.isMeridian = true;
        l.value = lon;
        const int n = std::max(2, int(std::ceil((maxLat - minLat) / kDensify)) + 1);
        for (int k = 0; k < n; ++k) {
            l.line.lon.push_back(lon);
            l.line.lat.push_back(minLat + (maxLat - minLat) * k / (n - 1));
        }
        out.push_back(std::move(l));
    }
    // Parallels at multiples of the step strictly inside the band (the poles are points).
    const double first = std::ceil(minLat / step - 1e-9) * step;
    for (double lat = first; lat <= maxLat + 1e-9; lat += step) {
        if (std::abs(lat) >= 90.0 - 1e-9) continue;
        Line l;
        l.isMeridian = false;
        l.value = std::abs(lat) < 1e-9 ? 0.0 : lat;
        const int n = int(std::ceil(360.0 / kDensify)) + 1;
        for (int k = 0; k < n; ++k) {
            l.line.lon.push_back(-180.0 + 360.0 * k / (n - 1));
            l.line.lat.push_back(l.value);
        }
        out.push_back(std::move(l));
    }
    return out;
}

QString Graticule::label(double value, bool isMeridian)
{
    if (isMeridian) {
        // Normalise to (-180, 180] so 180° and -180° both read "180°".
        value = std::fmod(value, 360.0);
        if (value > 180.0) value -= 360.0;
        if (value <= -180.0) value += 360.0;
    }
    const double a = std::abs(value);
    // Up to two decimals, trailing zeros dropped: 30, 2.5, 0.25.
    QString number = QString::number(std::round(a * 100.0) / 100.0, 'f', 2);
    while (number.contains(u'.') && (number.endsWith(u'0') || number.endsWith(u'.'))) number.chop(1);
    QString text = number + QChar(0x00B0);
    if (a < 1e-9 || (isMeridian && std::abs(a - 180.0) < 1e-9)) return text;
    if (isMeridian) text += value > 0 ? u'E' : u'W';
    else text += value > 0 ? u'N' : u'S';
    return text;
}

double Graticule::niceStep(double spanDegrees)
{
    static const double steps[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5,
                                   10,   15,   20,   30,  45,  60,   90};
    if (!(spanDegrees > 0.0)) return 30.0;
    // Aim for about six lines across the view.
    const double target = spanDegrees / 6.0;
    for (double s : steps) {
        if (s >= target) return s;
    }
    return 90.0;
}

}  // namespace Estran::Geo
