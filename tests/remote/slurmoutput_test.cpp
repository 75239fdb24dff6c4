// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing what real Slurm daemons printed (../shared/fixtures/scheduler, FirecREST's test cluster).
#include "estran/remote/slurmoutput.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Estran::Remote;

namespace {
QString fixture(const char* name)
{
    QFile f(QStringLiteral(ESTRAN_FIXTURES_DIR "/scheduler/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(f.readAll());
}
}  // namespace

TEST(SlurmOutput, ReadsTheJobIdOfSbatch)
{
    EXPECT_EQ(*SlurmOutput::parseSubmit(fixture("firecrest-slurm-sbatch.txt")), QStringLiteral("1"));
    EXPECT_EQ(*SlurmOutput::parseSubmit(QStringLiteral("4242;trex\n")), QStringLiteral("4242"));
}

TEST(SlurmOutput, ReportsARefusedSubmissionAsAnError)
{
    auto r = SlurmOutput::parseSubmit(fixture("firecrest-slurm-sbatch-out-of-quota-stderr.txt"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), QStringLiteral("sbatch"));
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("QOS")));
}

TEST(SlurmOutput, ReadsARunningJobFromSqueue)
{
    auto jobs = SlurmOutput::parseSqueue(fixture("firecrest-slurm-squeue-pipe-format.txt"));
    ASSERT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
    ASSERT_EQ(jobs->size(), 1);
    const JobInfo& j = jobs->first();
    EXPECT_EQ(j.id, QStringLiteral("1"));
    EXPECT_EQ(j.name, QStringLiteral("SbatchTestXYZ"));
    EXPECT_EQ(j.queue, QStringLiteral("part01"));
    EXPECT_EQ(j.state, JobState::Running);
    EXPECT_EQ(j.submitted, QDateTime::fromSecsSinceEpoch(1787124673, Qt::UTC));
    EXPECT_FALSE(j.ended.isValid());
}

TEST(SlurmOutput, ReadsAFinishedJobFromSacctSkippingSteps)
{
    auto jobs = SlurmOutput::parseSacct(fixture("firecrest-slurm-sacct-pipe-format.txt"));
    ASSERT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
    ASSERT_EQ(jobs->size(), 1);
    EXPECT_EQ(jobs->first().state, JobState::Completed);
    EXPECT_EQ(jobs->first().exitCode, 0);
}

TEST(SlurmOutput, MapsStatesWithTheirExtras)
{
    EXPECT_EQ(SlurmOutput::stateFromText(QStringLiteral("CANCELLED by 1000")), JobState::Cancelled);
    EXPECT_EQ(SlurmOutput::stateFromText(QStringLiteral("TIMEOUT")), JobState::TimedOut);
    EXPECT_EQ(SlurmOutput::stateFromText(QStringLiteral("OUT_OF_MEMORY")), JobState::Failed);
    EXPECT_EQ(SlurmOutput::stateFromText(QStringLiteral("PENDING")), JobState::Queued);
    EXPECT_EQ(SlurmOutput::stateFromText(QStringLiteral("WHATEVER")), JobState::Unknown);
}

TEST(SlurmOutput, RejectsAShortLineNamingTheCommand)
{
    auto r = SlurmOutput::parseSqueue(QStringLiteral("1|2|3\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), QStringLiteral("squeue"));
}

TEST(SlurmOutput, ReadsAJobFromScontrolShowJobOneLiner)
{
    auto jobs = SlurmOutput::parseScontrolJobs(fixture("firecrest-slurm-scontrol-show-job-oneliner.txt"));
    ASSERT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
    ASSERT_EQ(jobs->size(), 1);
    const JobInfo& job = jobs->first();
    EXPECT_EQ(job.id, QStringLiteral("1"));
    EXPECT_EQ(job.name, QStringLiteral("bash"));
    EXPECT_EQ(job.queue, QStringLiteral("debug"));
    EXPECT_EQ(job.state, JobState::Running);
    EXPECT_TRUE(job.reason.isEmpty());  // Reason=None
    EXPECT_FALSE(job.exitCode.has_value());  // not finished: ExitCode=0:0 means nothing yet
    EXPECT_EQ(job.submitted, QDateTime::fromSecsSinceEpoch(1781596838, Qt::UTC));
    EXPECT_EQ(job.started, QDateTime::fromSecsSinceEpoch(1781596838, Qt::UTC));
}

TEST(SlurmOutput, ReadsATimedOutJobAndItsSignalFromScontrol)
{
    // The recorded line with the state and exit code Slurm prints for a job killed at its time
    // limit. The rig's shortest partition limit is one minute, too slow for a test, so the
    // TIMEOUT state is only checked here, as parsing.
    QString line = fixture("firecrest-slurm-scontrol-show-job-oneliner.txt");
    line.replace(QStringLiteral("JobState=RUNNING Reason=None"), QStringLiteral("JobState=TIMEOUT Reason=TimeLimit"));
    line.replace(QStringLiteral("ExitCode=0:0"), QStringLiteral("ExitCode=0:15"));
    auto jobs = SlurmOutput::parseScontrolJobs(line);
    ASSERT_TRUE(jobs.ok());
    EXPECT_EQ(jobs->first().state, JobState::TimedOut);
    EXPECT_EQ(jobs->first().exitCode, 128 + 15);
    EXPECT_EQ(jobs->first().reason, QStringLiteral("TimeLimit"));
    EXPECT_EQ(jobs->first().ended, QDateTime::fromSecsSinceEpoch(1781598638, Qt::UTC));
}

TEST(SlurmOutput, ReadsPartitionsWithTheirLimitsFromScontrol)
{
    auto parts = SlurmOutput::parseScontrolPartitions(fixture("firecrest-slurm-scontrol-partitions.txt"));
    ASSERT_TRUE(parts.ok()) << parts.error().toString().toStdString();
    ASSERT_EQ(parts->size(), 4);
    EXPECT_EQ(parts->at(0).name, QStringLiteral("part01"));
    EXPECT_TRUE(parts->at(0).isDefault);
    EXPECT_FALSE(parts->at(1).isDefault);
    EXPECT_EQ(parts->at(0).maxTime, QStringLiteral("5-00:00:00"));
    EXPECT_EQ(parts->at(0).state, QStringLiteral("UP"));
    EXPECT_EQ(parts->at(3).name, QStringLiteral("jupyterhub"));
    EXPECT_TRUE(parts->at(3).hidden);
    EXPECT_EQ(parts->at(3).nodes, 1368);
    EXPECT_EQ(parts->at(3).cpus, 393984);

    auto owens = SlurmOutput::parseScontrolPartitions(fixture("ood_core-scontrol-show-partitions-owens.txt"));
    ASSERT_TRUE(owens.ok()) << owens.error().toString().toStdString();
    ASSERT_FALSE(owens->isEmpty());
    EXPECT_EQ(owens->first().name, QStringLiteral("batch"));
    EXPECT_TRUE(owens->first().isDefault);
    EXPECT_EQ(owens->first().state, QStringLiteral("INACTIVE"));
    EXPECT_EQ(owens->first().maxTime, QStringLiteral("7-00:00:00"));
    EXPECT_EQ(owens->first().nodes, 810);
}

TEST(SlurmOutput, ReadsPartitionsFromSinfosTextForm)
{
    // Printed by the test rig's Slurm 22.05.8 with SlurmOutput::sinfoPartitionFormat().
    auto parts = SlurmOutput::parseSinfoPartitions(QStringLiteral("debug*|up|1:00:00|1|8\nshort|up|1:00|1|8\n"));
    ASSERT_TRUE(parts.ok());
    ASSERT_EQ(parts->size(), 2);
    EXPECT_EQ(parts->at(0).name, QStringLiteral("debug"));
    EXPECT_TRUE(parts->at(0).isDefault);
    EXPECT_EQ(parts->at(0).state, QStringLiteral("UP"));
    EXPECT_EQ(parts->at(1).maxTime, QStringLiteral("1:00"));
    EXPECT_EQ(parts->at(1).cpus, 8);
    EXPECT_FALSE(SlurmOutput::parseSinfoPartitions(QStringLiteral("debug up")).ok());
}
