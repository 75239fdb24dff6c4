// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/data/dataset.h"
#include "estran/data/gridlocator.h"
#include "estran/data/readerregistry.h"

#include <QJsonObject>

#include <cmath>

using namespace Estran;

namespace {

bool parseNumber(const QString& text, double& out)
{
    bool ok = false;
    out = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(out);
}

}  // namespace

int runSampleCommand(const QStringList& args)
{
    const QString cmd = QStringLiteral("sample");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Print the value of a variable at the cell nearest to a point. Longitudes are "
           "compared modulo 360; the time is the nearest step, the depth the nearest level."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("Dataset file."));
    const QCommandLineOption var(QStringLiteral("var"), Cli::tr("Variable name (full path in groups)."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption lon(QStringLiteral("lon"), Cli::tr("Longitude in degrees east."),
                                 QStringLiteral("X"));
    const QCommandLineOption lat(QStringLiteral("lat"), Cli::tr("Latitude in degrees north."),
                                 QStringLiteral("Y"));
    const QCommandLineOption time(QStringLiteral("time"),
                                  Cli::tr("Date YYYY-MM-DD[THH:MM:SS] in the variable's calendar."),
                                  QStringLiteral("ISO"));
    const QCommandLineOption depth(QStringLiteral("depth"), Cli::tr("Vertical level value."),
                                   QStringLiteral("Z"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON instead of text."));
    parser.addOptions({var, lon, lat, time, depth, json});
    int code = 0;
    if (!Cli::parseArguments(parser, cmd, args, code)) return code;
    if (parser.positionalArguments().size() != 1) return Cli::usageError(cmd, Cli::tr("expected one PATH"));
    if (!parser.isSet(var) || !parser.isSet(lon) || !parser.isSet(lat))
        return Cli::usageError(cmd, Cli::tr("--var, --lon and --lat are required"));
    double x = 0;
    double y = 0;
    if (!parseNumber(parser.value(lon), x))
        return Cli::usageError(cmd, Cli::tr("--lon is not a number: %1").arg(parser.value(lon)));
    if (!parseNumber(parser.value(lat), y) || y < -90 || y > 90)
        return Cli::usageError(cmd, Cli::tr("--lat must be a number in [-90, 90]: %1").arg(parser.value(lat)));
    double z = 0;
    if (parser.isSet(depth) && !parseNumber(parser.value(depth), z))
        return Cli::usageError(cmd, Cli::tr("--depth is not a number: %1").arg(parser.value(depth)));

    const QString path = parser.positionalArguments().front();
    const QString name = parser.value(var);
    Base::Result<std::unique_ptr<Data::Dataset>> ds = Data::ReaderRegistry::instance().open(path);
    if (!ds) return Cli::fail(ds.error());
    const std::optional<Data::VariableInfo> info = (*ds)->variable(name);
    if (!info) {
        return Cli::fail(Base::Error(Base::Error::Kind::NotFound, path,
                                     Cli::tr("No variable named \"%1\"").arg(name)));
    }
    if (!info->isMappable) {
        // Without geolocation the grid holds cell indices; matching them to --lon/--lat would
        // return a value from an unrelated place.
        return Cli::fail(Base::Error(Base::Error::Kind::Unsupported, path + u':' + info->name,
                                     Cli::tr("The variable has no longitudes and latitudes to sample at")));
    }
    Base::Result<std::shared_ptr<const Data::Grid>> grid = (*ds)->grid(info->name);
    if (!grid) return Cli::fail(grid.error());
    const Data::Grid& g = **grid;
    const QString where = path + u':' + info->name;

    const std::optional<Data::GridLocator::Cell> cell = Data::GridLocator(*grid).nearest(x, y);
    if (!cell) {
        return Cli::fail(Base::Error(Base::Error::Kind::InvalidInput, where,
                                     Cli::tr("The point %1, %2 is outside the variable's grid").arg(x).arg(y)));
    }

    Data::SliceIndex index;
    if (!g.times.empty() && parser.isSet(time)) {
        double wanted = 0;
        if (g.timeAxis) {
            Base::Result<Base::CfDateTime> dt = Base::CfDateTime::fromIsoString(parser.value(time));
            if (!dt) return Cli::fail(Base::Error(dt.error().kind(), where, dt.error().message()));
            Base::Result<double> v = g.timeAxis->fromDateTime(*dt);
            if (!v) return Cli::fail(Base::Error(v.error().kind(), where, v.error().message()));
            wanted = *v;
        } else if (!parseNumber(parser.value(time), wanted)) {
            return Cli::fail(Base::Error(Base::Error::Kind::InvalidInput, where,
                                         Cli::tr("The time axis has no calendar; give --time as a "
                                            "number in its units")));
        }
        index.time = Data::GridLocator::nearestIndex(g.times, wanted);
    }
    if (!g.levels.empty() && parser.isSet(depth)) index.level = Data::GridLocator::nearestIndex(g.levels, z);

    Base::Result<std::optional<double>> value = (*ds)->readValue(info->name, cell->ix, cell->iy, index);
    if (!value) return Cli::fail(value.error());

    const double cellLon = g.lonAt(cell->ix, cell->iy);
    const double cellLat = g.latAt(cell->ix, cell->iy);
    QJsonValue timeValue = QJsonValue::Null;
    if (!g.times.empty()) {
        const double t = g.times[size_t(index.time)];
        timeValue = g.timeAxis ? QJsonValue(g.timeAxis->toIsoString(t)) : QJsonValue(t);
    }
    const QJsonValue depthValue = g.levels.empty() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(g.levels[size_t(index.level)]);
    const QJsonValue v = *value ? QJsonValue(**value) : QJsonValue(QJsonValue::Null);

    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("value"), v);
        o.insert(QStringLiteral("units"), info->units);
        o.insert(QStringLiteral("lon"), cellLon);
        o.insert(QStringLiteral("lat"), cellLat);
        o.insert(QStringLiteral("time"), timeValue);
        o.insert(QStringLiteral("depth"), depthValue);
        Cli::printJson(QJsonDocument(o));
        return 0;
    }
    QString line = *value ? QStringLiteral("%1 %2").arg(QString::number(**value, 'g', 10), info->units)
                          : Cli::tr("no value (fill, missing or invalid)");
    line += u' ' + Cli::tr("at lon %1, lat %2").arg(cellLon).arg(cellLat);
    if (timeValue.isString()) line += u' ' + Cli::tr("time %1").arg(timeValue.toString());
    else if (timeValue.isDouble()) line += u' ' + Cli::tr("time %1").arg(timeValue.toDouble());
    if (!depthValue.isNull()) line += u' ' + Cli::tr("%1 %2 %3").arg(g.levelName).arg(depthValue.toDouble()).arg(g.levelUnits);
    Cli::printOut(line.trimmed());
    return 0;
}
