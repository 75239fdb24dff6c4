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
