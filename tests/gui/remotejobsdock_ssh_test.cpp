// SPDX-License-Identifier: GPL-3.0-or-later
// The remote jobs panel over the loopback ssh rig (a bastion and a login sshd on 127.0.0.1,
// ProxyJump; tests/remote/rig/ssh-rig.sh, needs root): the login host's key is unknown, so the
// panel's own host-key dialog is what lets the connection through; then a job runs there
// (no batch system: the local scheduler on the ssh host), is followed, and re-attached.
#include "estran/gui/remotejobsdock.h"

#include "sshrig.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/gui/askpassprompter.h"
#include "estran/gui/hostkeydialog.h"
#include "estran/gui/jobtablemodel.h"
#include "estran/gui/recipeform.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

struct RemoteJobsDockSshTest : ::testing::Test {
    QTemporaryDir tmp;
    Base::SelectionModel selection;

    void SetUp() override
    {
        ESTRAN_REQUIRE_SSH_RIG();
        Base::Log::instance().setEchoToStderr(false);
        ASSERT_TRUE(tmp.isValid());
        QDir().mkpath(tmp.filePath(QStringLiteral("profiles")));
        QFile f(tmp.filePath(QStringLiteral("profiles/rig.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"name": "Rig login", "host": "login", "ssh_config": "%1", "scheduler": "local",
                                   "work_dir": "%2", "notes": "reached through the bastion"})")
                    .arg(SshRig::instance().sshConfig(), tmp.filePath(QStringLiteral("work")))
                    .toUtf8());
        f.close();
        // Nothing known about the login host: ssh asks, and the panel shows the question.
        QFile known(tmp.filePath(QStringLiteral("known_hosts")));
        ASSERT_TRUE(known.open(QIODevice::WriteOnly));
    }

    Gui::RemoteJobsDock::Options options() const
    {
        Gui::RemoteJobsDock::Options o;
        o.journalDirectory = tmp.filePath(QStringLiteral("journal"));
        o.profilesDirectory = tmp.filePath(QStringLiteral("profiles"));
        o.templateDirectories = QStringList();
        o.resultsDirectory = tmp.filePath(QStringLiteral("results"));
        o.recipeFolders = QStringList();
        o.ssh = SshRig::instance().options();  // no handler: the panel's dialogs answer
        o.ssh.extraArguments << QStringLiteral("-o")
                             << QStringLiteral("UserKnownHostsFile=") + tmp.filePath(QStringLiteral("known_hosts"));
        return o;
    }

    // Answers the next host-key dialog of the panel by clicking one of its buttons.
    static void answerHostKey(Gui::RemoteJobsDock& dock, bool trust, QString* fingerprint = nullptr)
    {
        QObject::connect(dock.prompter(), &Gui::AskpassPrompter::dialogShown, &dock, [trust, fingerprint](QDialog* d) {
            auto* dialog = qobject_cast<Gui::HostKeyDialog*>(d);
            if (!dialog) return d->reject();
            if (fingerprint) *fingerprint = dialog->fingerprintLabel()->text();
            (trust ? dialog->acceptButton() : dialog->rejectButton())->click();
        });
    }
};

}  // namespace

TEST_F(RemoteJobsDockSshTest, TheHostKeyIsShownAndTrustingItConnects)
{
    Gui::RemoteJobsDock dock(&selection, options());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
    QString fingerprint;
    answerHostKey(dock, true, &fingerprint);
    ASSERT_TRUE(dock.selectProfile(QStringLiteral("Rig login")));
    QSignalSpy changed(&dock, &Gui::RemoteJobsDock::connectionChanged);
    dock.connectProfile();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (const auto& args : changed) if (!args.at(0).toString().isEmpty()) return true;
        return false;
    }, 60000));
    EXPECT_EQ(fingerprint, SshRig::instance().loginHostKeyFingerprint());
    EXPECT_TRUE(dock.connectionText().startsWith(QStringLiteral("Connected"))) << qPrintable(dock.connectionText());
}

TEST_F(RemoteJobsDockSshTest, RejectingTheHostKeyLeavesTheProfileDisconnected)
{
    Gui::RemoteJobsDock dock(&selection, options());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
    answerHostKey(dock, false);
    ASSERT_TRUE(dock.selectProfile(QStringLiteral("Rig login")));
    QSignalSpy changed(&dock, &Gui::RemoteJobsDock::connectionChanged);
    dock.connectProfile();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (const auto& args : changed) if (!args.at(0).toString().isEmpty()) return true;
        return false;
    }, 60000));
    EXPECT_TRUE(dock.connectionText().startsWith(QStringLiteral("Connection failed"))) << qPrintable(dock.connectionText());
    QFile known(tmp.filePath(QStringLiteral("known_hosts")));
    ASSERT_TRUE(known.open(QIODevice::ReadOnly));
    EXPECT_TRUE(known.readAll().trimmed().isEmpty());
}

TEST_F(RemoteJobsDockSshTest, AJobOnTheHostIsFollowedAndReattachedAfterARestart)
{
    const QString flag = tmp.filePath(QStringLiteral("go"));
    QString key;
    {
        Gui::RemoteJobsDock dock(&selection, options());
        ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
        answerHostKey(dock, true);
        ASSERT_TRUE(dock.selectProfile(QStringLiteral("Rig login")));
        ASSERT_TRUE(dock.selectRecipe(QStringLiteral("custom-script")));
        ASSERT_TRUE(dock.form()->setValue(
            QStringLiteral("script"),
            QStringLiteral("echo \"on $(hostname) via ${SSH_CONNECTION:+ssh}\"\n"
                           "echo 'first part' > \"$ESTRAN_OUTPUT_DIR/a.tmp\" && mv \"$ESTRAN_OUTPUT_DIR/a.tmp\" \"$ESTRAN_OUTPUT_DIR/a.txt\"\n"
                           "while [ ! -e '%1' ]; do sleep 0.2; done\n"
                           "echo 'second part' >&2\n"
                           "echo done > \"$ESTRAN_OUTPUT_DIR/b.tmp\" && mv \"$ESTRAN_OUTPUT_DIR/b.tmp\" \"$ESTRAN_OUTPUT_DIR/b.txt\"\n")
                .arg(flag)));
        QSignalSpy submitted(&dock, &Gui::RemoteJobsDock::jobSubmitted);
        QSignalSpy failed(&dock, &Gui::RemoteJobsDock::submitFailed);
        QSignalSpy arrived(&dock, &Gui::RemoteJobsDock::resultArrived);
        ASSERT_TRUE(dock.submit());
        ASSERT_TRUE(QTest::qWaitFor([&] { return submitted.count() + failed.count() > 0; }, 60000));
        ASSERT_EQ(failed.count(), 0) << qPrintable(failed.at(0).at(0).toString());
        key = submitted.at(0).at(0).toString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return arrived.count() > 0; }, 60000)) << qPrintable(dock.jobs()->stateText(key));
        EXPECT_TRUE(arrived.at(0).at(0).toString().endsWith(QStringLiteral("a.txt")));
        EXPECT_TRUE(dock.logView()->toPlainText().contains(QStringLiteral("via ssh"))) << qPrintable(dock.logView()->toPlainText());
    }
    QFile go(flag);
    ASSERT_TRUE(go.open(QIODevice::WriteOnly));
    go.close();

    Gui::RemoteJobsDock dock(&selection, options());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
    QSignalSpy arrived(&dock, &Gui::RemoteJobsDock::resultArrived);
    ASSERT_GE(dock.jobs()->rowOf(key), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dock.isFollowing(key); }, 60000)) << qPrintable(dock.jobs()->stateText(key));
    EXPECT_EQ(dock.jobs()->entry(key)->last.state, Remote::JobState::Completed) << qPrintable(dock.jobs()->stateText(key));
    const QString log = dock.logView()->toPlainText();
    EXPECT_EQ(log.count(QStringLiteral("via ssh")), 1) << qPrintable(log);
    EXPECT_EQ(log.count(QStringLiteral("second part")), 1) << qPrintable(log);
    ASSERT_EQ(arrived.count(), 1);
    EXPECT_TRUE(arrived.at(0).at(0).toString().endsWith(QStringLiteral("b.txt")));
}

TEST_F(RemoteJobsDockSshTest, ClosingThePanelWhileSshAsksDoesNotHang)
{
    auto dock = std::make_unique<Gui::RemoteJobsDock>(&selection, options());
    EXPECT_TRUE(QTest::qWaitFor([&] { return dock->isLoaded(); }, 10000));
    QSignalSpy shown(dock->prompter(), &Gui::AskpassPrompter::dialogShown);
    ASSERT_TRUE(dock->selectProfile(QStringLiteral("Rig login")));
    dock->connectProfile();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() > 0; }, 60000));
    QElapsedTimer clock;
    clock.start();
    dock.reset();  // the host-key question is still open
    EXPECT_LT(clock.elapsed(), 2000);
    // The connection attempt ends refused on its worker; nothing is left waiting.
    QThreadPool::globalInstance()->waitForDone(30000);
    QFile known(tmp.filePath(QStringLiteral("known_hosts")));
    ASSERT_TRUE(known.open(QIODevice::ReadOnly));
    EXPECT_TRUE(known.readAll().trimmed().isEmpty());
}
