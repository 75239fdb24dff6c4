// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing what a real PBS Pro server printed (../shared/fixtures/scheduler, FirecREST's server).
#include "estran/remote/pbsoutput.h"
#include "pbstextform.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Estran::Remote;

namespace {
QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(ESTRAN_FIXTURES_DIR "/scheduler/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}
}  // namespace

TEST(PbsOutput, ReadsTheJobIdOfQsub)
{
    EXPECT_EQ(*PbsOutput::parseSubmit(QString::fromUtf8(fixture("firecrest-pbs-qsub.txt"))), QStringLiteral("1.pbs"));
    EXPECT_EQ(*PbsOutput::parseSubmit(QStringLiteral("4567.datarmor0\n")), QStringLiteral("4567.datarmor0"));
    EXPECT_EQ(*PbsOutput::parseSubmit(QStringLiteral("88[].datarmor0")), QStringLiteral("88[].datarmor0"));
    EXPECT_FALSE(PbsOutput::parseSubmit(QStringLiteral("qsub: Unknown queue")).ok());
}

TEST(PbsOutput, ReadsARunningJobFromQstatJson)
{
    auto jobs = PbsOutput::parseQstatJson(fixture("firecrest-pbs-qstat-f-json-job.json"));
    ASSERT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
    ASSERT_EQ(jobs->size(), 1);
    const JobInfo& j = jobs->first();
    EXPECT_EQ(j.id, QStringLiteral("1.pbs"));
    EXPECT_EQ(j.name, QStringLiteral("hello_pbs"));
    EXPECT_EQ(j.queue, QStringLiteral("workq"));
    EXPECT_EQ(j.state, JobState::Running);
    EXPECT_TRUE(j.submitted.isValid());
}

TEST(PbsOutput, ReadsFinishedAndRunningJobsOfAllUsers)
{
    auto jobs = PbsOutput::parseQstatJson(fixture("firecrest-pbs-qstat-f-json-allusers.json"));
    ASSERT_TRUE(jobs.ok());
    ASSERT_EQ(jobs->size(), 3);
    int completed = 0, running = 0;
    for (const JobInfo& j : *jobs) {
        if (j.state == JobState::Completed) {
            ++completed;
            EXPECT_EQ(j.exitCode, 0);
        }
        if (j.state == JobState::Running) ++running;
    }
    EXPECT_EQ(completed, 2);
    EXPECT_EQ(running, 1);
}

TEST(PbsOutput, MapsExitStatusesOfFinishedJobs)
{
    EXPECT_EQ(PbsOutput::stateFrom(QStringLiteral("F"), 0), JobState::Completed);
    EXPECT_EQ(PbsOutput::stateFrom(QStringLiteral("F"), 2), JobState::Failed);
    EXPECT_EQ(PbsOutput::stateFrom(QStringLiteral("F"), -29), JobState::TimedOut);
    EXPECT_EQ(PbsOutput::stateFrom(QStringLiteral("F"), 271), JobState::Cancelled);
    EXPECT_EQ(PbsOutput::stateFrom(QStringLiteral("Q"), std::nullopt), JobState::Queued);
}

TEST(PbsOutput, NamesTheHostForInvalidJson)
{
    auto r = PbsOutput::parseQstatJson("qstat: illegally formed job identifier", QStringLiteral("datarmor"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where(), QStringLiteral("datarmor"));
}

TEST(PbsOutput, ReadsTheTextFormOfQstatLikeItsJsonForm)
{
    const QByteArray json = fixture("firecrest-pbs-qstat-f-json-allusers.json");
    const QString text = PbsTextForm::render(json, QStringLiteral("Jobs"), QStringLiteral("Job Id: "));
    ASSERT_TRUE(text.contains(QStringLiteral("\n\t"))) << "some value is long enough to wrap";
    auto fromJson = PbsOutput::parseQstatJson(json);
    auto fromText = PbsOutput::parseQstatText(text);
    ASSERT_TRUE(fromJson.ok() && fromText.ok());
    ASSERT_EQ(fromText->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const JobInfo& a = fromJson->at(i);
        const JobInfo& b = fromText->at(i);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.queue, b.queue);
        EXPECT_EQ(a.state, b.state) << a.id.toStdString();
        EXPECT_EQ(a.exitCode, b.exitCode) << a.id.toStdString();
        EXPECT_EQ(a.reason, b.reason) << a.id.toStdString();
        EXPECT_EQ(a.submitted, b.submitted);
        EXPECT_EQ(a.started, b.started);
        EXPECT_EQ(a.ended, b.ended);
    }
    EXPECT_EQ(fromText->at(0).state, JobState::Completed);
    EXPECT_EQ(fromText->at(2).state, JobState::Running);
    EXPECT_FALSE(PbsOutput::parseQstatText(QStringLiteral("qstat: something else\n")).ok());
    EXPECT_TRUE(PbsOutput::parseQstatText(QString()).ok());
}

TEST(PbsOutput, ReadsQueuesAndTheServerVersion)
{
    const QByteArray json = fixture("firecrest-pbs-qstat-queues-json.json");
    auto queues = PbsOutput::parseQueuesJson(json);
    ASSERT_TRUE(queues.ok());
    ASSERT_EQ(queues->size(), 1);
    EXPECT_EQ(queues->first().name, QStringLiteral("workq"));
    EXPECT_EQ(queues->first().type, QStringLiteral("Execution"));
    EXPECT_TRUE(queues->first().enabled);
    EXPECT_TRUE(queues->first().started);
    EXPECT_EQ(PbsOutput::versionFromJson(json), QStringLiteral("23.06.06"));

    auto text = PbsOutput::parseQueuesText(PbsTextForm::render(json, QStringLiteral("Queue"), QStringLiteral("Queue: ")));
    ASSERT_TRUE(text.ok());
    ASSERT_EQ(text->size(), 1);
    EXPECT_EQ(text->first().name, QStringLiteral("workq"));
    EXPECT_TRUE(text->first().enabled);
    EXPECT_FALSE(PbsOutput::parseQueuesJson("not json", QStringLiteral("datarmor")).ok());
}
