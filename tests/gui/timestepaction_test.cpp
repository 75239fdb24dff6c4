// SPDX-License-Identifier: GPL-3.0-or-later
// Time menu actions of the application (app/estran/timestepaction.*, playpauseaction.*).
#include "playpauseaction.h"
#include "timestepaction.h"

#include "estran/gui/timecontrolwidget.h"

#include <gtest/gtest.h>

using namespace Estran;

TEST(TimeStepAction, StepsAndIsDisabledAtTheEnds)
{
    Gui::TimeControlWidget control;
    App::TimeStepAction next(App::TimeStepAction::Step::Next, &control, nullptr);
    App::TimeStepAction previous(App::TimeStepAction::Step::Previous, &control, nullptr);
    App::TimeStepAction last(App::TimeStepAction::Step::Last, &control, nullptr);
    EXPECT_FALSE(next.isEnabled());  // no times yet
    control.setTimes({0, 1, 2}, std::nullopt);
    EXPECT_TRUE(next.isEnabled());
    EXPECT_FALSE(previous.isEnabled());
    next.trigger();
    EXPECT_EQ(control.currentIndex(), 1);
    EXPECT_TRUE(previous.isEnabled());
    last.trigger();
    EXPECT_EQ(control.currentIndex(), 2);
    EXPECT_FALSE(next.isEnabled());
}

TEST(PlayPauseAction, TogglesPlaybackAndSaysWhatItWillDo)
{
    Gui::TimeControlWidget control;
    App::PlayPauseAction action(&control, nullptr);
    EXPECT_FALSE(action.isEnabled());
    control.setTimes({0, 1, 2}, std::nullopt);
    ASSERT_TRUE(action.isEnabled());
    action.trigger();
    EXPECT_TRUE(control.isPlaying());
    EXPECT_EQ(action.text(), App::PlayPauseAction::tr("P&ause"));
    action.trigger();
    EXPECT_FALSE(control.isPlaying());
}
