// SPDX-License-Identifier: GPL-3.0-or-later
// SlurmScheduler through the user's OpenSSH client: the loopback bastion + login sshd rig
// (ProxyJump, rig/ssh-rig.sh) in front of the single-node Slurm rig. The login user
// (estran-rig) has tcsh as login shell, like Datarmor's csh, and Slurm runs the job as that user.
// LocalScheduler is run through the same ssh path too (a host without a batch system).
//
// An sshd builds its sessions' environment afresh, so this process's SLURM_CONF cannot reach
// the Slurm commands run through ssh. As on a cluster's login node, they read
// /etc/slurm/slurm.conf, which the Slurm rig links to its configuration while it runs.
#include "estran/remote/slurmscheduler.h"
#include "estran/remote/sshhost.h"
#include "schedulercases.h"
#include "slurmrig.h"
#include "sshrig.h"

#include <QCoreApplication>
#include <QDir>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Remote;

namespace {

/// ctest runs every test in its own process, two at a time: each process has its own folder in
/// the shared rig user's home, so one process's clean-up never removes another's running job.
QString processFolder(const char* base)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(base)).arg(QCoreApplication::applicationPid());
}

class SshSlurmScheduler : public ::testing::Test {
public:
    static void TearDownTestSuite()
    {
        SlurmRig::release();  // the rig stops only when no test process holds it any more
        QDir(QStringLiteral("/home/estran-rig/") + processFolder("estran jobs")).removeRecursively();
    }

protected:
    void SetUp() override
    {
        ESTRAN_REQUIRE_SLURM_RIG();
        ESTRAN_REQUIRE_SSH_RIG();
        const QString systemConf = QFileInfo(QStringLiteral("/etc/slurm/slurm.conf")).canonicalFilePath();
        if (systemConf != QFileInfo(qEnvironmentVariable("SLURM_CONF")).canonicalFilePath()) {
            const std::string why = "/etc/slurm/slurm.conf is not the rig's (" + systemConf.toStdString() +
                                    "): another Slurm is configured on this machine";
            if (SlurmRig::required()) FAIL() << why;
            GTEST_SKIP() << why;
        }
        profile = SshRig::instance().profile(QStringLiteral("login-csh"));
        profile.workDir = QStringLiteral("~/") + processFolder("estran jobs");
        ssh = createHost(profile, SshRig::instance().options());
        ASSERT_TRUE(ssh);
        scheduler = Scheduler::create(profile, ssh);
    }

    Profile profile;
    std::shared_ptr<RemoteHost> ssh;
    std::unique_ptr<Scheduler> scheduler;
};

}  // namespace

TEST_F(SshSlurmScheduler, RunsAJobThroughTheBastionAsTheLoginUser)
{
    const int forwardsBefore = SshRig::instance().bastionForwards();
    SchedulerCases::runsAJobWhoseLogGrows(*scheduler);
    EXPECT_GT(SshRig::instance().bastionForwards(), forwardsBefore) << "the commands went through the bastion";
    // ~ was expanded on the host, for the login user, and the job ran as that user.
    auto listed = scheduler->list();
    ASSERT_TRUE(listed.ok()) << listed.error().toString().toStdString();
    QDir home(QStringLiteral("/home/estran-rig/") + processFolder("estran jobs"));
    ASSERT_TRUE(home.exists());
    const QStringList jobs = home.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_FALSE(jobs.isEmpty());
    EXPECT_EQ(QFileInfo(home.filePath(jobs.first()) + QStringLiteral("/stdout.log")).owner(), QStringLiteral("estran-rig"));
}

TEST_F(SshSlurmScheduler, ReportsAFailingJobWithItsExitCode)
{
    SchedulerCases::reportsAFailingJobWithItsExitCode(*scheduler);
}

TEST_F(SshSlurmScheduler, CancelsARunningJob)
{
    SchedulerCases::cancelsARunningJob(*scheduler);
}

TEST_F(SshSlurmScheduler, ProbesThroughSsh)
{
    auto info = scheduler->probe();
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->defaultQueue, QStringLiteral("debug"));
    EXPECT_TRUE(info->queues.contains(QStringLiteral("short")));
}

// No scheduler on the host: LocalScheduler's detached sessions started through ssh.
class LocalSchedulerOverSsh : public ::testing::Test {
protected:
    void SetUp() override
    {
        ESTRAN_REQUIRE_SSH_RIG();
        profile = SshRig::instance().profile(QStringLiteral("login-csh"));
        profile.scheduler = Profile::Scheduler::Local;
        profile.workDir = QStringLiteral("~/") + processFolder("estran local jobs");
        ssh = createHost(profile, SshRig::instance().options());
        ASSERT_TRUE(ssh);
        scheduler = Scheduler::create(profile, ssh);
    }
    static void TearDownTestSuite()
    {
        QDir(QStringLiteral("/home/estran-rig/") + processFolder("estran local jobs")).removeRecursively();
    }

    Profile profile;
    std::shared_ptr<RemoteHost> ssh;
    std::unique_ptr<Scheduler> scheduler;
};

TEST_F(LocalSchedulerOverSsh, RunsAJobWhoseLogGrows)
{
    EXPECT_EQ(scheduler->kind(), Profile::Scheduler::Local);
    SchedulerCases::runsAJobWhoseLogGrows(*scheduler);
}

TEST_F(LocalSchedulerOverSsh, SubmitReturnsAtOnceAndTheJobOutlivesTheCommandThatStartedIt)
{
    // ssh waits for every stream of the remote command: the job's are /dev/null, so submit does
    // not wait for a job that runs two minutes; cancel then stops it.
    QElapsedTimer timer;
    timer.start();
    SchedulerCases::cancelsARunningJob(*scheduler);
    EXPECT_LT(timer.elapsed(), 20000);
}
