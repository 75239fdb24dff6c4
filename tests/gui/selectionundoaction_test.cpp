// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionundoaction.h"

#include "estran/base/selectionmodel.h"

#include <gtest/gtest.h>

using namespace Estran;
using Direction = App::SelectionUndoAction::Direction;

TEST(SelectionUndoAction, UsesThePlatformShortcutsAndStepsTheSharedHistory) {
    Base::SelectionModel model;
    App::SelectionUndoAction undo(Direction::Undo, &model, nullptr);
    App::SelectionUndoAction redo(Direction::Redo, &model, nullptr);
    EXPECT_EQ(undo.shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(redo.shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_FALSE(undo.isEnabled());
    EXPECT_FALSE(redo.isEnabled());

    Base::Selection s;
    s.box = Base::GeoBox{0, 0, 10, 10};
    model.setSelection(s);
    EXPECT_TRUE(undo.isEnabled());
    undo.trigger();
    EXPECT_FALSE(model.selection().box);
    EXPECT_FALSE(undo.isEnabled());
    EXPECT_TRUE(redo.isEnabled());
    redo.trigger();
    EXPECT_EQ(model.selection().box, s.box);
}
