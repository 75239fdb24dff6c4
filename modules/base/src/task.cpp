// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/task.h"

#include "estran/base/feedback.h"

#include <QThreadPool>

namespace Estran::Base {

Task::Task(QString name, QObject* parent)
    : QObject(parent), m_name(std::move(name)), m_feedback(std::make_unique<Feedback>())
{
    // Feedback signals come from the worker; re-emitting them through `this` as context makes
    // them arrive queued on the task's own (GUI) thread.
    connect(m_feedback.get(), &Feedback::progressChanged, this, &Task::progressChanged);
    connect(m_feedback.get(), &Feedback::statusChanged, this, &Task::statusTextChanged);
}

Task::~Task()
{
    // Deleting a running task would leave run() with a dangling `this`; TaskManager only
    // deletes finished tasks, so this is a programmer error we can only report.
    if (status() == Status::Running) {
        qWarning("Estran::Base::Task '%s' destroyed while running", qPrintable(m_name));
        m_feedback->cancel();
    }
}

double Task::progress() const { return m_feedback->progress(); }

void Task::cancel() { m_feedback->cancel(); }

bool Task::isCancelled() const { return m_feedback->isCancelled(); }

void Task::start(QThreadPool* pool)
{
    if (!pool) pool = QThreadPool::globalInstance();
    m_status = Status::Queued;
    pool->start([this] { runOnWorker(); });
}

void Task::runOnWorker()
{
    std::optional<Error> error;
    if (m_feedback->isCancelled()) {
        error = Error::cancelled(m_name);
    } else {
        m_status = Status::Running;
        error = run(m_feedback.get());
        if (!error && m_feedback->isCancelled()) error = Error::cancelled(m_name);
    }
    // Hand the outcome to the task's thread; the queued call is dropped if the task is gone.
    QMetaObject::invokeMethod(
        this, [this, error = std::move(error)]() mutable { complete(std::move(error)); },
        Qt::QueuedConnection);
}

void Task::complete(std::optional<Error> error)
{
    m_error = std::move(error);
    if (!m_error) {
        m_feedback->setProgress(100.0);
        m_status = Status::Succeeded;
    } else {
        m_status = m_error->kind() == Error::Kind::Cancelled ? Status::Cancelled : Status::Failed;
    }
    Q_EMIT finished(!m_error.has_value());
}

}  // namespace Estran::Base
