// SPDX-License-Identifier: GPL-3.0-or-later
// The remote jobs panel on "This computer": real jobs (bash processes started by the local
// scheduler), the real journal, followers and result transfers, in a temporary home folder.
#include "estran/gui/remotejobsdock.h"

#include "estran/base/selectionmodel.h"
#include "estran/gui/jobtablemodel.h"
#include "estran/gui/recipeform.h"
#include "estran/remote/jobjournal.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

#include <sys/stat.h>

using namespace Estran;

namespace {

struct RemoteJobsDockTest : ::testing::Test {
    QTemporaryDir home;
    QByteArray savedHome;
    Base::SelectionModel selection;

    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        // The embedded profile works under ~ on this computer: a temporary home keeps the
        // developer's own folders out of it.
        savedHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        Base::Selection s;
        s.box = Base::GeoBox{-6, 43, -1, 48};
        s.timeStart = QStringLiteral("2021-03-01");
        s.timeEnd = QStringLiteral("2021-03-31");
        selection.setSelection(s);
    }
    void TearDown() override { qputenv("HOME", savedHome); }

    Gui::RemoteJobsDock::Options options() const
    {
        Gui::RemoteJobsDock::Options o;
        o.journalDirectory = home.filePath(QStringLiteral("journal"));
        o.profilesDirectory = home.filePath(QStringLiteral("profiles"));
        o.templateDirectories = QStringList();
        o.resultsDirectory = home.filePath(QStringLiteral("results"));
        o.recipeFolders = QStringList();
        return o;
    }

    std::unique_ptr<Gui::RemoteJobsDock> makeDock()
    {
        auto dock = std::make_unique<Gui::RemoteJobsDock>(&selection, options());
        EXPECT_TRUE(QTest::qWaitFor([&] { return dock->isLoaded(); }, 10000));
        dock->resize(520, 900);
        dock->show();
        return dock;
    }

    // Submits the built-in custom-script recipe and waits for its journal key.
    static QString submitScript(Gui::RemoteJobsDock& dock, const QString& script)
    {
        EXPECT_TRUE(dock.selectRecipe(QStringLiteral("custom-script")));
        EXPECT_TRUE(dock.form()->setValue(QStringLiteral("script"), script));
        QSignalSpy submitted(&dock, &Gui::RemoteJobsDock::jobSubmitted);
        QSignalSpy failed(&dock, &Gui::RemoteJobsDock::submitFailed);
        EXPECT_TRUE(dock.submit()) << qPrintable(dock.submitMessage());
        EXPECT_TRUE(QTest::qWaitFor([&] { return submitted.count() + failed.count() > 0; }, 20000));
        EXPECT_EQ(failed.count(), 0) << (failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        return submitted.isEmpty() ? QString() : submitted.at(0).at(0).toString();
    }

    static Remote::JobState stateOf(const Gui::RemoteJobsDock& dock, const QString& key)
    {
        const Remote::JournalEntry* e = dock.jobs()->entry(key);
        return e ? e->last.state : Remote::JobState::Unknown;
    }
};

}  // namespace

TEST_F(RemoteJobsDockTest, ListsThisComputerFirst)
{
    auto dock = makeDock();
    ASSERT_FALSE(dock->profiles().isEmpty());
    ASSERT_TRUE(dock->currentProfile());
    EXPECT_TRUE(dock->currentProfile()->path.isEmpty());
    EXPECT_EQ(dock->currentProfile()->profile.scheduler, Remote::Profile::Scheduler::Local);
}

TEST_F(RemoteJobsDockTest, ShowsAUserProfileAndItsNotes)
{
    QDir().mkpath(home.filePath(QStringLiteral("profiles")));
    QFile f(home.filePath(QStringLiteral("profiles/datarmor.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "Datarmor", "host": "datarmor.ifremer.fr", "scheduler": "pbs",
                "work_dir": "$DATAWORK/estran", "notes": "connect the Ifremer VPN first"})");
    f.close();
    auto dock = makeDock();
    ASSERT_TRUE(dock->selectProfile(QStringLiteral("Datarmor")));
    auto* notes = dock->findChild<QLabel*>(QStringLiteral("notes"));
    ASSERT_TRUE(notes);
    EXPECT_EQ(notes->text(), QStringLiteral("connect the Ifremer VPN first"));
}

TEST_F(RemoteJobsDockTest, ABrokenProfileFileIsListedWithItsError)
{
    QDir().mkpath(home.filePath(QStringLiteral("profiles")));
    QFile f(home.filePath(QStringLiteral("profiles/typo.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "Typo", "host": "h", "scheduler": "slurm", "work_dir": "/w", "partiton": "x"})");
    f.close();
    auto dock = makeDock();
    ASSERT_TRUE(dock->selectProfile(QStringLiteral("typo")));
    auto* notes = dock->findChild<QLabel*>(QStringLiteral("notes"));
    EXPECT_TRUE(notes->text().contains(QStringLiteral("partiton"))) << qPrintable(notes->text());
    EXPECT_FALSE(dock->submit());
}

TEST_F(RemoteJobsDockTest, ThisComputerIsProbedWithoutAClick)
{
    auto dock = makeDock();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->connectionText().startsWith(QStringLiteral("Connected")); }, 20000))
        << qPrintable(dock->connectionText());
}

TEST_F(RemoteJobsDockTest, DisconnectingAndConnectingAgainReportsTheProbe)
{
    auto dock = makeDock();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->connectionText().startsWith(QStringLiteral("Connected")); }, 20000));
    dock->disconnectProfile();
    EXPECT_FALSE(dock->connectionText().startsWith(QStringLiteral("Connected")));
    QSignalSpy changed(dock.get(), &Gui::RemoteJobsDock::connectionChanged);
    dock->connectProfile();
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() > 0; }, 20000));
    EXPECT_TRUE(changed.at(0).at(1).toBool()) << qPrintable(changed.at(0).at(2).toString());
    EXPECT_TRUE(dock->connectionText().startsWith(QStringLiteral("Connected"))) << qPrintable(dock->connectionText());
}

TEST_F(RemoteJobsDockTest, SubmitsARecipeShowsItsLogAndAnnouncesItsResults)
{
    auto dock = makeDock();
    QSignalSpy arrived(dock.get(), &Gui::RemoteJobsDock::resultArrived);
    const QString key = submitScript(*dock,
        QStringLiteral("echo \"box $ESTRAN_PARAM_AREA_WEST\"\n"
                       "echo 'warning on stderr' >&2\n"
                       "printf 'step 1\\n' > \"$ESTRAN_OUTPUT_DIR/series.tmp\"\n"
                       "mv \"$ESTRAN_OUTPUT_DIR/series.tmp\" \"$ESTRAN_OUTPUT_DIR/series.txt\"\n"));
    ASSERT_FALSE(key.isEmpty());
    EXPECT_EQ(dock->currentJob(), key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return Remote::JobState(stateOf(*dock, key)) == Remote::JobState::Completed &&
                                             !dock->isFollowing(key); }, 60000))
        << qPrintable(dock->jobs()->stateText(key)) << "\n" << qPrintable(dock->logView()->toPlainText());
    const QString log = dock->logView()->toPlainText();
    // The area reached the job from the shared selection.
    EXPECT_TRUE(log.contains(QStringLiteral("box -6"))) << qPrintable(log);
    EXPECT_TRUE(log.contains(QStringLiteral("warning on stderr"))) << qPrintable(log);
    ASSERT_EQ(arrived.count(), 1);
    const QString path = arrived.at(0).at(0).toString();
    EXPECT_TRUE(path.endsWith(QStringLiteral("series.txt"))) << qPrintable(path);
    QFile result(path);
    ASSERT_TRUE(result.open(QIODevice::ReadOnly));
    EXPECT_EQ(result.readAll(), QByteArray("step 1\n"));
    EXPECT_EQ(dock->resultList()->count(), 1);
    const Remote::JournalEntry* e = dock->jobs()->entry(key);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->last.exitCode.value_or(-1), 0);
}

TEST_F(RemoteJobsDockTest, AFailingJobShowsItsExitCode)
{
    auto dock = makeDock();
    const QString key = submitScript(*dock, QStringLiteral("echo 'cannot open input' >&2\nexit 3\n"));
    ASSERT_FALSE(key.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*dock, key) == Remote::JobState::Failed && !dock->isFollowing(key); }, 60000))
        << qPrintable(dock->jobs()->stateText(key));
    EXPECT_EQ(dock->jobs()->entry(key)->last.exitCode.value_or(-1), 3);
    EXPECT_TRUE(dock->logView()->toPlainText().contains(QStringLiteral("cannot open input")));
}

TEST_F(RemoteJobsDockTest, AJobSurvivesARestartWithItsLogAndResults)
{
    const QString flag = home.filePath(QStringLiteral("go"));
    QString key;
    {
        auto dock = makeDock();
        key = submitScript(*dock,
            QStringLiteral("echo first line\n"
                           "while [ ! -e %1 ]; do sleep 0.2; done\n"
                           "echo second line\n"
                           "echo 42 > \"$ESTRAN_OUTPUT_DIR/late.tmp\" && mv \"$ESTRAN_OUTPUT_DIR/late.tmp\" \"$ESTRAN_OUTPUT_DIR/late.txt\"\n")
                .arg(flag));
        ASSERT_FALSE(key.isEmpty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return dock->logView()->toPlainText().contains(QStringLiteral("first line")); }, 30000));
        EXPECT_TRUE(dock->isFollowing(key));
    }  // the panel (and its followers) go away, as when the application is closed

    // The job goes on without anyone watching.
    QFile go(flag);
    ASSERT_TRUE(go.open(QIODevice::WriteOnly));
    go.close();

    auto dock = makeDock();
    QSignalSpy arrived(dock.get(), &Gui::RemoteJobsDock::resultArrived);
    ASSERT_GE(dock->jobs()->rowOf(key), 0);
    EXPECT_TRUE(dock->isFollowing(key) || stateOf(*dock, key) == Remote::JobState::Completed);
    EXPECT_EQ(dock->currentJob(), key);
    // What was shown before the restart is shown again (read from the panel's copy of the log).
    EXPECT_TRUE(QTest::qWaitFor([&] { return dock->logView()->toPlainText().contains(QStringLiteral("first line")); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*dock, key) == Remote::JobState::Completed && !dock->isFollowing(key); }, 60000))
        << qPrintable(dock->jobs()->stateText(key));
    const QString log = dock->logView()->toPlainText();
    EXPECT_EQ(log.count(QStringLiteral("first line")), 1) << qPrintable(log);
    EXPECT_EQ(log.count(QStringLiteral("second line")), 1) << qPrintable(log);
    ASSERT_EQ(arrived.count(), 1);
    EXPECT_TRUE(arrived.at(0).at(0).toString().endsWith(QStringLiteral("late.txt")));
}

TEST_F(RemoteJobsDockTest, CancelStopsARunningJob)
{
    auto dock = makeDock();
    const QString key = submitScript(*dock, QStringLiteral("echo started\nsleep 600\n"));
    ASSERT_FALSE(key.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->logView()->toPlainText().contains(QStringLiteral("started")); }, 30000));
    dock->cancelJob(key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(*dock, key) == Remote::JobState::Cancelled; }, 30000))
        << qPrintable(dock->jobs()->stateText(key));
}

TEST_F(RemoteJobsDockTest, RemoveForgetsTheJob)
{
    QString key;
    {
        auto dock = makeDock();
        key = submitScript(*dock, QStringLiteral("echo done\n"));
        ASSERT_FALSE(key.isEmpty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dock->isFollowing(key); }, 60000));
        dock->removeJob(key);
        EXPECT_LT(dock->jobs()->rowOf(key), 0);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !QFile::exists(QDir(options().journalDirectory).filePath(key + QStringLiteral(".json"))); }, 10000));
    }
    auto dock = makeDock();
    EXPECT_LT(dock->jobs()->rowOf(key), 0);
}

TEST_F(RemoteJobsDockTest, RemovingAFollowedJobStopsItsFollowerAndForgetsIt)
{
    auto dock = makeDock();
    const QString key = submitScript(*dock, QStringLiteral("for i in $(seq 1 100); do echo tick $i; sleep 0.1; done\n"));
    ASSERT_FALSE(key.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->logView()->toPlainText().contains(QStringLiteral("tick")); }, 30000));
    ASSERT_TRUE(dock->isFollowing(key));
    dock->removeJob(key);
    EXPECT_LT(dock->jobs()->rowOf(key), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dock->isFollowing(key); }, 10000));
    const QString journalFile = QDir(options().journalDirectory).filePath(key + QStringLiteral(".json"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QFile::exists(journalFile); }, 10000));
    // Signals of the follower's last round, if any were queued, do not bring the row back.
    QTest::qWait(300);
    EXPECT_LT(dock->jobs()->rowOf(key), 0);
    EXPECT_FALSE(QFile::exists(journalFile));
}

TEST_F(RemoteJobsDockTest, TheLogOfAFinishedJobIsShownAgainAfterARestart)
{
    QString key;
    {
        auto dock = makeDock();
        key = submitScript(*dock, QStringLiteral("echo out-line\necho err-line >&2\n"));
        ASSERT_FALSE(key.isEmpty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dock->isFollowing(key); }, 60000));
    }
    Gui::RemoteJobsDock::Options o = options();
    o.reattach = false;
    Gui::RemoteJobsDock dock(&selection, o);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
    ASSERT_GE(dock.jobs()->rowOf(key), 0);
    EXPECT_FALSE(dock.isFollowing(key));
    dock.selectJob(key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.logView()->toPlainText().contains(QStringLiteral("err-line")); }, 10000));
    const QString log = dock.logView()->toPlainText();
    EXPECT_EQ(log.count(QStringLiteral("out-line")), 1) << qPrintable(log);
    EXPECT_EQ(log.count(QStringLiteral("err-line")), 1) << qPrintable(log);
}

TEST_F(RemoteJobsDockTest, ReadsProfilesAndJournalOnAWorkerAndIsBusyUntilThen)
{
    QDir().mkpath(home.filePath(QStringLiteral("profiles")));
    QFile f(home.filePath(QStringLiteral("profiles/trex.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "TREX", "host": "trex.cnes.fr", "scheduler": "slurm", "work_dir": "~/estran"})");
    f.close();
    Remote::JournalEntry done;
    done.profileName = QStringLiteral("local");
    done.job = {QStringLiteral("4242"), home.filePath(QStringLiteral("gone"))};
    done.submitted = QDateTime::currentDateTimeUtc();
    done.last.id = QStringLiteral("4242");
    done.last.state = Remote::JobState::Completed;
    done.last.exitCode = 0;
    auto saved = Remote::JobJournal(options().journalDirectory).save(done);
    ASSERT_TRUE(saved.ok());

    Gui::RemoteJobsDock dock(&selection, options());
    dock.show();
    // Nothing was read by the constructor: the panel says it is reading and cannot be used yet.
    EXPECT_FALSE(dock.isLoaded());
    EXPECT_TRUE(dock.profiles().isEmpty());
    EXPECT_EQ(dock.jobs()->rowCount(), 0);
    auto* loading = dock.findChild<QLabel*>(QStringLiteral("loading"));
    ASSERT_TRUE(loading);
    EXPECT_TRUE(loading->isVisible());
    auto* profileBox = dock.findChild<QComboBox*>(QStringLiteral("profile"));
    ASSERT_TRUE(profileBox);
    EXPECT_FALSE(profileBox->isEnabled());
    EXPECT_FALSE(dock.submit());

    QSignalSpy loaded(&dock, &Gui::RemoteJobsDock::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_TRUE(dock.isLoaded());
    EXPECT_FALSE(loading->isVisible());
    EXPECT_TRUE(profileBox->isEnabled());
    EXPECT_TRUE(dock.selectProfile(QStringLiteral("TREX")));
    EXPECT_GE(dock.jobs()->rowOf(done.key), 0);
    EXPECT_TRUE(dock.selectRecipe(QStringLiteral("custom-script")));
}

TEST_F(RemoteJobsDockTest, AnEditedProfilesFolderIsReadAgainOnAWorker)
{
    auto dock = makeDock();
    const int before = int(dock->profiles().size());
    QSignalSpy changed(dock.get(), &Gui::RemoteJobsDock::profilesChanged);
    QFile f(home.filePath(QStringLiteral("profiles/new.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "New", "host": "n", "scheduler": "slurm", "work_dir": "/w"})");
    f.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->profiles().size() == before + 1; }, 10000));
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(dock->selectProfile(QStringLiteral("New")));
}

TEST_F(RemoteJobsDockTest, ClosingThePanelDoesNotWaitForAHostThatHangs)
{
    // A job folder whose state cannot be read: `started` is a named pipe nobody writes, so the
    // scheduler's status command blocks on it like a login node that stopped answering.
    const QString folder = home.filePath(QStringLiteral("hanging job"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile run(folder + QStringLiteral("/run.sh"));
    ASSERT_TRUE(run.open(QIODevice::WriteOnly));
    run.close();
    ASSERT_EQ(::mkfifo(QFile::encodeName(folder + QStringLiteral("/started")).constData(), 0600), 0);
    Remote::JournalEntry entry;
    entry.profileName = QStringLiteral("local");
    entry.job = {QStringLiteral("999999"), folder};
    entry.submitted = QDateTime::currentDateTimeUtc();
    entry.last.id = QStringLiteral("999999");
    entry.last.state = Remote::JobState::Running;
    auto saved = Remote::JobJournal(options().journalDirectory).save(entry);
    ASSERT_TRUE(saved.ok());

    auto dock = makeDock();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->isFollowing(entry.key); }, 10000));
    QTest::qWait(1500);  // the follower's first round is now stuck in the status command
    QElapsedTimer timer;
    timer.start();
    dock.reset();
    const qint64 ms = timer.elapsed();
    std::cout << "[ measured ] the panel closed in " << ms << " ms with a follower whose host hangs\n";
    EXPECT_LT(ms, 1000);
}

TEST_F(RemoteJobsDockTest, ANewProfileFromATemplateIsCopiedOnAWorkerAndSelected)
{
    const QString templates = home.filePath(QStringLiteral("templates"));
    ASSERT_TRUE(QDir().mkpath(templates));
    const QByteArray text = R"({"name": "Datarmor", "host": "datarmor.ifremer.fr", "scheduler": "pbs", "work_dir": "$DATAWORK/estran"})";
    QFile t(templates + QStringLiteral("/datarmor.json"));
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(text);
    t.close();
    Gui::RemoteJobsDock::Options o = options();
    o.templateDirectories = QStringList{templates};
    Gui::RemoteJobsDock dock(&selection, o);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isLoaded(); }, 10000));
    ASSERT_TRUE(dock.selectProfile(QStringLiteral("Datarmor")));
    ASSERT_TRUE(dock.currentProfile()->isTemplate);

    QAction* fromTemplate = nullptr;
    for (QPushButton* button : dock.findChildren<QPushButton*>()) {
        if (!button->menu()) continue;
        for (QAction* action : button->menu()->actions()) {
            if (action->text().startsWith(QStringLiteral("New profile from this template"))) fromTemplate = action;
        }
    }
    ASSERT_TRUE(fromTemplate);
    fromTemplate->trigger();
    const QString copy = home.filePath(QStringLiteral("profiles/datarmor.json"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.currentProfile() && dock.currentProfile()->path == copy; }, 10000));
    EXPECT_FALSE(dock.currentProfile()->isTemplate);
    QFile copied(copy);
    ASSERT_TRUE(copied.open(QIODevice::ReadOnly));
    EXPECT_EQ(copied.readAll(), text);
}
