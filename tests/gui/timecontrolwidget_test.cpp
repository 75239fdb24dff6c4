// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/timecontrolwidget.h"

#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

std::vector<double> steps(int n)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i) v.push_back(30.0 * i);
    return v;
}

}  // namespace

TEST(TimeControlWidget, ShowsTheDateInTheVariablesCalendar)
{
    Gui::TimeControlWidget control;
    control.setTimes(steps(4), *Base::CfTimeAxis::create(QStringLiteral("days since 2001-01-01"), QStringLiteral("360_day")));
    control.setCurrentIndex(2);
    // 60 days of a 360-day calendar after 1 January is 1 March (February has 30 days).
    EXPECT_EQ(control.currentDateText(), QStringLiteral("2001-03-01T00:00:00"));
}

TEST(TimeControlWidget, MovingTheSliderEmitsTheIndex)
{
    Gui::TimeControlWidget control;
    control.setTimes(steps(5), std::nullopt);
    QSignalSpy spy(&control, &Gui::TimeControlWidget::currentIndexChanged);
    control.findChild<QSlider*>()->setValue(3);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 3);
    EXPECT_EQ(control.currentIndex(), 3);
}

TEST(TimeControlWidget, PlaybackWaitsForEachStepToBeDisplayedAndSkipsNone)
{
    Gui::TimeControlWidget control;
    control.setTimes(steps(6), std::nullopt);
    control.setFramesPerSecond(200.0);
    QList<qint64> shown;
    QObject::connect(&control, &Gui::TimeControlWidget::currentIndexChanged, &control,
                     [&](qint64 i) { shown.append(i); });
    control.play();
    // Many ticks pass, but no step was displayed: the clock must not move past step 1.
    QTest::qWait(100);
    ASSERT_EQ(shown, QList<qint64>{1});
    for (qint64 expected = 2; expected <= 5; ++expected) {
        control.notifyDisplayed(shown.last());
        ASSERT_TRUE(QTest::qWaitFor([&] { return shown.last() == expected; }, 2000));
    }
    control.pause();
    EXPECT_EQ(shown, (QList<qint64>{1, 2, 3, 4, 5}));
}

TEST(TimeControlWidget, PlaybackLoopsToTheFirstStep)
{
    Gui::TimeControlWidget control;
    control.setTimes(steps(3), std::nullopt);
    control.setCurrentIndex(2);
    control.setFramesPerSecond(500.0);
    QSignalSpy spy(&control, &Gui::TimeControlWidget::currentIndexChanged);
    control.play();
    ASSERT_TRUE(spy.wait(2000));
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 0);
    control.pause();
    EXPECT_FALSE(control.isPlaying());
}

TEST(TimeControlWidget, ASingleStepCannotPlay)
{
    Gui::TimeControlWidget control;
    control.setTimes(steps(1), std::nullopt);
    control.play();
    EXPECT_FALSE(control.isPlaying());
}
