// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/render/mapimagerenderer.h"

#include "estran/render/colormap.h"
#include "syntheticslice.h"

#include <QElapsedTimer>
#include <QImage>

#include <gtest/gtest.h>

using Estran::Render::Colormap;
using Estran::Render::MapImageRenderer;
using Estran::Render::MapStyle;
using namespace Estran::Test;

namespace {

MapStyle bareStyle(const char* projection = "platecarree")
{
    MapStyle s;
    s.projection = QLatin1String(projection);
    s.coastlines = false;
    s.graticule = false;
    s.colorbar = false;
    return s;
}

// Bounding box of the pixels that differ from the background.
QRect mapBox(const QImage& img, QColor background)
{
    int x0 = img.width(), y0 = img.height(), x1 = -1, y1 = -1;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            if (img.pixelColor(x, y) != background) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
        }
    }
    return x1 < 0 ? QRect() : QRect(QPoint(x0, y0), QPoint(x1, y1));
}

QColor expected(float v, double lo, double hi, const char* cmap = "viridis")
{
    return Colormap::byName(QLatin1String(cmap))->at((v - lo) / (hi - lo));
}

Estran::Data::Slice globalBlocks()
{
    return makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0, blockValue);
}

}  // namespace

TEST(MapImageRenderer, PlateCarreePixelsHaveTheColourOfTheirCell)
{
    const auto slice = globalBlocks();
    const MapStyle style = bareStyle();
    auto img = MapImageRenderer::render(slice, style, QSize(400, 300));
    ASSERT_TRUE(img.ok()) << qPrintable(img.error().toString());
    const QRect box = mapBox(*img, style.backgroundColor);
    ASSERT_FALSE(box.isNull());
    EXPECT_NEAR(double(box.width()) / box.height(), 2.0, 0.03);
    // The centre of every 30° block.
    for (int by = 0; by < 6; ++by) {
        for (int bx = 0; bx < 12; ++bx) {
            const double lon = -165.0 + 30.0 * bx, lat = -75.0 + 30.0 * by;
            const int px = box.left() + int((lon + 180.0) / 360.0 * box.width());
            const int py = box.top() + int((90.0 - lat) / 180.0 * box.height());
            EXPECT_EQ(img->pixelColor(px, py), expected(bx + 12 * by, 0, 71))
                << "block " << bx << "," << by;
        }
    }
}

TEST(MapImageRenderer, FillCellsShowTheFillColourNotAScaleColour)
{
    auto slice = makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0, [](double lon, double lat) {
        return (lon > 0 && lon < 60 && lat > 0 && lat < 40) ? std::nanf("") : float(lat);
    });
    MapStyle style = bareStyle();
    style.fillColor = QColor(255, 0, 255);
    auto img = MapImageRenderer::render(slice, style, QSize(400, 300));
    ASSERT_TRUE(img.ok());
    const QRect box = mapBox(*img, style.backgroundColor);
    const int px = box.left() + int((30.0 + 180.0) / 360.0 * box.width());
    const int py = box.top() + int((90.0 - 20.0) / 180.0 * box.height());
    EXPECT_EQ(img->pixelColor(px, py), QColor(255, 0, 255));
    // With a grey scale the default grey fill would read as data: another colour is used.
    style.colormap = QStringLiteral("gray");
    style.fillColor = MapStyle().fillColor;
    auto grey = MapImageRenderer::render(slice, style, QSize(400, 300));
    ASSERT_TRUE(grey.ok());
    const QColor used = grey->pixelColor(px, py);
    const Colormap gray = *Colormap::byName(QStringLiteral("gray"));
    for (const auto& c : gray.table()) {
        ASSERT_FALSE(c[0] == used.red() && c[1] == used.green() && c[2] == used.blue());
    }
}

TEST(MapImageRenderer, DescendingLatitudesAnd0To360LongitudesGiveTheSameImage)
{
    const auto canonical = globalBlocks();
    // Latitudes from north to south, longitudes 0.5 .. 359.5.
    const auto other = makeSlice(360, 180, 0.5, 1.0, 89.5, -1.0, blockValue);
    for (const char* proj : {"platecarree", "robinson", "north-polar-stereo"}) {
        MapStyle style = bareStyle(proj);
        style.coastlines = true;
        style.graticule = true;
        style.colorbar = true;
        auto a = MapImageRenderer::render(canonical, style, QSize(360, 240));
        auto b = MapImageRenderer::render(other, style, QSize(360, 240));
        ASSERT_TRUE(a.ok() && b.ok()) << proj;
        int differ = 0;
        QPoint firstDiff;
        for (int y = 0; y < a->height(); ++y) {
            for (int x = 0; x < a->width(); ++x) {
                if (a->pixel(x, y) != b->pixel(x, y) && differ++ == 0) firstDiff = QPoint(x, y);
            }
        }
        // Only pixel centres that fall exactly on a cell edge may differ (floating-point ties
        // between the two axis conventions): at most a line of pixels, never a flipped map.
        EXPECT_LT(differ, a->width() * a->height() / 400)
            << proj << " first at " << firstDiff.x() << "," << firstDiff.y();
    }
}

TEST(MapImageRenderer, PolarCentrePixelIsThePoleValue)
{
    auto slice = makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0, [](double, double lat) {
        return lat > 85 ? 100.0f : lat < -85 ? -100.0f : float(lat / 2);
    });
    for (const char* proj : {"north-polar-stereo", "south-polar-stereo"}) {
        const MapStyle style = bareStyle(proj);
        auto img = MapImageRenderer::render(slice, style, QSize(300, 300));
        ASSERT_TRUE(img.ok()) << proj;
        const QRect box = mapBox(*img, style.backgroundColor);
        EXPECT_NEAR(box.width(), box.height(), 2) << proj;
        const QColor centre = img->pixelColor(box.center());
        const float pole = proj[0] == 'n' ? 100.0f : -100.0f;
        EXPECT_EQ(centre, expected(pole, -100, 100)) << proj;
    }
}

TEST(MapImageRenderer, CurvilinearGridMatchesTheSameRegularGrid)
{
    const auto regular = globalBlocks();
    const auto curvi = toCurvilinear(regular);
    const MapStyle style = bareStyle("robinson");
    auto a = MapImageRenderer::render(regular, style, QSize(360, 200));
    auto b = MapImageRenderer::render(curvi, style, QSize(360, 200));
    ASSERT_TRUE(a.ok() && b.ok());
    int differ = 0, total = 0;
    for (int y = 0; y < a->height(); ++y) {
        for (int x = 0; x < a->width(); ++x) {
            ++total;
            if (a->pixel(x, y) != b->pixel(x, y)) ++differ;
        }
    }
    // Only pixels on block boundaries may pick the neighbouring cell.
    EXPECT_LT(double(differ) / total, 0.01);
}

TEST(MapImageRenderer, RegionAcrossTheAntimeridianIsShownInOnePiece)
{
    // 160°E .. 160°W, 20°S .. 20°N, longitudes given 160 .. 200.
    auto slice = makeSlice(80, 80, 160.25, 0.5, -19.75, 0.5,
                           [](double lon, double) { return float(lon); });
    const MapStyle style = bareStyle("platecarree");
    auto img = MapImageRenderer::render(slice, style, QSize(300, 300));
    ASSERT_TRUE(img.ok());
    const QRect box = mapBox(*img, style.backgroundColor);
    EXPECT_NEAR(box.width(), box.height(), 3);  // 40° by 40°
    int background = 0;
    for (int x = box.left(); x <= box.right(); ++x) {
        if (img->pixelColor(x, box.center().y()) == style.backgroundColor) ++background;
    }
    EXPECT_EQ(background, 0);
    // West is left: the lowest value is at the left edge.
    EXPECT_EQ(img->pixelColor(box.left() + 1, box.center().y()), expected(160.25f, 160.25, 199.75));
}

TEST(MapImageRenderer, ManualRangeClampsBeyondTheEnds)
{
    const auto slice = globalBlocks();
    MapStyle style = bareStyle();
    style.rangeMin = 20.0;
    style.rangeMax = 30.0;
    auto img = MapImageRenderer::render(slice, style, QSize(400, 300));
    ASSERT_TRUE(img.ok());
    const QRect box = mapBox(*img, style.backgroundColor);
    // Block 0 (south-west) is below the range, block 71 (north-east) above it.
    EXPECT_EQ(img->pixelColor(box.left() + 5, box.bottom() - 5), expected(20, 20, 30));
    EXPECT_EQ(img->pixelColor(box.right() - 5, box.top() + 5), expected(30, 20, 30));
}

TEST(MapImageRenderer, DivergingMapsGetASymmetricRange)
{
    auto slice = globalBlocks();
    slice.minimum = -2.0f;
    slice.maximum = 5.0f;
    MapStyle style;
    style.colormap = QStringLiteral("balance");
    const auto [lo, hi] = MapImageRenderer::effectiveRange(slice, style);
    EXPECT_DOUBLE_EQ(lo, -5.0);
    EXPECT_DOUBLE_EQ(hi, 5.0);
    style.colormap = QStringLiteral("viridis");
    EXPECT_DOUBLE_EQ(MapImageRenderer::effectiveRange(slice, style).first, -2.0);
}

TEST(MapImageRenderer, MismatchedValuesAreAnError)
{
    auto slice = globalBlocks();
    slice.values.pop_back();
    auto img = MapImageRenderer::render(slice, MapStyle(), QSize(400, 300));
    ASSERT_FALSE(img.ok());
    EXPECT_EQ(img.error().kind(), Estran::Base::Error::Kind::InvalidInput);
}

TEST(MapImageRenderer, UnknownProjectionIsAnErrorNamingIt)
{
    MapStyle style;
    style.projection = QStringLiteral("dymaxion");
    auto img = MapImageRenderer::render(globalBlocks(), style, QSize(400, 300));
    ASSERT_FALSE(img.ok());
    EXPECT_EQ(img.error().where(), QStringLiteral("dymaxion"));
}

TEST(MapImageRenderer, DecoratedMapHasColorbarAndCoastlines)
{
    const auto slice = globalBlocks();
    MapStyle style;  // coastlines, graticule and colour bar on
    style.title = QStringLiteral("Blocks");
    style.coastlineColor = QColor(255, 0, 0);
    auto img = MapImageRenderer::render(slice, style, QSize(800, 500));
    ASSERT_TRUE(img.ok());
    int red = 0;
    for (int y = 0; y < img->height(); ++y) {
        for (int x = 0; x < img->width(); ++x) {
            const QColor c = img->pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60) ++red;
        }
    }
    EXPECT_GT(red, 2000);  // coastlines drawn
    // The colour bar's left end is the first colour of the map, its right end the last,
    // somewhere in the bottom fifth of the image.
    bool first = false, last = false;
    for (int y = img->height() * 4 / 5; y < img->height(); ++y) {
        for (int x = 0; x < img->width(); ++x) {
            if (img->pixelColor(x, y) == QColor(68, 1, 84)) first = true;
            if (img->pixelColor(x, y) == QColor(253, 231, 37)) last = true;
        }
    }
    EXPECT_TRUE(first);
    EXPECT_TRUE(last);
}

TEST(MapImageRenderer, QuarterDegreeGlobalSliceRendersQuickly)
{
    auto slice = makeSlice(1440, 720, -179.875, 0.25, -89.875, 0.25, [](double lon, double lat) {
        return float(std::sin(lon * 0.05) * std::cos(lat * 0.07) * 10.0);
    });
    QElapsedTimer t;
    t.start();
    auto img = MapImageRenderer::render(slice, MapStyle(), QSize(1200, 700));
    const qint64 ms = t.elapsed();
    ASSERT_TRUE(img.ok());
    RecordProperty("render_ms", int(ms));
    // Generous bound for loaded CI machines; the typical time is printed.
    EXPECT_LT(ms, 3000);
    std::printf("1440x720 -> 1200x700 render: %lld ms\n", static_cast<long long>(ms));
}

TEST(MapImageRenderer, MercatorRowsFollowTheMercatorNorthing)
{
    // 10° latitude bands numbered 0..17 from the south.
    auto slice = makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0, [](double, double lat) {
        return float(std::floor((lat + 90.0) / 10.0));
    });
    const MapStyle style = bareStyle("mercator");
    auto img = MapImageRenderer::render(slice, style, QSize(400, 420));
    ASSERT_TRUE(img.ok());
    const QRect box = mapBox(*img, style.backgroundColor);
    const double kA = 6378137.0, e = 0.0818191908426215;  // WGS84
    auto northing = [&](double lat) {
        const double p = lat * M_PI / 180.0;
        return kA * std::log(std::tan(M_PI / 4 + p / 2) *
                             std::pow((1 - e * std::sin(p)) / (1 + e * std::sin(p)), e / 2));
    };
    const double ymax = northing(85.0);
    for (double lat : {-65.0, -25.0, 5.0, 45.0, 75.0}) {
        const int py = box.top() + int((ymax - northing(lat)) / (2 * ymax) * (box.height() + 1));
        const float band = float(std::floor((lat + 90.0) / 10.0));
        EXPECT_EQ(img->pixelColor(box.center().x(), py), expected(band, 0, 17)) << lat;
    }
}
