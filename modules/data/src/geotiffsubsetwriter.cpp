// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesubsetwriters.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetplan.h"
#include "gdalbridge.h"
#include "gdalservices.h"
#include "subsetsteps.h"

#include <QCoreApplication>

#include <cmath>

namespace Estran::Data::detail {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

/// Output longitudes made continuous (a box across Greenwich on 0..360 gives 350..370).
std::vector<double> continuousLongitudes(const SubsetPlan& plan)
{
    std::vector<double> lon;
    for (int c : plan.columns) {
        double x = plan.grid->lon[size_t(c)];
        if (!lon.empty()) {
            while (x < lon.back()) x += 360.0;
            while (x - lon.back() > 360.0) x -= 360.0;
        }
        lon.push_back(x);
    }
    return lon;
}

bool regular(const std::vector<double>& v, double& step)
{
    if (v.size() < 2) {
        step = 0;
        return v.size() == 1;
    }
    step = (v.back() - v.front()) / double(v.size() - 1);
    for (size_t i = 1; i < v.size(); ++i) {
        if (std::abs((v[i] - v[i - 1]) - step) > 1e-6 * std::max(1.0, std::abs(step))) return false;
    }
    return step != 0;
}

}  // namespace

Base::Result<void> writeGeoTiffSubset(Dataset& dataset, const SubsetPlan& plan, const QString& path,
                                      Base::Feedback* feedback)
{
    if (plan.grid->curvilinear || !plan.grid->sourceCrs.isEmpty()) {
        return Base::Error(Base::Error::Kind::Unsupported, path,
                           tr("GeoTIFF export needs a regular longitude/latitude grid; export to netCDF instead"));
    }
    const std::vector<double> lon = continuousLongitudes(plan);
    std::vector<double> lat;
    for (int r : plan.rows) lat.push_back(plan.grid->lat[size_t(r)]);
    double dx = 0, dy = 0;
    if (!regular(lon, dx) || !regular(lat, dy)) {
        return Base::Error(Base::Error::Kind::Unsupported, path,
                           tr("GeoTIFF export needs evenly spaced longitudes and latitudes; export to netCDF instead"));
    }
    // A single row or column has no spacing of its own; borrow the source grid's.
    if (dx == 0) dx = plan.grid->lon.size() > 1 ? std::abs(plan.grid->lon[1] - plan.grid->lon[0]) : 1.0;
    if (dy == 0) dy = plan.grid->lat.size() > 1 ? plan.grid->lat[1] - plan.grid->lat[0] : -1.0;
    const bool northUp = dy < 0;  // rows already run north to south
    const int width = int(lon.size()), height = int(lat.size());
    const int bands = int(plan.stepCount() * plan.variables.size());

    // The file itself is written by the GDAL plugin, loaded now if nothing needed GDAL before.
    Base::Error unavailable;
    GdalServices* gdal = detail::gdalServices(path, &unavailable);
    if (!gdal) return unavailable;
    const double north = northUp ? lat.front() : lat.back();
    const std::array<double, 6> transform = {lon.front() - dx / 2, dx, 0, north + std::abs(dy) / 2, 0, -std::abs(dy)};
    Base::Result<std::unique_ptr<GdalServices::RasterWriter>> out = gdal->createGeoTiff(path, width, height, bands, transform);
    if (!out) return out.error();

    Base::Result<void> result;
    int band = 0;
    for (const VariableInfo& info : plan.variables) {
        if (!result) break;
        result = forEachStep(dataset, plan, info.name, [&](const SubsetStep& step) -> Base::Result<void> {
            ++band;
            QString description = info.name.section(u'/', -1);
            const Grid& g = *plan.grid;
            if (g.timeAxis && !g.times.empty()) description += u' ' + g.timeAxis->toIsoString(g.times[size_t(step.time)]);
            if (!g.levels.empty()) description += QStringLiteral(" %1 %2").arg(g.levels[size_t(step.level)]).arg(g.levelUnits);
            std::vector<float> rows(step.values);
            if (!northUp) {  // source rows run south to north: flip for a north-up image
                for (int r = 0; r < height / 2; ++r)
                    std::swap_ranges(rows.begin() + r * width, rows.begin() + (r + 1) * width, rows.begin() + (height - 1 - r) * width);
            }
            if (Base::Result<void> written = (*out)->writeBand(band, description, rows.data()); !written) return written;
            Base::reportProgress(feedback, 100.0 * band / bands);
            return {};
        }, feedback);
    }
    Base::Result<void> closed = (*out)->finish();  // flushes; a full disk surfaces here too
    if (!result) return result;
    return closed;
}

}  // namespace Estran::Data::detail
