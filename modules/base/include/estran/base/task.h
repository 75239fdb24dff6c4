// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/base_export.h"
#include "estran/base/error.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThreadPool;

namespace Estran::Base {

class Feedback;

/// A unit of long work in the spirit of QgsTask: run() executes on a QThreadPool worker with a
/// Feedback for progress and cancellation; finished() is always emitted on the thread the task
/// lives in (the GUI thread), after run() returned.
///
/// Subclasses implement run() and keep their results as members; slots connected to finished()
/// read them. A task is started once, by TaskManager::start() (or start() for tests). The task
/// object must outlive its run; TaskManager deletes finished tasks with deleteLater() when it owns
/// them.
///
/// Threading: name(), progress(), isRunning(), cancel() may be called from any thread;
/// run() runs on a worker and must not touch widgets.
class ESTRAN_BASE_EXPORT Task : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Task)
public:
    enum class Status { Queued, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(Status)

    explicit Task(QString name, QObject* parent = nullptr);
    ~Task() override;

    /// Translated, user-facing description ("Opening sst.nc").
    const QString& name() const { return m_name; }
    /// Percent in [0, 100].
    double progress() const;
    Status status() const { return m_status.load(); }
    bool isRunning() const { return status() == Status::Running || status() == Status::Queued; }
    /// The error of a failed (or cancelled) task.
    const std::optional<Error>& error() const { return m_error; }

    /// Asks run() to stop at its next check; finished() is still emitted.
    void cancel();
    bool isCancelled() const;

    /// Runs the task on `pool` (QThreadPool::globalInstance() when null). Prefer
    /// TaskManager::start(), which also lists the task in the status bar.
    void start(QThreadPool* pool = nullptr);

Q_SIGNALS:
    void progressChanged(double percent);
    void statusTextChanged(const QString& text);
    /// Emitted once on the task's thread after run() returned; `ok` is false on error or cancel.
    void finished(bool ok);

protected:
    /// The work, on a worker thread. Return an Error (Kind::Cancelled when feedback says so)
    /// to fail. `feedback` is never null.
    virtual std::optional<Error> run(Feedback* feedback) = 0;

private:
    void runOnWorker();
    void complete(std::optional<Error> error);

    QString m_name;
    std::unique_ptr<Feedback> m_feedback;
    std::atomic<Status> m_status{Status::Queued};
    std::optional<Error> m_error;
};

}  // namespace Estran::Base
