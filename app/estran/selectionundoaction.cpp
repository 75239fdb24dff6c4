// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionundoaction.h"

#include "estran/base/selectionmodel.h"

namespace Estran::App {

SelectionUndoAction::SelectionUndoAction(Direction direction, Base::SelectionModel* model,
                                         QObject* parent)
    : QAction(direction == Direction::Undo ? tr("&Undo Selection") : tr("&Redo Selection"),
              parent) {
    const bool undo = direction == Direction::Undo;
    setObjectName(undo ? QStringLiteral("UndoSelectionAction")
                       : QStringLiteral("RedoSelectionAction"));
    setShortcut(undo ? QKeySequence::Undo : QKeySequence::Redo);
    // Window-wide, but a focused line edit keeps its own Ctrl+Z (Qt gives it the shortcut first
    // through ShortcutOverride).
    setShortcutContext(Qt::WindowShortcut);
    auto update = [this, model, undo] { setEnabled(undo ? model->canUndo() : model->canRedo()); };
    connect(model, &Base::SelectionModel::historyChanged, this, update);
    connect(this, &QAction::triggered, model,
            [model, undo] { undo ? model->undo() : model->redo(); });
    update();
}

}  // namespace Estran::App
