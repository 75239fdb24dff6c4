// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"
#include "estran/base/selection.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace Estran::Base {

/// The application's one shared Selection, with undo/redo and named saved selections.
/// The catalogue search form, the map and time selectors, the subset dialog and the remote job
/// form all read and edit this object. GUI thread only.
class ESTRAN_BASE_EXPORT SelectionModel : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionModel)
public:
    explicit SelectionModel(QObject* parent = nullptr);

    const Selection& selection() const { return m_current; }
    /// Replaces the selection; an equal selection is ignored (no undo step, no signal).
    void setSelection(const Selection& selection);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

    QStringList savedNames() const { return m_saved.keys(); }
    void save(const QString& name);
    /// Makes a saved selection current (an undoable step); false when the name is unknown.
    bool restore(const QString& name);
    void removeSaved(const QString& name);

    /// {"current": …, "saved": {name: …}} for the workspace file.
    QJsonObject toJson() const;
    /// Loads a workspace's selections (history cleared); false with `error` naming the field.
    bool loadJson(const QJsonObject& json, QString* error = nullptr);

Q_SIGNALS:
    void selectionChanged(const Estran::Base::Selection& selection);
    void historyChanged();
    void savedChanged();

private:
    void apply(const Selection& selection);

    Selection m_current;
    QList<Selection> m_undo;
    QList<Selection> m_redo;
    QMap<QString, Selection> m_saved;
};

}  // namespace Estran::Base
