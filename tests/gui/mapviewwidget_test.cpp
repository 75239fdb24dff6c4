// SPDX-License-Identifier: GPL-3.0-or-later
// Runs on a real X display (label "render": CI wraps ctest in xvfb-run) because the map view
// needs OpenGL 3.2 through Qt's xcb platform.
#include "fakedataset.h"

#include "estran/geo/projection.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/render/colormap.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <QWindow>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace Estran;

namespace {

std::shared_ptr<const Data::Slice> fakeSlice(qint64 t)
{
    Testing::FakeDataset dataset(36, 18, 4);
    return std::make_shared<const Data::Slice>(*dataset.readSlice(QStringLiteral("sst"), {t, 0}));
}

// Shows the widget and waits until a frame with data reached the screen.
bool showAndWaitForData(Gui::MapViewWidget& view, std::shared_ptr<const Data::Slice> slice)
{
    QSignalSpy displayed(&view, &Gui::MapViewWidget::frameDisplayed);
    view.resize(480, 320);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) return false;
    view.setSlice(std::move(slice));
    return displayed.wait(10000) || displayed.count() > 0;
}

}  // namespace

TEST(MapViewWidget, DrawsTheDataNotJustTheBackground)
{
    Gui::MapViewWidget view;
    Render::MapStyle style;
    style.colormap = QStringLiteral("viridis");
    view.setStyle(style);
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(1))) << qPrintable(view.lastError());
    EXPECT_GE(view.dataFramesDrawn(), 1);
    const QImage image = view.grabFramebuffer();
    ASSERT_FALSE(image.isNull());
    // The middle of the view lies on the map: not the background, and the map holds many
    // colours of the scale (the fake's values vary along x).
    const QColor background = style.backgroundColor;
    const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
    EXPECT_NE(centre.rgb(), background.rgb());
    std::set<QRgb> colours;
    for (int x = 0; x < image.width(); x += 4) colours.insert(image.pixel(x, image.height() / 2));
    EXPECT_GT(colours.size(), 10u);
}

TEST(MapViewWidget, TheColourBarIsDrawnUnderTheMap)
{
    // With no see-through layer in the scene, VTK's overlays must still pass the depth test
    // against each other (Qt leaves GL_LESS behind): the bar shows its whole scale.
    Gui::MapViewWidget view;
    Render::MapStyle style;
    style.colormap = QStringLiteral("viridis");
    style.graticule = false;
    view.setStyle(style);
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(1))) << qPrintable(view.lastError());
    const QImage image = view.grabFramebuffer();
    ASSERT_FALSE(image.isNull());
    const auto viridis = *Render::Colormap::byName(QStringLiteral("viridis"));
    std::set<int> bins;
    // Below the map (which ends about 30 % above the bottom in this 3:2 view).
    for (int y = image.height() * 76 / 100; y < image.height() * 97 / 100; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            for (int i = 0; i < 256; ++i) {
                const auto& t = viridis.table()[size_t(i)];
                if (std::abs(c.red() - t[0]) <= 1 && std::abs(c.green() - t[1]) <= 1 &&
                    std::abs(c.blue() - t[2]) <= 1)
                    bins.insert(i);
            }
        }
    }
    EXPECT_GT(bins.size(), 100u);
}

TEST(MapViewWidget, ReadoutUnderAPointIsTheValueOfThatCell)
{
    Gui::MapViewWidget view;
    auto slice = fakeSlice(3);
    ASSERT_TRUE(showAndWaitForData(view, slice));
    const auto r = view.readoutAt(QPointF(view.width() / 2.0 + 37, view.height() / 2.0 - 11));
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->value);
    EXPECT_FLOAT_EQ(float(*r->value), Testing::FakeDataset::valueAt(3, 0, r->ix, r->iy));
    // The pointer's lon/lat lies in the cell that was read (10° cells).
    EXPECT_NEAR(r->lon, slice->grid->lon[size_t(r->ix)], 5.0 + 1e-9);
    EXPECT_NEAR(r->lat, slice->grid->lat[size_t(r->iy)], 5.0 + 1e-9);
}

TEST(MapViewWidget, ReadoutMatchesTheCellInEveryProjection)
{
    Gui::MapViewWidget view;
    auto slice = fakeSlice(2);
    ASSERT_TRUE(showAndWaitForData(view, slice));
    for (const QString& projection : Geo::Projection::names()) {
        Render::MapStyle style = view.style();
        style.projection = projection;
        QSignalSpy displayed(&view, &Gui::MapViewWidget::frameDisplayed);
        view.setStyle(style);
        ASSERT_TRUE(displayed.wait(10000)) << qPrintable(projection);
        int matched = 0;
        for (double fx : {0.3, 0.45, 0.5, 0.55, 0.7}) {
            for (double fy : {0.3, 0.4, 0.5}) {
                const auto r = view.readoutAt(QPointF(view.width() * fx, view.height() * fy));
                if (!r || !r->value) continue;
                EXPECT_FLOAT_EQ(float(*r->value), Testing::FakeDataset::valueAt(2, 0, r->ix, r->iy))
                    << qPrintable(projection);
                // The pointer lies in (or at the edge of) the 10° cell that was read.
                const double dlon = std::remainder(r->lon - slice->grid->lon[size_t(r->ix)], 360.0);
                EXPECT_LE(std::abs(dlon), 5.0 + 1e-6) << qPrintable(projection);
                EXPECT_LE(std::abs(r->lat - slice->grid->lat[size_t(r->iy)]), 5.0 + 1e-6) << qPrintable(projection);
                ++matched;
            }
        }
        EXPECT_GT(matched, 0) << "no point of the view read a value in " << qPrintable(projection);
    }
}

TEST(MapViewWidget, WheelZoomKeepsThePointUnderTheCursor)
{
    Gui::MapViewWidget view;
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(0)));
    const QPointF cursor(view.width() * 0.7, view.height() * 0.4);
    const auto before = view.readoutAt(cursor);
    ASSERT_TRUE(before);
    const double scaleBefore = view.view().halfHeight;
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&view, &wheel);
    EXPECT_LT(view.view().halfHeight, scaleBefore);
    const auto after = view.readoutAt(cursor);
    ASSERT_TRUE(after);
    EXPECT_NEAR(after->lon, before->lon, 1e-6);
    EXPECT_NEAR(after->lat, before->lat, 1e-6);
}

TEST(MapViewWidget, DraggingPansTheView)
{
    Gui::MapViewWidget view;
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(0)));
    const QPoint start(view.width() / 2, view.height() / 2);
    const auto before = view.readoutAt(start);
    ASSERT_TRUE(before);
    // Through the window system, as a user's drag arrives: the native map window lets it
    // pass to the widget.
    QWindow* window = view.window()->windowHandle();
    const QPoint origin = view.mapTo(view.window(), QPoint(0, 0));
    QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, origin + start);
    QTest::mouseMove(window, origin + start + QPoint(20, 0));
    QTest::mouseMove(window, origin + start + QPoint(60, 0));
    QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, origin + start + QPoint(60, 0));
    // What was under `start` is now 60 pixels to the right.
    const auto moved = view.readoutAt(start + QPoint(60, 0));
    ASSERT_TRUE(moved);
    EXPECT_NEAR(moved->lon, before->lon, 1e-6);
}

TEST(MapViewWidget, KeysZoomAndPan)
{
    Gui::MapViewWidget view;
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(0)));
    const auto start = view.view();
    // Through the window system to the focused widget, as typed keys arrive.
    view.setFocus();
    QWindow* window = view.window()->windowHandle();
    QTest::keyClick(window, Qt::Key_Plus);
    EXPECT_LT(view.view().halfHeight, start.halfHeight);
    QTest::keyClick(window, Qt::Key_Minus);
    EXPECT_NEAR(view.view().halfHeight, start.halfHeight, start.halfHeight * 1e-9);
    QTest::keyClick(window, Qt::Key_Right);
    EXPECT_GT(view.view().centerX, start.centerX);
    QTest::keyClick(window, Qt::Key_Up);
    EXPECT_GT(view.view().centerY, start.centerY);
    // Ctrl+arrows belong to the window's shortcuts (time steps), not to panning.
    const auto beforeCtrl = view.view();
    QTest::keyClick(window, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(view.view().centerX, beforeCtrl.centerX);
}

TEST(MapViewWidget, TheNativeMapWindowLetsThePointerAndKeysThroughToTheWidget)
{
    // On X11 a native child that takes input receives the keys whenever the pointer is over
    // it, away from the main window's shortcuts: the map window must only show pixels.
    Gui::MapViewWidget view;
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(0)));
    const Qt::WindowFlags flags = view.mapWindow()->flags();
    EXPECT_TRUE(flags.testFlag(Qt::WindowTransparentForInput));
    EXPECT_TRUE(flags.testFlag(Qt::WindowDoesNotAcceptFocus));
    EXPECT_EQ(view.focusPolicy(), Qt::StrongFocus);
}

TEST(MapViewWidget, InputDeliveredToTheNativeWindowIsHandledByTheView)
{
    // Wayland before Qt 6.7 ignores "transparent for input" and delivers to the map window.
    Gui::MapViewWidget view;
    ASSERT_TRUE(showAndWaitForData(view, fakeSlice(0)));
    QWindow* window = view.mapWindow();
    const QPoint start(view.width() / 2, view.height() / 2);
    const auto before = view.readoutAt(start);
    ASSERT_TRUE(before);
    QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(window, start + QPoint(20, 0));
    QTest::mouseMove(window, start + QPoint(60, 0));
    QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 0));
    const auto moved = view.readoutAt(start + QPoint(60, 0));
    ASSERT_TRUE(moved);
    EXPECT_NEAR(moved->lon, before->lon, 1e-6);
    const double scale = view.view().halfHeight;
    QTest::keyClick(window, Qt::Key_Plus);
    EXPECT_LT(view.view().halfHeight, scale);
}
