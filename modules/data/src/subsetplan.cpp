// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/subsetplan.h"

#include "estran/base/selection.h"

#include "estran/base/cfcalendar.h"
#include "estran/data/dataset.h"
#include "estran/data/gridlocator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Estran::Data {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

Base::Error nothing(const QString& where, const QString& why)
{
    return Base::Error(Base::Error::Kind::InvalidInput, where, why);
}

bool sameGrid(const Grid& a, const Grid& b)
{
    return a.nx == b.nx && a.ny == b.ny && a.lon == b.lon && a.lat == b.lat && a.times == b.times && a.levels == b.levels;
}

/// 1-D longitudes inside the box, ordered west to east across any wrap of the source.
std::vector<int> selectColumns(const std::vector<double>& lon, const std::optional<Base::GeoBox>& box)
{
    std::vector<int> cols;
    if (!box) {
        for (int i = 0; i < int(lon.size()); ++i) cols.push_back(i);
        return cols;
    }
    for (int i = 0; i < int(lon.size()); ++i) {
        // Longitude alone decides here: the box's own south edge is always inside its latitudes.
        if (box->contains(lon[size_t(i)], box->south)) cols.push_back(i);
    }
    if (box->width() < 360.0) {
        std::stable_sort(cols.begin(), cols.end(), [&](int a, int b) {
            return Base::degreesEastOf(box->west, lon[size_t(a)]) < Base::degreesEastOf(box->west, lon[size_t(b)]);
        });
    }
    return cols;
}

std::vector<int> selectRows(const std::vector<double>& lat, const std::optional<Base::GeoBox>& box)
{
    std::vector<int> rows;
    for (int j = 0; j < int(lat.size()); ++j) {
        if (!box || (lat[size_t(j)] >= box->south && lat[size_t(j)] <= box->north)) rows.push_back(j);
    }
    return rows;
}

}  // namespace

qint64 SubsetPlan::estimatedBytes() const
{
    return qint64(columns.size()) * qint64(rows.size()) * stepCount() * qint64(variables.size()) * qint64(sizeof(float));
}

Base::Result<SubsetPlan> SubsetPlan::make(const Dataset& dataset, const SubsetRequest& request)
{
    const QString where = dataset.path();
    if (request.variables.isEmpty()) return nothing(where, tr("No variable selected"));
    SubsetPlan plan;
    for (const QString& name : request.variables) {
        std::optional<VariableInfo> info = dataset.variable(name);
        if (!info) return Base::Error(Base::Error::Kind::NotFound, where, tr("No variable \"%1\" in this dataset").arg(name));
        if (!info->isMappable) return nothing(where, tr("Variable \"%1\" has no lon/lat grid to subset").arg(name));
        Base::Result<std::shared_ptr<const Grid>> grid = dataset.grid(info->name);
        if (!grid) return grid.error();
        if (plan.grid && !sameGrid(*plan.grid, **grid)) {
            return nothing(where, tr("\"%1\" and \"%2\" are on different grids; export them separately")
                                      .arg(plan.variables.first().name, info->name));
        }
        plan.grid = *grid;
        plan.variables.append(*info);
    }
    const Grid& g = *plan.grid;

    // A polygon selects by its bounding box, then masks what lies outside the ring.
    Base::Selection polygonArea;
    polygonArea.polygon = request.polygon;
    const bool byPolygon = request.polygon.size() >= 3;
    SubsetRequest boxed = request;
    if (byPolygon) boxed.box = polygonArea.boundingBox();
    const auto inside = [&](double lon, double lat) {
        if (byPolygon) return polygonArea.containsPoint(lon, lat);
        return !request.box || request.box->contains(lon, lat);
    };
    if (!request.polygon.isEmpty() && !byPolygon)
        return nothing(where, tr("The polygon needs at least three vertices"));
    if (boxed.box && (boxed.box->south > boxed.box->north))
        return nothing(where, tr("The box's south edge is north of its north edge"));
    const bool point = boxed.box && boxed.box->west == boxed.box->east && boxed.box->south == boxed.box->north;
    if (point) {
        // A point (W = E, S = N) means the cell nearest to it, for time series.
        const std::optional<GridLocator::Cell> cell = GridLocator(plan.grid).nearest(boxed.box->west, boxed.box->south);
        if (!cell) return nothing(where, tr("The point %1, %2 lies outside the grid").arg(boxed.box->west).arg(boxed.box->south));
        plan.columns = {cell->ix};
        plan.rows = {cell->iy};
        if (g.curvilinear) plan.masked = {false};
    } else if (!g.curvilinear) {
        plan.columns = selectColumns(g.lon, boxed.box);
        plan.rows = selectRows(g.lat, boxed.box);
        if (byPolygon) {
            bool any = false;
            for (int iy : plan.rows) {
                for (int ix : plan.columns) {
                    const bool out = !inside(g.lon[size_t(ix)], g.lat[size_t(iy)]);
                    plan.masked.push_back(out);
                    any = any || !out;
                }
            }
            if (!any) return nothing(where, tr("The polygon contains no cell centre of the grid"));
        }
    } else {
        // Keep the index window around every cell whose centre is inside; mask the others.
        int x0 = g.nx, x1 = -1, y0 = g.ny, y1 = -1;
        for (int iy = 0; iy < g.ny; ++iy) {
            for (int ix = 0; ix < g.nx; ++ix) {
                if (!inside(g.lonAt(ix, iy), g.latAt(ix, iy))) continue;
                x0 = std::min(x0, ix), x1 = std::max(x1, ix), y0 = std::min(y0, iy), y1 = std::max(y1, iy);
            }
        }
        for (int ix = x0; ix <= x1; ++ix) plan.columns.push_back(ix);
        for (int iy = y0; iy <= y1; ++iy) plan.rows.push_back(iy);
        for (int iy : plan.rows) {
            for (int ix : plan.columns)
                plan.masked.push_back(!inside(g.lonAt(ix, iy), g.latAt(ix, iy)));
        }
    }
    if (plan.columns.empty() || plan.rows.empty())
        return nothing(where, tr("The area %1 contains no cell of the grid").arg(boxed.box ? boxed.box->toString() : QString()));

    if (!g.times.empty()) {
        double lo = -INFINITY, hi = INFINITY;
        if (!g.timeAxis && (!request.timeStart.isEmpty() || !request.timeEnd.isEmpty()))
            return nothing(where, tr("The time axis has no units, so a period cannot be applied"));
        const auto bound = [&](const QString& text, double& out) -> std::optional<Base::Error> {
            if (text.isEmpty()) return std::nullopt;
            Base::Result<Base::CfDateTime> dt = Base::CfDateTime::fromIsoString(text);
            if (!dt) return dt.error();
            Base::Result<double> v = g.timeAxis->fromDateTime(*dt);
            if (!v) return v.error();
            out = *v;
            return std::nullopt;
        };
        if (auto e = bound(request.timeStart, lo)) return *e;
        if (auto e = bound(request.timeEnd, hi)) return *e;
        // A bare end date means the whole of that day.
        if (!request.timeEnd.isEmpty() && !request.timeEnd.contains(u'T') && !request.timeEnd.contains(u' '))
            hi += 86400.0 / g.timeAxis->secondsPerUnit() - 1e-9;
        for (qint64 t = 0; t < qint64(g.times.size()); ++t) {
            if (g.times[size_t(t)] >= lo && g.times[size_t(t)] <= hi) plan.times.push_back(t);
        }
        if (plan.times.empty()) {
            return nothing(where, tr("The period %1 – %2 contains no time step (the data covers %3 – %4)")
                                      .arg(request.timeStart, request.timeEnd, g.timeAxis->toIsoString(g.times.front()),
                                           g.timeAxis->toIsoString(g.times.back())));
        }
    }
    if (!g.levels.empty()) {
        const double lo = request.depthMin.value_or(-INFINITY), hi = request.depthMax.value_or(INFINITY);
        for (qint64 l = 0; l < qint64(g.levels.size()); ++l) {
            if (g.levels[size_t(l)] >= lo && g.levels[size_t(l)] <= hi) plan.levels.push_back(l);
        }
        if (plan.levels.empty()) return nothing(where, tr("The depth range contains no level of \"%1\"").arg(g.levelName));
    }
    return plan;
}

}  // namespace Estran::Data
