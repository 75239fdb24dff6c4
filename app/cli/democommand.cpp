// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/base/feedback.h"
#include "estran/data/demogenerator.h"

#include <QObject>

#include <cstdio>

using namespace Estran;

int runDemoCommand(const QStringList& args)
{
    const QString cmd = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write a synthetic global sea-surface-temperature netCDF-4 file (CF conventions) for "
           "demonstrations and benchmarks."));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("Number of daily steps (default 365)."),
                                  QStringLiteral("N"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        Cli::tr("Grid spacing in degrees (default 0.25)."),
                                        QStringLiteral("DEG"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Cli::tr("Do not print progress."));
    parser.addOptions({out, days, resolution, quiet});
    int code = 0;
    if (!Cli::parseArguments(parser, cmd, args, code)) return code;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return Cli::usageError(cmd, Cli::tr("--out FILE is required"));

    Data::DemoGenerator::Options options;
    if (parser.isSet(days)) {
        bool ok = false;
        options.days = parser.value(days).toInt(&ok);
        if (!ok || options.days < 1 || options.days > 100000)
            return Cli::usageError(cmd, Cli::tr("--days must be a whole number from 1 to 100000"));
    }
    if (parser.isSet(resolution)) {
        bool ok = false;
        options.resolution = parser.value(resolution).toDouble(&ok);
        if (!ok || options.resolution < 0.01 || options.resolution > 10)
            return Cli::usageError(cmd, Cli::tr("--resolution must be between 0.01 and 10 degrees"));
    }

    Base::Feedback feedback;
    if (!parser.isSet(quiet)) {
        QObject::connect(&feedback, &Base::Feedback::progressChanged, &feedback, [](double p) {
            std::fprintf(stderr, "\r%3d%%", int(p));
            std::fflush(stderr);
        });
    }
    const Base::Result<void> r = Data::DemoGenerator::generate(parser.value(out), options, &feedback);
    if (!parser.isSet(quiet)) std::fprintf(stderr, "\r");
    if (!r) return Cli::fail(r.error());
    Cli::printOut(Cli::tr("Wrote %1").arg(parser.value(out)));
    return 0;
}
