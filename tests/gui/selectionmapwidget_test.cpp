// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/selectionmapwidget.h"
#include "estran/base/selectionmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

// One pixel is half a degree at this size; drags are compared to a degree.
constexpr double kTolerance = 1.0;

struct MapFixture : ::testing::Test {
    Base::SelectionModel model;
    Gui::SelectionMapWidget map{&model};

    void SetUp() override {
        map.resize(726, 363);
        map.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&map));
    }
    QPoint at(double lon, double lat) const { return map.lonLatToPixel(lon, lat).toPoint(); }
    void drag(QPoint from, QPoint to) {
        QTest::mousePress(&map, Qt::LeftButton, {}, from);
        QTest::mouseMove(&map, (from + to) / 2);
        QTest::mouseMove(&map, to);
        QTest::mouseRelease(&map, Qt::LeftButton, {}, to);
    }
    void setBox(const Base::GeoBox& box) {
        Base::Selection s;
        s.box = box;
        model.setSelection(s);
    }
};

}  // namespace

TEST_F(MapFixture, PixelsAndLonLatConvertBothWays) {
    const QPointF ll = map.pixelToLonLat(map.lonLatToPixel(-45, 30));
    EXPECT_NEAR(ll.x(), -45, 1e-6);
    EXPECT_NEAR(ll.y(), 30, 1e-6);
    EXPECT_GT(map.lonLatToPixel(180, 0).x(), map.lonLatToPixel(179, 0).x());
}

TEST_F(MapFixture, DrawingABoxSetsTheSelectionAndUndoRemovesIt) {
    drag(at(-60, -30), at(30, 20));
    const auto box = model.selection().box;
    ASSERT_TRUE(box.has_value());
    EXPECT_NEAR(box->west, -60, kTolerance);
    EXPECT_NEAR(box->south, -30, kTolerance);
    EXPECT_NEAR(box->east, 30, kTolerance);
    EXPECT_NEAR(box->north, 20, kTolerance);
    EXPECT_TRUE(model.canUndo());
    model.undo();
    EXPECT_FALSE(model.selection().box.has_value());
}

TEST_F(MapFixture, DrawingFromBottomRightToTopLeftGivesTheSameBox) {
    drag(at(30, 20), at(-60, -30));
    ASSERT_TRUE(model.selection().box);
    EXPECT_NEAR(model.selection().box->west, -60, kTolerance);
    EXPECT_NEAR(model.selection().box->north, 20, kTolerance);
}

TEST_F(MapFixture, AClickWithoutDraggingChangesNothing) {
    setBox({0, 0, 10, 10});
    QTest::mouseClick(&map, Qt::LeftButton, {}, at(-100, -50));
    EXPECT_EQ(model.selection().box, (Base::GeoBox{0, 0, 10, 10}));
}

TEST_F(MapFixture, DraggingInsideMovesTheBoxAsOneUndoStep) {
    setBox({-20, -10, 0, 10});
    drag(at(-10, 0), at(10, 20));
    const auto box = model.selection().box;
    ASSERT_TRUE(box);
    EXPECT_NEAR(box->west, 0, kTolerance);
    EXPECT_NEAR(box->east, 20, kTolerance);
    EXPECT_NEAR(box->south, 10, kTolerance);
    EXPECT_NEAR(box->north, 30, kTolerance);
    model.undo();
    EXPECT_EQ(model.selection().box, (Base::GeoBox{-20, -10, 0, 10}));
}

TEST_F(MapFixture, MovingPastTheAntimeridianGivesABoxWithWestGreaterThanEast) {
    setBox({150, -10, 170, 10});
    drag(at(160, 0), at(175, 0));
    const auto box = model.selection().box;
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->crossesAntimeridian());
    EXPECT_NEAR(box->west, 165, kTolerance);
    EXPECT_NEAR(box->east, -175, kTolerance);
    EXPECT_NEAR(box->width(), 20, 1e-9);
}

TEST_F(MapFixture, DraggingAnEdgeResizesOnlyThatSide) {
    setBox({-20, -10, 0, 10});
    drag(at(0, 0), at(40, 0));
    const auto box = model.selection().box;
    ASSERT_TRUE(box);
    EXPECT_NEAR(box->east, 40, kTolerance);
    EXPECT_DOUBLE_EQ(box->west, -20);
    EXPECT_DOUBLE_EQ(box->south, -10);
    EXPECT_DOUBLE_EQ(box->north, 10);
}

TEST_F(MapFixture, DraggingACornerResizesTwoSides) {
    setBox({-20, -10, 0, 10});
    drag(at(-20, 10), at(-40, 30));
    const auto box = model.selection().box;
    ASSERT_TRUE(box);
    EXPECT_NEAR(box->west, -40, kTolerance);
    EXPECT_NEAR(box->north, 30, kTolerance);
    EXPECT_DOUBLE_EQ(box->east, 0);
    EXPECT_DOUBLE_EQ(box->south, -10);
}

TEST_F(MapFixture, AnAntimeridianBoxIsGrabbedOnBothPieces) {
    setBox({170, -10, -170, 10});
    // The east edge is on the western piece, at -170°.
    drag(at(-170, 0), at(-160, 0));
    const auto box = model.selection().box;
    ASSERT_TRUE(box);
    EXPECT_DOUBLE_EQ(box->west, 170);
    EXPECT_NEAR(box->east, -160, kTolerance);
}

TEST_F(MapFixture, TheCursorShowsWhatAPressWouldGrab) {
    // Hover events sent directly: QTest::mouseMove may go through the platform cursor, which
    // delivers later on the offscreen platform.
    auto hover = [this](QPoint pos) {
        QMouseEvent event(QEvent::MouseMove, pos, map.mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                          Qt::NoModifier);
        QApplication::sendEvent(&map, &event);
        return map.cursor().shape();
    };
    setBox({-20, -10, 0, 10});
    EXPECT_EQ(hover(at(0, 0)), Qt::SizeHorCursor);
    EXPECT_EQ(hover(at(-20, 10)), Qt::SizeFDiagCursor);
    EXPECT_EQ(hover(at(0, 10)), Qt::SizeBDiagCursor);
    EXPECT_EQ(hover(at(-10, -10)), Qt::SizeVerCursor);
    EXPECT_EQ(hover(at(-10, 0)), Qt::SizeAllCursor);
    EXPECT_EQ(hover(at(100, 50)), Qt::CrossCursor);
}

TEST_F(MapFixture, ClickingVerticesDrawsAPolygonClosedByClickingTheFirstOneInOneUndoStep) {
    map.setTool(Gui::SelectionMapWidget::Tool::Polygon);
    for (const auto& [lon, lat] : std::vector<std::pair<double, double>>{{-40, -20}, {20, -20}, {20, 30}, {-40, 30}}) {
        QTest::mouseClick(&map, Qt::LeftButton, {}, at(lon, lat));
    }
    // Not in the selection until the ring is closed.
    EXPECT_TRUE(model.selection().polygon.isEmpty());
    EXPECT_EQ(map.displayedPolygon().size(), 4);
    QTest::mouseClick(&map, Qt::LeftButton, {}, at(-40, -20));
    const QVector<QPointF> ring = model.selection().polygon;
    ASSERT_EQ(ring.size(), 4);
    EXPECT_NEAR(ring[2].x(), 20, kTolerance);
    EXPECT_NEAR(ring[2].y(), 30, kTolerance);
    EXPECT_FALSE(model.selection().box.has_value());
    EXPECT_TRUE(model.selection().containsPoint(0, 0));
    EXPECT_FALSE(model.selection().containsPoint(30, 0));
    model.undo();
    EXPECT_TRUE(model.selection().polygon.isEmpty());
}

TEST_F(MapFixture, EnterClosesBackspaceRemovesAndEscapeAbandonsADrawing) {
    map.setTool(Gui::SelectionMapWidget::Tool::Polygon);
    for (const auto& [lon, lat] : std::vector<std::pair<double, double>>{{0, 0}, {40, 0}, {40, 40}, {90, 60}}) {
        QTest::mouseClick(&map, Qt::LeftButton, {}, at(lon, lat));
    }
    QTest::keyClick(&map, Qt::Key_Backspace);  // the stray last vertex
    EXPECT_EQ(map.displayedPolygon().size(), 3);
    QTest::keyClick(&map, Qt::Key_Return);
    EXPECT_EQ(model.selection().polygon.size(), 3);

    model.setSelection({});
    QTest::mouseClick(&map, Qt::LeftButton, {}, at(-100, 10));
    QTest::mouseClick(&map, Qt::LeftButton, {}, at(-80, 10));
    QTest::keyClick(&map, Qt::Key_Escape);
    EXPECT_TRUE(map.displayedPolygon().isEmpty());
    EXPECT_TRUE(model.selection().polygon.isEmpty());
}

TEST_F(MapFixture, DraggingAVertexEditsThePolygonAndDraggingInsideMovesIt) {
    Base::Selection s;
    s.polygon = {{-40, -20}, {20, -20}, {20, 30}, {-40, 30}};
    model.setSelection(s);
    map.setTool(Gui::SelectionMapWidget::Tool::Polygon);
    drag(at(20, 30), at(50, 45));
    QVector<QPointF> ring = model.selection().polygon;
    ASSERT_EQ(ring.size(), 4);
    EXPECT_NEAR(ring[2].x(), 50, kTolerance);
    EXPECT_NEAR(ring[2].y(), 45, kTolerance);
    EXPECT_NEAR(ring[0].x(), -40, 1e-9);  // the others stay

    // The box tool moves a polygon as a whole when dragged from inside.
    map.setTool(Gui::SelectionMapWidget::Tool::Box);
    drag(at(-10, 0), at(0, 10));
    ring = model.selection().polygon;
    EXPECT_NEAR(ring[0].x(), -30, kTolerance);
    EXPECT_NEAR(ring[0].y(), -10, kTolerance);
    // And a drag outside draws a box that replaces it.
    drag(at(100, -50), at(140, -30));
    EXPECT_TRUE(model.selection().polygon.isEmpty());
    ASSERT_TRUE(model.selection().box.has_value());
}

TEST_F(MapFixture, CatalogueResultFootprintsAreDrawnWithTheSelectedOneStronger) {
    const QImage before = map.grab().toImage();
    map.setResultFootprints({QPolygonF({QPointF(-30, -10), QPointF(30, -10), QPointF(30, 10), QPointF(-30, 10)})}, 0);
    const QImage after = map.grab().toImage();
    // The selected footprint's edge is drawn in green where the map was plain sea before.
    const QPoint edge = at(0, -10);
    const QColor was = before.pixelColor(edge), now = after.pixelColor(edge);
    EXPECT_NE(was, now);
    EXPECT_GT(now.green(), now.red());
}
