// SPDX-License-Identifier: GPL-3.0-or-later
// `estran-cli remote` run as a user would, on "This computer" profiles: submit, follow, status,
// cancel, list, recipes, and re-attaching after the CLI was killed. Each test has its own HOME
// and XDG_DATA_HOME, so the job journal and the embedded profile's work folder are temporary.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include "slurmrig.h"
#include "sshrig.h"

#include <gtest/gtest.h>

#include <csignal>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

class CliRemote : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));
        m_env.remove(QStringLiteral("LC_ALL"));
        m_env.remove(QStringLiteral("ESTRAN_RECIPE_PATH"));
    }

    void start(QProcess& p, const QStringList& args) const
    {
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(ESTRAN_BINARY_DIR "/bin/estran-cli"), QStringList{QStringLiteral("remote")} + args);
    }

    CliRun cli(const QStringList& args) const
    {
        QProcess p;
        start(p, args);
        EXPECT_TRUE(p.waitForFinished(60000)) << args.join(u' ').toStdString();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& text) const
    {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    }

    QString localProfile() const
    {
        return write(QStringLiteral("p.json"), QStringLiteral(R"({"name":"t","scheduler":"local","work_dir":"%1"})")
                                                   .arg(m_dir.filePath(QStringLiteral("work")))
                                                   .toUtf8());
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

}  // namespace

TEST_F(CliRemote, FollowsALocalJobAndBringsItsResultsBack)
{
    const QString profile = localProfile();
    const QString script = write(QStringLiteral("job.sh"),
                                 "echo 'first line'\necho 7 > \"$ESTRAN_OUTPUT_DIR/series 1.csv\"\nsleep 0.3\necho 'last line'\n");
    const QString fetched = m_dir.filePath(QStringLiteral("fetched"));
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--script"), script,
                          QStringLiteral("--follow"), QStringLiteral("--fetch"), fetched});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("first line\nlast line\n"));
    EXPECT_EQ(readFile(QDir(fetched).filePath(QStringLiteral("series 1.csv"))), QByteArray("7\n"));
    EXPECT_TRUE(r.err.contains("result: " + QDir(fetched).filePath(QStringLiteral("series 1.csv")).toUtf8()))
        << r.err.toStdString();

    const CliRun list = cli({QStringLiteral("list"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray jobs = QJsonDocument::fromJson(list.out).array();
    ASSERT_EQ(jobs.size(), 1) << list.out.toStdString();
    EXPECT_EQ(jobs.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(jobs.first().toObject().value(QStringLiteral("exit_code")).toInt(-1), 0);
}

TEST_F(CliRemote, ExitsNonZeroAndShowsTheOutputOfAFailedJob)
{
    const QString script = write(QStringLiteral("job.sh"), "echo 'cannot open input.nc' >&2\nexit 2\n");
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), localProfile(), QStringLiteral("--script"),
                          script, QStringLiteral("--follow")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("cannot open input.nc")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("ended failed")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("exit code 2")) << r.err.toStdString();
}

TEST_F(CliRemote, NamesTheProfileFieldThatIsWrong)
{
    const QString profile = write(QStringLiteral("bad.json"), R"({"name":"t","scheduler":"lsf","work_dir":"/w"})");
    const CliRun r = cli({QStringLiteral("list"), QStringLiteral("--profile"), profile});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(profile.toUtf8() + ": ")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("scheduler"));
}

TEST_F(CliRemote, SubmitPrintsTheJobAsJsonAndStatusFindsItInTheJournal)
{
    const QString script = write(QStringLiteral("job.sh"), "sleep 0.5\n");
    // No --profile: the embedded "This computer" profile, its jobs under ~/.local/share/Estran/runs (the journal beside it in Estran/jobs).
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--script"), script, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject job = QJsonDocument::fromJson(r.out).object();
    const QString key = job.value(QStringLiteral("key")).toString();
    ASSERT_FALSE(key.isEmpty()) << r.out.toStdString();
    EXPECT_FALSE(job.value(QStringLiteral("id")).toString().isEmpty());
    EXPECT_EQ(job.value(QStringLiteral("profile")).toString(), QStringLiteral("local"));
    EXPECT_TRUE(job.value(QStringLiteral("job_dir")).toString().startsWith(m_dir.filePath(QStringLiteral("home/.local/share/Estran/runs"))))
        << r.out.toStdString();
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("data/Estran/jobs/%1.json").arg(key))));

    QString state;
    QElapsedTimer clock;
    clock.start();
    while (state != u"completed" && clock.elapsed() < 20000) {
        const CliRun s = cli({QStringLiteral("status"), key, QStringLiteral("--json")});
        ASSERT_EQ(s.exitCode, 0) << s.err.toStdString();
        state = QJsonDocument::fromJson(s.out).object().value(QStringLiteral("state")).toString();
        QThread::msleep(200);
    }
    EXPECT_EQ(state, QStringLiteral("completed"));

    const CliRun missing = cli({QStringLiteral("status"), QStringLiteral("no-such-job")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.startsWith("no-such-job: ")) << missing.err.toStdString();
}

TEST_F(CliRemote, CancelsAJob)
{
    const QString script = write(QStringLiteral("job.sh"), "sleep 60\n");
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), QStringLiteral("local"),
                          QStringLiteral("--script"), script});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString key = QString::fromUtf8(r.out).split(u' ').value(0);
    const CliRun c = cli({QStringLiteral("cancel"), key, QStringLiteral("--json")});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    QString state;
    QElapsedTimer clock;
    clock.start();
    while (state != u"cancelled" && clock.elapsed() < 10000) {
        state = QJsonDocument::fromJson(cli({QStringLiteral("status"), key, QStringLiteral("--json")}).out)
                    .object()
                    .value(QStringLiteral("state"))
                    .toString();
        QThread::msleep(100);
    }
    EXPECT_EQ(state, QStringLiteral("cancelled"));
}

TEST_F(CliRemote, ListsTheRecipesWithTheirParameters)
{
    const CliRun r = cli({QStringLiteral("recipes"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList ids;
    QJsonArray subsetParameters;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
        if (ids.last() == u"subset") subsetParameters = v.toObject().value(QStringLiteral("parameters")).toArray();
    }
    for (const char* id : {"subset", "time-mean", "climatology", "anomaly", "custom-script"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
    bool sawTool = false;
    for (const QJsonValue& p : subsetParameters) {
        if (p.toObject().value(QStringLiteral("name")).toString() != u"tool") continue;
        sawTool = true;
        EXPECT_EQ(p.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
        EXPECT_EQ(p.toObject().value(QStringLiteral("default")).toString(), QStringLiteral("cdo"));
    }
    EXPECT_TRUE(sawTool);
    const CliRun text = cli({QStringLiteral("recipes")});
    EXPECT_TRUE(text.out.contains("time-mean")) << text.out.toStdString();
}

TEST_F(CliRemote, RunsARecipeWhoseParametersCannotInjectShellCode)
{
    const QString marker = m_dir.filePath(QStringLiteral("pwned"));
    const QStringList values{QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("`touch %1`").arg(marker),
                             QStringLiteral("'; touch %1; echo '").arg(marker),
                             QStringLiteral("\"; touch %1; echo \"").arg(marker), QStringLiteral("a; touch %1").arg(marker),
                             QStringLiteral("a b\\ c $HOME")};
    for (const QString& value : values) {
        const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), localProfile(), QStringLiteral("--recipe"),
                              QStringLiteral("custom-script"),
                              QStringLiteral("--param"), QStringLiteral("script=printf '%s|' \"$ESTRAN_PARAM_VARIABLE\""),
                              QStringLiteral("--param"), QStringLiteral("variable=") + value, QStringLiteral("--follow")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(QString::fromUtf8(r.out), value + u'|');
        EXPECT_FALSE(QFile::exists(marker)) << value.toStdString();
    }
    // A script parameter spanning lines, with quotes and a heredoc, runs as written.
    const CliRun multi = cli({QStringLiteral("submit"), QStringLiteral("--recipe"), QStringLiteral("custom-script"),
                              QStringLiteral("--param"),
                              QStringLiteral("script=x='it'\"'\"'s'\ncat <<'EOF'\n$x `not run`\nEOF\necho \"$x\""),
                              QStringLiteral("--bbox"), QStringLiteral("-5,40,5,50"), QStringLiteral("--follow")});
    ASSERT_EQ(multi.exitCode, 0) << multi.err.toStdString();
    EXPECT_EQ(multi.out, QByteArray("$x `not run`\nit's\n"));

    const CliRun bad = cli({QStringLiteral("submit"), QStringLiteral("--recipe"), QStringLiteral("subset"), QStringLiteral("--param"),
                            QStringLiteral("tool=gdal"), QStringLiteral("--param"), QStringLiteral("input=/x.nc")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.startsWith("tool: ")) << bad.err.toStdString();
}

TEST_F(CliRemote, FollowAfterTheCliWasKilledFinishesTheJobWithoutRepeatingOutput)
{
    const QString fetched = m_dir.filePath(QStringLiteral("results"));
    const QString script =
        write(QStringLiteral("job.sh"),
              "for i in 1 2 3 4 5; do echo \"line $i\"; sleep 0.2; done\n"
              "echo one > \"$ESTRAN_OUTPUT_DIR/file1.txt\"\n"
              "sleep 2.5\n"
              "for i in 6 7 8 9 10; do echo \"line $i\"; sleep 0.1; done\n"
              "echo two > \"$ESTRAN_OUTPUT_DIR/file2.txt\"\n");
    QProcess first;
    start(first, {QStringLiteral("submit"), QStringLiteral("--profile"), localProfile(), QStringLiteral("--script"), script,
                  QStringLiteral("--follow"), QStringLiteral("--fetch"), fetched});
    ASSERT_TRUE(first.waitForStarted());
    // Killed once file1 is back and the journal says so, while the job sleeps. (Killed between
    // the copy and the journal's update, the CLI would fetch file1 once more when re-attached:
    // harmless, the same bytes.)
    const QDir journal(m_dir.filePath(QStringLiteral("data/Estran/jobs")));
    const auto recorded = [&journal] {
        for (const QString& name : journal.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(journal.filePath(name));
            if (f.open(QIODevice::ReadOnly) &&
                QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("fetched")).toObject().contains(
                    QStringLiteral("file1.txt")))
                return true;
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    while (!recorded() && clock.elapsed() < 15000) QThread::msleep(20);
    ASSERT_TRUE(QFile::exists(QDir(fetched).filePath(QStringLiteral("file1.txt"))));
    first.kill();
    first.waitForFinished();
    QByteArray out = first.readAllStandardOutput();
    const QByteArray err = first.readAllStandardError();
    const qsizetype at = err.indexOf("follow it again with: estran-cli remote follow ");
    ASSERT_GE(at, 0) << err.toStdString();
    const QString key = QString::fromUtf8(err.mid(at).split(')').first().split(' ').last());
    EXPECT_FALSE(QFile::exists(QDir(fetched).filePath(QStringLiteral("file2.txt"))));

    const CliRun again = cli({QStringLiteral("follow"), key});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    out += again.out;
    QByteArray expected;
    for (int i = 1; i <= 10; ++i) expected += "line " + QByteArray::number(i) + '\n';
    EXPECT_EQ(out, expected);
    EXPECT_EQ(readFile(QDir(fetched).filePath(QStringLiteral("file1.txt"))), QByteArray("one\n"));
    EXPECT_EQ(readFile(QDir(fetched).filePath(QStringLiteral("file2.txt"))), QByteArray("two\n"));
    EXPECT_FALSE(again.err.contains("file1.txt")) << "file1 was brought back twice: " << again.err.toStdString();
}

TEST_F(CliRemote, InterruptingFollowLeavesTheJobRunningAndSaysHowToResume)
{
    const QString script = write(QStringLiteral("job.sh"), "echo started\nsleep 3\necho finished\n");
    QProcess p;
    start(p, {QStringLiteral("submit"), QStringLiteral("--script"), script, QStringLiteral("--follow")});
    ASSERT_TRUE(p.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (!out.contains("started") && clock.elapsed() < 15000) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains("started"));
    ::kill(pid_t(p.processId()), SIGINT);
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitCode(), 130);
    const QByteArray err = p.readAllStandardError();
    const qsizetype at = err.indexOf("keeps running (follow it again with: estran-cli remote follow ");
    ASSERT_GE(at, 0) << err.toStdString();
    const QString key = QString::fromUtf8(err.mid(at).split(')').first().split(' ').last());
    const CliRun again = cli({QStringLiteral("follow"), key});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(out + again.out, QByteArray("started\nfinished\n"));
}

TEST_F(CliRemote, RejectsAmbiguousOrIncompleteSubmissions)
{
    EXPECT_EQ(cli({QStringLiteral("submit")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("submit"), QStringLiteral("--script"), QStringLiteral("a.sh"), QStringLiteral("--recipe"),
                   QStringLiteral("subset")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("submit"), QStringLiteral("--recipe"), QStringLiteral("subset"), QStringLiteral("--param"),
                   QStringLiteral("novalue")})
                  .exitCode,
              2);
    const CliRun unknown = cli({QStringLiteral("submit"), QStringLiteral("--recipe"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.startsWith("nope: ")) << unknown.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST_F(CliRemote, SubmitsFollowsAndFetchesOverSshThroughABastion)
{
    ESTRAN_REQUIRE_SSH_RIG();
    const SshRig& rig = SshRig::instance();
    // A scheduler-less host reached with ProxyJump: the same job folder and wrapper as locally,
    // every command and transfer through the user's ssh and its multiplexed connection.
    const QString work = m_dir.filePath(QStringLiteral("remote work"));
    const QString profile = write(QStringLiteral("rig.json"),
                                  QStringLiteral(R"({"name":"rig","scheduler":"local","host":"login","ssh_config":"%1","work_dir":"%2"})")
                                      .arg(rig.sshConfig(), work)
                                      .toUtf8());
    const QString script = write(QStringLiteral("job.sh"),
                                 "echo \"on $(hostname) as $(id -un)\"\n"
                                 "printf '%s' \"$ESTRAN_PARAM_VARIABLE\" > \"$ESTRAN_OUTPUT_DIR/it's here.txt\"\n"
                                 "echo 'to stderr' >&2\n");
    const QString fetched = m_dir.filePath(QStringLiteral("from ssh"));
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--script"), script,
                          QStringLiteral("--follow"), QStringLiteral("--fetch"), fetched});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("on ")) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("to stderr")) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(fetched).filePath(QStringLiteral("it's here.txt"))));
    EXPECT_GT(rig.bastionForwards(), 0);

    // A recipe with a hostile value, through ssh, bash under the login shell, and the wrapper.
    const QString marker = m_dir.filePath(QStringLiteral("pwned"));
    const QString value = QStringLiteral("'$(touch %1)`touch %1`;\"").arg(marker);
    const CliRun recipe = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--recipe"),
                               QStringLiteral("custom-script"), QStringLiteral("--param"),
                               QStringLiteral("script=printf '%s' \"$ESTRAN_PARAM_VARIABLE\""), QStringLiteral("--param"),
                               QStringLiteral("variable=") + value, QStringLiteral("--follow"), QStringLiteral("--json")});
    ASSERT_EQ(recipe.exitCode, 0) << recipe.err.toStdString();
    const QJsonObject done = QJsonDocument::fromJson(recipe.out).object();
    EXPECT_EQ(done.value(QStringLiteral("state")).toString(), QStringLiteral("completed")) << recipe.out.toStdString();
    EXPECT_FALSE(QFile::exists(marker));
    const QString key = done.value(QStringLiteral("key")).toString();
    const CliRun status = cli({QStringLiteral("status"), key});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains("completed")) << status.out.toStdString();
}

TEST_F(CliRemote, RunsTheSubsetRecipeOnTheSelectedBoxAndBringsTheSubsetBack)
{
    // A small CF file in the (test's) home folder, named with ~ on the command line: the path is
    // expanded where the job runs.
    QProcess ncgen;
    ncgen.setWorkingDirectory(m_dir.filePath(QStringLiteral("home")));
    ncgen.start(QStringLiteral("ncgen"), {QStringLiteral("-4"), QStringLiteral("-o"), QStringLiteral("sst.nc")});
    ASSERT_TRUE(ncgen.waitForStarted());
    ncgen.write("netcdf sst {\n"
                "dimensions: time = 2 ; lat = 4 ; lon = 8 ;\n"
                "variables:\n"
                "  double time(time) ; time:units = \"days since 2000-01-01\" ; time:standard_name = \"time\" ;\n"
                "  double lat(lat) ; lat:units = \"degrees_north\" ; lat:standard_name = \"latitude\" ;\n"
                "  double lon(lon) ; lon:units = \"degrees_east\" ; lon:standard_name = \"longitude\" ;\n"
                "  float sst(time, lat, lon) ; sst:units = \"degree_Celsius\" ;\n"
                "data:\n"
                "  time = 14, 45 ;\n  lat = 40, 41, 42, 43 ;\n  lon = 0, 1, 2, 3, 4, 5, 6, 7 ;\n"
                "  sst = 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8,\n"
                "        1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8 ;\n"
                "}\n");
    ncgen.closeWriteChannel();
    ASSERT_TRUE(ncgen.waitForFinished());
    ASSERT_EQ(ncgen.exitCode(), 0) << ncgen.readAllStandardError().toStdString();

    const QString fetched = m_dir.filePath(QStringLiteral("subsets"));
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--recipe"), QStringLiteral("subset"),
                          QStringLiteral("--param"), QStringLiteral("input=~/sst.nc"), QStringLiteral("--param"),
                          QStringLiteral("tool=nco"), QStringLiteral("--bbox"), QStringLiteral("2,41,5,42"),
                          QStringLiteral("--follow"), QStringLiteral("--fetch"), fetched});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("wrote sst_subset.nc")) << r.out.toStdString();
    QProcess dump;
    dump.start(QStringLiteral("ncdump"), {QStringLiteral("-v"), QStringLiteral("lon,lat,sst"),
                                          QDir(fetched).filePath(QStringLiteral("sst_subset.nc"))});
    ASSERT_TRUE(dump.waitForFinished());
    const QByteArray cdl = dump.readAllStandardOutput();
    EXPECT_TRUE(cdl.contains("lon = 2, 3, 4, 5 ;")) << cdl.toStdString();
    EXPECT_TRUE(cdl.contains("lat = 41, 42 ;")) << cdl.toStdString();
    EXPECT_TRUE(cdl.contains("3, 4, 5, 6")) << cdl.toStdString();
}

namespace {

/// The CLI against the Slurm rig, reached through the ssh rig as a cluster would be.
class CliRemoteSlurm : public CliRemote {
public:
    static void TearDownTestSuite() { SlurmRig::release(); }
};

}  // namespace

TEST_F(CliRemoteSlurm, SubmitFollowOnASlurmProfileExitsWithTheJobsOutcome)
{
    ESTRAN_REQUIRE_SLURM_RIG();
    ESTRAN_REQUIRE_SSH_RIG();
    const SshRig& rig = SshRig::instance();
    // An sshd builds its sessions' environment afresh: Slurm's commands run through ssh find the
    // rig's cluster as on a login node, through /etc/slurm/slurm.conf, which the rig links to its
    // configuration while it runs (see sshslurmscheduler_test.cpp).
    const QString systemConf = QFileInfo(QStringLiteral("/etc/slurm/slurm.conf")).canonicalFilePath();
    if (systemConf != QFileInfo(qEnvironmentVariable("SLURM_CONF")).canonicalFilePath()) {
        const std::string why =
            "/etc/slurm/slurm.conf is not the rig's (" + systemConf.toStdString() + "): another Slurm is configured here";
        if (SlurmRig::required()) FAIL() << why;
        GTEST_SKIP() << why;
    }

    const QString profile = write(QStringLiteral("slurm.json"),
                                  QStringLiteral(R"({"name":"rig slurm","scheduler":"slurm","host":"login",)"
                                                 R"("ssh_config":"%1","work_dir":"%2","partition":"debug"})")
                                      .arg(rig.sshConfig(), m_dir.filePath(QStringLiteral("slurm work")))
                                      .toUtf8());
    const QString script = write(QStringLiteral("job.sh"),
                                 "echo \"job $SLURM_JOB_ID\"\nsleep 1\necho 42 > \"$ESTRAN_OUTPUT_DIR/answer.txt\"\necho done\n");
    const QString fetched = m_dir.filePath(QStringLiteral("slurm results"));
    const CliRun ok = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--script"), script,
                           QStringLiteral("--follow"), QStringLiteral("--fetch"), fetched});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.startsWith("job ")) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.endsWith("done\n")) << ok.out.toStdString();
    EXPECT_EQ(readFile(QDir(fetched).filePath(QStringLiteral("answer.txt"))), QByteArray("42\n"));

    const QString failing = write(QStringLiteral("fail.sh"), "echo 'no such input' >&2\nexit 3\n");
    const CliRun failed = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--script"),
                               failing, QStringLiteral("--follow")});
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains("no such input")) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains("exit code 3")) << failed.err.toStdString();

    // A built-in recipe on the cluster: the time mean of a small file with a space in its name.
    QProcess ncgen;
    ncgen.start(QStringLiteral("ncgen"), {QStringLiteral("-4"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("my sst.nc"))});
    ASSERT_TRUE(ncgen.waitForStarted());
    ncgen.write("netcdf sst {\ndimensions: time = 3 ; lat = 2 ; lon = 3 ;\nvariables:\n"
                "  double time(time) ; time:units = \"days since 2000-01-01\" ; time:standard_name = \"time\" ;\n"
                "  double lat(lat) ; lat:units = \"degrees_north\" ;\n  double lon(lon) ; lon:units = \"degrees_east\" ;\n"
                "  float sst(time, lat, lon) ;\n"
                "data:\n  time = 14, 45, 74 ;\n  lat = 40, 41 ;\n  lon = 0, 1, 2 ;\n"
                "  sst = 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 6, 6, 6, 6, 6, 6 ;\n}\n");
    ncgen.closeWriteChannel();
    ASSERT_TRUE(ncgen.waitForFinished());
    ASSERT_EQ(ncgen.exitCode(), 0);
    const QString means = m_dir.filePath(QStringLiteral("means"));
    const CliRun mean = cli({QStringLiteral("submit"), QStringLiteral("--profile"), profile, QStringLiteral("--recipe"),
                             QStringLiteral("time-mean"), QStringLiteral("--param"),
                             QStringLiteral("input=") + m_dir.filePath(QStringLiteral("my sst.nc")), QStringLiteral("--follow"),
                             QStringLiteral("--fetch"), means});
    ASSERT_EQ(mean.exitCode, 0) << mean.err.toStdString();
    QProcess dump;
    dump.start(QStringLiteral("ncdump"), {QStringLiteral("-v"), QStringLiteral("sst"),
                                          QDir(means).filePath(QStringLiteral("my sst_timmean.nc"))});
    ASSERT_TRUE(dump.waitForFinished());
    EXPECT_TRUE(dump.readAllStandardOutput().contains("sst =\n  3, 3, 3,\n  3, 3, 3 ;"));

    const CliRun list = cli({QStringLiteral("list"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    // Our three from the journal; other jobs the cluster runs for this user come without a key.
    int ours = 0;
    for (const QJsonValue& job : QJsonDocument::fromJson(list.out).array())
        if (job.toObject().value(QStringLiteral("key")).isString()) ++ours;
    EXPECT_EQ(ours, 3) << list.out.toStdString();
}

TEST_F(CliRemote, AJobThatRunsButCannotBeRecordedIsReportedWithItsIdAndFolder)
{
    // The journal's folder is a file: the entry cannot be written once the job runs.
    QDir().mkpath(m_dir.filePath(QStringLiteral("data/Estran")));
    QFile blocker(m_dir.filePath(QStringLiteral("data/Estran/jobs")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString script = write(QStringLiteral("job.sh"), "sleep 0.2\n");
    const CliRun r = cli({QStringLiteral("submit"), QStringLiteral("--script"), script});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("was submitted and runs")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(m_dir.filePath(QStringLiteral("home/.local/share/Estran/runs")).toUtf8())) << r.err.toStdString();
}
