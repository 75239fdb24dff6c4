// SPDX-License-Identifier: GPL-3.0-or-later
// The scene is built into a vtkRenderer that is never attached to a window, so no display or
// OpenGL context is needed; on-screen rendering is tested by the GUI.
#include "estran/scene/mapscene.h"

#include "estran/geo/projection.h"
#include "syntheticslice.h"

#include <QElapsedTimer>

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkImageData.h>
#include <vtkMapper.h>
#include <vtkPolyData.h>
#include <vtkTexture.h>

#include <array>
#include <vtkPropCollection.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <gtest/gtest.h>

using Estran::Render::MapScene;
using Estran::Render::MapStyle;
using namespace Estran::Test;

namespace {
// The grid actor: the one with a texture; its input image holds one texel per (sampled) cell.
vtkActor* gridActor(vtkRenderer* renderer)
{
    vtkActorCollection* actors = renderer->GetActors();
    actors->InitTraversal();
    while (vtkActor* a = actors->GetNextActor()) {
        if (a->GetTexture()) return a;
    }
    return nullptr;
}

std::array<int, 3> textureSize(vtkRenderer* renderer)
{
    std::array<int, 3> dims{-1, -1, -1};
    if (vtkActor* a = gridActor(renderer)) {
        if (auto* img = vtkImageData::SafeDownCast(a->GetTexture()->GetInput()))
            img->GetDimensions(dims.data());
    }
    return dims;
}
}  // namespace

TEST(MapScene, FillsTheRendererWithGridOverlaysAndColourBar)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    const auto slice = makeSlice(360, 180, -179.5, 1.0, -89.5, 1.0, blockValue);
    auto r = scene.setSlice(slice);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    // Grid, coastlines, graticule, frame, colour bar and graticule labels.
    EXPECT_GT(renderer->GetViewProps()->GetNumberOfItems(), 5);
    EXPECT_DOUBLE_EQ(scene.range().first, 0.0);
    EXPECT_DOUBLE_EQ(scene.range().second, 71.0);
    scene.clear();
    EXPECT_EQ(renderer->GetViewProps()->GetNumberOfItems(), 0);
}

TEST(MapScene, WorldCoordinatesConvertBackToLonLat)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    MapStyle style;
    style.projection = QStringLiteral("robinson");
    ASSERT_TRUE(scene.setStyle(style).ok());
    ASSERT_TRUE(scene.setSlice(makeSlice(36, 18, -175, 10, -85, 10, blockValue)).ok());
    auto proj = Estran::Geo::Projection::create(QStringLiteral("robinson"));
    double x = 0, y = 0;
    ASSERT_TRUE(proj->forward(-4.49, 48.38, x, y));
    const auto ll = scene.worldToLonLat(x, y);
    ASSERT_TRUE(ll.has_value());
    EXPECT_NEAR(ll->first, -4.49, 1e-6);
    EXPECT_NEAR(ll->second, 48.38, 1e-6);
    EXPECT_FALSE(scene.worldToLonLat(proj->worldBounds().right(), proj->worldBounds().bottom()));
}

TEST(MapScene, SameGridOnlyReplacesTheValues)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    auto slice = makeSlice(1440, 720, -179.875, 0.25, -89.875, 0.25,
                           [](double lon, double lat) { return float(lon + lat); });
    QElapsedTimer first;
    first.start();
    ASSERT_TRUE(scene.setSlice(slice).ok());
    std::printf("MapScene first setSlice (1M cells): %lld ms\n",
                static_cast<long long>(first.elapsed()));
    const int props = renderer->GetViewProps()->GetNumberOfItems();
    for (float& v : slice.values) v *= 2.0f;
    slice.minimum *= 2.0f;
    slice.maximum *= 2.0f;
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(scene.setSlice(slice).ok());
    const qint64 ms = t.elapsed();
    EXPECT_EQ(renderer->GetViewProps()->GetNumberOfItems(), props);
    EXPECT_DOUBLE_EQ(scene.range().second, 2.0 * (179.875 + 89.875));
    // A million cells: copying values is milliseconds, rebuilding geometry is not.
    EXPECT_LT(ms, 200);
    std::printf("MapScene same-grid setSlice (1M cells): %lld ms\n", static_cast<long long>(ms));
}

TEST(MapScene, ChangingProjectionRebuildsAndUnknownOnesAreRefused)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    ASSERT_TRUE(scene.setSlice(makeSlice(72, 36, -177.5, 5, -87.5, 5, blockValue)).ok());
    MapStyle style = scene.style();
    style.projection = QStringLiteral("south-polar-stereo");
    EXPECT_TRUE(scene.setStyle(style).ok());
    style.projection = QStringLiteral("nope");
    EXPECT_FALSE(scene.setStyle(style).ok());
    EXPECT_EQ(scene.style().projection, QStringLiteral("south-polar-stereo"));
}

TEST(MapScene, TheTextureHoldsOneTexelPerCell)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    ASSERT_TRUE(scene.setSlice(makeSlice(36, 18, 0, 10, -85, 10, blockValue)).ok());
    EXPECT_EQ(textureSize(renderer), (std::array<int, 3>{36, 18, 1}));
}

TEST(MapScene, GridsBeyondTheTextureLimitsAreSampled)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    ASSERT_TRUE(scene.setSlice(makeSlice(10000, 20, -179.982, 0.036, -9.5, 1.0,
                                         [](double lon, double) { return float(lon); }))
                    .ok());
    const auto dims = textureSize(renderer);
    EXPECT_EQ(dims[0], 5000);
    EXPECT_EQ(dims[1], 10);
}

TEST(MapScene, CurvilinearGridsAreDrawn)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    const auto slice = toCurvilinear(makeSlice(40, 40, 20.25, 0.5, 40.25, 0.5, blockValue));
    ASSERT_TRUE(scene.setSlice(slice).ok());
    EXPECT_EQ(textureSize(renderer), (std::array<int, 3>{40, 40, 1}));
    vtkActor* a = gridActor(renderer);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(vtkPolyData::SafeDownCast(a->GetMapper()->GetInput())->GetNumberOfCells(), 40 * 40);
}

TEST(MapScene, AMillionCellGridIsAFewTensOfThousandsOfQuads)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    MapStyle style;
    style.projection = QStringLiteral("robinson");
    ASSERT_TRUE(scene.setStyle(style).ok());
    ASSERT_TRUE(scene.setSlice(makeSlice(1440, 720, 0.125, 0.25, -89.875, 0.25, blockValue)).ok());
    vtkActor* a = gridActor(renderer);
    ASSERT_NE(a, nullptr);
    const vtkIdType quads = vtkPolyData::SafeDownCast(a->GetMapper()->GetInput())->GetNumberOfCells();
    EXPECT_LE(quads, 70000);  // ~1° pieces: 360 x 180, a few more where the antimeridian cuts
    EXPECT_GE(quads, 60000);
}

TEST(MapScene, AnEqualGridFromAnotherObjectKeepsTheFastPath)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    auto a = makeSlice(720, 360, -179.75, 0.5, -89.75, 0.5, blockValue);
    ASSERT_TRUE(scene.setSlice(a).ok());
    vtkDataObject* before = gridActor(renderer)->GetMapper()->GetInput();
    // Same geometry, new Grid object (as a reader without a grid cache would return).
    auto b = makeSlice(720, 360, -179.75, 0.5, -89.75, 0.5,
                       [](double lon, double lat) { return float(lon * lat); });
    ASSERT_NE(a.grid, b.grid);
    ASSERT_TRUE(scene.setSlice(b).ok());
    EXPECT_EQ(gridActor(renderer)->GetMapper()->GetInput(), before);
    EXPECT_NEAR(scene.range().second, b.maximum, 1e-3);
}

TEST(MapScene, AProjectionThatShowsNoneOfTheDataIsAnErrorAndDropsTheOldGrid)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    // Arctic only: nothing of it lies in the southern hemisphere.
    ASSERT_TRUE(scene.setSlice(makeSlice(90, 20, -178, 4, 70.5, 1, blockValue)).ok());
    ASSERT_NE(gridActor(renderer), nullptr);
    MapStyle style = scene.style();
    style.projection = QStringLiteral("south-polar-stereo");
    EXPECT_FALSE(scene.setStyle(style).ok());
    EXPECT_EQ(gridActor(renderer), nullptr);
    style.projection = QStringLiteral("north-polar-stereo");
    EXPECT_TRUE(scene.setStyle(style).ok());
    EXPECT_NE(gridActor(renderer), nullptr);
}

TEST(MapScene, CentralLongitudeCentresTheMap)
{
    auto renderer = vtkSmartPointer<vtkRenderer>::New();
    MapScene scene(renderer);
    MapStyle style;
    style.centralLongitude = 180.0;
    ASSERT_TRUE(scene.setStyle(style).ok());
    ASSERT_TRUE(scene.setSlice(makeSlice(36, 18, -175, 10, -85, 10, blockValue)).ok());
    const auto ll = scene.worldToLonLat(0.0, 0.0);
    ASSERT_TRUE(ll.has_value());
    EXPECT_NEAR(std::abs(ll->first), 180.0, 1e-9);
}
