// SPDX-License-Identifier: GPL-3.0-or-later
// Real local processes: the "This computer" profile with no scheduler.
#include "estran/remote/localjobrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace Estran::Remote;

namespace {

JobInfo waitUntilFinished(const QString& jobDir, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto s = LocalJobRunner::status(jobDir);
        EXPECT_TRUE(s.ok());
        if (!s.ok() || s->isFinished() || timer.elapsed() > timeoutMs) return s.ok() ? *s : JobInfo{};
        QThread::msleep(50);
    }
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST(LocalJobRunner, RunsAScriptAndKeepsItsOutputAndResults)
{
    QTemporaryDir root;
    const QString job = root.filePath(QStringLiteral("job 1 \"quoted\" $(touch pwned)"));
    auto id = LocalJobRunner::submit(job, "echo hello\necho oops >&2\necho 42 > \"$ESTRAN_OUTPUT_DIR/mean.txt\"\n");
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    const JobInfo done = waitUntilFinished(job);
    EXPECT_EQ(done.state, JobState::Completed);
    EXPECT_EQ(done.exitCode, 0);
    EXPECT_EQ(read(LocalJobRunner::stdoutPath(job)), QByteArray("hello\n"));
    EXPECT_EQ(read(LocalJobRunner::stderrPath(job)), QByteArray("oops\n"));
    EXPECT_EQ(read(QDir(LocalJobRunner::outputDir(job)).filePath(QStringLiteral("mean.txt"))), QByteArray("42\n"));
    // The folder name reached bash as data, never as code.
    EXPECT_FALSE(QFile::exists(root.filePath(QStringLiteral("pwned"))));
    EXPECT_FALSE(QFile::exists(QDir(job).filePath(QStringLiteral("pwned"))));
}

TEST(LocalJobRunner, ReportsAFailingScriptWithItsExitCode)
{
    QTemporaryDir root;
    const QString job = root.filePath(QStringLiteral("fails"));
    ASSERT_TRUE(LocalJobRunner::submit(job, "echo about to fail\nexit 3\n").ok());
    const JobInfo done = waitUntilFinished(job);
    EXPECT_EQ(done.state, JobState::Failed);
    EXPECT_EQ(done.exitCode, 3);
}

TEST(LocalJobRunner, CancelsTheWholeProcessGroup)
{
    QTemporaryDir root;
    const QString job = root.filePath(QStringLiteral("long"));
    ASSERT_TRUE(LocalJobRunner::submit(job, "sleep 60 &\nwait\n").ok());
    QThread::msleep(300);
    EXPECT_EQ(LocalJobRunner::status(job)->state, JobState::Running);
    ASSERT_TRUE(LocalJobRunner::cancel(job).ok());
    const JobInfo done = waitUntilFinished(job, 10000);
    EXPECT_EQ(done.state, JobState::Cancelled);
}

TEST(LocalJobRunner, ReattachesFromTheFolderAlone)
{
    QTemporaryDir root;
    const QString job = root.filePath(QStringLiteral("again"));
    ASSERT_TRUE(LocalJobRunner::submit(job, "echo done\n").ok());
    waitUntilFinished(job);
    // A fresh call knows nothing but the folder: what an application restart has.
    auto status = LocalJobRunner::status(job);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->state, JobState::Completed);
    EXPECT_FALSE(LocalJobRunner::submit(job, "echo twice\n").ok());
}
