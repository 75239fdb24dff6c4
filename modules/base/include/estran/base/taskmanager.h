// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QThreadPool;

namespace Estran::Base {

class Task;

/// Starts tasks on a thread pool and lists the running ones, for the status bar and for
/// "is anything still running" questions. GUI thread only.
class ESTRAN_BASE_EXPORT TaskManager : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskManager)
public:
    /// `pool` defaults to QThreadPool::globalInstance().
    explicit TaskManager(QThreadPool* pool = nullptr, QObject* parent = nullptr);
    ~TaskManager() override;

    /// The process-wide manager used by the application.
    static TaskManager* instance();

    /// Takes ownership of `task` (deleted after finished() was delivered) and runs it.
    void start(Task* task);
    /// Tasks queued or running, oldest first.
    QList<Task*> tasks() const;
    /// Cancels every running task (e.g. on quit).
    void cancelAll();

Q_SIGNALS:
    void taskAdded(Estran::Base::Task* task);
    /// After the task's own finished(); the task is deleted later.
    void taskFinished(Estran::Base::Task* task, bool ok);

private:
    QThreadPool* m_pool;
    QList<QPointer<Task>> m_tasks;
};

}  // namespace Estran::Base
