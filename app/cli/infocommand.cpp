// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonObject>

using namespace Estran;

namespace {

QJsonObject variableJson(const Data::VariableInfo& v)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), v.name);
    QJsonArray dims;
    QJsonArray shape;
    for (const Data::Dimension& d : v.dimensions) {
        dims.append(d.name);
        shape.append(double(d.size));
    }
    o.insert(QStringLiteral("dimensions"), dims);
    o.insert(QStringLiteral("shape"), shape);
    o.insert(QStringLiteral("dtype"), Data::dataTypeName(v.dtype));
    o.insert(QStringLiteral("units"), v.units);
    o.insert(QStringLiteral("standard_name"), v.standardName);
    o.insert(QStringLiteral("long_name"), v.longName);
    if (v.time) {
        QJsonObject t;
        t.insert(QStringLiteral("start"), v.time->start);
        t.insert(QStringLiteral("end"), v.time->end);
        t.insert(QStringLiteral("count"), double(v.time->count));
        t.insert(QStringLiteral("calendar"), v.time->calendar);
        o.insert(QStringLiteral("time"), t);
    } else {
        o.insert(QStringLiteral("time"), QJsonValue::Null);
    }
    return o;
}

QString variableText(const Data::VariableInfo& v)
{
    QStringList dims;
    QStringList shape;
    for (const Data::Dimension& d : v.dimensions) {
        dims.append(d.name);
        shape.append(QString::number(d.size));
    }
    QString line = QStringLiteral("  %1(%2) %3").arg(v.name, dims.join(QStringLiteral(", ")),
                                                     Data::dataTypeName(v.dtype));
    if (!shape.isEmpty()) line += QStringLiteral(" [%1]").arg(shape.join(u'x'));
    if (!v.units.isEmpty()) line += QStringLiteral(" %1").arg(v.units);
    if (!v.longName.isEmpty()) line += QStringLiteral(" \"%1\"").arg(v.longName);
    if (v.isMappable) line += u' ' + Cli::tr("(map)");
    if (v.time) {
        line += u'\n' + Cli::tr("      time: %1 .. %2, %3 steps, %4 calendar")
                            .arg(v.time->start, v.time->end)
                            .arg(v.time->count)
                            .arg(v.time->calendar);
    }
    return line;
}

}  // namespace

int runInfoCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Describe a dataset: format, variables with dimensions, units and times, extent."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("File (or Zarr directory) to describe."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON instead of text."));
    parser.addOption(json);
    int code = 0;
    if (!Cli::parseArguments(parser, QStringLiteral("info"), args, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(QStringLiteral("info"), Cli::tr("expected one PATH"));
    const QString path = parser.positionalArguments().front();

    Base::Result<std::unique_ptr<Data::Dataset>> ds = Data::ReaderRegistry::instance().open(path);
    if (!ds) return Cli::fail(ds.error());
    const QList<Data::VariableInfo> vars = (*ds)->variables();
    const std::optional<Base::GeoBox> bbox = (*ds)->bbox();

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("path"), path);
        root.insert(QStringLiteral("format"), (*ds)->format());
        QJsonArray list;
        for (const Data::VariableInfo& v : vars) list.append(variableJson(v));
        root.insert(QStringLiteral("variables"), list);
        if (bbox) {
            root.insert(QStringLiteral("bbox"),
                        QJsonArray{bbox->west, bbox->south, bbox->east, bbox->north});
        } else {
            root.insert(QStringLiteral("bbox"), QJsonValue::Null);
        }
        Cli::printJson(QJsonDocument(root));
        return 0;
    }
    QStringList lines;
    lines << Cli::tr("path:   %1").arg(path) << Cli::tr("format: %1").arg((*ds)->format());
    lines << (bbox ? Cli::tr("bbox:   west %1, south %2, east %3, north %4")
                         .arg(bbox->west)
                         .arg(bbox->south)
                         .arg(bbox->east)
                         .arg(bbox->north)
                   : Cli::tr("bbox:   none (no geolocated variable)"));
    lines << Cli::tr("variables (%1):").arg(vars.size());
    for (const Data::VariableInfo& v : vars) {
        lines << variableText(v);
        // A mappable variable with a time dimension but no dates: say why (bad units, ...).
        const bool hasTimeDim = std::any_of(v.dimensions.begin(), v.dimensions.end(), [](const auto& d) {
            return d.role == Data::AxisRole::Time;
        });
        if (v.isMappable && hasTimeDim && !v.time) {
            Base::Result<std::shared_ptr<const Data::Grid>> g = (*ds)->grid(v.name);
            if (!g) lines << Cli::tr("      warning: %1").arg(g.error().toString());
        }
    }
    Cli::printOut(lines.join(u'\n'));
    return 0;
}
