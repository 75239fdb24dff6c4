// SPDX-License-Identifier: GPL-3.0-or-later
// Following real jobs on this computer (LocalHost + the local scheduler): output streamed in
// order and on time, result files brought back while the job runs, dropped connections and
// restarts that neither lose nor repeat anything.
#include "estran/remote/jobfollower.h"

#include "estran/remote/jobjournal.h"
#include "estran/remote/localhost.h"
#include "estran/remote/sshhost.h"

#include "sshrig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <random>
#include <thread>

#include <sys/stat.h>

using namespace Estran;
using namespace std::chrono_literals;

namespace {

/// A host whose connection drops when `dropWhen` says so: run() then fails as ssh does
/// (Kind::Network) without running anything.
class FlakyHost final : public Remote::RemoteHost {
public:
    explicit FlakyHost(std::shared_ptr<Remote::RemoteHost> inner) : m_inner(std::move(inner)) {}
    std::function<bool(int call)> dropWhen = [](int) { return false; };
    int calls = 0;
    int drops = 0;
    qint64 bytesPerSecond = 0;  ///< > 0: streamed output (file transfers) as through a slow link
    int latencyMs = 0;          ///< added to every command, as a cluster's login costs

    QString displayName() const override { return QStringLiteral("flaky"); }
    bool isLocal() const override { return m_inner->isLocal(); }
    Base::Result<Remote::CommandOutput> run(const QString& commandLine, const QByteArray& input,
                                            const Remote::OutputSink& sink, const Base::Feedback* feedback) override
    {
        if (dropWhen(++calls)) {
            ++drops;
            return Base::Error(Base::Error::Kind::Network, QStringLiteral("flaky"), QStringLiteral("Connection lost"),
                               QStringLiteral("client_loop: send disconnect: Broken pipe"));
        }
        if (latencyMs > 0) QThread::msleep(ulong(latencyMs));
        if (bytesPerSecond <= 0 || !sink) return m_inner->run(commandLine, input, sink, feedback);
        const qint64 rate = bytesPerSecond;
        const Remote::OutputSink slow = [&sink, rate](QByteArrayView chunk) {
            QThread::usleep(ulong(chunk.size() * 1000000 / rate));
            return sink(chunk);
        };
        return m_inner->run(commandLine, input, slow, feedback);
    }

private:
    std::shared_ptr<Remote::RemoteHost> m_inner;
};

class JobFollowerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_profile.name = QStringLiteral("test");
        m_profile.scheduler = Remote::Profile::Scheduler::Local;
        m_profile.workDir = m_dir.filePath(QStringLiteral("work"));
        useHost(std::make_shared<Remote::LocalHost>());
    }

    void useHost(std::shared_ptr<Remote::RemoteHost> host)
    {
        m_host = std::make_shared<FlakyHost>(std::move(host));
        m_scheduler = Remote::Scheduler::create(m_profile, m_host);
    }

    /// Follows a job printing a line every 0.2 s for 4 s; checks order, completeness and lag.
    void expectStreamingUnderTwoSeconds(const char* label)
    {
        // Each line carries the time it was written, in ms since the epoch.
        Remote::JournalEntry entry =
            submit("for i in $(seq 0 19); do echo \"line $i $(date +%s%3N)\"; echo \"err $i\" >&2; sleep 0.2; done\n");
        Remote::JobFollower follower(*m_host, *m_scheduler, entry);
        QByteArray out, err;
        qint64 maxLag = 0, totalLag = 0;
        int lines = 0;
        followToTheEnd(follower, [&](const Remote::FollowUpdate& u) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QByteArray& line : u.standardOutput.split('\n')) {
                if (line.isEmpty()) continue;
                const qint64 lag = now - line.split(' ').value(2).toLongLong();
                maxLag = std::max(maxLag, lag);
                totalLag += lag;
                ++lines;
            }
            out += u.standardOutput;
            err += u.standardError;
        });
        QByteArray expectedErr;
        QList<QByteArray> outLines = out.split('\n');
        ASSERT_EQ(outLines.size(), 21);  // 20 lines and the empty tail
        for (int i = 0; i < 20; ++i) {
            EXPECT_TRUE(outLines[i].startsWith("line " + QByteArray::number(i) + ' ')) << outLines[i].toStdString();
            expectedErr += "err " + QByteArray::number(i) + '\n';
        }
        EXPECT_EQ(err, expectedErr);
        EXPECT_EQ(entry.stdoutOffset, out.size());
        EXPECT_EQ(entry.stderrOffset, err.size());
        EXPECT_EQ(entry.last.state, Remote::JobState::Completed);
        EXPECT_LT(maxLag, 2000);
        std::printf("%s: output lag over %d lines: mean %lld ms, max %lld ms; slowest poll round %lld ms\n", label,
                    lines, totalLag / std::max(lines, 1), maxLag, m_slowestRound);
        RecordProperty("max_lag_ms", int(maxLag));
    }

    Remote::JournalEntry submit(const QByteArray& script)
    {
        Remote::JobRequest request;
        request.name = QStringLiteral("follow-test");
        request.script = script;
        Base::Result<Remote::SubmittedJob> job = m_scheduler->submit(request);
        EXPECT_TRUE(job.ok()) << job.error().toString().toStdString();
        Remote::JournalEntry entry;
        if (job) entry.job = *job;
        entry.fetchDir = m_dir.filePath(QStringLiteral("fetched"));
        return entry;
    }

    /// Polls until finished (or `limit`), calling `onUpdate` after each successful round.
    void followToTheEnd(Remote::JobFollower& follower, const std::function<void(const Remote::FollowUpdate&)>& onUpdate,
                        std::chrono::milliseconds limit = 30s, std::chrono::milliseconds pause = {})
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < limit.count()) {
            QElapsedTimer round;
            round.start();
            Base::Result<Remote::FollowUpdate> u = follower.poll();
            m_slowestRound = std::max(m_slowestRound, round.elapsed());
            if (u) {
                onUpdate(*u);
                if (u->finished) return;
            }
            QThread::msleep(ulong((pause.count() > 0 ? pause : follower.nextDelay()).count()));
        }
        ADD_FAILURE() << "the job was not followed to its end in time";
    }

    QByteArray readLocal(const QString& relative) const
    {
        QFile f(QDir(m_dir.filePath(QStringLiteral("fetched"))).filePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    qint64 m_slowestRound = 0;  ///< ms
    Remote::Profile m_profile;
    std::shared_ptr<FlakyHost> m_host;
    std::unique_ptr<Remote::Scheduler> m_scheduler;
};

}  // namespace

TEST_F(JobFollowerTest, StreamsLinesInOrderWithoutDuplicatesWellUnderTwoSecondsBehind)
{
    expectStreamingUnderTwoSeconds("this computer");
}

TEST_F(JobFollowerTest, StreamsUnderTwoSecondsBehindOverSshThroughABastion)
{
    ESTRAN_REQUIRE_SSH_RIG();
    m_profile.host = QStringLiteral("login");
    m_profile.sshConfig = SshRig::instance().sshConfig();
    useHost(Remote::createHost(m_profile, SshRig::instance().options()));
    ASSERT_TRUE(static_cast<Remote::RemoteHost&>(*m_host).run(QStringLiteral("true")).ok());  // the master connection
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(static_cast<Remote::RemoteHost&>(*m_host).run(QStringLiteral("true")).ok());
    std::printf("one command over the multiplexed ssh connection: %lld ms\n", clock.elapsed() / 5);
    expectStreamingUnderTwoSeconds("ssh via ProxyJump");
}

TEST_F(JobFollowerTest, BringsBackAFileWhileTheJobStillRunsAndSkipsTemporaryAndHiddenFiles)
{
    Remote::JournalEntry entry = submit(
        "echo first > \"$ESTRAN_OUTPUT_DIR/file1.txt.part\" && mv \"$ESTRAN_OUTPUT_DIR/file1.txt.part\" \"$ESTRAN_OUTPUT_DIR/file1.txt\"\n"
        "echo scratch > \"$ESTRAN_OUTPUT_DIR/.hidden\"\n"
        "echo never > \"$ESTRAN_OUTPUT_DIR/left.tmp\"\n"
        "echo never > \"$ESTRAN_OUTPUT_DIR/left.part\"\n"
        "sleep 3\n"
        "mkdir -p \"$ESTRAN_OUTPUT_DIR/sub dir\" && echo second > \"$ESTRAN_OUTPUT_DIR/sub dir/file2.txt\"\n");
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    bool file1WhileRunning = false;
    QStringList arrived;
    followToTheEnd(follower, [&](const Remote::FollowUpdate& u) {
        for (const QString& path : u.arrived) {
            arrived.append(QDir(entry.fetchDir).relativeFilePath(path));
            if (path.endsWith(QStringLiteral("file1.txt")) && u.state.state == Remote::JobState::Running) file1WhileRunning = true;
        }
    });
    EXPECT_TRUE(file1WhileRunning) << "file1 arrived only after the job ended";
    EXPECT_EQ(arrived, QStringList({QStringLiteral("file1.txt"), QStringLiteral("sub dir/file2.txt")}));
    EXPECT_EQ(readLocal(QStringLiteral("file1.txt")), QByteArray("first\n"));
    EXPECT_EQ(readLocal(QStringLiteral("sub dir/file2.txt")), QByteArray("second\n"));
    const QStringList local = QDir(entry.fetchDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(local, QStringList{QStringLiteral("file1.txt")});
    EXPECT_EQ(entry.fetched.size(), 2);
}

TEST_F(JobFollowerTest, KeepsTheOutputFlowingWhileALargeResultCrossesASlowLink)
{
    // 12 MB at 3 MB/s: four seconds of transfer, during which the job keeps printing.
    m_host->bytesPerSecond = 3'000'000;
    Remote::JournalEntry entry = submit(
        "head -c 12000000 /dev/urandom > \"$ESTRAN_OUTPUT_DIR/.big.part\" && mv \"$ESTRAN_OUTPUT_DIR/.big.part\" \"$ESTRAN_OUTPUT_DIR/big.bin\"\n"
        "sha256sum < \"$ESTRAN_OUTPUT_DIR/big.bin\" | cut -c1-64 > \"$ESTRAN_OUTPUT_DIR/big.sha256\"\n"
        "for i in $(seq 0 29); do echo \"line $i $(date +%s%3N)\"; sleep 0.2; done\n");
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    QByteArray out;
    qint64 maxLag = 0;
    qint64 bigArrivedAt = 0;
    QElapsedTimer clock;
    clock.start();
    followToTheEnd(follower, [&](const Remote::FollowUpdate& u) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QByteArray& line : u.standardOutput.split('\n'))
            if (!line.isEmpty()) maxLag = std::max(maxLag, now - line.split(' ').value(2).toLongLong());
        out += u.standardOutput;
        for (const QString& p : u.arrived)
            if (p.endsWith(QStringLiteral("big.bin"))) bigArrivedAt = clock.elapsed();
    });
    QByteArray expected;
    for (int i = 0; i < 30; ++i) expected += "line " + QByteArray::number(i) + ' ';
    QByteArray seen;
    for (const QByteArray& line : out.split('\n'))
        if (!line.isEmpty()) seen += line.left(line.lastIndexOf(' ') + 1);
    EXPECT_EQ(seen, expected);
    EXPECT_LT(maxLag, 2000);
    EXPECT_GT(bigArrivedAt, 3000) << "the throttle did not slow the transfer down";
    QFile big(QDir(entry.fetchDir).filePath(QStringLiteral("big.bin")));
    ASSERT_TRUE(big.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&big);
    EXPECT_EQ(hash.result().toHex(), readLocal(QStringLiteral("big.sha256")).trimmed());
    EXPECT_FALSE(QFile::exists(big.fileName() + QStringLiteral(".part")));
    std::printf("12 MB result over a 3 MB/s link: output lag max %lld ms, file complete after %lld ms\n", maxLag,
                bigArrivedAt);
}

TEST_F(JobFollowerTest, KeepsTheOutputFlowingWhileManyResultsArriveOverASlowConnection)
{
    // 40 files at three commands each, 150 ms a command: 18 s of fetching, spread over rounds.
    m_host->latencyMs = 150;
    Remote::JournalEntry entry = submit("for i in $(seq 1 40); do echo $i > \"$ESTRAN_OUTPUT_DIR/part-$i.txt\"; done\n"
                                        "for i in $(seq 0 19); do echo \"line $i $(date +%s%3N)\"; sleep 0.2; done\n");
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    qint64 maxLag = 0;
    int files = 0;
    followToTheEnd(
        follower,
        [&](const Remote::FollowUpdate& u) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QByteArray& line : u.standardOutput.split('\n'))
                if (!line.isEmpty()) maxLag = std::max(maxLag, now - line.split(' ').value(2).toLongLong());
            files += int(u.arrived.size());
        },
        90s);
    EXPECT_EQ(files, 40);
    EXPECT_EQ(readLocal(QStringLiteral("part-40.txt")), QByteArray("40\n"));
    EXPECT_LT(maxLag, 2000);
    std::printf("40 results at 150 ms a command: output lag max %lld ms\n", maxLag);
}

TEST_F(JobFollowerTest, FetchesAGrowingFileAgainWhenItChanges)
{
    // 2.5 s between steps: several rounds see each version, even on a loaded machine.
    Remote::JournalEntry entry = submit("echo step1 >> \"$ESTRAN_OUTPUT_DIR/series.csv\"\nsleep 2.5\n"
                                        "echo step2 >> \"$ESTRAN_OUTPUT_DIR/series.csv\"\nsleep 2.5\n");
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    QList<QByteArray> versions;
    followToTheEnd(follower, [&](const Remote::FollowUpdate& u) {
        for (const QString& path : u.arrived) {
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            versions.append(f.readAll());
        }
    });
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0], QByteArray("step1\n"));
    EXPECT_EQ(versions[1], QByteArray("step1\nstep2\n"));
}

TEST_F(JobFollowerTest, LosesAndRepeatsNothingWhenTheConnectionKeepsDropping)
{
    Remote::JournalEntry entry =
        submit("for i in $(seq 1 40); do echo \"out $i\"; echo \"err $i\" >&2; sleep 0.05; done\n"
               "echo done > \"$ESTRAN_OUTPUT_DIR/result.txt\"\n");
    // A quarter of the commands fail, at random places: some rounds fail after reading stdout,
    // some after stderr, some while listing or fetching.
    auto random = std::make_shared<std::mt19937>(20261125);
    m_host->dropWhen = [random](int) { return (*random)() % 4 == 0; };
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    QByteArray out, err;
    int results = 0;
    followToTheEnd(
        follower,
        [&](const Remote::FollowUpdate& u) {
            out += u.standardOutput;
            err += u.standardError;
            results += int(u.arrived.size());
        },
        60s, 50ms);
    QByteArray expectedOut, expectedErr;
    for (int i = 1; i <= 40; ++i) {
        expectedOut += "out " + QByteArray::number(i) + '\n';
        expectedErr += "err " + QByteArray::number(i) + '\n';
    }
    EXPECT_GT(m_host->drops, 5);
    EXPECT_EQ(out, expectedOut);
    EXPECT_EQ(err, expectedErr);
    EXPECT_EQ(results, 1);
    EXPECT_EQ(readLocal(QStringLiteral("result.txt")), QByteArray("done\n"));
}

TEST_F(JobFollowerTest, BacksOffExponentiallyToAMinuteAndResetsOnSuccess)
{
    Remote::JournalEntry entry = submit("sleep 2\n");
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    ASSERT_TRUE(follower.poll().ok());
    EXPECT_EQ(follower.nextDelay(), 500ms);
    m_host->dropWhen = [](int) { return true; };
    std::vector<std::chrono::milliseconds> delays;
    for (int i = 0; i < 9; ++i) {
        Base::Result<Remote::FollowUpdate> u = follower.poll();
        ASSERT_FALSE(u.ok());
        EXPECT_EQ(u.error().kind(), Base::Error::Kind::Network);
        delays.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(follower.nextDelay()));
    }
    EXPECT_EQ(delays, (std::vector<std::chrono::milliseconds>{1s, 2s, 4s, 8s, 16s, 32s, 60s, 60s, 60s}));
    m_host->dropWhen = [](int) { return false; };
    ASSERT_TRUE(follower.poll().ok());
    EXPECT_EQ(follower.nextDelay(), 500ms);
}

TEST_F(JobFollowerTest, AFollowerRecreatedFromTheJournalContinuesWithoutDuplicates)
{
    Remote::JobJournal journal(m_dir.filePath(QStringLiteral("journal")));
    Remote::JournalEntry entry =
        submit("for i in $(seq 1 15); do echo \"line $i\"; [ $i = 3 ] && echo a > \"$ESTRAN_OUTPUT_DIR/a.txt\"; sleep 0.1; done\n"
               "echo b > \"$ESTRAN_OUTPUT_DIR/b.txt\"\n");
    ASSERT_TRUE(journal.save(entry).ok());
    QByteArray out;
    QStringList arrived;
    {
        // The first "application": a few rounds, saving after each, then it is gone.
        Remote::JobFollower first(*m_host, *m_scheduler, entry);
        for (int round = 0; round < 4; ++round) {
            Base::Result<Remote::FollowUpdate> u = first.poll();
            ASSERT_TRUE(u.ok()) << u.error().toString().toStdString();
            out += u->standardOutput;
            for (const QString& p : u->arrived) arrived.append(QFileInfo(p).fileName());
            ASSERT_TRUE(journal.save(entry).ok());
            QThread::msleep(400);
        }
        ASSERT_FALSE(out.isEmpty());
    }
    // The restarted one reads where the first stopped from the journal alone.
    Base::Result<Remote::JournalEntry> reloaded = journal.entry(entry.key);
    ASSERT_TRUE(reloaded.ok());
    Remote::JournalEntry again = *reloaded;
    Remote::JobFollower second(*m_host, *m_scheduler, again);
    followToTheEnd(second, [&](const Remote::FollowUpdate& u) {
        out += u.standardOutput;
        for (const QString& p : u.arrived) arrived.append(QFileInfo(p).fileName());
        ASSERT_TRUE(journal.save(again).ok());
    });
    QByteArray expected;
    for (int i = 1; i <= 15; ++i) expected += "line " + QByteArray::number(i) + '\n';
    EXPECT_EQ(out, expected);
    arrived.sort();
    EXPECT_EQ(arrived, QStringList({QStringLiteral("a.txt"), QStringLiteral("b.txt")}));
    EXPECT_EQ(journal.entry(entry.key)->last.state, Remote::JobState::Completed);
}

TEST_F(JobFollowerTest, FinishesAFailedJobWithItsExitCodeAndItsFiles)
{
    Remote::JournalEntry entry = submit("echo partial > \"$ESTRAN_OUTPUT_DIR/partial.txt\"\necho 'bad input' >&2\nexit 4\n");
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    QByteArray err;
    Remote::FollowUpdate last;
    followToTheEnd(follower, [&](const Remote::FollowUpdate& u) {
        err += u.standardError;
        last = u;
    });
    EXPECT_TRUE(last.finished);
    EXPECT_EQ(last.state.state, Remote::JobState::Failed);
    EXPECT_EQ(last.state.exitCode, 4);
    EXPECT_EQ(err, QByteArray("bad input\n"));
    EXPECT_EQ(readLocal(QStringLiteral("partial.txt")), QByteArray("partial\n"));
}

TEST_F(JobFollowerTest, ACancelledRoundDoesNotWaitForTheSchedulersAnswer)
{
    // A job folder whose state cannot be read: `started` is a named pipe nobody writes, so the
    // scheduler's status command blocks like a cluster that stopped answering.
    const QString folder = m_dir.filePath(QStringLiteral("hanging"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile run(folder + QStringLiteral("/run.sh"));
    ASSERT_TRUE(run.open(QIODevice::WriteOnly));
    run.close();
    ASSERT_EQ(::mkfifo(QFile::encodeName(folder + QStringLiteral("/started")).constData(), 0600), 0);
    Remote::JournalEntry entry;
    entry.job = {QStringLiteral("999999"), folder};
    entry.last.state = Remote::JobState::Running;
    Remote::JobFollower follower(*m_host, *m_scheduler, entry);
    Base::Feedback feedback;
    std::thread canceller([&feedback] {
        std::this_thread::sleep_for(500ms);
        feedback.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    auto round = follower.poll(&feedback);
    const qint64 ms = timer.elapsed();
    canceller.join();
    ASSERT_FALSE(round.ok());
    EXPECT_EQ(round.error().kind(), Base::Error::Kind::Cancelled);
    EXPECT_LT(ms, 1500) << "the round waited for the scheduler's status after its cancel";
    EXPECT_EQ(entry.stdoutOffset, 0);
}
