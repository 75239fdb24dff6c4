// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/taskmanager.h"

#include "estran/base/task.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Estran::Base {

TaskManager::TaskManager(QThreadPool* pool, QObject* parent)
    : QObject(parent), m_pool(pool ? pool : QThreadPool::globalInstance())
{
}

TaskManager::~TaskManager() { cancelAll(); }

TaskManager* TaskManager::instance()
{
    // Parented to the application so it is destroyed (and cancels its tasks) before Qt goes.
    static QPointer<TaskManager> manager;
    if (!manager) {
        manager = new TaskManager(nullptr, QCoreApplication::instance());
    }
    return manager;
}

void TaskManager::start(Task* task)
{
    if (!task) return;
    task->setParent(nullptr);
    m_tasks.append(task);
    connect(task, &Task::finished, this, [this, task](bool ok) {
        m_tasks.removeAll(task);
        Q_EMIT taskFinished(task, ok);
        task->deleteLater();
    });
    Q_EMIT taskAdded(task);
    task->start(m_pool);
}

QList<Task*> TaskManager::tasks() const
{
    QList<Task*> result;
    for (const QPointer<Task>& t : m_tasks) {
        if (t) result.append(t.data());
    }
    return result;
}

void TaskManager::cancelAll()
{
    for (const QPointer<Task>& t : m_tasks) {
        if (t) t->cancel();
    }
}

}  // namespace Estran::Base
