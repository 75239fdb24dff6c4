// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "estran/base/selectionmodel.h"
#include "estran/gui/gazetteer.h"
#include "estran/gui/selectiondock.h"
#include "estran/gui/selectionmapwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QSettings>
#include <QTest>
#include <QLineEdit>
#include <QToolButton>
#include <QPushButton>
#include <QSignalSpy>

#include "testhttpserver.h"

#include <cpl_vsi.h>
#include <gdal.h>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

struct DockFixture : ::testing::Test {
    Base::SelectionModel model;
    Gui::SelectionDock dock{&model};

    QDoubleSpinBox* spin(const char* name) const {
        return dock.findChild<QDoubleSpinBox*>(QString::fromLatin1(name));
    }
};

}  // namespace

TEST_F(DockFixture, EditingTheEdgeFieldsSetsTheBox) {
    spin("West")->setValue(-20);
    spin("South")->setValue(30);
    spin("East")->setValue(10);
    spin("North")->setValue(60);
    EXPECT_EQ(model.selection().box, (Base::GeoBox{-20, 30, 10, 60}));
}

TEST_F(DockFixture, TheEdgeFieldsFollowTheModel) {
    Base::Selection s;
    s.box = Base::GeoBox{170, -5, -170, 5};
    model.setSelection(s);
    EXPECT_DOUBLE_EQ(spin("West")->value(), 170);
    EXPECT_DOUBLE_EQ(spin("East")->value(), -170);
    EXPECT_DOUBLE_EQ(spin("South")->value(), -5);
    EXPECT_DOUBLE_EQ(spin("North")->value(), 5);
    // Showing the model's values is not an edit: no extra undo step.
    model.undo();
    EXPECT_FALSE(model.canUndo());
    EXPECT_FALSE(model.selection().box);
}

TEST_F(DockFixture, AWestEdgeGreaterThanTheEastEdgeCrossesTheAntimeridian) {
    spin("West")->setValue(160);
    spin("East")->setValue(-150);
    ASSERT_TRUE(model.selection().box);
    EXPECT_TRUE(model.selection().box->crossesAntimeridian());
    EXPECT_DOUBLE_EQ(model.selection().box->width(), 50);
}

TEST_F(DockFixture, TheGazetteerSetsAKnownBox) {
    auto* combo = dock.findChild<QComboBox*>(QStringLiteral("Gazetteer"));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(QStringLiteral("Bay of Biscay"));
    ASSERT_GT(index, 0);
    Q_EMIT combo->activated(index);
    ASSERT_TRUE(model.selection().box);
    EXPECT_EQ(*model.selection().box, (Base::GeoBox{-10.0, 43.0, -1.0, 48.5}));
    EXPECT_EQ(combo->currentIndex(), 0);  // ready for the next pick
}

TEST_F(DockFixture, TheGazetteerListsTheMainSeasWithSaneBoxes) {
    const auto entries = Gui::Gazetteer::entries();
    EXPECT_GE(entries.size(), 20);
    for (const auto& e : entries) {
        EXPECT_LT(e.box.south, e.box.north) << e.id.toStdString();
        EXPECT_GT(e.box.width(), 0) << e.id.toStdString();
    }
    ASSERT_TRUE(Gui::Gazetteer::find(QStringLiteral("north pacific")));
    EXPECT_TRUE(Gui::Gazetteer::find(QStringLiteral("North Pacific"))->crossesAntimeridian());
    EXPECT_FALSE(Gui::Gazetteer::find(QStringLiteral("Atlantis")));
}

TEST_F(DockFixture, ClearResetsToTheWholeWorldAsAnUndoableStep) {
    dock.selectRegion(QStringLiteral("North Sea"));
    QPushButton* clear = dock.findChild<QPushButton*>(QStringLiteral("ClearSelection"));
    ASSERT_NE(clear, nullptr);
    clear->click();
    EXPECT_TRUE(model.selection().isEmpty());
    model.undo();
    EXPECT_EQ(model.selection().box, Gui::Gazetteer::find(QStringLiteral("North Sea")));
}

TEST_F(DockFixture, ZoomToSelectionSendsOneRectangleAcrossTheAntimeridian) {
    QSignalSpy spy(&dock, &Gui::SelectionDock::zoomRequested);
    dock.selectRegion(QStringLiteral("North Pacific"));
    const auto buttons = dock.findChildren<QPushButton*>();
    auto zoom = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton* b) {
        return b->text().contains(QStringLiteral("Zoom"));
    });
    ASSERT_NE(zoom, buttons.cend());
    (*zoom)->click();
    ASSERT_EQ(spy.count(), 1);
    const QRectF r = spy.at(0).at(0).toRectF();
    EXPECT_DOUBLE_EQ(r.left(), 117);
    EXPECT_DOUBLE_EQ(r.right(), 260);
}

TEST_F(DockFixture, TheSelectionRoundTripsThroughTheWorkspaceFile) {
    dock.selectRegion(QStringLiteral("Baltic Sea"));
    model.save(QStringLiteral("baltic"));
    App::Workspace ws;
    ws.selection = model.toJson();
    auto back = App::Workspace::fromJson(ws.toJson(QStringLiteral("/tmp/w.estran.json")),
                                         QStringLiteral("/tmp/w.estran.json"));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    Base::SelectionModel other;
    QString error;
    ASSERT_TRUE(other.loadJson(back->selection, &error)) << error.toStdString();
    EXPECT_EQ(other.selection(), model.selection());
    EXPECT_EQ(other.savedNames(), QStringList{QStringLiteral("baltic")});
}

TEST_F(DockFixture, NamedSelectionsAreSavedRestoredAndDeletedByName) {
    dock.selectRegion(QStringLiteral("Red Sea"));
    auto* name = dock.findChild<QComboBox*>(QStringLiteral("SavedSelections"));
    auto* save = dock.findChild<QPushButton*>(QStringLiteral("SaveSelection"));
    auto* restore = dock.findChild<QPushButton*>(QStringLiteral("RestoreSelection"));
    auto* remove = dock.findChild<QPushButton*>(QStringLiteral("DeleteSelection"));
    ASSERT_TRUE(name && save && restore && remove);
    name->setCurrentText(QStringLiteral("red"));
    EXPECT_FALSE(restore->isEnabled());
    save->click();
    EXPECT_EQ(model.savedNames(), QStringList{QStringLiteral("red")});
    EXPECT_TRUE(restore->isEnabled());

    dock.selectRegion(QStringLiteral("Black Sea"));
    name->setCurrentText(QStringLiteral("red"));
    restore->click();
    EXPECT_EQ(model.selection().box, Gui::Gazetteer::find(QStringLiteral("Red Sea")));
    remove->click();
    EXPECT_TRUE(model.savedNames().isEmpty());
}

TEST_F(DockFixture, TheDepthRangeIsOptional) {
    auto* use = dock.findChild<QCheckBox*>(QStringLiteral("UseDepth"));
    ASSERT_NE(use, nullptr);
    dock.findChild<QDoubleSpinBox*>(QStringLiteral("DepthMin"))->setValue(5);
    EXPECT_FALSE(model.selection().depthMin);  // not in use yet
    use->setChecked(true);
    EXPECT_EQ(model.selection().depthMin, 5.0);
    EXPECT_EQ(model.selection().depthMax, 100.0);
    use->setChecked(false);
    EXPECT_FALSE(model.selection().depthMin);
    EXPECT_FALSE(model.selection().depthMax);
}

TEST_F(DockFixture, ThePolygonToolAndItsVerticesAsTextEditTheSharedSelection) {
    auto* polygonTool = dock.findChild<QToolButton*>(QStringLiteral("PolygonTool"));
    auto* vertices = dock.findChild<QLineEdit*>(QStringLiteral("PolygonVertices"));
    ASSERT_NE(polygonTool, nullptr);
    ASSERT_NE(vertices, nullptr);
    polygonTool->click();
    EXPECT_EQ(dock.map()->tool(), Gui::SelectionMapWidget::Tool::Polygon);

    vertices->setText(QStringLiteral("-5 43, 10 43, 2 51"));
    vertices->setModified(true);  // as typing does
    Q_EMIT vertices->editingFinished();
    ASSERT_EQ(model.selection().polygon.size(), 3);
    EXPECT_EQ(model.selection().polygon[2], QPointF(2, 51));
    // The edges show the polygon's bounding box and are read-only while it is a polygon.
    EXPECT_DOUBLE_EQ(spin("North")->value(), 51);
    EXPECT_FALSE(spin("West")->isEnabled());
    // A polygon drawn with the mouse reads in hundredths of a degree.
    Base::Selection drawn;
    drawn.polygon = {{-5.123456, 43.98765}, {10, 43}, {2, 51}};
    model.setSelection(drawn);
    EXPECT_EQ(vertices->text(), QStringLiteral("-5.12 43.99, 10 43, 2 51"));
    Q_EMIT vertices->editingFinished();  // focus left without an edit: nothing is rounded
    EXPECT_EQ(model.selection().polygon.first(), QPointF(-5.123456, 43.98765));

    // A bad vertex is marked and explained; the selection keeps the last good polygon.
    vertices->setText(QStringLiteral("-5 43, 10 forty, 2 51"));
    vertices->setModified(true);
    Q_EMIT vertices->editingFinished();
    EXPECT_TRUE(vertices->toolTip().contains(QStringLiteral("vertex 2"))) << vertices->toolTip().toStdString();
    EXPECT_EQ(model.selection().polygon.size(), 3);

    // Back to a box through the gazetteer: the edges are editable again.
    ASSERT_TRUE(dock.selectRegion(QStringLiteral("Bay of Biscay")) || dock.selectRegion(Gui::Gazetteer::entries().first().id));
    EXPECT_TRUE(model.selection().polygon.isEmpty());
    EXPECT_TRUE(spin("West")->isEnabled());
}

TEST_F(DockFixture, TheWebBasemapIsFetchedOnAWorkerAndDrawnUnderTheMap) {
    // Tiles from a server on 127.0.0.1, one colour; GDAL's PNG driver makes the tile.
    GDALAllRegister();
    GDALDatasetH mem = GDALCreate(GDALGetDriverByName("MEM"), "", 256, 256, 3, GDT_Byte, nullptr);
    for (int band = 1; band <= 3; ++band) GDALFillRaster(GDALGetRasterBand(mem, band), band == 2 ? 160 : 20, 0);
    GDALClose(GDALCreateCopy(GDALGetDriverByName("PNG"), "/vsimem/dock-tile.png", mem, FALSE, nullptr, nullptr, nullptr));
    GDALClose(mem);
    vsi_l_offset size = 0;
    GByte* bytes = VSIGetMemFileBuffer("/vsimem/dock-tile.png", &size, TRUE);
    const std::string tile(reinterpret_cast<const char*>(bytes), size_t(size));
    VSIFree(bytes);
    Estran::Test::TestHttpServer server;
    server.server().Get(R"(/(\d+)/(\d+)/(\d+)\.png)", [&tile](const httplib::Request&, httplib::Response& res) {
        res.set_content(tile, "image/png");
    });
    ASSERT_TRUE(server.start());
    QSettings().setValue(QStringLiteral("selection/basemapUrl"), server.baseUrl() + QStringLiteral("/{z}/{x}/{y}.png"));

    auto* basemap = dock.findChild<QCheckBox*>(QStringLiteral("WebBasemap"));
    ASSERT_NE(basemap, nullptr);
    EXPECT_FALSE(basemap->isChecked());  // off until asked for: no network by surprise
    basemap->setChecked(true);
    QElapsedTimer timer;
    timer.start();
    while (!dock.map()->hasBasemap() && timer.elapsed() < 20000) QTest::qWait(50);
    ASSERT_TRUE(dock.map()->hasBasemap());
    dock.map()->resize(400, 200);
    const QImage shown = dock.map()->grab().toImage();
    const QColor sea = shown.pixelColor(dock.map()->lonLatToPixel(-150, -30).toPoint());
    EXPECT_GT(sea.green(), sea.red() + 60) << sea.name().toStdString();  // the tiles' green
    basemap->setChecked(false);
    EXPECT_FALSE(dock.map()->hasBasemap());
    EXPECT_FALSE(QSettings().value(QStringLiteral("selection/basemap")).toBool());

    // An unreachable server unticks the box and says why.
    QSettings().setValue(QStringLiteral("selection/basemapUrl"), QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"));
    basemap->setChecked(true);
    timer.restart();
    while (basemap->isChecked() && timer.elapsed() < 20000) QTest::qWait(50);
    EXPECT_FALSE(basemap->isChecked());
    EXPECT_TRUE(basemap->toolTip().contains(QStringLiteral("could not be loaded"))) << basemap->toolTip().toStdString();
    QSettings().remove(QStringLiteral("selection/basemapUrl"));
    QSettings().remove(QStringLiteral("selection/basemap"));
}
