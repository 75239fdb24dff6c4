// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/localhost.h"
#include "hostprocesses.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

using namespace Estran;
using namespace Estran::Remote;

TEST(ShellQuote, KeepsEveryCharacterLiteral)
{
    const QString nasty = QStringLiteral("a b'c\"d$HOME `id` \\ ; | & > < * ? ! \n tab\t é");
    LocalHost host;
    auto out = host.run(QStringLiteral("printf %s ") + shellQuote(nasty));
    ASSERT_TRUE(out.ok()) << out.error().toString().toStdString();
    EXPECT_EQ(out->exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(out->standardOutput), nasty);
}

TEST(ShellQuote, QuotesTheEmptyStringAsOneArgument)
{
    EXPECT_EQ(shellQuote(QString()), QStringLiteral("''"));
    EXPECT_EQ(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    LocalHost host;
    auto out = host.run(QStringLiteral("set -- ") + shellQuote({}) + QStringLiteral(" x; echo $#"));
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->standardOutput, "2\n");
}

TEST(LocalHost, RunsBashAndReportsExitCodeAndStandardError)
{
    LocalHost host;
    EXPECT_TRUE(host.isLocal());
    auto out = host.run(QStringLiteral("[[ 1 == 1 ]] && echo out; echo err >&2; exit 3"));
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->exitCode, 3);
    EXPECT_EQ(out->standardOutput, "out\n");
    EXPECT_EQ(out->standardError, "err\n");
}

TEST(LocalHost, WritesInputToStandardInput)
{
    LocalHost host;
    QByteArray big(3 * 1024 * 1024, 'x');  // larger than a pipe buffer
    big += "end";
    auto out = host.run(QStringLiteral("wc -c; echo done"), big);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->standardOutput, QByteArray::number(big.size()) + "\ndone\n");
}

TEST(LocalHost, StreamsStandardOutputBeforeTheCommandEnds)
{
    LocalHost host;
    QElapsedTimer timer;
    timer.start();
    qint64 firstChunkMs = -1;
    QByteArray received;
    auto out = host.run(QStringLiteral("echo first; sleep 1.5; echo second"), {},
                        [&](QByteArrayView chunk) {
                            if (firstChunkMs < 0) firstChunkMs = timer.elapsed();
                            received += chunk.toByteArray();
                            return true;
                        });
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(received, "first\nsecond\n");
    EXPECT_TRUE(out->standardOutput.isEmpty());
    EXPECT_GE(firstChunkMs, 0);
    EXPECT_LT(firstChunkMs, 1000) << "the first line arrived only when the command ended";
    EXPECT_GE(timer.elapsed(), 1400);
}

TEST(LocalHost, SinkReturningFalseStopsTheCommand)
{
    LocalHost host;
    QElapsedTimer timer;
    timer.start();
    auto out = host.run(QStringLiteral("echo one; sleep 30; echo two"), {}, [](QByteArrayView) { return false; });
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->exitCode, -1);
    EXPECT_LT(timer.elapsed(), 10000);
}

TEST(LocalHost, CancelKillsTheWholeProcessGroup)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString marker = dir.filePath(QStringLiteral("late"));
    LocalHost host;
    Base::Feedback feedback;
    std::thread canceller([&feedback] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        feedback.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    // The child sleep would write the marker after 2 s if only bash were killed.
    auto out = host.run(QStringLiteral("(sleep 2; touch ") + shellQuote(marker) + QStringLiteral(") & wait"), {}, {},
                        &feedback);
    canceller.join();
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().kind(), Base::Error::Kind::Cancelled);
    EXPECT_LT(timer.elapsed(), 1900);
    QThread::msleep(2500);
    EXPECT_FALSE(QFile::exists(marker)) << "a child of the cancelled command kept running";
}

// Not a test of its own: run by the next test in a child process, which it then kills the way a
// crash or `kill -9` ends the application (no Feedback, no destructor, no QProcess cleanup).
TEST(LocalHostChild, DISABLED_RunsALongCommandUntilKilled)
{
    const QString pidFile = qEnvironmentVariable("ESTRAN_TEST_PID_FILE");
    if (pidFile.isEmpty()) GTEST_SKIP() << "run by LocalHost.ItsCommandsEndWhenTheApplicationDiesWithoutStoppingThem";
    LocalHost host;
    const QString f = shellQuote(pidFile);
    (void)host.run(QStringLiteral("sleep 300 & echo $! >> %1; bash -c 'sleep 300 & echo $!; exec sleep 300' >> %1 & "
                                  "echo $! >> %1; wait")
                       .arg(f));
}

TEST(LocalHost, ItsCommandsEndWhenTheApplicationDiesWithoutStoppingThem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    QProcess child;
    const QList<qint64> pids = HostProcesses::startChildCommand(
        child, QStringLiteral("LocalHostChild.DISABLED_RunsALongCommandUntilKilled"), pidFile, {}, 3, 10000);
    ASSERT_EQ(pids.size(), 3) << "the child did not start its command";
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished();
    const qint64 ms = HostProcesses::waitUntilGone(pids, 10000);
    std::cout << "[ measured ] the command's processes ended " << ms << " ms after the application died\n";
    EXPECT_GE(ms, 0) << "a command outlived the application that started it";
    EXPECT_LT(ms, 2500);
    for (qint64 pid : HostProcesses::stillRunning(pids)) ::kill(static_cast<pid_t>(pid), SIGKILL);
}

TEST(LocalHost, TheWatchdogNeitherChangesTheOutputNorDelaysTheEnd)
{
    LocalHost host;
    QElapsedTimer timer;
    timer.start();
    auto out = host.run(QStringLiteral("echo begin >&2; sleep 2.2; echo end >&2"));
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->standardError, "begin\nend\n");
    EXPECT_LT(timer.elapsed(), 2200 + 700) << "the watchdog held the command's streams open after it ended";
}

TEST(LocalHost, StartsInTheHomeFolder)
{
    LocalHost host;
    auto out = host.run(QStringLiteral("pwd -P; cd ~ && pwd -P"));
    ASSERT_TRUE(out.ok());
    const QList<QByteArray> lines = out->standardOutput.split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], lines[1]);
}
