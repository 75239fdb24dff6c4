// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/feedback.h"
#include "estran/base/task.h"
#include "estran/base/taskmanager.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <atomic>

using namespace Estran::Base;

namespace {

// Counts to `steps`, reporting progress, and records which thread ran it.
class CountingTask final : public Task {
public:
    explicit CountingTask(int steps, std::atomic<bool>* gate = nullptr)
        : Task(QStringLiteral("count")), m_steps(steps), m_gate(gate)
    {
    }
    QThread* runThread = nullptr;
    int reached = 0;

protected:
    std::optional<Error> run(Feedback* feedback) override
    {
        runThread = QThread::currentThread();
        for (int i = 0; i < m_steps; ++i) {
            while (m_gate && !m_gate->load()) {
                if (feedback->isCancelled()) return Error::cancelled(name());
                QThread::msleep(1);
            }
            if (feedback->isCancelled()) return Error::cancelled(name());
            reached = i + 1;
            feedback->setProgress(100.0 * (i + 1) / m_steps);
        }
        return std::nullopt;
    }

private:
    int m_steps;
    std::atomic<bool>* m_gate;
};

class FailingTask final : public Task {
public:
    FailingTask() : Task(QStringLiteral("fail")) {}

protected:
    std::optional<Error> run(Feedback*) override
    {
        return Error(Error::Kind::Io, QStringLiteral("/tmp/x.nc"), QStringLiteral("broken"));
    }
};

}  // namespace

TEST(Task, RunsOnAWorkerAndFinishesOnTheGuiThread)
{
    CountingTask task(10);
    QThread* finishedOn = nullptr;
    bool result = false;
    QObject::connect(&task, &Task::finished, &task, [&](bool ok) {
        finishedOn = QThread::currentThread();
        result = ok;
    });
    task.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finishedOn != nullptr; }, 5000));
    EXPECT_TRUE(result);
    EXPECT_EQ(finishedOn, QThread::currentThread());
    EXPECT_NE(task.runThread, QThread::currentThread());
    EXPECT_EQ(task.reached, 10);
    EXPECT_EQ(task.status(), Task::Status::Succeeded);
    EXPECT_DOUBLE_EQ(task.progress(), 100.0);
}

TEST(Task, CancelStopsTheRunAndReportsCancelled)
{
    std::atomic<bool> gate{false};
    CountingTask task(10, &gate);
    QSignalSpy spy(&task, &Task::finished);
    task.start();
    task.cancel();
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_FALSE(spy.at(0).at(0).toBool());
    EXPECT_EQ(task.status(), Task::Status::Cancelled);
    ASSERT_TRUE(task.error().has_value());
    EXPECT_EQ(task.error()->kind(), Error::Kind::Cancelled);
    EXPECT_EQ(task.reached, 0);
}

TEST(Task, FailureKeepsTheErrorNamingTheFile)
{
    FailingTask task;
    QSignalSpy spy(&task, &Task::finished);
    task.start();
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_EQ(task.status(), Task::Status::Failed);
    ASSERT_TRUE(task.error().has_value());
    EXPECT_EQ(task.error()->where(), QStringLiteral("/tmp/x.nc"));
}

TEST(Task, ProgressSignalsArriveOnTheGuiThread)
{
    CountingTask task(4);
    QList<QThread*> threads;
    QObject::connect(&task, &Task::progressChanged, &task,
                     [&](double) { threads.append(QThread::currentThread()); });
    QSignalSpy spy(&task, &Task::finished);
    task.start();
    ASSERT_TRUE(spy.wait(5000));
    QCoreApplication::processEvents();
    ASSERT_FALSE(threads.isEmpty());
    for (QThread* t : threads) EXPECT_EQ(t, QThread::currentThread());
}

TEST(TaskManager, ListsRunningTasksUntilTheyFinish)
{
    QThreadPool pool;
    TaskManager manager(&pool);
    std::atomic<bool> gate{false};
    auto* task = new CountingTask(3, &gate);
    QSignalSpy added(&manager, &TaskManager::taskAdded);
    QSignalSpy finished(&manager, &TaskManager::taskFinished);
    manager.start(task);
    EXPECT_EQ(added.count(), 1);
    ASSERT_EQ(manager.tasks().size(), 1);
    EXPECT_EQ(manager.tasks().first(), task);
    gate = true;
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_TRUE(manager.tasks().isEmpty());
}

TEST(TaskManager, CancelAllCancelsEveryRunningTask)
{
    QThreadPool pool;
    TaskManager manager(&pool);
    std::atomic<bool> gate{false};
    manager.start(new CountingTask(3, &gate));
    manager.start(new CountingTask(3, &gate));
    QSignalSpy finished(&manager, &TaskManager::taskFinished);
    manager.cancelAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 2; }, 5000));
    EXPECT_FALSE(finished.at(0).at(1).toBool());
    EXPECT_FALSE(finished.at(1).at(1).toBool());
}
