// SPDX-License-Identifier: GPL-3.0-or-later
// "This computer" through Scheduler: real detached processes started through LocalHost::run().
#include "estran/remote/localhost.h"
#include "estran/remote/localscheduler.h"
#include "schedulercases.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using namespace Estran::Remote;

namespace {

struct LocalSetup {
    QTemporaryDir root;
    Profile profile;
    std::unique_ptr<Scheduler> scheduler;

    LocalSetup()
    {
        profile.name = QStringLiteral("local");
        profile.scheduler = Profile::Scheduler::Local;
        profile.workDir = root.filePath(QStringLiteral("jobs with spaces"));
        scheduler = Scheduler::create(profile, std::make_shared<LocalHost>());
    }
};

}  // namespace

TEST(LocalScheduler, IsWhatCreateReturnsForALocalProfile)
{
    LocalSetup s;
    ASSERT_TRUE(s.scheduler);
    EXPECT_EQ(s.scheduler->kind(), Profile::Scheduler::Local);
    EXPECT_NE(dynamic_cast<LocalScheduler*>(s.scheduler.get()), nullptr);
}

TEST(LocalScheduler, RunsAJobWhoseLogGrowsAndKeepsItsResults)
{
    LocalSetup s;
    SchedulerCases::runsAJobWhoseLogGrows(*s.scheduler);
}

TEST(LocalScheduler, ReportsAFailingJobWithItsExitCode)
{
    LocalSetup s;
    SchedulerCases::reportsAFailingJobWithItsExitCode(*s.scheduler);
}

TEST(LocalScheduler, CancelsARunningJobAndEveryProcessItStarted)
{
    LocalSetup s;
    SchedulerCases::cancelsARunningJob(*s.scheduler);
}

TEST(LocalScheduler, ListsRunningJobs)
{
    LocalSetup s;
    SchedulerCases::listsARunningJob(*s.scheduler);
}

TEST(LocalScheduler, ProbeFindsTheMachine)
{
    LocalSetup s;
    auto info = s.scheduler->probe();
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->scheduler, QStringLiteral("local"));
    EXPECT_TRUE(info->version.startsWith(QStringLiteral("Linux")));
    ASSERT_EQ(info->limits.size(), 1);
    EXPECT_TRUE(info->limits.first().contains(QString::number(QThread::idealThreadCount())));
}

TEST(LocalScheduler, EachSubmissionGetsItsOwnFolderUnderWorkDir)
{
    LocalSetup s;
    JobRequest request;
    request.name = QStringLiteral("same name");
    request.script = "true\n";
    auto a = s.scheduler->submit(request);
    auto b = s.scheduler->submit(request);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(a->jobDir, b->jobDir);
    EXPECT_TRUE(a->jobDir.startsWith(s.profile.workDir + u'/'));
    EXPECT_TRUE(QDir(a->jobDir).dirName().contains(QStringLiteral("same_name")));
    EXPECT_EQ(SchedulerCases::readFile(a->jobDir + QStringLiteral("/job.sh")), QByteArray("true\n"));
    SchedulerCases::waitUntilFinished(*s.scheduler, *a);
    SchedulerCases::waitUntilFinished(*s.scheduler, *b);
}

TEST(LocalScheduler, ExpandsHomeAndVariablesInWorkDirOnTheHost)
{
    LocalSetup s;
    qputenv("ESTRAN_TEST_WORK", s.root.path().toUtf8());
    s.profile.workDir = QStringLiteral("${ESTRAN_TEST_WORK}/$ESTRAN_TEST_WORK-not-a-var'x/$(touch pwned) `touch pwned`");
    LocalScheduler scheduler(s.profile, std::make_shared<LocalHost>());
    JobRequest request;
    request.script = "true\n";
    auto job = scheduler.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    // root is absolute, so "${X}/$X-..." reads root + root + "-not-a-var..." once pwd drops the "//".
    EXPECT_TRUE(job->jobDir.startsWith(s.root.path() + s.root.path() + QStringLiteral("-not-a-var'x/$(touch pwned) `touch pwned`/")))
        << job->jobDir.toStdString();
    EXPECT_FALSE(QFile::exists(QDir::home().filePath(QStringLiteral("pwned"))));
    SchedulerCases::waitUntilFinished(scheduler, *job);
}

TEST(LocalScheduler, AnUnsetVariableInWorkDirIsAnErrorNamingIt)
{
    LocalSetup s;
    s.profile.workDir = QStringLiteral("$ESTRAN_SURELY_UNSET_VARIABLE/jobs");
    LocalScheduler scheduler(s.profile, std::make_shared<LocalHost>());
    JobRequest request;
    request.script = "true\n";
    auto job = scheduler.submit(request);
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().where(), LocalHost().displayName());
    EXPECT_TRUE(job.error().message().contains(s.profile.workDir));
    EXPECT_TRUE(job.error().detail().contains(QStringLiteral("ESTRAN_SURELY_UNSET_VARIABLE"))) << job.error().detail().toStdString();
}

TEST(LocalScheduler, RefusesAnEnvironmentNameThatIsNotAnIdentifier)
{
    LocalSetup s;
    JobRequest request;
    request.script = "true\n";
    request.environment.insert(QStringLiteral("A=B; touch x"), QStringLiteral("1"));
    auto job = s.scheduler->submit(request);
    ASSERT_FALSE(job.ok());
    EXPECT_TRUE(job.error().message().contains(QStringLiteral("A=B; touch x")));
    EXPECT_FALSE(QDir(s.profile.workDir).exists());
}

TEST(LocalScheduler, RunsTheProfileSetupBeforeTheScript)
{
    LocalSetup s;
    s.profile.setup = {QStringLiteral("export FROM_SETUP='set up'"), QStringLiteral("echo setup says hi >&2")};
    LocalScheduler scheduler(s.profile, std::make_shared<LocalHost>());
    JobRequest request;
    request.script = "echo \"$FROM_SETUP\"\n";
    auto job = scheduler.submit(request);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(SchedulerCases::waitUntilFinished(scheduler, *job).state, JobState::Completed);
    EXPECT_EQ(SchedulerCases::readFile(Scheduler::stdoutPath(job->jobDir)), QByteArray("set up\n"));
    EXPECT_EQ(SchedulerCases::readFile(Scheduler::stderrPath(job->jobDir)), QByteArray("setup says hi\n"));
}

TEST(LocalScheduler, AJobWhoseProcessVanishedReadsAsFailedFromItsFolder)
{
    LocalSetup s;
    JobRequest request;
    request.script = "sleep 120\n";
    auto job = s.scheduler->submit(request);
    ASSERT_TRUE(job.ok());
    SchedulerCases::waitFor(*s.scheduler, *job, [](const JobInfo& j) { return j.state == JobState::Running; });
    // Killed from outside (as a reboot or the OOM killer would): no exit_code was written.
    LocalHost host;
    auto killed = host.run(QStringLiteral("pkill -KILL -s %1").arg(job->id));
    ASSERT_TRUE(killed.ok());
    const JobInfo done = SchedulerCases::waitUntilFinished(*s.scheduler, *job);
    EXPECT_EQ(done.state, JobState::Failed);
    EXPECT_FALSE(done.exitCode.has_value());
    EXPECT_FALSE(done.reason.isEmpty());
}

TEST(LocalScheduler, StatusOfAMissingFolderIsNotFound)
{
    LocalSetup s;
    auto info = s.scheduler->status({QStringLiteral("1"), s.root.filePath(QStringLiteral("nothing here"))});
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().kind(), Base::Error::Kind::NotFound);
}
