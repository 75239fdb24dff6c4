// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfaxes.h"

#include <QStringList>

namespace Estran::Data::detail {

QString attributeText(const QVariantMap& attributes, const QString& name)
{
    const auto it = attributes.constFind(name);
    if (it == attributes.constEnd()) return {};
    if (it->typeId() == QMetaType::QString) return it->toString().trimmed();
    if (it->typeId() == QMetaType::QStringList) return it->toStringList().join(u' ').trimmed();
    return {};
}

bool isLongitudeUnits(const QString& units)
{
    static const QStringList names{
        QStringLiteral("degrees_east"), QStringLiteral("degree_east"),
        QStringLiteral("degree_e"),     QStringLiteral("degrees_e"),
        QStringLiteral("degreee"),      QStringLiteral("degreese"),
        QStringLiteral("degrees east"), QStringLiteral("degree east")};
    return names.contains(units.trimmed().toLower());
}

bool isLatitudeUnits(const QString& units)
{
    static const QStringList names{
        QStringLiteral("degrees_north"), QStringLiteral("degree_north"),
        QStringLiteral("degree_n"),      QStringLiteral("degrees_n"),
        QStringLiteral("degreen"),       QStringLiteral("degreesn"),
        QStringLiteral("degrees north"), QStringLiteral("degree north")};
    return names.contains(units.trimmed().toLower());
}

bool isPressureUnits(const QString& units)
{
    static const QStringList names{
        QStringLiteral("pa"),       QStringLiteral("hpa"),      QStringLiteral("kpa"),
        QStringLiteral("mbar"),     QStringLiteral("millibar"), QStringLiteral("millibars"),
        QStringLiteral("bar"),      QStringLiteral("bars"),     QStringLiteral("dbar"),
        QStringLiteral("decibar"),  QStringLiteral("decibars"), QStringLiteral("atm"),
        QStringLiteral("mb"),       QStringLiteral("pascal"),   QStringLiteral("pascals")};
    return names.contains(units.trimmed().toLower());
}

namespace {

bool isVerticalStandardName(const QString& sn)
{
    static const QStringList names{
        QStringLiteral("depth"), QStringLiteral("height"), QStringLiteral("altitude"),
        QStringLiteral("air_pressure"), QStringLiteral("sea_water_pressure"),
        QStringLiteral("model_level_number"), QStringLiteral("depth_below_geoid"),
        QStringLiteral("height_above_geopotential_datum"), QStringLiteral("geopotential_height"),
        QStringLiteral("height_above_reference_ellipsoid"), QStringLiteral("height_above_mean_sea_level")};
    return names.contains(sn) || sn.startsWith(u"atmosphere_") || sn.startsWith(u"ocean_s")
           || sn.startsWith(u"ocean_sigma") || sn.startsWith(u"ocean_double_sigma")
           || (sn.endsWith(u"_coordinate") && (sn.contains(u"sigma") || sn.contains(u"hybrid")));
}

}  // namespace

AxisRole cfAxisRole(const QString& name, const QVariantMap& attributes, int rank)
{
    const QString sn = attributeText(attributes, QStringLiteral("standard_name")).toLower();
    const QString units = attributeText(attributes, QStringLiteral("units"));
    const QString axis = attributeText(attributes, QStringLiteral("axis")).toUpper();
    const QString positive = attributeText(attributes, QStringLiteral("positive")).toLower();

    if (sn == u"longitude") return AxisRole::Longitude;
    if (sn == u"latitude") return AxisRole::Latitude;
    if (sn == u"time") return AxisRole::Time;
    if (sn == u"projection_x_coordinate" || sn == u"grid_longitude") return AxisRole::X;
    if (sn == u"projection_y_coordinate" || sn == u"grid_latitude") return AxisRole::Y;
    if (isVerticalStandardName(sn)) return AxisRole::Vertical;

    if (isLongitudeUnits(units)) return AxisRole::Longitude;
    if (isLatitudeUnits(units)) return AxisRole::Latitude;
    if (units.contains(QStringLiteral(" since "), Qt::CaseInsensitive)) return AxisRole::Time;

    if (axis == u"T") return AxisRole::Time;
    if (axis == u"Z") return AxisRole::Vertical;
    if (axis == u"X") return AxisRole::X;
    if (axis == u"Y") return AxisRole::Y;
    // The remaining clues only make sense for 1-D coordinate variables: a 2-D field in Pa is
    // surface pressure, not a vertical axis.
    if (rank != 1) return AxisRole::None;
    if (positive == u"up" || positive == u"down") return AxisRole::Vertical;
    if (isPressureUnits(units)) return AxisRole::Vertical;

    // Names are the weakest evidence: only used when no attribute said anything.
    const QString n = name.section(u'/', -1).toLower();
    static const QStringList lonNames{QStringLiteral("lon"), QStringLiteral("longitude"),
                                      QStringLiteral("nav_lon"), QStringLiteral("long")};
    static const QStringList latNames{QStringLiteral("lat"), QStringLiteral("latitude"),
                                      QStringLiteral("nav_lat")};
    static const QStringList timeNames{QStringLiteral("time"), QStringLiteral("t")};
    static const QStringList levelNames{
        QStringLiteral("depth"), QStringLiteral("deptht"), QStringLiteral("depthu"),
        QStringLiteral("depthv"), QStringLiteral("lev"), QStringLiteral("level"),
        QStringLiteral("plev"), QStringLiteral("z"), QStringLiteral("height"),
        QStringLiteral("pressure"), QStringLiteral("altitude")};
    if (lonNames.contains(n)) return AxisRole::Longitude;
    if (latNames.contains(n)) return AxisRole::Latitude;
    if (timeNames.contains(n)) return AxisRole::Time;
    if (levelNames.contains(n)) return AxisRole::Vertical;
    return AxisRole::None;
}

bool cfPositiveDown(const QVariantMap& attributes)
{
    const QString positive = attributeText(attributes, QStringLiteral("positive")).toLower();
    if (positive == u"down") return true;
    if (positive == u"up") return false;
    if (isPressureUnits(attributeText(attributes, QStringLiteral("units")))) return true;
    const QString sn = attributeText(attributes, QStringLiteral("standard_name")).toLower();
    return sn == u"depth" || sn.startsWith(u"depth_") || sn.contains(u"pressure");
}

}  // namespace Estran::Data::detail
