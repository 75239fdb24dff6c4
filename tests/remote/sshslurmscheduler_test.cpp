// SPDX-License-Identifier: GPL-3.0-or-later
// SlurmScheduler through the user's OpenSSH client: the loopback bastion + login sshd rig
// (ProxyJump, rig/ssh-rig.sh) in front of the single-node Slurm rig. The login user
// (estran-rig) has tcsh as login shell, like Datarmor's csh, and Slurm runs the job as that user.
//
// An sshd builds its sessions' environment afresh, so the SLURM_CONF of this process cannot
// reach the Slurm commands run through ssh (the rig's sshd has no AcceptEnv, and its client no
// SetEnv). On a cluster /etc/slurm/slurm.conf (or configless Slurm) plays that part; here the
// host used by the test puts `export SLURM_CONF=...` in front of each command line, which
// changes nothing else of what travels through ssh.
#include "estran/remote/slurmscheduler.h"
#include "estran/remote/sshhost.h"
#include "schedulercases.h"
#include "slurmrig.h"
#include "sshrig.h"

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Remote;

namespace {

class WithSlurmConf final : public RemoteHost {
public:
    explicit WithSlurmConf(std::shared_ptr<RemoteHost> inner) : m_inner(std::move(inner)) {}
    QString displayName() const override { return m_inner->displayName(); }
    bool isLocal() const override { return m_inner->isLocal(); }
    Base::Result<CommandOutput> run(const QString& commandLine, const QByteArray& input, const OutputSink& sink,
                                    const Base::Feedback* feedback) override
    {
        const QString prefix = QStringLiteral("export SLURM_CONF=%1\n").arg(shellQuote(qEnvironmentVariable("SLURM_CONF")));
        return m_inner->run(prefix + commandLine, input, sink, feedback);
    }

private:
    std::shared_ptr<RemoteHost> m_inner;
};

class SshSlurmScheduler : public ::testing::Test {
public:
    static void TearDownTestSuite()
    {
        SlurmRig::release();  // cancels what is left, so the folders can go
        QDir(QStringLiteral("/home/estran-rig/estran jobs")).removeRecursively();
    }

protected:
    void SetUp() override
    {
        ESTRAN_REQUIRE_SLURM_RIG();
        ESTRAN_REQUIRE_SSH_RIG();
        profile = SshRig::instance().profile(QStringLiteral("login-csh"));
        profile.workDir = QStringLiteral("~/estran jobs");
        ssh = createHost(profile, SshRig::instance().options());
        ASSERT_TRUE(ssh);
        scheduler = Scheduler::create(profile, std::make_shared<WithSlurmConf>(ssh));
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
    QDir home(QStringLiteral("/home/estran-rig/estran jobs"));
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
