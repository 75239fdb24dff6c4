// SPDX-License-Identifier: GPL-3.0-or-later
// PbsScheduler with no PBS server: none is packaged for Debian. The host is this computer, with
// fake qsub/qstat/qdel/qselect first on PATH that record the exact arguments they receive and
// print what a real PBS Pro 23.06 server printed (../shared/fixtures/scheduler, FirecREST's
// recordings). The few error lines the fakes print ("Job has finished, use -x or -H ...",
// "Unknown Job Id", "Unknown queue", getopt's "invalid option") are PBS's and glibc's own
// message texts. So this checks command building, the JSON/text fallbacks and parsing; the
// transport and job folder paths are the ones the Slurm and local tests run for real.
#include "estran/remote/localhost.h"
#include "estran/remote/pbsoutput.h"
#include "estran/remote/pbsscheduler.h"
#include "hostprocesses.h"
#include "pbstextform.h"
#include "schedulercases.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <thread>

using namespace Estran;
using namespace Estran::Remote;

namespace {

const QString kFixtures = QStringLiteral(ESTRAN_FIXTURES_DIR "/scheduler");

/// This computer, with the fakes' folder first on PATH for every command.
class FakePbsHost final : public RemoteHost {
public:
    explicit FakePbsHost(QString prefix) : m_prefix(std::move(prefix)) {}
    QString displayName() const override { return QStringLiteral("fake-pbs"); }
    bool isLocal() const override { return false; }
    Base::Result<CommandOutput> run(const QString& commandLine, const QByteArray& input, const OutputSink& sink,
                                    const Base::Feedback* feedback) override
    {
        return m_local.run(m_prefix + commandLine, input, sink, feedback);
    }

private:
    QString m_prefix;
    LocalHost m_local;
};

const char* const kQsub = R"(#!/bin/bash
printf '%s\n' "$@" > "$FAKE_PBS/qsub.args"
cp -- "${@: -1}" "$FAKE_PBS/qsub.script"
if [ -e "$FAKE_PBS/refuse" ]; then echo "qsub: Unknown queue" >&2; exit 170; fi
cat "$FIXTURES/firecrest-pbs-qsub.txt"
)";

const char* const kQstat = R"(#!/bin/bash
printf '%s\n' "$*" >> "$FAKE_PBS/qstat.calls"
if [ -e "$FAKE_PBS/slow" ]; then echo $$ >> "$FAKE_PBS/slow.pids"; sleep 30; fi
json=0; history=0; queues=0; ids=()
for a in "$@"; do
  case $a in
    -F) ;; json) json=1 ;; -f) ;; -fx | -xf | -x) history=1 ;; -Q) queues=1 ;;
    -*) echo "qstat: invalid option -- '${a#-}'" >&2; exit 2 ;;
    *) ids+=("$a") ;;
  esac
done
if [ $json = 1 ] && [ -e "$FAKE_PBS/nojson" ]; then echo "qstat: invalid option -- 'F'" >&2; echo "usage: qstat [-f] ..." >&2; exit 2; fi
if [ $queues = 1 ]; then
  if [ $json = 1 ]; then cat "$FIXTURES/firecrest-pbs-qstat-queues-json.json"; else cat "$FAKE_PBS/queues.txt"; fi
  exit 0
fi
for id in "${ids[@]}"; do
  state=$(cat "$FAKE_PBS/state.$id" 2>/dev/null || echo unknown)
  case $state in
    running) if [ $json = 1 ]; then cat "$FIXTURES/firecrest-pbs-qstat-f-json-job.json"; else cat "$FAKE_PBS/job.txt"; fi ;;
    broken) if [ $json = 1 ]; then cat "$FAKE_PBS/broken.json"; else cat "$FAKE_PBS/job.txt"; fi ;;
    finished)
      if [ $history = 0 ]; then echo "qstat: $id Job has finished, use -x or -H to obtain historical job information" >&2; exit 35; fi
      if [ $json = 1 ]; then cat "$FIXTURES/firecrest-pbs-qstat-f-json-allusers.json"; else cat "$FAKE_PBS/allusers.txt"; fi ;;
    *) echo "qstat: Unknown Job Id $id" >&2; exit 153 ;;
  esac
done
)";

const char* const kQdel = R"(#!/bin/bash
printf '%s\n' "$@" > "$FAKE_PBS/qdel.args"
if [ -e "$FAKE_PBS/slow" ]; then echo $$ >> "$FAKE_PBS/slow.pids"; sleep 30; fi
state=$(cat "$FAKE_PBS/state.$1" 2>/dev/null || echo unknown)
case $state in
  running) echo finished > "$FAKE_PBS/state.$1" ;;
  finished) echo "qdel: Job has finished $1" >&2; exit 35 ;;
  *) echo "qdel: Unknown Job Id $1" >&2; exit 153 ;;
esac
)";

const char* const kQselect = R"(#!/bin/bash
printf '%s\n' "$@" > "$FAKE_PBS/qselect.args"
if [ -e "$FAKE_PBS/slow" ]; then echo $$ >> "$FAKE_PBS/slow.pids"; sleep 30; fi
cat "$FAKE_PBS/qselect.out" 2>/dev/null
)";

QByteArray fixture(const QString& name) { return SchedulerCases::readFile(kFixtures + u'/' + name); }

class PbsSchedulerOnRecordings : public ::testing::Test {
protected:
    void SetUp() override
    {
        fakes = root.filePath(QStringLiteral("fake pbs"));
        ASSERT_TRUE(QDir().mkpath(fakes + QStringLiteral("/bin")));
        const std::pair<const char*, const char*> scripts[] = {
            {"qsub", kQsub}, {"qstat", kQstat}, {"qdel", kQdel}, {"qselect", kQselect}};
        for (const auto& [name, text] : scripts) {
            QFile f(fakes + QStringLiteral("/bin/") + QString::fromLatin1(name));
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(text);
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        write(QStringLiteral("job.txt"), PbsTextForm::render(fixture(QStringLiteral("firecrest-pbs-qstat-f-json-job.json")),
                                                              QStringLiteral("Jobs"), QStringLiteral("Job Id: ")).toUtf8());
        write(QStringLiteral("allusers.txt"),
              PbsTextForm::render(fixture(QStringLiteral("firecrest-pbs-qstat-f-json-allusers.json")), QStringLiteral("Jobs"),
                                  QStringLiteral("Job Id: ")).toUtf8());
        write(QStringLiteral("queues.txt"), PbsTextForm::render(fixture(QStringLiteral("firecrest-pbs-qstat-queues-json.json")),
                                                                 QStringLiteral("Queue"), QStringLiteral("Queue: ")).toUtf8());
        host = std::make_shared<FakePbsHost>(QStringLiteral("export PATH=%1:\"$PATH\" FAKE_PBS=%2 FIXTURES=%3\n")
                                                 .arg(shellQuote(fakes + QStringLiteral("/bin")), shellQuote(fakes),
                                                      shellQuote(kFixtures)));
        profile.name = QStringLiteral("datarmor");
        profile.host = QStringLiteral("datarmor.ifremer.fr");
        profile.scheduler = Profile::Scheduler::Pbs;
        profile.workDir = root.filePath(QStringLiteral("DATAWORK/estran"));
        profile.partition = QStringLiteral("sequentiel");
        scheduler = Scheduler::create(profile, host);
    }

    void write(const QString& name, const QByteArray& data)
    {
        QFile f(fakes + u'/' + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    QStringList lines(const QString& name) const
    {
        return QString::fromUtf8(SchedulerCases::readFile(fakes + u'/' + name)).split(u'\n', Qt::SkipEmptyParts);
    }
    /// A job folder made by a real submission, for status tests of other ids.
    SubmittedJob submitted()
    {
        JobRequest request;
        request.script = "true\n";
        auto job = scheduler->submit(request);
        EXPECT_TRUE(job.ok()) << job.error().toString().toStdString();
        return job.ok() ? *job : SubmittedJob{};
    }

    QTemporaryDir root;
    QString fakes;
    Profile profile;
    std::shared_ptr<FakePbsHost> host;
    std::unique_ptr<Scheduler> scheduler;
};

}  // namespace

TEST_F(PbsSchedulerOnRecordings, SubmitsWithBashSelectAndWalltimeAndReadsTheJobId)
{
    profile.account = QStringLiteral("ocean proj");
    PbsScheduler pbs(profile, host);
    JobRequest request;
    request.name = QStringLiteral("SST mean 2024 'x' $(id)");
    request.cpus = 4;
    request.memoryMb = 2000;
    request.walltimeMinutes = 90;
    request.script = "echo hello\n";
    request.environment.insert(QStringLiteral("REGION"), QStringLiteral("Bay of Biscay; $(rm -rf ~)"));
    auto job = pbs.submit(request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    EXPECT_EQ(job->id, QStringLiteral("1.pbs"));
    EXPECT_EQ(lines(QStringLiteral("qsub.args")),
              (QStringList{QStringLiteral("-S"), QStringLiteral("/bin/bash"), QStringLiteral("-N"), QStringLiteral("SST_mean_2024_x"),
                           QStringLiteral("-q"), QStringLiteral("sequentiel"), QStringLiteral("-A"), QStringLiteral("ocean proj"),
                           QStringLiteral("-l"), QStringLiteral("select=1:ncpus=4:mem=2000mb"), QStringLiteral("-l"),
                           QStringLiteral("walltime=01:30:00"), QStringLiteral("-j"), QStringLiteral("oe"), QStringLiteral("-o"),
                           job->jobDir + QStringLiteral("/scheduler.log"), QStringLiteral("run.sh")}));
    // The script qsub received asks for bash (Datarmor's login shell is csh), enters the job
    // folder and exports the environment quoted.
    const QByteArray script = SchedulerCases::readFile(fakes + QStringLiteral("/qsub.script"));
    EXPECT_TRUE(script.startsWith("#!/bin/bash\n#PBS -S /bin/bash\n")) << script.toStdString();
    EXPECT_TRUE(script.contains("export REGION='Bay of Biscay; $(rm -rf ~)'\n")) << script.toStdString();
    EXPECT_EQ(SchedulerCases::readFile(job->jobDir + QStringLiteral("/job_id")), QByteArray("1.pbs\n"));
    EXPECT_EQ(SchedulerCases::readFile(job->jobDir + QStringLiteral("/job.sh")), request.script);
    // The wrapper qsub got, run by bash as PBS would, runs the script in the folder.
    LocalHost local;
    auto ran = local.run(QStringLiteral("bash ") + shellQuote(fakes + QStringLiteral("/qsub.script")));
    ASSERT_TRUE(ran.ok());
    EXPECT_EQ(SchedulerCases::readFile(Scheduler::stdoutPath(job->jobDir)), QByteArray("hello\n"));
    EXPECT_EQ(SchedulerCases::readFile(job->jobDir + QStringLiteral("/exit_code")), QByteArray("0\n"));
}

TEST_F(PbsSchedulerOnRecordings, ARefusedSubmissionNamesTheQueueAndCarriesQsubsMessage)
{
    write(QStringLiteral("refuse"), "1");
    JobRequest request;
    request.script = "true\n";
    auto job = scheduler->submit(request);
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().where(), QStringLiteral("fake-pbs"));
    EXPECT_TRUE(job.error().message().contains(QStringLiteral("sequentiel")));
    EXPECT_TRUE(job.error().detail().contains(QStringLiteral("qsub: Unknown queue"))) << job.error().detail().toStdString();
    EXPECT_TRUE(QDir(profile.workDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(PbsSchedulerOnRecordings, ReadsARunningJobFromQstatJson)
{
    SubmittedJob job = submitted();
    write(QStringLiteral("state.1.pbs"), "running");
    auto info = scheduler->status(job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Running);
    EXPECT_EQ(info->name, QStringLiteral("hello_pbs"));
    EXPECT_EQ(info->queue, QStringLiteral("workq"));
    EXPECT_EQ(lines(QStringLiteral("qstat.calls")), QStringList{QStringLiteral("-f -F json 1.pbs")});
}

TEST_F(PbsSchedulerOnRecordings, AsksForHistoryWhenTheJobHasFinished)
{
    SubmittedJob job = submitted();
    job.id = QStringLiteral("1004.pbs");
    write(QStringLiteral("state.1004.pbs"), "finished");
    auto info = scheduler->status(job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Completed);
    EXPECT_EQ(info->exitCode, 0);
    EXPECT_EQ(lines(QStringLiteral("qstat.calls")),
              (QStringList{QStringLiteral("-f -F json 1004.pbs"), QStringLiteral("-fx -F json 1004.pbs")}));
}

TEST_F(PbsSchedulerOnRecordings, FallsBackToTheTextFormWhenTheServerRefusesJson)
{
    write(QStringLiteral("nojson"), "1");
    SubmittedJob job = submitted();
    write(QStringLiteral("state.1.pbs"), "running");
    auto info = scheduler->status(job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Running);
    EXPECT_EQ(info->name, QStringLiteral("hello_pbs"));
    job.id = QStringLiteral("1005.pbs");
    write(QStringLiteral("state.1005.pbs"), "finished");
    info = scheduler->status(job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Completed);
    // JSON is tried once; the text form is used from then on.
    EXPECT_EQ(lines(QStringLiteral("qstat.calls")),
              (QStringList{QStringLiteral("-f -F json 1.pbs"), QStringLiteral("-f 1.pbs"), QStringLiteral("-f 1005.pbs"),
                           QStringLiteral("-fx 1005.pbs")}));

    auto probed = scheduler->probe();
    ASSERT_TRUE(probed.ok()) << probed.error().toString().toStdString();
    EXPECT_FALSE(probed->machineReadable);
    EXPECT_EQ(probed->queues, QStringList{QStringLiteral("workq")});
}

TEST_F(PbsSchedulerOnRecordings, ReadsTheTextFormWhenQstatPrintsBrokenJson)
{
    // The recorded document with a value PBS did not escape (a backslash and a quote in an
    // environment variable of the job), as some PBS Pro releases print it.
    QByteArray broken = fixture(QStringLiteral("firecrest-pbs-qstat-f-json-job.json"));
    broken.replace("\"PBS_O_SHELL\":\"/bin/bash\"", "\"PBS_O_SHELL\":\"C:\\bin \"bash\"\"");
    ASSERT_FALSE(PbsOutput::parseQstatJson(broken).ok());
    write(QStringLiteral("broken.json"), broken);
    SubmittedJob job = submitted();
    write(QStringLiteral("state.1.pbs"), "broken");
    auto info = scheduler->status(job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Running);
    EXPECT_EQ(info->name, QStringLiteral("hello_pbs"));
    // JSON stays the first choice for the next query.
    write(QStringLiteral("state.1.pbs"), "running");
    ASSERT_TRUE(scheduler->status(job).ok());
    EXPECT_EQ(lines(QStringLiteral("qstat.calls")),
              (QStringList{QStringLiteral("-f -F json 1.pbs"), QStringLiteral("-f 1.pbs"), QStringLiteral("-f -F json 1.pbs")}));
}

TEST_F(PbsSchedulerOnRecordings, AJobPbsHasForgottenIsReadFromItsFolder)
{
    SubmittedJob job = submitted();
    QFile code(job.jobDir + QStringLiteral("/exit_code"));
    ASSERT_TRUE(code.open(QIODevice::WriteOnly));
    code.write("2\n");
    code.close();
    auto info = scheduler->status(job);  // no state file: "Unknown Job Id"
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Failed);
    EXPECT_EQ(info->exitCode, 2);
    EXPECT_EQ(info->id, QStringLiteral("1.pbs"));
}

TEST_F(PbsSchedulerOnRecordings, CancelsWithQdelAndACancelledJobStaysCancelledInItsFolder)
{
    SubmittedJob job = submitted();
    write(QStringLiteral("state.1.pbs"), "running");
    ASSERT_TRUE(scheduler->cancel(job).ok());
    EXPECT_EQ(lines(QStringLiteral("qdel.args")), QStringList{QStringLiteral("1.pbs")});
    EXPECT_TRUE(QFile::exists(job.jobDir + QStringLiteral("/cancelled")));
    // Once the server has forgotten it, the folder says how it ended.
    QFile::remove(fakes + QStringLiteral("/state.1.pbs"));
    auto info = scheduler->status(job);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->state, JobState::Cancelled);
    // qdel on a job that has finished is not an error.
    write(QStringLiteral("state.1.pbs"), "finished");
    EXPECT_TRUE(scheduler->cancel(job).ok());
}

TEST_F(PbsSchedulerOnRecordings, StatusCancelAndListStopPromptlyWhenTheirFeedbackIsCancelled)
{
    const SubmittedJob job = submitted();
    write(QStringLiteral("state.") + job.id, "running");
    write(QStringLiteral("qselect.out"), job.id.toUtf8() + '\n');
    write(QStringLiteral("slow"), "1");  // qstat, qdel and qselect now take 30 s
    const std::function<Base::Error::Kind(const Base::Feedback*)> calls[] = {
        [&](const Base::Feedback* f) { auto r = scheduler->status(job, f); return r ? Base::Error::Kind::Internal : r.error().kind(); },
        [&](const Base::Feedback* f) { auto r = scheduler->cancel(job, f); return r ? Base::Error::Kind::Internal : r.error().kind(); },
        [&](const Base::Feedback* f) { auto r = scheduler->list(f); return r ? Base::Error::Kind::Internal : r.error().kind(); },
    };
    for (const auto& call : calls) {
        Base::Feedback feedback;
        std::thread canceller([&feedback] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            feedback.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const Base::Error::Kind kind = call(&feedback);
        canceller.join();
        EXPECT_EQ(kind, Base::Error::Kind::Cancelled);
        EXPECT_LT(timer.elapsed(), 2000) << "a cancelled scheduler call waited for its command";
    }
    // Every slow command the calls started is gone, not left sleeping.
    const QList<qint64> pids = HostProcesses::parsePids(SchedulerCases::readFile(fakes + QStringLiteral("/slow.pids")));
    EXPECT_EQ(pids.size(), 3);
    EXPECT_GE(HostProcesses::waitUntilGone(pids, 3000), 0);
}

TEST_F(PbsSchedulerOnRecordings, ASubmissionCancelledBeforeQsubLeavesNeitherJobNorFolder)
{
    Base::Feedback feedback;
    feedback.cancel();
    JobRequest request;
    request.script = "true\n";
    auto job = scheduler->submit(request, &feedback);
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().kind(), Base::Error::Kind::Cancelled);
    EXPECT_FALSE(QFile::exists(fakes + QStringLiteral("/qsub.args"))) << "qsub ran for a cancelled submission";
    EXPECT_TRUE(QDir(profile.workDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(PbsSchedulerOnRecordings, ListsTheUsersJobsThroughQselect)
{
    write(QStringLiteral("qselect.out"), "1.pbs\n");
    write(QStringLiteral("state.1.pbs"), "running");
    auto jobs = scheduler->list();
    ASSERT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
    ASSERT_EQ(jobs->size(), 1);
    EXPECT_EQ(jobs->first().id, QStringLiteral("1.pbs"));
    EXPECT_EQ(lines(QStringLiteral("qselect.args")).value(0), QStringLiteral("-u"));
    write(QStringLiteral("qselect.out"), "");
    jobs = scheduler->list();
    ASSERT_TRUE(jobs.ok());
    EXPECT_TRUE(jobs->isEmpty());
}

TEST_F(PbsSchedulerOnRecordings, ProbeReadsQueuesAndVersionFromJson)
{
    auto info = scheduler->probe();
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->scheduler, QStringLiteral("pbs"));
    EXPECT_EQ(info->version, QStringLiteral("23.06.06"));
    EXPECT_TRUE(info->machineReadable);
    EXPECT_EQ(info->queues, QStringList{QStringLiteral("workq")});
    EXPECT_TRUE(info->defaultQueue.isEmpty());  // the profile's "sequentiel" is not offered here
    ASSERT_EQ(info->limits.size(), 1);
    EXPECT_TRUE(info->limits.first().startsWith(QStringLiteral("workq (Execution)")));
}

TEST_F(PbsSchedulerOnRecordings, ProbeOfAHostWithoutPbsSaysSo)
{
    PbsScheduler pbs(profile, std::make_shared<LocalHost>());
    auto info = pbs.probe();
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().kind(), Base::Error::Kind::Unsupported);
    EXPECT_TRUE(info.error().detail().contains(QStringLiteral("qstat"))) << info.error().detail().toStdString();
}
