// SPDX-License-Identifier: GPL-3.0-or-later
// SlurmScheduler against a real Slurm (munged, slurmctld, slurmd on 127.0.0.1, started by
// tests/remote/rig/slurm-rig.sh), driven through LocalHost like any host.
#include "estran/remote/localhost.h"
#include "estran/remote/slurmscheduler.h"
#include "schedulercases.h"
#include "slurmrig.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Remote;

namespace {

class SlurmSchedulerOnRig : public ::testing::Test {
public:
    static void TearDownTestSuite() { SlurmRig::release(); }

protected:
    void SetUp() override
    {
        ESTRAN_REQUIRE_SLURM_RIG();
        profile.name = QStringLiteral("rig");
        profile.host = QStringLiteral("localhost");
        profile.scheduler = Profile::Scheduler::Slurm;
        profile.workDir = root.filePath(QStringLiteral("work dir"));
        scheduler = Scheduler::create(profile, host);
    }

    QString slurm(const QString& command)
    {
        auto out = host->run(command);
        return out.ok() ? QString::fromUtf8(out->standardOutput).trimmed() : QString();
    }

    QTemporaryDir root;
    Profile profile;
    std::shared_ptr<LocalHost> host = std::make_shared<LocalHost>();
    std::unique_ptr<Scheduler> scheduler;
};

}  // namespace

TEST_F(SlurmSchedulerOnRig, IsWhatCreateReturnsForASlurmProfile)
{
    EXPECT_EQ(scheduler->kind(), Profile::Scheduler::Slurm);
    EXPECT_NE(dynamic_cast<SlurmScheduler*>(scheduler.get()), nullptr);
    std::cout << "Slurm rig acquired in " << SlurmRig::state().startMs << " ms\n";
}

TEST_F(SlurmSchedulerOnRig, RunsAJobWhoseLogGrowsAndKeepsItsResults)
{
    SchedulerCases::runsAJobWhoseLogGrows(*scheduler);
}

TEST_F(SlurmSchedulerOnRig, ReportsAFailingJobWithItsExitCode)
{
    SchedulerCases::reportsAFailingJobWithItsExitCode(*scheduler);
}

TEST_F(SlurmSchedulerOnRig, CancelsARunningJob)
{
    SchedulerCases::cancelsARunningJob(*scheduler);
}

TEST_F(SlurmSchedulerOnRig, ListsTheUsersJobs)
{
    SchedulerCases::listsARunningJob(*scheduler);
}

TEST_F(SlurmSchedulerOnRig, ProbeFindsTheVersionAndThePartitions)
{
    auto info = scheduler->probe();
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->scheduler, QStringLiteral("slurm"));
    // What Slurm itself says, e.g. "slurm-wlm 22.05.8".
    EXPECT_EQ(info->version, slurm(QStringLiteral("sinfo --version")).section(u' ', -1));
    EXPECT_TRUE(info->version.contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))));
    EXPECT_EQ(info->queues, (QStringList{QStringLiteral("debug"), QStringLiteral("short")}));
    EXPECT_EQ(info->defaultQueue, QStringLiteral("debug"));
    EXPECT_TRUE(info->machineReadable);  // squeue --json answers on 22.05
    const QString limits = info->limits.join(u'\n');
    EXPECT_TRUE(limits.contains(QStringLiteral("short: UP, longest job 00:01:00, 1 nodes, 8 CPUs"))) << limits.toStdString();
    EXPECT_TRUE(limits.contains(QStringLiteral("not available"))) << "the rig has no accounting";
}

TEST_F(SlurmSchedulerOnRig, SendsTheJobToTheRequestedPartitionWithTheProfilesAccountAndQos)
{
    profile.account = QStringLiteral("ocean-proj");
    profile.partition = QStringLiteral("debug");
    SlurmScheduler slurmScheduler(profile, host);
    JobRequest request;
    request.name = QStringLiteral("to short");
    request.queue = QStringLiteral("short");  // the request wins over the profile
    request.cpus = 2;
    request.memoryMb = 100;
    request.walltimeMinutes = 1;
    request.script = "while [ ! -e go ]; do sleep 0.1; done\n";
    auto job = slurmScheduler.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    const QString shown = slurm(QStringLiteral("scontrol show job -o ") + shellQuote(job->id));
    EXPECT_TRUE(shown.contains(QStringLiteral(" Partition=short "))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral(" Account=ocean-proj "))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral(" TimeLimit=00:01:00 "))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("cpu=2"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral(" JobName=to short "))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral(" WorkDir=") + job->jobDir + u' ')) << shown.toStdString();
    const JobInfo running = SchedulerCases::waitFor(slurmScheduler, *job, [](const JobInfo& j) { return j.state == JobState::Running; });
    EXPECT_EQ(running.queue, QStringLiteral("short"));
    QFile go(job->jobDir + QStringLiteral("/go"));
    ASSERT_TRUE(go.open(QIODevice::WriteOnly));
    go.close();
    EXPECT_EQ(SchedulerCases::waitUntilFinished(slurmScheduler, *job).state, JobState::Completed);
}

TEST_F(SlurmSchedulerOnRig, ARefusedSubmissionNamesThePartitionAndCarriesSbatchsMessage)
{
    profile.partition = QStringLiteral("no-such-partition");
    SlurmScheduler slurmScheduler(profile, host);
    JobRequest request;
    request.script = "true\n";
    auto job = slurmScheduler.submit(request);
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().kind(), Base::Error::Kind::InvalidInput);
    EXPECT_EQ(job.error().where(), host->displayName());
    EXPECT_TRUE(job.error().message().contains(QStringLiteral("no-such-partition"))) << job.error().toString().toStdString();
    EXPECT_TRUE(job.error().detail().contains(QStringLiteral("sbatch"))) << job.error().toString().toStdString();
    EXPECT_TRUE(job.error().detail().contains(QStringLiteral("invalid partition"), Qt::CaseInsensitive))
        << job.error().toString().toStdString();
    // The refused job's folder is removed.
    EXPECT_TRUE(QDir(profile.workDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(SlurmSchedulerOnRig, AJobSlurmHasForgottenIsReadFromItsFolder)
{
    JobRequest request;
    request.script = "echo done\nexit 5\n";
    auto job = scheduler->submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    EXPECT_EQ(SchedulerCases::waitUntilFinished(*scheduler, *job).exitCode, 5);
    // The rig's MinJobAge is 5 s: wait until squeue really no longer knows the job (the rig has
    // no accounting, so sacct cannot help either).
    QElapsedTimer timer;
    timer.start();
    bool forgotten = false;
    while (!forgotten && timer.elapsed() < 60000) {
        auto out = host->run(QStringLiteral("squeue --noheader --states=all --jobs=") + shellQuote(job->id));
        ASSERT_TRUE(out.ok());
        forgotten = out->exitCode != 0 && out->standardError.contains("Invalid job id");
        if (!forgotten) QThread::msleep(250);
    }
    ASSERT_TRUE(forgotten) << "Slurm still knows job " << job->id.toStdString();
    auto info = scheduler->status(*job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Failed);
    EXPECT_EQ(info->exitCode, 5);
    EXPECT_EQ(info->id, job->id);
    EXPECT_TRUE(info->started.isValid());
    EXPECT_TRUE(info->ended.isValid());

    SubmittedJob gone = *job;
    gone.jobDir = root.filePath(QStringLiteral("gone"));
    auto missing = scheduler->status(gone);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), Base::Error::Kind::NotFound);
    EXPECT_TRUE(missing.error().message().contains(job->id));
}

TEST_F(SlurmSchedulerOnRig, ACancelledJobSlurmHasForgottenStillReadsAsCancelled)
{
    JobRequest request;
    request.script = "echo started\nsleep 120\n";
    auto job = scheduler->submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    SchedulerCases::waitFor(*scheduler, *job, [&](const JobInfo& j) {
        return j.state == JobState::Running && SchedulerCases::readFile(Scheduler::stdoutPath(job->jobDir)) == "started\n";
    });
    ASSERT_TRUE(scheduler->cancel(*job).ok());
    EXPECT_EQ(SchedulerCases::waitUntilFinished(*scheduler, *job).state, JobState::Cancelled);
    // An id Slurm never had takes the same path as a purged one ("Invalid job id specified").
    SubmittedJob forgotten = *job;
    forgotten.id = QStringLiteral("987655");
    auto info = scheduler->status(forgotten);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Cancelled);
}

TEST_F(SlurmSchedulerOnRig, KeepsSlurmsOwnMessagesInTheJobFolder)
{
    JobRequest request;
    request.script = "echo started\nsleep 120\n";
    auto job = scheduler->submit(request);
    ASSERT_TRUE(job.ok());
    SchedulerCases::waitFor(*scheduler, *job, [&](const JobInfo& j) {
        return j.state == JobState::Running && SchedulerCases::readFile(Scheduler::stdoutPath(job->jobDir)) == "started\n";
    });
    ASSERT_TRUE(scheduler->cancel(*job).ok());
    SchedulerCases::waitUntilFinished(*scheduler, *job);
    // slurmstepd's notice goes to --output, which is the folder's scheduler.log.
    QElapsedTimer timer;
    timer.start();
    QByteArray log;
    while (timer.elapsed() < 5000 && !(log = SchedulerCases::readFile(job->jobDir + QStringLiteral("/scheduler.log"))).contains("CANCELLED"))
        QThread::msleep(100);
    EXPECT_TRUE(log.contains("CANCELLED")) << log.toStdString();
}

TEST_F(SlurmSchedulerOnRig, AJobKilledBeforeItsWrapperWroteTheExitCodeGetsItFromScontrol)
{
    // The script kills its wrapper (run.sh, Slurm's batch script) with SIGKILL, so no exit_code
    // is written: squeue says FAILED, and the exit code comes from scontrol's ExitCode=0:9.
    JobRequest request;
    request.script = "echo killing the wrapper\nkill -KILL $PPID\nsleep 5\n";
    auto job = scheduler->submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    const JobInfo done = SchedulerCases::waitUntilFinished(*scheduler, *job);
    EXPECT_EQ(done.state, JobState::Failed);
    EXPECT_EQ(done.exitCode, 128 + 9);
    EXPECT_FALSE(QFile::exists(job->jobDir + QStringLiteral("/exit_code")));
}

namespace {

/// This computer with a folder of stand-ins first on PATH.
class PathPrefixedHost final : public RemoteHost {
public:
    explicit PathPrefixedHost(QString bin) : m_bin(std::move(bin)) {}
    QString displayName() const override { return m_local.displayName(); }
    bool isLocal() const override { return true; }
    Base::Result<CommandOutput> run(const QString& commandLine, const QByteArray& input, const OutputSink& sink,
                                    const Base::Feedback* feedback) override
    {
        return m_local.run(QStringLiteral("export PATH=%1:\"$PATH\"\n").arg(shellQuote(m_bin)) + commandLine, input, sink,
                           feedback);
    }

private:
    QString m_bin;
    LocalHost m_local;
};

}  // namespace

TEST_F(SlurmSchedulerOnRig, ProbeReadsPartitionsFromSinfoWhenScontrolIsRefused)
{
    // Some sites restrict scontrol; sinfo's text form gives the partitions then.
    const QString bin = root.filePath(QStringLiteral("bin"));
    ASSERT_TRUE(QDir().mkpath(bin));
    QFile scontrol(bin + QStringLiteral("/scontrol"));
    ASSERT_TRUE(scontrol.open(QIODevice::WriteOnly));
    scontrol.write("#!/bin/sh\necho 'scontrol: error: Access denied' >&2\nexit 1\n");
    scontrol.close();
    scontrol.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    SlurmScheduler slurmScheduler(profile, std::make_shared<PathPrefixedHost>(bin));
    auto info = slurmScheduler.probe();
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->queues, (QStringList{QStringLiteral("debug"), QStringLiteral("short")}));
    EXPECT_EQ(info->defaultQueue, QStringLiteral("debug"));
    EXPECT_TRUE(info->limits.join(u'\n').contains(QStringLiteral("short: UP, longest job 1:00, 1 nodes, 8 CPUs")))
        << info->limits.join(u'\n').toStdString();
}
