// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfgridmapping.h"

#include "cfaxes.h"

#include <proj.h>

#include <cmath>

namespace Estran::Data::detail {

namespace {

std::optional<double> number(const QVariantMap& a, const char* name, int index = 0)
{
    const auto it = a.constFind(QString::fromLatin1(name));
    if (it == a.constEnd()) return std::nullopt;
    if (it->typeId() == QMetaType::QVariantList) {
        const QVariantList list = it->toList();
        if (index >= list.size()) return std::nullopt;
        return list[index].toDouble();
    }
    if (index > 0) return std::nullopt;
    bool ok = false;
    const double v = it->toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString p(const char* key, std::optional<double> v, double fallback)
{
    return QStringLiteral(" +%1=%2").arg(QString::fromLatin1(key)).arg(v.value_or(fallback), 0, 'g', 17);
}

QString ellipsoid(const QVariantMap& a)
{
    if (auto r = number(a, "earth_radius")) return p("R", r, 0);
    const auto major = number(a, "semi_major_axis");
    if (major && number(a, "semi_minor_axis")) return p("a", major, 0) + p("b", number(a, "semi_minor_axis"), 0);
    if (major && number(a, "inverse_flattening") && *number(a, "inverse_flattening") != 0)
        return p("a", major, 0) + p("rf", number(a, "inverse_flattening"), 0);
    if (major) return p("R", major, 0);
    return QStringLiteral(" +ellps=WGS84");
}

QString falseOrigin(const QVariantMap& a)
{
    return p("x_0", number(a, "false_easting"), 0) + p("y_0", number(a, "false_northing"), 0);
}

}  // namespace

std::optional<QString> cfGridMappingCrs(const QVariantMap& a)
{
    const QString wkt = attributeText(a, QStringLiteral("crs_wkt"));
    if (!wkt.isEmpty()) return wkt;
    const QString name = attributeText(a, QStringLiteral("grid_mapping_name")).toLower();
    const auto lon0 = number(a, "longitude_of_projection_origin");
    const auto lat0 = number(a, "latitude_of_projection_origin");
    const auto central = number(a, "longitude_of_central_meridian");
    QString proj;
    if (name == u"rotated_latitude_longitude") {
        // Same definition as GDAL's netCDF driver; coordinates stay in degrees.
        const double poleLat = number(a, "grid_north_pole_latitude").value_or(90);
        const double poleLon = number(a, "grid_north_pole_longitude").value_or(0);
        proj = QStringLiteral("+proj=ob_tran +o_proj=longlat") + p("o_lon_p", number(a, "north_pole_grid_longitude"), 0)
               + p("o_lat_p", poleLat, 0) + p("lon_0", poleLon + 180.0, 0)
               + QStringLiteral(" +to_meter=0.0174532925199433");
    } else if (name == u"polar_stereographic") {
        const double lat = lat0.value_or(90) >= 0 ? 90 : -90;
        proj = QStringLiteral("+proj=stere") + p("lat_0", lat, 0)
               + p("lon_0", number(a, "straight_vertical_longitude_from_pole").has_value()
                                ? number(a, "straight_vertical_longitude_from_pole")
                                : lon0, 0);
        if (auto ts = number(a, "standard_parallel")) proj += p("lat_ts", ts, 0);
        else proj += p("k_0", number(a, "scale_factor_at_projection_origin"), 1);
        proj += falseOrigin(a);
    } else if (name == u"stereographic") {
        proj = QStringLiteral("+proj=stere") + p("lat_0", lat0, 0) + p("lon_0", lon0, 0)
               + p("k_0", number(a, "scale_factor_at_projection_origin"), 1) + falseOrigin(a);
    } else if (name == u"lambert_azimuthal_equal_area") {
        proj = QStringLiteral("+proj=laea") + p("lat_0", lat0, 0) + p("lon_0", lon0, 0) + falseOrigin(a);
    } else if (name == u"lambert_conformal_conic") {
        const auto sp1 = number(a, "standard_parallel", 0);
        const auto sp2 = number(a, "standard_parallel", 1);
        proj = QStringLiteral("+proj=lcc") + p("lat_1", sp1, lat0.value_or(0)) + p("lat_2", sp2.has_value() ? sp2 : sp1, lat0.value_or(0))
               + p("lat_0", lat0, 0) + p("lon_0", central, 0) + falseOrigin(a);
    } else if (name == u"albers_conical_equal_area") {
        const auto sp1 = number(a, "standard_parallel", 0);
        const auto sp2 = number(a, "standard_parallel", 1);
        proj = QStringLiteral("+proj=aea") + p("lat_1", sp1, 0) + p("lat_2", sp2.has_value() ? sp2 : sp1, 0)
               + p("lat_0", lat0, 0) + p("lon_0", central, 0) + falseOrigin(a);
    } else if (name == u"transverse_mercator") {
        proj = QStringLiteral("+proj=tmerc") + p("lat_0", lat0, 0) + p("lon_0", central, 0)
               + p("k_0", number(a, "scale_factor_at_central_meridian"), 1) + falseOrigin(a);
    } else if (name == u"mercator") {
        proj = QStringLiteral("+proj=merc") + p("lon_0", central.has_value() ? central : lon0, 0);
        if (auto ts = number(a, "standard_parallel")) proj += p("lat_ts", ts, 0);
        else proj += p("k_0", number(a, "scale_factor_at_projection_origin"), 1);
        proj += falseOrigin(a);
    } else if (name == u"geostationary") {
        const QString sweep = attributeText(a, QStringLiteral("sweep_angle_axis"));
        proj = QStringLiteral("+proj=geos") + p("h", number(a, "perspective_point_height"), 35786023.0)
               + p("lon_0", lon0, 0) + QStringLiteral(" +sweep=") + (sweep.isEmpty() ? QStringLiteral("y") : sweep)
               + falseOrigin(a);
    } else if (name == u"orthographic") {
        proj = QStringLiteral("+proj=ortho") + p("lat_0", lat0, 0) + p("lon_0", lon0, 0) + falseOrigin(a);
    } else if (name == u"sinusoidal") {
        proj = QStringLiteral("+proj=sinu") + p("lon_0", central.has_value() ? central : lon0, 0) + falseOrigin(a);
    } else {
        return std::nullopt;
    }
    return proj + ellipsoid(a) + QStringLiteral(" +no_defs");
}

double cfProjectionUnitScale(const QString& units, const QVariantMap& gm)
{
    const QString u = units.trimmed().toLower();
    if (u == u"km" || u == u"kilometer" || u == u"kilometers" || u == u"kilometre" || u == u"kilometres")
        return 1000.0;
    if (u == u"rad" || u == u"radian" || u == u"radians") {
        if (attributeText(gm, QStringLiteral("grid_mapping_name")).toLower() == u"geostationary")
            return number(gm, "perspective_point_height").value_or(35786023.0);
    }
    return 1.0;
}

bool transformToLonLat(const QString& crs, std::vector<double>& x, std::vector<double>& y)
{
    // PROJ directly (GDAL's OSR wraps the same calls), so opening a netCDF file with a grid
    // mapping never loads GDAL. A context per call keeps concurrent workers apart.
    PJ_CONTEXT* context = proj_context_create();
    if (!context) return false;
    proj_log_level(context, PJ_LOG_NONE);
    // A "+proj=..." definition is a CRS only with +type=crs (GDAL's OSRSetFromUserInput adds
    // it the same way); WKT and "EPSG:n" are CRSs already.
    QString definition = crs.trimmed();
    if (definition.startsWith(u'+') && !definition.contains(QStringLiteral("+type=crs")))
        definition += QStringLiteral(" +type=crs");
    PJ* source = proj_create(context, definition.toUtf8().constData());
    PJ* target = proj_create(context, "EPSG:4326");
    PJ* operation = source && target ? proj_create_crs_to_crs_from_pj(context, source, target, nullptr, nullptr) : nullptr;
    // Longitude first on both sides, as GDAL's OAMS_TRADITIONAL_GIS_ORDER gave.
    PJ* normalised = operation ? proj_normalize_for_visualization(context, operation) : nullptr;
    const bool ok = normalised != nullptr;
    if (ok) {
        const size_t n = x.size();
        proj_trans_generic(normalised, PJ_FWD, x.data(), sizeof(double), n, y.data(), sizeof(double), n, nullptr, 0, 0,
                           nullptr, 0, 0);
        for (size_t i = 0; i < n; ++i) {
            // PROJ marks failed points with HUGE_VAL.
            if (!std::isfinite(x[i]) || !std::isfinite(y[i])) x[i] = y[i] = std::nan("");
        }
    }
    for (PJ* pj : {normalised, operation, target, source}) {
        if (pj) proj_destroy(pj);
    }
    proj_context_destroy(context);
    return ok;
}

}  // namespace Estran::Data::detail
