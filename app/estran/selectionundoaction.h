// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::App {

/// Edit ▸ Undo/Redo Selection: steps the shared selection's history (QKeySequence::Undo/Redo),
/// enabled only when there is a step to take.
class SelectionUndoAction final : public QAction {
    Q_OBJECT
public:
    enum class Direction { Undo, Redo };
    SelectionUndoAction(Direction direction, Base::SelectionModel* model, QObject* parent);
};

}  // namespace Estran::App
