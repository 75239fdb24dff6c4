// SPDX-License-Identifier: GPL-3.0-or-later
// The controller without a map view (offscreen): it sets the controls up from the grid, asks
// the cache for the chosen step and level, prefetches ahead and fetches time series.
#include "fakedataset.h"

#include "estran/gui/levelselector.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/slicecache.h"
#include "estran/gui/timecontrolwidget.h"
#include "estran/gui/timeserieswidget.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace Estran;
using Estran::Testing::FakeDataset;

namespace {
struct Rig {
    Gui::SliceCache cache;
    Gui::TimeControlWidget time;
    Gui::LevelSelector level;
    Gui::TimeSeriesWidget plot;
    Gui::MapController controller{nullptr, &cache};
    Rig()
    {
        controller.setTimeControl(&time);
        controller.setLevelSelector(&level);
        controller.setTimeSeriesWidget(&plot);
    }
};
}  // namespace

TEST(MapController, SetsUpTheTimeAndLevelControlsFromTheGrid)
{
    Rig rig;
    auto dataset = std::make_shared<FakeDataset>(8, 4, 6, 3);
    QSignalSpy shown(&rig.controller, &Gui::MapController::sliceShown);
    rig.controller.showVariable(1, dataset, QStringLiteral("sst"), {2, 1});
    ASSERT_TRUE(shown.wait(5000));
    EXPECT_EQ(rig.time.count(), 6);
    EXPECT_EQ(rig.time.currentIndex(), 2);
    EXPECT_EQ(rig.level.count(), 3);
    EXPECT_EQ(rig.level.currentText(), QStringLiteral("10 m"));
    ASSERT_TRUE(rig.controller.shownIndex());
    EXPECT_EQ(*rig.controller.shownIndex(), (Data::SliceIndex{2, 1}));
}

TEST(MapController, MovingInTimeShowsThatStepAndReadsTheNextOnesAhead)
{
    Rig rig;
    rig.controller.setPrefetchCount(3);
    auto dataset = std::make_shared<FakeDataset>(8, 4, 10);
    QSignalSpy shown(&rig.controller, &Gui::MapController::sliceShown);
    rig.controller.showVariable(1, dataset, QStringLiteral("sst"));
    ASSERT_TRUE(shown.wait(5000));
    rig.time.setCurrentIndex(4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rig.controller.shownIndex() && rig.controller.shownIndex()->time == 4; }, 5000));
    // Steps 5, 6 and 7 are read without being asked for (in any order: two readers).
    auto cached = [&](qint64 t) { return rig.cache.find(dataset.get(), QStringLiteral("sst"), {t, 0}) != nullptr; };
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached(5) && cached(6) && cached(7); }, 5000));
    EXPECT_FALSE(cached(8));
    // Moving on to a prefetched step reads nothing more from the dataset.
    const int reads = dataset->reads;
    rig.time.setCurrentIndex(5);
    EXPECT_EQ(rig.controller.shownIndex()->time, 5);
    EXPECT_GE(dataset->reads, reads);  // only the new look-ahead (step 8) may be read
    EXPECT_LE(dataset->reads, reads + 1);
}

TEST(MapController, TimeSeriesOfACellReachesThePlot)
{
    Rig rig;
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5);
    QSignalSpy shown(&rig.controller, &Gui::MapController::sliceShown);
    rig.controller.showVariable(1, dataset, QStringLiteral("sst"));
    ASSERT_TRUE(shown.wait(5000));
    QSignalSpy series(&rig.controller, &Gui::MapController::timeSeriesShown);
    rig.controller.requestTimeSeries(3, 2);
    ASSERT_TRUE(series.wait(5000));
    ASSERT_EQ(rig.plot.values().size(), 5u);
    for (size_t t = 0; t < 5; ++t) EXPECT_DOUBLE_EQ(rig.plot.values()[t], double(FakeDataset::valueAt(qint64(t), 0, 3, 2)));
}

TEST(MapController, ClearingForgetsTheVariableAndEmptiesTheControls)
{
    Rig rig;
    auto dataset = std::make_shared<FakeDataset>(8, 4, 5, 2);
    QSignalSpy shown(&rig.controller, &Gui::MapController::sliceShown);
    rig.controller.showVariable(1, dataset, QStringLiteral("sst"));
    ASSERT_TRUE(shown.wait(5000));
    rig.controller.clear();
    EXPECT_EQ(rig.controller.datasetId(), -1);
    EXPECT_TRUE(rig.controller.variable().isEmpty());
    EXPECT_EQ(rig.time.count(), 0);
    EXPECT_EQ(rig.level.count(), 0);
}
