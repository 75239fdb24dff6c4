// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/base/selection.h"

#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"
#include "estran/data/subsetexporter.h"
#include "estran/data/subsetplan.h"


using namespace Estran;

namespace {
const QString kCommand = QStringLiteral("subset");

bool parseRange(const QString& text, std::optional<double>& lo, std::optional<double>& hi)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2) return false;
    for (int i = 0; i < 2; ++i) {
        const QString p = parts[i].trimmed();
        if (p.isEmpty() || p == u"..") continue;
        bool ok = false;
        const double v = p.toDouble(&ok);
        if (!ok) return false;
        (i == 0 ? lo : hi) = v;
    }
    return true;
}
}  // namespace

int runSubsetCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Cut variables × area × period × depth out of a dataset and write them as CF netCDF-4 (.nc), "
           "GeoTIFF with a band per step (.tif) or a CSV time series (.csv: the nearest cell for a point "
           "box W=E,S=N, else the area mean). A cell is inside the box when its centre is, edges included."));
    const QCommandLineOption varOpt(QStringLiteral("var"), Cli::tr("Variable to export (repeatable)."), Cli::tr("NAME"));
    const QCommandLineOption bboxOpt(QStringLiteral("bbox"), Cli::tr("Area W,S,E,N in degrees (W > E crosses the antimeridian)."), Cli::tr("W,S,E,N"));
    const QCommandLineOption polygonOpt(QStringLiteral("polygon"),
                                        Cli::tr("Area as a polygon \"LON LAT, LON LAT, ...\" (at least three vertices) instead of "
                                                "--bbox: its bounding box is written, cells outside the ring as fill."),
                                        Cli::tr("RING"));
    const QCommandLineOption timeOpt(QStringLiteral("time"), Cli::tr("Period START/END in the data's calendar."), Cli::tr("START/END"));
    const QCommandLineOption depthOpt(QStringLiteral("depth"), Cli::tr("Vertical range MIN/MAX in the axis' units."), Cli::tr("MIN/MAX"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Cli::tr("Output file: .nc, .tif or .csv."), Cli::tr("FILE"));
    parser.addOptions({varOpt, bboxOpt, polygonOpt, timeOpt, depthOpt, outOpt});
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("Dataset to read."));
    int exitCode = 0;
    if (!Cli::parseArguments(parser, kCommand, args, exitCode)) return exitCode;
    if (parser.positionalArguments().size() != 1) return Cli::usageError(kCommand, Cli::tr("give exactly one PATH"));
    if (!parser.isSet(varOpt)) return Cli::usageError(kCommand, Cli::tr("--var NAME is required"));
    if (!parser.isSet(outOpt)) return Cli::usageError(kCommand, Cli::tr("--out FILE is required"));
    const QString out = parser.value(outOpt);
    if (Base::Result<Data::SubsetExporter::Format> f = Data::SubsetExporter::formatFor(out); !f) return Cli::fail(f.error());

    Data::SubsetRequest request;
    request.variables = parser.values(varOpt);
    if (parser.isSet(bboxOpt)) {
        request.box = Base::GeoBox::fromString(parser.value(bboxOpt));
        if (!request.box) return Cli::usageError(kCommand, Cli::tr("--bbox must be W,S,E,N with S <= N, latitudes within ±90"));
    }
    if (parser.isSet(polygonOpt)) {
        if (parser.isSet(bboxOpt)) return Cli::usageError(kCommand, Cli::tr("give --bbox or --polygon, not both"));
        QString why;
        const std::optional<QVector<QPointF>> ring = Base::polygonFromText(parser.value(polygonOpt), &why);
        if (!ring) return Cli::usageError(kCommand, QStringLiteral("--polygon: ") + why);
        request.polygon = *ring;
    }
    if (parser.isSet(timeOpt)) {
        const QStringList parts = parser.value(timeOpt).split(u'/');
        if (parts.size() != 2) return Cli::usageError(kCommand, Cli::tr("--time must be START/END"));
        request.timeStart = parts[0] == u".." ? QString() : parts[0].trimmed();
        request.timeEnd = parts[1] == u".." ? QString() : parts[1].trimmed();
    }
    if (parser.isSet(depthOpt) && !parseRange(parser.value(depthOpt), request.depthMin, request.depthMax))
        return Cli::usageError(kCommand, Cli::tr("--depth must be MIN/MAX"));

    const QString path = parser.positionalArguments().first();
    Base::Result<std::unique_ptr<Data::Dataset>> dataset = Data::ReaderRegistry::instance().open(path);
    if (!dataset) return Cli::fail(dataset.error());
    Base::Result<Data::SubsetPlan> plan = Data::SubsetPlan::make(**dataset, request);
    if (!plan) return Cli::fail(plan.error());

    const QString command = QStringLiteral("estran-cli subset ") + args.join(u' ');
    Base::Result<void> written = [&] {
        Cli::TerminalProgress feedback;
        if (feedback.isTerminal()) {
            Cli::printErr(Cli::tr("%1: %2 × %3 cells, %4 steps, %5 MB before compression")
                              .arg(out).arg(plan->columns.size()).arg(plan->rows.size())
                              .arg(plan->stepCount()).arg(double(plan->estimatedBytes()) / 1e6, 0, 'f', 1));
        }
        return Data::SubsetExporter::write(**dataset, *plan, out, command, &feedback);
    }();
    if (!written) return Cli::fail(written.error());
    return 0;
}
