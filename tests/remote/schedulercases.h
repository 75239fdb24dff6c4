// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Behaviour every Scheduler adapter must show, run on real hosts: LocalScheduler on this
// computer, SlurmScheduler on the single-node Slurm rig (locally and through ssh). Job folders
// are on this machine in every case, so the tests read them directly.

#include "estran/remote/scheduler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>

namespace SchedulerCases {

using namespace Estran::Remote;

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Polls status() until `done` holds or `timeoutMs` passes; returns the last state seen.
inline JobInfo waitFor(Scheduler& scheduler, const SubmittedJob& job, const std::function<bool(const JobInfo&)>& done,
                       int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    JobInfo last;
    for (;;) {
        auto s = scheduler.status(job);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
        if (s.ok()) last = *s;
        if (!s.ok() || done(last) || timer.elapsed() > timeoutMs) return last;
        QThread::msleep(100);
    }
}

inline JobInfo waitUntilFinished(Scheduler& scheduler, const SubmittedJob& job, int timeoutMs = 30000)
{
    return waitFor(scheduler, job, [](const JobInfo& j) { return j.isFinished(); }, timeoutMs);
}

/// A job runs, its stdout.log grows while it runs, it completes with exit code 0, its results
/// are in $ESTRAN_OUTPUT_DIR; quotes, spaces and shell syntax in its name and environment
/// reach it as data.
inline void runsAJobWhoseLogGrows(Scheduler& scheduler)
{
    const QString nasty = QStringLiteral("it's a \"test\" $(touch pwned) `touch pwned2`; echo & | > x é");
    JobRequest request;
    request.name = QStringLiteral("mean of 'SST' \"2024\" $(touch pwned)");
    request.script = "echo first\n"
                     "while [ ! -e go ]; do sleep 0.1; done\n"
                     "echo second\n"
                     "printf '%s' \"$NASTY\" > \"$ESTRAN_OUTPUT_DIR/value.txt\"\n"
                     "printf '%s' \"$ESTRAN_OUTPUT_DIR\" > \"$ESTRAN_OUTPUT_DIR/where.txt\"\n";
    request.environment.insert(QStringLiteral("NASTY"), nasty);
    auto job = scheduler.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    EXPECT_FALSE(job->id.isEmpty());
    ASSERT_TRUE(QDir(job->jobDir).exists()) << job->jobDir.toStdString();

    // The job waits for a "go" file, so the log is read while it is certainly running.
    const JobInfo running = waitFor(scheduler, *job, [&](const JobInfo& j) {
        return j.state == JobState::Running && readFile(Scheduler::stdoutPath(job->jobDir)) == "first\n";
    });
    EXPECT_EQ(running.state, JobState::Running);
    EXPECT_EQ(readFile(Scheduler::stdoutPath(job->jobDir)), QByteArray("first\n"));
    QFile go(QDir(job->jobDir).filePath(QStringLiteral("go")));
    ASSERT_TRUE(go.open(QIODevice::WriteOnly));
    go.close();

    const JobInfo done = waitUntilFinished(scheduler, *job);
    EXPECT_EQ(done.state, JobState::Completed) << jobStateName(done.state).toStdString() << " " << done.reason.toStdString();
    EXPECT_EQ(done.exitCode, 0);
    EXPECT_EQ(readFile(Scheduler::stdoutPath(job->jobDir)), QByteArray("first\nsecond\n"));
    EXPECT_EQ(QString::fromUtf8(readFile(Scheduler::outputDir(job->jobDir) + QStringLiteral("/value.txt"))), nasty);
    EXPECT_EQ(QString::fromUtf8(readFile(Scheduler::outputDir(job->jobDir) + QStringLiteral("/where.txt"))),
              Scheduler::outputDir(job->jobDir));
    for (const char* name : {"pwned", "pwned2"}) {
        EXPECT_FALSE(QFile::exists(QDir(job->jobDir).filePath(QString::fromLatin1(name)))) << name;
        EXPECT_FALSE(QFile::exists(QDir(job->jobDir).filePath(QStringLiteral("../") + QString::fromLatin1(name)))) << name;
    }
}

inline void reportsAFailingJobWithItsExitCode(Scheduler& scheduler)
{
    JobRequest request;
    request.name = QStringLiteral("fails");
    request.script = "echo about to fail >&2\nexit 3\n";
    auto job = scheduler.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    const JobInfo done = waitUntilFinished(scheduler, *job);
    EXPECT_EQ(done.state, JobState::Failed);
    EXPECT_EQ(done.exitCode, 3);
    EXPECT_EQ(readFile(Scheduler::stderrPath(job->jobDir)), QByteArray("about to fail\n"));
}

inline void cancelsARunningJob(Scheduler& scheduler)
{
    JobRequest request;
    request.name = QStringLiteral("long");
    // Two sleeps: a scheduler signals the job's processes one by one (Slurm's proctrack/linuxproc
    // walks them), so the script's shell may outlive the first sleep by a moment; it never lives
    // through the second, which the kill that follows (KillWait) ends too.
    request.script = "echo started\nsleep 120\nsleep 120\necho never\n";
    auto job = scheduler.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    const JobInfo running = waitFor(scheduler, *job, [&](const JobInfo& j) {
        return j.state == JobState::Running && readFile(Scheduler::stdoutPath(job->jobDir)) == "started\n";
    });
    ASSERT_EQ(running.state, JobState::Running);
    QElapsedTimer timer;
    timer.start();
    auto cancelled = scheduler.cancel(*job);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().toString().toStdString();
    const JobInfo done = waitUntilFinished(scheduler, *job, 20000);
    EXPECT_EQ(done.state, JobState::Cancelled) << jobStateName(done.state).toStdString();
    EXPECT_LT(timer.elapsed(), 15000);
    EXPECT_EQ(readFile(Scheduler::stdoutPath(job->jobDir)), QByteArray("started\n"));
    // Cancelling a finished job is not an error and changes nothing.
    EXPECT_TRUE(scheduler.cancel(*job).ok());
    EXPECT_EQ(waitUntilFinished(scheduler, *job).state, JobState::Cancelled);
}

inline void listsARunningJob(Scheduler& scheduler)
{
    JobRequest request;
    request.name = QStringLiteral("listed job");
    request.script = "sleep 120\n";
    auto job = scheduler.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    waitFor(scheduler, *job, [](const JobInfo& j) { return j.state == JobState::Running; });
    auto jobs = scheduler.list();
    ASSERT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
    const auto it = std::find_if(jobs->begin(), jobs->end(), [&](const JobInfo& j) { return j.id == job->id; });
    ASSERT_NE(it, jobs->end());
    EXPECT_EQ(it->name, request.name);
    EXPECT_EQ(it->state, JobState::Running);
    ASSERT_TRUE(scheduler.cancel(*job).ok());
    EXPECT_EQ(waitUntilFinished(scheduler, *job).state, JobState::Cancelled);
}

}  // namespace SchedulerCases
