// SPDX-License-Identifier: GPL-3.0-or-later
// The VTK scene drawn for real (label `render`: needs a display, Xvfb in CI): pixels at known
// world points have the colour-map colour of their cell, fill cells the fill colour.
#include "estran/geo/projection.h"
#include "estran/render/colormap.h"
#include "estran/scene/mapscene.h"
#include "syntheticslice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkCamera.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkTexture.h>
#include <vtkCoordinate.h>
#include <vtkNew.h>
#include <vtkPropCollection.h>
#include <vtkTextActor.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include <gtest/gtest.h>

#include <tuple>

using Estran::Render::Colormap;
using Estran::Render::MapScene;
using Estran::Render::MapStyle;
using namespace Estran::Test;

namespace {

struct Shot {
    QImage image;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkRenderWindow> window;
};

// An offscreen window of the given size, set up before the scene so the camera fits it.
void prepare(Shot& shot, int w, int h)
{
    shot.window->SetOffScreenRendering(1);
    shot.window->AddRenderer(shot.renderer);
    shot.window->SetSize(w, h);
    shot.window->SetMultiSamples(0);
}

// Renders and reads the frame back (bottom-up in OpenGL).
void render(Shot& shot, int w, int h)
{
    shot.window->Render();
    unsigned char* rgb = shot.window->GetPixelData(0, 0, w - 1, h - 1, 1);
    shot.image = QImage(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        std::memcpy(shot.image.scanLine(h - 1 - y), rgb + size_t(y) * w * 3, size_t(w) * 3);
    delete[] rgb;
    const QByteArray dir = qgetenv("ESTRAN_RENDER_PREVIEW_DIR");
    if (!dir.isEmpty()) {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        shot.image.save(QDir(QString::fromLocal8Bit(dir)).filePath(QLatin1String(info->name()) +
                                                                   QStringLiteral(".png")));
    }
}

QPoint displayOf(vtkRenderer* r, int h, double x, double y)
{
    r->SetWorldPoint(x, y, 0.0, 1.0);
    r->WorldToDisplay();
    double d[3];
    r->GetDisplayPoint(d);
    return {int(std::lround(d[0])), h - 1 - int(std::lround(d[1]))};
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
           std::abs(a.blue() - b.blue()) <= 2;
}

}  // namespace

TEST(MapSceneRender, CellsShowTheirColourAndFillCellsTheFillColour)
{
    Shot shot;
    prepare(shot, 600, 400);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.fillColor = QColor(255, 0, 255);
    ASSERT_TRUE(scene.setStyle(style).ok());
    auto slice = makeSlice(360, 180, 0.5, 1.0, 89.5, -1.0, [](double lon, double lat) {
        if (lon > 200 && lon < 240 && lat > -40 && lat < -10) return std::nanf("");
        return blockValue(lon, lat);
    });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 600, 400);
    auto proj = Estran::Geo::Projection::create(QStringLiteral("platecarree"));
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    double x = 0, y = 0;
    // Centre of block (bx = 7, by = 3): lon 45, lat 15.
    ASSERT_TRUE(proj->forward(45.0, 15.0, x, y));
    const QPoint p = displayOf(shot.renderer, 400, x, y);
    EXPECT_TRUE(near(shot.image.pixelColor(p), viridis.at((7 + 12 * 3) / 71.0)))
        << qPrintable(shot.image.pixelColor(p).name());
    ASSERT_TRUE(proj->forward(-140.0, -25.0, x, y));
    const QPoint f = displayOf(shot.renderer, 400, x, y);
    EXPECT_TRUE(near(shot.image.pixelColor(f), QColor(255, 0, 255)))
        << qPrintable(shot.image.pixelColor(f).name());
}

TEST(MapSceneRender, PolarSceneHasThePoleValueAtThePole)
{
    Shot shot;
    prepare(shot, 500, 500);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.projection = QStringLiteral("north-polar-stereo");
    style.colormap = QStringLiteral("thermal");
    style.title = QStringLiteral("Polar test");
    ASSERT_TRUE(scene.setStyle(style).ok());
    auto slice = makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0,
                           [](double, double lat) { return lat > 80 ? 100.0f : float(lat); });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 500, 500);
    const QPoint pole = displayOf(shot.renderer, 500, 0.0, 0.0);
    EXPECT_TRUE(near(shot.image.pixelColor(pole + QPoint(3, 3)),
                     Colormap::byName(QStringLiteral("thermal"))->at(1.0)))
        << qPrintable(shot.image.pixelColor(pole).name());
}

TEST(MapSceneRender, CurvilinearCellsShowTheirColour)
{
    Shot shot;
    prepare(shot, 500, 500);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.projection = QStringLiteral("mercator");
    ASSERT_TRUE(scene.setStyle(style).ok());
    // 20..40°E, 40..60°N in 0.5° cells as 2-D coordinates: blocks at 30° steps split it at
    // 30°E into values 6 + 12*4 = 54 (west) and 7 + 12*4 = 55 (east).
    auto slice = toCurvilinear(makeSlice(40, 40, 20.25, 0.5, 40.25, 0.5, blockValue));
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 500, 500);
    auto proj = Estran::Geo::Projection::create(QStringLiteral("mercator"));
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    double x = 0, y = 0;
    ASSERT_TRUE(proj->forward(27.4, 51.3, x, y));  // away from graticule lines
    EXPECT_TRUE(near(shot.image.pixelColor(displayOf(shot.renderer, 500, x, y)), viridis.at(0.0)));
    ASSERT_TRUE(proj->forward(32.6, 51.3, x, y));
    EXPECT_TRUE(near(shot.image.pixelColor(displayOf(shot.renderer, 500, x, y)), viridis.at(1.0)));
}

TEST(MapSceneRender, RobinsonCellsBesideTheAntimeridianKeepTheirValues)
{
    Shot shot;
    prepare(shot, 700, 450);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.projection = QStringLiteral("robinson");
    style.graticule = false;
    style.coastlines = false;
    ASSERT_TRUE(scene.setStyle(style).ok());
    // 2° cells, longitudes 1 .. 359: the value is the longitude east of Greenwich.
    auto slice = makeSlice(180, 90, 1.0, 2.0, -89.0, 2.0, [](double lon, double) { return float(lon); });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 700, 450);
    auto proj = Estran::Geo::Projection::create(QStringLiteral("robinson"));
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    double x = 0, y = 0;
    // West of the antimeridian: the cell centred on 177°E; east of it: 177°W = 183°E.
    ASSERT_TRUE(proj->forward(177.0, 10.0, x, y));
    EXPECT_TRUE(near(shot.image.pixelColor(displayOf(shot.renderer, 450, x, y)),
                     viridis.at((177.0 - 1.0) / 358.0)));
    ASSERT_TRUE(proj->forward(-177.0, 10.0, x, y));
    EXPECT_TRUE(near(shot.image.pixelColor(displayOf(shot.renderer, 450, x, y)),
                     viridis.at((183.0 - 1.0) / 358.0)));
}

TEST(MapSceneRender, PlaybackFrameTime)
{
    Shot shot;
    prepare(shot, 900, 600);
    MapScene scene(shot.renderer);
    auto slice = makeSlice(1440, 720, -179.875, 0.25, -89.875, 0.25,
                           [](double lon, double lat) { return float(lon + lat); });
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(scene.setSlice(slice).ok());
    const qint64 build = t.restart();
    shot.window->Render();
    const qint64 first = t.restart();
    for (int i = 0; i < 3; ++i) shot.window->Render();
    const double still = t.restart() / 3.0;
    for (int i = 0; i < 5; ++i) {
        for (float& v : slice.values) v += 1.0f;
        ASSERT_TRUE(scene.setSlice(slice).ok());
        shot.window->Render();
    }
    std::printf("build %lld ms, first render %lld ms, unchanged frame %.1f ms, next frames %.1f ms\n",
                static_cast<long long>(build), static_cast<long long>(first), still, t.elapsed() / 5.0);
}

TEST(MapSceneRender, GraticuleFollowsTheZoom)
{
    Shot shot;
    prepare(shot, 600, 400);
    MapScene scene(shot.renderer);
    ASSERT_TRUE(scene.setSlice(makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0, blockValue)).ok());
    auto visibleLabels = [&]() {
        QStringList texts;
        vtkPropCollection* props = shot.renderer->GetViewProps();
        props->InitTraversal();
        while (vtkProp* p = props->GetNextProp()) {
            auto* t = vtkTextActor::SafeDownCast(p);
            if (t && t->GetVisibility() &&
                t->GetPositionCoordinate()->GetCoordinateSystem() == VTK_WORLD)
                texts << QString::fromUtf8(t->GetInput());
        }
        return texts;
    };
    render(shot, 600, 400);
    const QStringList world = visibleLabels();
    EXPECT_TRUE(world.contains(QStringLiteral("60°E"))) << qPrintable(world.join(u' '));
    // Zoom on the Black Sea: about 20° by 13°.
    auto proj = Estran::Geo::Projection::create(QStringLiteral("platecarree"));
    double x = 0, y = 0;
    ASSERT_TRUE(proj->forward(34.0, 44.0, x, y));
    vtkCamera* cam = shot.renderer->GetActiveCamera();
    cam->SetFocalPoint(x, y, 0.0);
    cam->SetPosition(x, y, 1.0e7);
    cam->SetParallelScale(1.1e6);
    render(shot, 600, 400);
    const QStringList zoomed = visibleLabels();
    EXPECT_TRUE(zoomed.contains(QStringLiteral("35°E")) || zoomed.contains(QStringLiteral("34°E")))
        << qPrintable(zoomed.join(u' '));
    EXPECT_TRUE(zoomed.contains(QStringLiteral("45°N")) || zoomed.contains(QStringLiteral("44°N")))
        << qPrintable(zoomed.join(u' '));
}

namespace {
// The values the scene uploads: the float array behind the grid actor's texture.
vtkDataArray* uploadedValues(vtkRenderer* renderer)
{
    vtkActorCollection* actors = renderer->GetActors();
    actors->InitTraversal();
    while (vtkActor* a = actors->GetNextActor()) {
        if (a->GetTexture() && a->GetTexture()->GetInput())
            return a->GetTexture()->GetInput()->GetPointData()->GetScalars();
    }
    return nullptr;
}
}  // namespace

TEST(MapSceneRender, ValuesFarOutsideZeroToOneKeepTheirBins)
{
    // The values reach the GPU as 32-bit floats: an 8-bit texture would clamp 1000..1071 to
    // one colour. Block values 1000 + 0..71, a fixed range 1000..1071.
    Shot shot;
    prepare(shot, 600, 400);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.rangeMin = 1000.0;
    style.rangeMax = 1071.0;
    ASSERT_TRUE(scene.setStyle(style).ok());
    auto slice = makeSlice(360, 180, 0.5, 1.0, 89.5, -1.0,
                           [](double lon, double lat) { return 1000.0f + blockValue(lon, lat); });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 600, 400);
    auto proj = Estran::Geo::Projection::create(QStringLiteral("platecarree"));
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    double x = 0, y = 0;
    for (const auto& [lon, lat, block] : {std::tuple{45.0, 15.0, 7 + 12 * 3},
                                          std::tuple{-135.0, -65.0, 1}, std::tuple{165.0, 75.0, 11 + 12 * 5}}) {
        ASSERT_TRUE(proj->forward(lon, lat, x, y));
        const QColor got = shot.image.pixelColor(displayOf(shot.renderer, 400, x, y));
        EXPECT_TRUE(near(got, viridis.at(block / 71.0))) << lon << " " << lat << " " << qPrintable(got.name());
    }
}

TEST(MapSceneRender, ANewColourMapOrRangeRecoloursWithoutUploadingTheValuesAgain)
{
    Shot shot;
    prepare(shot, 600, 400);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.fillColor = QColor(255, 0, 255);
    ASSERT_TRUE(scene.setStyle(style).ok());
    auto slice = makeSlice(360, 180, 0.5, 1.0, 89.5, -1.0, [](double lon, double lat) {
        if (lon > 200 && lon < 240 && lat > -40 && lat < -10) return std::nanf("");
        return blockValue(lon, lat);
    });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 600, 400);
    vtkDataArray* values = uploadedValues(shot.renderer);
    ASSERT_NE(values, nullptr);
    const vtkMTimeType uploaded = values->GetMTime();
    auto proj = Estran::Geo::Projection::create(QStringLiteral("platecarree"));
    double x = 0, y = 0;
    ASSERT_TRUE(proj->forward(45.0, 15.0, x, y));
    const QPoint cell = displayOf(shot.renderer, 400, x, y);
    ASSERT_TRUE(proj->forward(-140.0, -25.0, x, y));
    const QPoint fill = displayOf(shot.renderer, 400, x, y);
    const QColor before = shot.image.pixelColor(cell);

    style.colormap = QStringLiteral("thermal");
    ASSERT_TRUE(scene.setStyle(style).ok());
    render(shot, 600, 400);
    const Colormap thermal = *Colormap::byName(QStringLiteral("thermal"));
    EXPECT_FALSE(near(shot.image.pixelColor(cell), before));
    EXPECT_TRUE(near(shot.image.pixelColor(cell), thermal.at((7 + 12 * 3) / 71.0)))
        << qPrintable(shot.image.pixelColor(cell).name());

    // A manual range that puts the cell at the top of the scale; fill stays the fill colour.
    style.rangeMin = 0.0;
    style.rangeMax = 7 + 12 * 3;
    ASSERT_TRUE(scene.setStyle(style).ok());
    render(shot, 600, 400);
    EXPECT_TRUE(near(shot.image.pixelColor(cell), thermal.at(1.0)))
        << qPrintable(shot.image.pixelColor(cell).name());
    EXPECT_TRUE(near(shot.image.pixelColor(fill), QColor(255, 0, 255)))
        << qPrintable(shot.image.pixelColor(fill).name());
    // Restyling touched uniforms and the colour-map table only.
    EXPECT_EQ(uploadedValues(shot.renderer), values);
    EXPECT_EQ(values->GetMTime(), uploaded);
}

TEST(MapSceneRender, FillCellsNeverTakeAScaleColour)
{
    // A fill colour that is also a colour of the scale (viridis' first) is replaced by a
    // distinct one; the fill cells show that one, never any colour of the table.
    Shot shot;
    prepare(shot, 600, 400);
    MapScene scene(shot.renderer);
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    MapStyle style;
    style.fillColor = viridis.at(0.0);
    style.coastlines = false;
    style.graticule = false;
    ASSERT_TRUE(scene.setStyle(style).ok());
    auto slice = makeSlice(360, 180, 0.5, 1.0, 89.5, -1.0, [](double lon, double lat) {
        if (lon > 200 && lon < 240 && lat > -40 && lat < -10) return std::nanf("");
        return float(lat);
    });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 600, 400);
    auto proj = Estran::Geo::Projection::create(QStringLiteral("platecarree"));
    double x = 0, y = 0;
    ASSERT_TRUE(proj->forward(-140.0, -25.0, x, y));
    const QColor got = shot.image.pixelColor(displayOf(shot.renderer, 400, x, y));
    EXPECT_TRUE(near(got, viridis.distinctColor(style.fillColor))) << qPrintable(got.name());
    for (int i = 0; i < 256; ++i) {
        const auto& c = viridis.table()[size_t(i)];
        EXPECT_FALSE(near(got, QColor(c[0], c[1], c[2]))) << i;
    }
}

TEST(MapSceneRender, AZoomedOutViewUploadsNoMoreTexelsThanPixelsAndZoomingInRestoresThemAll)
{
    // A global 0.25° grid in a 400x300 window: about four cells per pixel across.
    Shot shot;
    prepare(shot, 400, 300);
    MapScene scene(shot.renderer);
    MapStyle style;
    style.coastlines = false;
    style.graticule = false;
    ASSERT_TRUE(scene.setStyle(style).ok());
    // One cell (centred on 44.875°E 15.125°N) stands out of its block.
    auto slice = makeSlice(1440, 720, -179.875, 0.25, -89.875, 0.25, [](double lon, double lat) {
        return std::abs(lon - 44.875) < 0.01 && std::abs(lat - 15.125) < 0.01 ? 71.0f : blockValue(lon, lat);
    });
    ASSERT_TRUE(scene.setSlice(slice).ok());
    render(shot, 400, 300);
    vtkDataArray* values = uploadedValues(shot.renderer);
    ASSERT_NE(values, nullptr);
    EXPECT_LE(values->GetNumberOfTuples(), 400 * 300);
    EXPECT_GE(values->GetNumberOfTuples(), 1440 * 720 / 25);
    // Sampled values still show each block's colour.
    auto proj = Estran::Geo::Projection::create(QStringLiteral("platecarree"));
    const Colormap viridis = *Colormap::byName(QStringLiteral("viridis"));
    double x = 0, y = 0;
    ASSERT_TRUE(proj->forward(40.0, 10.0, x, y));
    EXPECT_TRUE(near(shot.image.pixelColor(displayOf(shot.renderer, 300, x, y)), viridis.at((7 + 12 * 3) / 71.0)));

    // Zoomed in until a cell is several pixels wide: every cell is uploaded again.
    vtkCamera* cam = shot.renderer->GetActiveCamera();
    ASSERT_TRUE(proj->forward(45.0, 15.0, x, y));
    cam->SetFocalPoint(x, y, 0.0);
    cam->SetPosition(x, y, 1.0e7);
    cam->SetParallelScale(2.0e5);
    render(shot, 400, 300);
    values = uploadedValues(shot.renderer);
    ASSERT_NE(values, nullptr);
    EXPECT_EQ(values->GetNumberOfTuples(), 1440 * 720);
    // The lone cell shows in its own colour, its neighbour to the east in the block's.
    auto cell = [&](double lon, double lat) {
        EXPECT_TRUE(proj->forward(lon, lat, x, y));
        return shot.image.pixelColor(displayOf(shot.renderer, 300, x, y));
    };
    EXPECT_TRUE(near(cell(44.875, 15.125), viridis.at(1.0))) << qPrintable(cell(44.875, 15.125).name());
    EXPECT_TRUE(near(cell(45.125, 15.125), viridis.at((7 + 12 * 3) / 71.0)));
}
