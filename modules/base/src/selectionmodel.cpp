// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/selectionmodel.h"

namespace Estran::Base {

namespace {
/// Enough to step back through an editing session without growing without bound.
constexpr qsizetype kMaxUndo = 100;
}  // namespace

SelectionModel::SelectionModel(QObject* parent) : QObject(parent) {}

void SelectionModel::apply(const Selection& selection)
{
    m_current = selection;
    Q_EMIT selectionChanged(m_current);
    Q_EMIT historyChanged();
}

void SelectionModel::setSelection(const Selection& selection)
{
    if (selection == m_current) return;
    m_undo.append(m_current);
    if (m_undo.size() > kMaxUndo) m_undo.removeFirst();
    m_redo.clear();
    apply(selection);
}

void SelectionModel::undo()
{
    if (m_undo.isEmpty()) return;
    m_redo.append(m_current);
    apply(m_undo.takeLast());
}

void SelectionModel::redo()
{
    if (m_redo.isEmpty()) return;
    m_undo.append(m_current);
    apply(m_redo.takeLast());
}

void SelectionModel::save(const QString& name)
{
    m_saved.insert(name, m_current);
    Q_EMIT savedChanged();
}

bool SelectionModel::restore(const QString& name)
{
    const auto it = m_saved.constFind(name);
    if (it == m_saved.cend()) return false;
    setSelection(*it);
    return true;
}

void SelectionModel::removeSaved(const QString& name)
{
    if (m_saved.remove(name) > 0) Q_EMIT savedChanged();
}

QJsonObject SelectionModel::toJson() const
{
    QJsonObject saved;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) saved.insert(it.key(), it->toJson());
    return {{QStringLiteral("current"), m_current.toJson()}, {QStringLiteral("saved"), saved}};
}

bool SelectionModel::loadJson(const QJsonObject& json, QString* error)
{
    QString problem;
    const Selection current = Selection::fromJson(json.value(QStringLiteral("current")).toObject(), &problem);
    if (!problem.isEmpty()) {
        if (error) *error = QStringLiteral("current.") + problem;
        return false;
    }
    QMap<QString, Selection> saved;
    const QJsonObject savedJson = json.value(QStringLiteral("saved")).toObject();
    for (auto it = savedJson.begin(); it != savedJson.end(); ++it) {
        const Selection s = Selection::fromJson(it.value().toObject(), &problem);
        if (!problem.isEmpty()) {
            if (error) *error = QStringLiteral("saved.%1.").arg(it.key()) + problem;
            return false;
        }
        saved.insert(it.key(), s);
    }
    m_saved = saved;
    m_undo.clear();
    m_redo.clear();
    apply(current);
    Q_EMIT savedChanged();
    return true;
}

}  // namespace Estran::Base
