// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/data/xarraysnippet.h"

#include "estran/base/selection.h"
#include "estran/data/dataset.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Estran::Data {

namespace {

// Python literals: repr()-like quoting so Windows paths and quotes survive the copy.
QString pyString(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString pyNumber(double value) {
    return QString::number(value, 'g', 10);
}

QString slice(const QString& a, const QString& b) {
    return QStringLiteral("slice(%1, %2)").arg(a, b);
}

QString slice(double a, double b) {
    return slice(pyNumber(a), pyNumber(b));
}

double to360(double lon) {
    double v = std::fmod(lon, 360.0);
    if (v < 0) v += 360.0;
    return v;
}

}  // namespace

QString XarraySnippet::generate(const Spec& spec) {
    const SubsetRequest& r = spec.request;
    // Selections shared by both halves of an antimeridian box.
    QStringList common;
    QList<QString> lonSlices;
    // A polygon is cut by its bounding box first, then masked (below).
    Base::Selection polygonArea;
    polygonArea.polygon = r.polygon;
    const std::optional<Base::GeoBox> area = r.polygon.size() >= 3 ? polygonArea.boundingBox() : r.box;
    if (area) {
        const Base::GeoBox& b = *area;
        common << spec.latName + QLatin1Char('=') +
                      (spec.latDescending ? slice(b.north, b.south) : slice(b.south, b.north));
        if (b.width() < 360.0) {
            double w = b.west, e = b.east;
            double seamLow = -180.0, seamHigh = 180.0;
            if (spec.lon0to360) {
                w = to360(w);
                e = to360(e);
                if (e == 0.0 && b.east > 0)
                    e = 360.0;  // an east edge on Greenwich from the east side
                seamLow = 0.0;
                seamHigh = 360.0;
            }
            if (w <= e) {
                lonSlices << slice(w, e);
            } else {
                lonSlices << slice(w, seamHigh) << slice(seamLow, e);
            }
        }
    }
    if (!spec.timeName.isEmpty() && (!r.timeStart.isEmpty() || !r.timeEnd.isEmpty())) {
        common << spec.timeName + QLatin1Char('=') +
                      slice(r.timeStart.isEmpty() ? QStringLiteral("None") : pyString(r.timeStart),
                            r.timeEnd.isEmpty() ? QStringLiteral("None") : pyString(r.timeEnd));
    }
    if (!spec.levelName.isEmpty() && (r.depthMin || r.depthMax)) {
        common << spec.levelName + QLatin1Char('=') +
                      slice(r.depthMin ? pyNumber(*r.depthMin) : QStringLiteral("None"),
                            r.depthMax ? pyNumber(*r.depthMax) : QStringLiteral("None"));
    }

    QStringList quoted;
    for (const QString& v : spec.variables) quoted << pyString(v);
    const QString vars = QStringLiteral("ds[[%1]]").arg(quoted.join(QStringLiteral(", ")));

    QStringList lines;
    lines << QStringLiteral("import xarray as xr");
    lines << QStringLiteral("ds = xr.open_dataset(%1%2)")
                 .arg(pyString(spec.path),
                      spec.cftime ? QStringLiteral(", use_cftime=True") : QString());
    auto sel = [&](const QString& lonSlice) {
        QStringList args;
        if (!lonSlice.isEmpty()) args << spec.lonName + QLatin1Char('=') + lonSlice;
        args << common;
        return args.isEmpty()
                   ? vars
                   : QStringLiteral("%1.sel(%2)").arg(vars, args.join(QStringLiteral(", ")));
    };
    if (lonSlices.size() == 2) {
        lines << QStringLiteral("sub = xr.concat([%1, %2], dim=%3)")
                     .arg(sel(lonSlices[0]), sel(lonSlices[1]), pyString(spec.lonName));
    } else {
        lines << QStringLiteral("sub = %1").arg(sel(lonSlices.value(0)));
    }
    if (r.polygon.size() >= 3) {
        // As Estran's export: cells whose centre lies outside the ring become NaN. Each centre is
        // also tried 360° east and west, so 0..360 grids and rings running past ±180 both work.
        QStringList vertices;
        for (const QPointF& v : r.polygon) vertices << QStringLiteral("(%1, %2)").arg(pyNumber(v.x()), pyNumber(v.y()));
        lines << QStringLiteral("import numpy as np");
        lines << QStringLiteral("from matplotlib.path import Path");
        lines << QStringLiteral("ring = Path([%1], closed=False)").arg(vertices.join(QStringLiteral(", ")));
        lines << QStringLiteral("lon2d, lat2d = np.meshgrid(sub[%1], sub[%2])").arg(pyString(spec.lonName), pyString(spec.latName));
        lines << QStringLiteral("centres = np.c_[lon2d.ravel(), lat2d.ravel()]");
        lines << QStringLiteral("inside = np.logical_or.reduce([ring.contains_points(centres + [shift, 0], radius=1e-9) "
                                "for shift in (0, -360, 360)]).reshape(lon2d.shape)");
        lines << QStringLiteral("sub = sub.where(xr.DataArray(inside, dims=(%1, %2)))")
                     .arg(pyString(spec.latName), pyString(spec.lonName));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Base::Result<XarraySnippet::Spec> XarraySnippet::specFor(const Dataset& dataset,
                                                         const SubsetRequest& request) {
    Spec spec;
    spec.path = dataset.path();
    spec.variables = request.variables;
    spec.request = request;
    if (request.variables.isEmpty()) {
        return Base::Error(Base::Error::Kind::InvalidInput, dataset.path(),
                           QCoreApplication::translate("Estran::Data", "no variable selected"));
    }
    const auto info = dataset.variable(request.variables.first());
    if (!info) {
        return Base::Error(Base::Error::Kind::NotFound,
                           dataset.path() + QLatin1Char(':') + request.variables.first(),
                           QCoreApplication::translate("Estran::Data", "no such variable"));
    }
    spec.timeName.clear();
    for (const Dimension& d : info->dimensions) {
        switch (d.role) {
            case AxisRole::Longitude:
            case AxisRole::X:
                spec.lonName = d.name;
                break;
            case AxisRole::Latitude:
            case AxisRole::Y:
                spec.latName = d.name;
                break;
            case AxisRole::Time:
                spec.timeName = d.name;
                break;
            case AxisRole::Vertical:
                spec.levelName = d.name;
                break;
            case AxisRole::None:
                break;
        }
    }
    auto grid = dataset.grid(info->name);
    if (!grid) return grid.error();
    const Grid& g = **grid;
    if (!g.curvilinear && g.lat.size() > 1) spec.latDescending = g.lat.front() > g.lat.back();
    if (!g.lon.empty()) {
        const auto [lo, hi] = std::minmax_element(g.lon.begin(), g.lon.end());
        spec.lon0to360 = *lo >= 0.0 && *hi > 180.0;
    }
    if (g.timeAxis) {
        const Base::CfCalendar cal = g.timeAxis->calendar();
        spec.cftime =
            cal != Base::CfCalendar::Standard && cal != Base::CfCalendar::ProlepticGregorian;
    }
    return spec;
}

}  // namespace Estran::Data
