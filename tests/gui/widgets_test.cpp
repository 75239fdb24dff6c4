// SPDX-License-Identifier: GPL-3.0-or-later
// Small widgets: level selector, style panel, time-series plot, dataset tree, attribute and log
// panels, task status. Each suite is named after its class.
#include "fakedataset.h"

#include "estran/base/log.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"
#include "estran/gui/attributepanel.h"
#include "estran/gui/datasettreewidget.h"
#include "estran/gui/levelselector.h"
#include "estran/gui/logpanel.h"
#include "estran/gui/stylepanel.h"
#include "estran/gui/taskstatuswidget.h"
#include "estran/gui/timeserieswidget.h"
#include "estran/render/colormap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;

TEST(LevelSelector, ListsLevelsWithUnitsAndEmitsTheChoice)
{
    Gui::LevelSelector selector;
    selector.setLevels({5.0, 50.0, 500.0}, QStringLiteral("depth"), QStringLiteral("m"));
    EXPECT_TRUE(selector.isEnabled());
    EXPECT_EQ(selector.count(), 3);
    EXPECT_EQ(selector.currentText(), QStringLiteral("5 m"));
    QSignalSpy spy(&selector, &Gui::LevelSelector::currentLevelChanged);
    selector.findChild<QComboBox*>()->setCurrentIndex(2);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 2);
    EXPECT_EQ(selector.currentText(), QStringLiteral("500 m"));
}

TEST(LevelSelector, IsDisabledWithoutAVerticalAxis)
{
    Gui::LevelSelector selector;
    selector.setLevels({}, {}, {});
    EXPECT_FALSE(selector.isEnabled());
    EXPECT_EQ(selector.count(), 0);
    EXPECT_EQ(selector.currentLevel(), 0);
}

TEST(StylePanel, ManualRangeAndColormapReachTheStyle)
{
    Gui::StylePanel panel;
    QSignalSpy spy(&panel, &Gui::StylePanel::styleChanged);
    auto* colormap = panel.findChildren<QComboBox*>().at(0);
    const int magma = colormap->findData(QStringLiteral("magma"));
    ASSERT_GE(magma, 0);
    colormap->setCurrentIndex(magma);
    EXPECT_EQ(panel.style().colormap, QStringLiteral("magma"));
    for (QCheckBox* box : panel.findChildren<QCheckBox*>()) {
        if (box->text() == Gui::StylePanel::tr("Automatic")) box->setChecked(false);
    }
    auto spins = panel.findChildren<QDoubleSpinBox*>();
    spins.at(0)->setValue(2.5);
    spins.at(1)->setValue(28.0);
    ASSERT_TRUE(panel.style().rangeMin && panel.style().rangeMax);
    EXPECT_DOUBLE_EQ(*panel.style().rangeMin, 2.5);
    EXPECT_DOUBLE_EQ(*panel.style().rangeMax, 28.0);
    EXPECT_GE(spy.count(), 3);
}

TEST(StylePanel, SetStyleShowsItWithoutEmitting)
{
    Gui::StylePanel panel;
    QSignalSpy spy(&panel, &Gui::StylePanel::styleChanged);
    Render::MapStyle style;
    style.colormap = QStringLiteral("balance");
    style.projection = QStringLiteral("robinson");
    style.coastlines = false;
    panel.setStyle(style);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(panel.style().projection, QStringLiteral("robinson"));
    EXPECT_FALSE(panel.style().coastlines);
}

TEST(StylePanel, ColormapPreviewRunsFromFirstToLastColour)
{
    const QImage preview = Gui::StylePanel::colormapPreview(QStringLiteral("viridis"), QSize(64, 4)).toImage();
    // viridis starts dark purple and ends yellow.
    EXPECT_LT(QColor(preview.pixel(0, 1)).lightness(), QColor(preview.pixel(63, 1)).lightness());
    EXPECT_GT(QColor(preview.pixel(63, 1)).red(), 200);
}

TEST(TimeSeriesWidget, NaNValuesSplitTheLineIntoSegments)
{
    Gui::TimeSeriesWidget plot;
    plot.resize(400, 200);
    const double nan = std::nan("");
    plot.setSeries({0, 1, 2, 3, 4, 5}, std::nullopt, {1.0, 2.0, nan, 4.0, nan, 6.0},
                   QStringLiteral("sst"), QStringLiteral("degC"));
    EXPECT_EQ(plot.segmentCount(), 3);
    // It paints a line in the highlight colour somewhere.
    const QImage image = plot.grab().toImage();
    const QRgb highlight = plot.palette().color(QPalette::Highlight).rgb();
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y)
        for (int x = 0; x < image.width() && !found; ++x) found = image.pixel(x, y) == highlight;
    EXPECT_TRUE(found);
}

TEST(DatasetTreeWidget, GroupsVariablesAndOnlyMappableOnesReachTheMap)
{
    Testing::FakeDataset dataset(8, 4, 3);
    Gui::DatasetTreeWidget tree;
    tree.addDataset(7, dataset);
    QTreeWidgetItem* chl = tree.variableItem(7, QStringLiteral("/group/chl"));
    ASSERT_TRUE(chl);
    EXPECT_EQ(chl->parent()->text(0), QStringLiteral("group"));
    QSignalSpy spy(&tree, &Gui::DatasetTreeWidget::mapVariableRequested);
    Q_EMIT tree.itemActivated(tree.variableItem(7, QStringLiteral("lat")), 0);
    EXPECT_EQ(spy.count(), 0);
    Q_EMIT tree.itemActivated(tree.variableItem(7, QStringLiteral("sst")), 0);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 7);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("sst"));
    tree.removeDataset(7);
    EXPECT_EQ(tree.topLevelItemCount(), 0);
}

TEST(AttributePanel, ShowsVariableAttributesAndType)
{
    Testing::FakeDataset dataset(8, 4, 3);
    Gui::AttributePanel panel;
    panel.showAttributes(QStringLiteral("fake.nc"), dataset.attributes(), dataset.variable(QStringLiteral("sst")));
    EXPECT_EQ(panel.variableAttributeText(QStringLiteral("units")), QStringLiteral("degC"));
    EXPECT_EQ(panel.variableAttributeText(QStringLiteral("(type)")), QStringLiteral("float32"));
}

TEST(LogPanel, ErrorsLandWithTheirDetail)
{
    Base::Log::instance().setEchoToStderr(false);
    Gui::LogPanel panel;
    QSignalSpy errors(&panel, &Gui::LogPanel::errorLogged);
    const int before = panel.rowCount();
    Base::Log::error(QStringLiteral("/data/x.nc"), QStringLiteral("not a netCDF file"), QStringLiteral("NetCDF: Unknown file format"));
    ASSERT_TRUE(errors.wait(2000));
    ASSERT_EQ(panel.rowCount(), before + 1);
    EXPECT_EQ(panel.messageAt(before), QStringLiteral("not a netCDF file"));
    EXPECT_EQ(panel.detailAt(before), QStringLiteral("NetCDF: Unknown file format"));
    EXPECT_EQ(errors.at(0).at(0).toString(), QStringLiteral("/data/x.nc"));
}

namespace {
class WaitingTask final : public Base::Task {
public:
    explicit WaitingTask(std::atomic<bool>* go) : Base::Task(QStringLiteral("Opening a.nc")), m_go(go) {}

protected:
    std::optional<Base::Error> run(Base::Feedback* fb) override
    {
        fb->setProgress(40.0);
        while (!*m_go && !fb->isCancelled()) QThread::msleep(1);
        return std::nullopt;
    }

private:
    std::atomic<bool>* m_go;
};
}  // namespace

TEST(TaskStatusWidget, ShowsRunningTasksAndHidesWhenIdle)
{
    QThreadPool pool;
    Base::TaskManager manager(&pool);
    QWidget bar;
    auto* status = new Gui::TaskStatusWidget(&manager, &bar);
    bar.show();
    EXPECT_FALSE(status->isVisible());
    std::atomic<bool> go{false};
    QSignalSpy finished(&manager, &Base::TaskManager::taskFinished);
    manager.start(new WaitingTask(&go));
    EXPECT_TRUE(status->isVisible());
    EXPECT_EQ(status->text(), QStringLiteral("Opening a.nc"));
    go = true;
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(status->isVisible());
}

TEST(StylePanel, AnUnknownColormapFallsBackToOneThatExists)
{
    Gui::StylePanel panel;
    Render::MapStyle style;
    style.colormap = QStringLiteral("no-such-map");
    panel.setStyle(style);
    EXPECT_TRUE(Render::Colormap::names().contains(panel.style().colormap));
}

TEST(StylePanel, ReversedColormapsRoundTripAsNameUnderscoreR)
{
    Gui::StylePanel panel;
    Render::MapStyle style;
    style.colormap = QStringLiteral("thermal_r");
    panel.setStyle(style);
    EXPECT_EQ(panel.style().colormap, QStringLiteral("thermal_r"));
    QSignalSpy spy(&panel, &Gui::StylePanel::styleChanged);
    auto boxes = panel.findChildren<QCheckBox*>();
    auto reversed = std::find_if(boxes.begin(), boxes.end(), [](QCheckBox* b) { return b->text() == Gui::StylePanel::tr("Reversed"); });
    ASSERT_NE(reversed, boxes.end());
    (*reversed)->setChecked(false);
    EXPECT_EQ(panel.style().colormap, QStringLiteral("thermal"));
    EXPECT_EQ(spy.count(), 1);
}
