// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/render/projectedlines.h"

#include "estran/geo/coastlines.h"
#include "estran/geo/projection.h"

#include <QDebug>

#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

namespace Estran::Render::detail {

void projectPolyline(const Geo::Projection& projection, const Geo::LonLatPolyline& line,
                     double jump, std::vector<QPolygonF>& out)
{
    const size_t n = std::min(line.lon.size(), line.lat.size());
    if (n < 2) return;
    std::vector<double> x(line.lon.begin(), line.lon.begin() + long(n));
    std::vector<double> y(line.lat.begin(), line.lat.begin() + long(n));
    projection.forwardArray(x.data(), y.data(), n);
    QPolygonF piece;
    auto flush = [&]() {
        if (piece.size() >= 2) out.push_back(piece);
        piece.clear();
    };
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i])) {
            flush();
            continue;
        }
        if (!piece.isEmpty()) {
            const QPointF& p = piece.last();
            if (std::abs(x[i] - p.x()) > jump || std::abs(y[i] - p.y()) > jump) flush();
        }
        piece.append(QPointF(x[i], y[i]));
    }
    flush();
}

double jumpThreshold(const Geo::Projection& projection)
{
    return projection.worldBounds().width() * 0.5;
}

QPolygonF worldOutline(const Geo::Projection& projection)
{
    const double lon0 = projection.centralLongitude();
    const double minLat = projection.minLatitude(), maxLat = projection.maxLatitude();
    QPolygonF poly;
    auto add = [&](double lon, double lat) {
        double x = 0, y = 0;
        if (projection.forward(lon, lat, x, y)) poly.append(QPointF(x, y));
    };
    if (projection.name().endsWith(QStringLiteral("polar-stereo"))) {
        const double edge = projection.name().startsWith(u'n') ? minLat : maxLat;
        for (int i = 0; i <= 360; ++i) add(lon0 - 180.0 + i, edge);
        return poly;
    }
    // Up the west edge, east along the top, down the east edge, west along the bottom.
    for (int i = 0; i <= 180; ++i) add(lon0 - 180.0, minLat + (maxLat - minLat) * i / 180.0);
    for (int i = 0; i <= 360; ++i) add(lon0 - 180.0 + i, maxLat);
    for (int i = 0; i <= 180; ++i) add(lon0 + 180.0, maxLat - (maxLat - minLat) * i / 180.0);
    for (int i = 0; i <= 360; ++i) add(lon0 + 180.0 - i, minLat);
    return poly;
}

std::shared_ptr<const std::vector<QPolygonF>> projectedCoastlines(
    const Geo::Projection& projection, int resolution, bool lakes)
{
    static std::mutex mutex;
    static std::map<std::tuple<QString, int, bool>, std::shared_ptr<const std::vector<QPolygonF>>>
        cache;
    const auto key = std::make_tuple(projection.definition(), resolution, lakes);
    {
        std::lock_guard lock(mutex);
        auto it = cache.find(key);
        if (it != cache.end()) return it->second;
    }
    auto lines =
        Geo::Coastlines::shared(static_cast<Geo::Coastlines::Resolution>(resolution), lakes);
    auto result = std::make_shared<std::vector<QPolygonF>>();
    if (!lines) {
        qWarning().noquote() << lines.error().toString();
    } else {
        const double jump = jumpThreshold(projection);
        result->reserve((*lines)->size());
        for (const auto& l : **lines) projectPolyline(projection, l, jump, *result);
    }
    std::lock_guard lock(mutex);
    // Projected copies are a few MB each; a long GUI session cycling through projections
    // and resolutions stays bounded.
    if (cache.size() > 12) cache.clear();
    cache.emplace(key, result);
    return result;
}

}  // namespace Estran::Render::detail
