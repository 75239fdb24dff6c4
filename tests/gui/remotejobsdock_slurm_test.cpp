// SPDX-License-Identifier: GPL-3.0-or-later
// The issue's "done when", with a Slurm profile: from the remote panel, a recipe is submitted
// to the single-node Slurm rig through the loopback ssh rig (bastion + login host, tcsh login
// shell), its log is shown, its result comes back and is announced for the viewer, the panel
// is recreated (as when the application restarts) and the job is still there, followed to its
// end. Rigs: tests/remote/rig/{ssh,slurm}-rig.sh, started by the test; needs root (skipped
// otherwise, required in CI).
#include "estran/gui/remotejobsdock.h"

#include <QElapsedTimer>  // slurmrig.h uses it without including it

#include "slurmrig.h"
#include "sshrig.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/gui/jobtablemodel.h"
#include "estran/gui/recipeform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

const QString kWorkDir = QStringLiteral("/home/estran-rig/estran gui jobs");

struct RemoteJobsDockSlurmTest : ::testing::Test {
    static void TearDownTestSuite()
    {
        SlurmRig::release();
        QDir(kWorkDir).removeRecursively();
    }

    QTemporaryDir tmp;
    Base::SelectionModel selection;

    void SetUp() override
    {
        ESTRAN_REQUIRE_SLURM_RIG();
        ESTRAN_REQUIRE_SSH_RIG();
        // Commands run through ssh read the login node's /etc/slurm/slurm.conf (sshd builds the
        // session's environment afresh), which the Slurm rig links to its own while it runs.
        const QString systemConf = QFileInfo(QStringLiteral("/etc/slurm/slurm.conf")).canonicalFilePath();
        if (systemConf != QFileInfo(qEnvironmentVariable("SLURM_CONF")).canonicalFilePath()) {
            const std::string why = "/etc/slurm/slurm.conf is not the rig's: another Slurm is configured here";
            if (SlurmRig::required()) FAIL() << why;
            GTEST_SKIP() << why;
        }
        Base::Log::instance().setEchoToStderr(false);
        QDir().mkpath(tmp.filePath(QStringLiteral("profiles")));
        QFile f(tmp.filePath(QStringLiteral("profiles/rig-slurm.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"name": "Slurm rig", "host": "login-csh", "ssh_config": "%1", "scheduler": "slurm",
                                   "work_dir": "~/estran gui jobs", "partition": "debug"})")
                    .arg(SshRig::instance().sshConfig())
                    .toUtf8());
        f.close();
        Base::Selection s;
        s.box = Base::GeoBox{-6, 43, -1, 48};
        selection.setSelection(s);
    }

    Gui::RemoteJobsDock::Options options() const
    {
        Gui::RemoteJobsDock::Options o;
        o.journalDirectory = tmp.filePath(QStringLiteral("journal"));
        o.profilesDirectory = tmp.filePath(QStringLiteral("profiles"));
        o.templateDirectories = QStringList();
        o.resultsDirectory = tmp.filePath(QStringLiteral("results"));
        o.recipeFolders = QStringList();
        o.ssh = SshRig::instance().options();
        return o;
    }
};

}  // namespace

TEST_F(RemoteJobsDockSlurmTest, ARecipeSubmittedToSlurmIsFollowedAcrossARestart)
{
    QString key;
    QString jobDir;
    {
        Gui::RemoteJobsDock dock(&selection, options());
        ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
        ASSERT_TRUE(dock.selectProfile(QStringLiteral("Slurm rig")));
        QSignalSpy connected(&dock, &Gui::RemoteJobsDock::connectionChanged);
        dock.connectProfile();
        ASSERT_TRUE(QTest::qWaitFor([&] {
            for (const auto& args : connected) if (!args.at(0).toString().isEmpty()) return true;
            return false;
        }, 60000));
        EXPECT_TRUE(dock.connectionText().contains(QStringLiteral("Slurm"))) << qPrintable(dock.connectionText());
        EXPECT_TRUE(dock.connectionText().contains(QStringLiteral("debug"))) << qPrintable(dock.connectionText());

        ASSERT_TRUE(dock.selectRecipe(QStringLiteral("custom-script")));
        ASSERT_TRUE(dock.form()->setValue(
            QStringLiteral("script"),
            QStringLiteral("echo \"slurm job $SLURM_JOB_ID west $ESTRAN_PARAM_AREA_WEST\"\n"
                           "echo 1 > \"$ESTRAN_OUTPUT_DIR/.a\" && mv \"$ESTRAN_OUTPUT_DIR/.a\" \"$ESTRAN_OUTPUT_DIR/first.txt\"\n"
                           "while [ ! -e go ]; do sleep 0.2; done\n"
                           "echo 'after the restart' >&2\n"
                           "echo 2 > \"$ESTRAN_OUTPUT_DIR/.b\" && mv \"$ESTRAN_OUTPUT_DIR/.b\" \"$ESTRAN_OUTPUT_DIR/second.txt\"\n")));
        QSignalSpy submitted(&dock, &Gui::RemoteJobsDock::jobSubmitted);
        QSignalSpy failed(&dock, &Gui::RemoteJobsDock::submitFailed);
        QSignalSpy arrived(&dock, &Gui::RemoteJobsDock::resultArrived);
        ASSERT_TRUE(dock.submit());
        ASSERT_TRUE(QTest::qWaitFor([&] { return submitted.count() + failed.count() > 0; }, 60000));
        ASSERT_EQ(failed.count(), 0) << qPrintable(failed.at(0).at(0).toString());
        key = submitted.at(0).at(0).toString();
        jobDir = dock.jobs()->entry(key)->job.jobDir;
        ASSERT_TRUE(QTest::qWaitFor([&] { return arrived.count() > 0; }, 90000)) << qPrintable(dock.jobs()->stateText(key));
        EXPECT_TRUE(arrived.at(0).at(0).toString().endsWith(QStringLiteral("first.txt")));
        EXPECT_TRUE(dock.logView()->toPlainText().contains(QStringLiteral("west -6"))) << qPrintable(dock.logView()->toPlainText());
        EXPECT_EQ(dock.jobs()->entry(key)->last.state, Remote::JobState::Running) << qPrintable(dock.jobs()->stateText(key));
    }
    ASSERT_TRUE(jobDir.startsWith(kWorkDir)) << qPrintable(jobDir);
    QFile go(jobDir + QStringLiteral("/go"));
    ASSERT_TRUE(go.open(QIODevice::WriteOnly));
    go.close();

    Gui::RemoteJobsDock dock(&selection, options());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
    QSignalSpy arrived(&dock, &Gui::RemoteJobsDock::resultArrived);
    ASSERT_GE(dock.jobs()->rowOf(key), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dock.logView()->toPlainText().contains(QStringLiteral("slurm job")); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dock.isFollowing(key); }, 120000)) << qPrintable(dock.jobs()->stateText(key));
    EXPECT_EQ(dock.jobs()->entry(key)->last.state, Remote::JobState::Completed) << qPrintable(dock.jobs()->stateText(key));
    const QString log = dock.logView()->toPlainText();
    EXPECT_EQ(log.count(QStringLiteral("slurm job")), 1) << qPrintable(log);
    EXPECT_EQ(log.count(QStringLiteral("after the restart")), 1) << qPrintable(log);
    ASSERT_EQ(arrived.count(), 1);
    EXPECT_TRUE(arrived.at(0).at(0).toString().endsWith(QStringLiteral("second.txt")));
}
