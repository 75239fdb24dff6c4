// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesubsetwriters.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetplan.h"
#include "subsetsteps.h"

#include <QCoreApplication>

#include <gdal.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_string.h>

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

    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    char** options = nullptr;
    options = CSLSetNameValue(options, "COMPRESS", "DEFLATE");
    options = CSLSetNameValue(options, "TILED", "YES");
    options = CSLSetNameValue(options, "BIGTIFF", "IF_SAFER");
    if (bands > 1) options = CSLSetNameValue(options, "INTERLEAVE", "BAND");
    GDALDatasetH out = GDALCreate(driver, path.toLocal8Bit().constData(), width, height, bands, GDT_Float32, options);
    CSLDestroy(options);
    if (!out) {
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot create the GeoTIFF file"),
                           QString::fromUtf8(CPLGetLastErrorMsg()));
    }
    const double north = northUp ? lat.front() : lat.back();
    double transform[6] = {lon.front() - dx / 2, dx, 0, north + std::abs(dy) / 2, 0, -std::abs(dy)};
    GDALSetGeoTransform(out, transform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRSetWellKnownGeogCS(srs, "WGS84");
    char* wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(out, wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);

    Base::Result<void> result;
    int band = 0;
    for (const VariableInfo& info : plan.variables) {
        if (!result) break;
        result = forEachStep(dataset, plan, info.name, [&](const SubsetStep& step) -> Base::Result<void> {
            GDALRasterBandH b = GDALGetRasterBand(out, ++band);
            GDALSetRasterNoDataValue(b, NAN);
            QString description = info.name.section(u'/', -1);
            const Grid& g = *plan.grid;
            if (g.timeAxis && !g.times.empty()) description += u' ' + g.timeAxis->toIsoString(g.times[size_t(step.time)]);
            if (!g.levels.empty()) description += QStringLiteral(" %1 %2").arg(g.levels[size_t(step.level)]).arg(g.levelUnits);
            GDALSetDescription(b, description.toUtf8().constData());
            std::vector<float> rows(step.values);
            if (!northUp) {  // source rows run south to north: flip for a north-up image
                for (int r = 0; r < height / 2; ++r)
                    std::swap_ranges(rows.begin() + r * width, rows.begin() + (r + 1) * width, rows.begin() + (height - 1 - r) * width);
            }
            if (GDALRasterIO(b, GF_Write, 0, 0, width, height, rows.data(), width, height, GDT_Float32, 0, 0) != CE_None) {
                return Base::Error(Base::Error::Kind::Io, path, tr("Cannot write the GeoTIFF file"),
                                   QString::fromUtf8(CPLGetLastErrorMsg()));
            }
            Base::reportProgress(feedback, 100.0 * band / bands);
            return {};
        }, feedback);
    }
    GDALClose(out);  // flushes; a full disk surfaces here too
    if (result && CPLGetLastErrorType() == CE_Failure) {
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot write the GeoTIFF file"), QString::fromUtf8(CPLGetLastErrorMsg()));
    }
    return result;
}

}  // namespace Estran::Data::detail
