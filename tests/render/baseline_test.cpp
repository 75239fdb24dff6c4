// SPDX-License-Identifier: GPL-3.0-or-later
// Whole decorated maps (coastlines, graticule and labels, colour bar, title) against baseline
// PNGs that were looked at when they were made. Text rasterisation may differ slightly between
// font versions, so a small fraction of pixels may differ.
// Regenerate: ESTRAN_UPDATE_BASELINES=1 estran_render_tests --gtest_filter=Baseline*
#include "estran/render/mapimagerenderer.h"
#include "syntheticslice.h"

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

using Estran::Render::MapImageRenderer;
using Estran::Render::MapStyle;
using namespace Estran::Test;

namespace {

QString baselinePath(const QString& name)
{
    return QDir(QStringLiteral(ESTRAN_SOURCE_DIR "/tests/render/baselines")).filePath(name);
}

// Fraction of pixels whose largest channel difference exceeds 48.
double differingFraction(const QImage& a, const QImage& b)
{
    int differ = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                    std::abs(qBlue(p) - qBlue(q))});
            if (d > 48) ++differ;
        }
    }
    return double(differ) / (a.width() * a.height());
}

void compareWithBaseline(const QImage& image, const QString& name)
{
    const QString path = baselinePath(name);
    if (qEnvironmentVariableIsSet("ESTRAN_UPDATE_BASELINES")) {
        ASSERT_TRUE(image.save(path));
        GTEST_SKIP() << "baseline written: " << qPrintable(path);
    }
    const QImage baseline(path);
    ASSERT_FALSE(baseline.isNull()) << "missing baseline " << qPrintable(path);
    ASSERT_EQ(baseline.size(), image.size());
    const double f = differingFraction(image.convertToFormat(QImage::Format_RGB32),
                                       baseline.convertToFormat(QImage::Format_RGB32));
    EXPECT_LT(f, 0.02) << qPrintable(name);
}

Estran::Data::Slice sst()
{
    // A smooth field with a fill patch over China, latitudes north to south, 0..360.
    auto s = makeSlice(360, 180, 0.5, 1.0, 89.5, -1.0, [](double lon, double lat) {
        if (lat > 30 && lat < 40 && lon > 100 && lon < 120) return std::nanf("");
        return float(28.0 * std::cos(lat * M_PI / 180.0) - 2.0 +
                     3.0 * std::sin(lon * M_PI / 45.0) * std::cos(lat * M_PI / 60.0));
    });
    s.units = QStringLiteral("degree_Celsius");
    return s;
}

}  // namespace

TEST(Baseline, PlateCarreeWorldMap)
{
    MapStyle style;
    style.colormap = QStringLiteral("thermal");
    style.title = QStringLiteral("Synthetic SST");
    auto img = MapImageRenderer::render(sst(), style, QSize(600, 360));
    ASSERT_TRUE(img.ok());
    compareWithBaseline(*img, QStringLiteral("platecarree-thermal.png"));
}

TEST(Baseline, SouthPolarStereographicMap)
{
    MapStyle style;
    style.projection = QStringLiteral("south-polar-stereo");
    style.colormap = QStringLiteral("ice");
    auto img = MapImageRenderer::render(sst(), style, QSize(480, 480));
    ASSERT_TRUE(img.ok());
    compareWithBaseline(*img, QStringLiteral("southpolar-ice.png"));
}

TEST(Baseline, RobinsonDivergingMap)
{
    MapStyle style;
    style.projection = QStringLiteral("robinson");
    style.colormap = QStringLiteral("balance");
    auto s = sst();
    for (float& v : s.values) v -= 14.0f;
    s.minimum -= 14.0f;
    s.maximum -= 14.0f;
    auto img = MapImageRenderer::render(s, style, QSize(600, 360));
    ASSERT_TRUE(img.ok());
    compareWithBaseline(*img, QStringLiteral("robinson-balance.png"));
}
