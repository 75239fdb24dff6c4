// SPDX-License-Identifier: GPL-3.0-or-later
// Developer tool: renders synthetic slices in every projection to PNG files for a visual check.
//   estran_render_preview OUTDIR
#include "estran/geo/projection.h"
#include "estran/render/mapimagerenderer.h"
#include "syntheticslice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace Estran;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    // A smooth field with a land-like NaN patch, lon 0..360 and descending latitude.
    auto slice = Test::makeSlice(1440, 720, 0.125, 0.25, 89.875, -0.25, [](double lon, double lat) {
        if (lat > 30 && lat < 40 && lon > 100 && lon < 120) return std::nanf("");
        return float(28.0 * std::cos(lat * M_PI / 180.0) - 2.0 + 3.0 * std::sin(lon * M_PI / 45.0) *
                                                                   std::cos(lat * M_PI / 60.0));
    });
    slice.units = QStringLiteral("degree_Celsius");
    for (const QString& p : Geo::Projection::names()) {
        Render::MapStyle style;
        style.projection = p;
        style.colormap = QStringLiteral("thermal");
        style.title = QStringLiteral("Synthetic SST — ") + Geo::Projection::displayName(p);
        QElapsedTimer t;
        t.start();
        auto img = Render::MapImageRenderer::render(slice, style, QSize(1200, 700));
        if (!img) {
            std::fprintf(stderr, "%s\n", qPrintable(img.error().toString()));
            return 1;
        }
        const QString file = QDir(out).filePath(p + QStringLiteral(".png"));
        img->save(file);
        std::printf("%s: %lld ms\n", qPrintable(file), static_cast<long long>(t.elapsed()));
    }
    // A regional slice across the antimeridian.
    auto pacific = Test::makeSlice(400, 120, 160.05, 0.1, -5.95, 0.1,
                                   [](double lon, double lat) { return float(lon - 180 + lat); });
    Render::MapStyle style;
    style.colormap = QStringLiteral("balance");
    style.title = QStringLiteral("Regional across the antimeridian");
    auto img = Render::MapImageRenderer::render(pacific, style, QSize(900, 700));
    if (img) img->save(QDir(out).filePath(QStringLiteral("pacific.png")));
    return 0;
}
