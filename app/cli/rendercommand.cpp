// SPDX-License-Identifier: GPL-3.0-or-later
// `estran-cli render`: one slice of a variable to a PNG, offscreen, through the same
// MapImageRenderer the tests check pixel by pixel.
#include "cliutil.h"
#include "commands.h"

#include "estran/data/dataset.h"
#include "estran/data/gridlocator.h"
#include "estran/data/readerregistry.h"
#include "estran/geo/projection.h"
#include "estran/render/colormap.h"
#include "estran/render/mapimagerenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

using namespace Estran;

namespace {

bool parseNumber(const QString& text, double& out)
{
    bool ok = false;
    out = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(out);
}

}  // namespace

int runRenderCommand(const QStringList& args)
{
    const QString cmd = QStringLiteral("render");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Render one horizontal slice of a variable to an image, without a display. The time "
           "is the nearest step to --time, the level the nearest to --depth."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("Dataset file."));
    const QCommandLineOption var(QStringLiteral("var"), Cli::tr("Variable name (full path in groups)."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption time(QStringLiteral("time"),
                                  Cli::tr("Date YYYY-MM-DD[THH:MM:SS] in the variable's calendar."),
                                  QStringLiteral("ISO"));
    const QCommandLineOption depth(QStringLiteral("depth"), Cli::tr("Vertical level value."),
                                   QStringLiteral("Z"));
    const QCommandLineOption projection(
        QStringLiteral("projection"),
        Cli::tr("Map projection: %1 (default platecarree).")
            .arg(Geo::Projection::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("platecarree"));
    const QCommandLineOption colormap(QStringLiteral("colormap"),
                                      Cli::tr("Colour map (default viridis; append _r to reverse)."),
                                      QStringLiteral("NAME"), QStringLiteral("viridis"));
    const QCommandLineOption range(QStringLiteral("range"),
                                   Cli::tr("Colour range: --range MIN MAX (default: the slice's)."),
                                   QStringLiteral("MIN"));
    const QCommandLineOption size(QStringLiteral("size"), Cli::tr("Image size (default 1200x700)."),
                                  QStringLiteral("WxH"), QStringLiteral("1200x700"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   Cli::tr("Title (default: variable, time and level)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption noCoast(QStringLiteral("no-coastlines"), Cli::tr("Do not draw coastlines."));
    const QCommandLineOption noGraticule(QStringLiteral("no-graticule"),
                                         Cli::tr("Do not draw meridians and parallels."));
    const QCommandLineOption noColorbar(QStringLiteral("no-colorbar"), Cli::tr("Do not draw the colour bar."));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Output image (.png)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lon0(QStringLiteral("lon0"),
                                  Cli::tr("Central longitude of the projection in degrees "
                                          "(e.g. 180 for a Pacific-centred map)."),
                                  QStringLiteral("DEG"));
    const QCommandLineOption lakes(QStringLiteral("lakes"), Cli::tr("Also draw lake shores."));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    Cli::tr("Print the time of each stage on stderr."));
    parser.addOptions({var, time, depth, projection, colormap, range, size, title, noCoast,
                       noGraticule, noColorbar, out, lon0, lakes, timing});

    // --range takes two values; QCommandLineParser knows only one, so the second is lifted
    // out of the positional arguments by hand before parsing.
    QStringList argv = args;
    std::optional<double> rangeMax;
    for (int i = 0; i < argv.size(); ++i) {
        if (argv[i] == u"--range" || argv[i] == u"-range") {
            if (i + 2 < argv.size()) {
                double v = 0;
                if (!parseNumber(argv[i + 2], v))
                    return Cli::usageError(cmd, Cli::tr("--range needs two numbers: MIN MAX"));
                rangeMax = v;
                argv.removeAt(i + 2);
            }
            break;
        }
    }
    int code = 0;
    if (!Cli::parseArguments(parser, cmd, argv, code)) return code;
    if (parser.positionalArguments().size() != 1) return Cli::usageError(cmd, Cli::tr("expected one PATH"));
    if (!parser.isSet(var) || !parser.isSet(out))
        return Cli::usageError(cmd, Cli::tr("--var and --out are required"));

    Render::MapStyle style;
    style.projection = parser.value(projection);
    style.colormap = parser.value(colormap);
    style.coastlines = !parser.isSet(noCoast);
    style.graticule = !parser.isSet(noGraticule);
    style.colorbar = !parser.isSet(noColorbar);
    style.lakes = parser.isSet(lakes);
    if (parser.isSet(lon0)) {
        double v = 0;
        if (!parseNumber(parser.value(lon0), v) || v < -360 || v > 360)
            return Cli::usageError(cmd, Cli::tr("--lon0 must be a number of degrees: %1")
                                            .arg(parser.value(lon0)));
        style.centralLongitude = v;
    }
    if (auto p = Geo::Projection::create(style.projection, style.centralLongitude); !p)
        return Cli::fail(p.error());
    if (auto c = Render::Colormap::byName(style.colormap); !c) return Cli::fail(c.error());
    if (parser.isSet(range)) {
        double lo = 0;
        if (!parseNumber(parser.value(range), lo) || !rangeMax)
            return Cli::usageError(cmd, Cli::tr("--range needs two numbers: MIN MAX"));
        if (!(*rangeMax > lo)) return Cli::usageError(cmd, Cli::tr("--range: MAX must be greater than MIN"));
        style.rangeMin = lo;
        style.rangeMax = *rangeMax;
    }
    QSize imageSize;
    {
        const QStringList wh = parser.value(size).toLower().split(u'x');
        bool okW = false, okH = false;
        if (wh.size() == 2) imageSize = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || imageSize.width() < 64 || imageSize.height() < 64 ||
            imageSize.width() > 16384 || imageSize.height() > 16384)
            return Cli::usageError(cmd, Cli::tr("--size must be WxH with 64..16384 pixels: %1")
                                            .arg(parser.value(size)));
    }
    double z = 0;
    if (parser.isSet(depth) && !parseNumber(parser.value(depth), z))
        return Cli::usageError(cmd, Cli::tr("--depth is not a number: %1").arg(parser.value(depth)));
    const QString outPath = parser.value(out);
    QByteArray format = QFileInfo(outPath).suffix().toLower().toLatin1();
    if (format.isEmpty()) format = "png";
    if (!QImageWriter::supportedImageFormats().contains(format))
        return Cli::usageError(cmd, Cli::tr("unsupported image format: %1").arg(QString::fromLatin1(format)));

    QElapsedTimer clock;
    clock.start();
    QStringList stages;
    auto stage = [&](const char* what) {
        stages << QStringLiteral("%1 %2 ms").arg(QLatin1String(what)).arg(clock.nsecsElapsed() / 1e6, 0, 'f', 1);
        clock.restart();
    };

    const QString path = parser.positionalArguments().front();
    const QString name = parser.value(var);
    auto ds = Data::ReaderRegistry::instance().open(path);
    stage("open");
    if (!ds) return Cli::fail(ds.error());
    const std::optional<Data::VariableInfo> info = (*ds)->variable(name);
    if (!info) {
        return Cli::fail(Base::Error(Base::Error::Kind::NotFound, path,
                                     Cli::tr("No variable named \"%1\"").arg(name)));
    }
    const QString where = path + u':' + info->name;
    if (!info->isMappable) {
        return Cli::fail(Base::Error(Base::Error::Kind::InvalidInput, where,
                                     Cli::tr("The variable has no horizontal lon/lat plane to map")));
    }
    auto grid = (*ds)->grid(info->name);
    if (!grid) return Cli::fail(grid.error());
    const Data::Grid& g = **grid;

    Data::SliceIndex index;
    if (!g.times.empty() && parser.isSet(time)) {
        double wanted = 0;
        if (g.timeAxis) {
            auto dt = Base::CfDateTime::fromIsoString(parser.value(time));
            if (!dt) return Cli::fail(Base::Error(dt.error().kind(), where, dt.error().message()));
            auto v = g.timeAxis->fromDateTime(*dt);
            if (!v) return Cli::fail(Base::Error(v.error().kind(), where, v.error().message()));
            wanted = *v;
        } else if (!parseNumber(parser.value(time), wanted)) {
            return Cli::fail(Base::Error(Base::Error::Kind::InvalidInput, where,
                                         Cli::tr("The time axis has no calendar; give --time as a "
                                            "number in its units")));
        }
        index.time = Data::GridLocator::nearestIndex(g.times, wanted);
    }
    if (!g.levels.empty() && parser.isSet(depth))
        index.level = Data::GridLocator::nearestIndex(g.levels, z);

    auto slice = (*ds)->readSlice(info->name, index);
    if (!slice) return Cli::fail(slice.error());
    stage("read");
    if (slice->units.isEmpty()) slice->units = info->units;

    if (parser.isSet(title)) {
        style.title = parser.value(title);
    } else {
        QStringList parts{info->longName.isEmpty() ? info->name : info->longName};
        if (!g.times.empty()) {
            const double t = g.times[size_t(index.time)];
            parts << (g.timeAxis ? g.timeAxis->toIsoString(t) : QString::number(t));
        }
        if (!g.levels.empty()) {
            parts << QStringLiteral("%1 %2 %3")
                         .arg(g.levelName)
                         .arg(g.levels[size_t(index.level)])
                         .arg(g.levelUnits)
                         .trimmed();
        }
        style.title = parts.join(QStringLiteral(" — "));
    }

    auto image = Render::MapImageRenderer::render(*slice, style, imageSize);
    stage("render");
    if (!image) {
        const Base::Error& e = image.error();
        return Cli::fail(Base::Error(e.kind(), e.where() == u"render" ? where : e.where(),
                                     e.message(), e.detail()));
    }

    // Written beside the target and renamed on commit: a reader never sees half a PNG.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Cli::fail(Base::Error(Base::Error::Kind::Io, outPath, Cli::tr("Cannot write the image"),
                                     file.errorString()));
    }
    QImageWriter writer(&file, format);
    // Fast zlib level: maps compress well anyway and the write is part of every render.
    if (format == "png") writer.setQuality(80);
    if (!writer.write(*image)) {
        file.cancelWriting();
        return Cli::fail(Base::Error(Base::Error::Kind::Io, outPath, Cli::tr("Cannot encode the image"),
                                     writer.errorString()));
    }
    if (!file.commit()) {
        return Cli::fail(Base::Error(Base::Error::Kind::Io, outPath, Cli::tr("Cannot write the image"),
                                     file.errorString()));
    }
    stage("write");
    if (parser.isSet(timing))
        std::fprintf(stderr, "%s\n", qPrintable(stages.join(QStringLiteral(", "))));
    return 0;
}
