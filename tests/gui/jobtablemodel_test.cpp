// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/jobtablemodel.h"

#include <QColor>
#include <QIcon>

#include <gtest/gtest.h>

using namespace Estran;
using Gui::JobTableModel;

namespace {

Remote::JournalEntry entry(const QString& key, Remote::JobState state, const QDateTime& submitted)
{
    Remote::JournalEntry e;
    e.key = key;
    e.recipe = QStringLiteral("time-mean");
    e.job.id = key + QStringLiteral(".datarmor0");
    e.profilePath = QStringLiteral("/home/u/.config/Estran/profiles/datarmor.json");
    e.profileName = QStringLiteral("Datarmor");
    e.submitted = submitted;
    e.last.state = state;
    return e;
}

}  // namespace

TEST(JobTableModel, ListsTheNewestJobFirstWithTheRecipeTitleAndJobId)
{
    JobTableModel model;
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    model.setEntries({entry(QStringLiteral("old"), Remote::JobState::Completed, t0),
                      entry(QStringLiteral("new"), Remote::JobState::Running, t0.addSecs(60))});
    model.setRecipeTitles({{QStringLiteral("time-mean"), QStringLiteral("Time mean")}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.entry(0)->key, QStringLiteral("new"));
    EXPECT_EQ(model.data(model.index(0, JobTableModel::NameColumn)).toString(), QStringLiteral("Time mean · new.datarmor0"));
    EXPECT_EQ(model.data(model.index(0, JobTableModel::ProfileColumn)).toString(), QStringLiteral("Datarmor"));
    EXPECT_EQ(model.stateText(QStringLiteral("new")), QStringLiteral("running"));
    EXPECT_FALSE(model.data(model.index(0, JobTableModel::StateColumn), Qt::DecorationRole).value<QIcon>().isNull());

    // A new submission goes on top; an update replaces its row.
    model.upsert(entry(QStringLiteral("newest"), Remote::JobState::Queued, t0.addSecs(120)));
    EXPECT_EQ(model.rowOf(QStringLiteral("newest")), 0);
    Remote::JournalEntry failed = entry(QStringLiteral("old"), Remote::JobState::Failed, t0);
    failed.last.exitCode = 2;
    failed.last.reason = QStringLiteral("NonZeroExitCode");
    model.upsert(failed);
    EXPECT_EQ(model.rowCount(), 3);
    const int row = model.rowOf(QStringLiteral("old"));
    EXPECT_EQ(model.data(model.index(row, JobTableModel::ExitColumn)).toString(), QStringLiteral("2 (NonZeroExitCode)"));
    EXPECT_EQ(model.data(model.index(row, JobTableModel::StateColumn), Qt::ForegroundRole).value<QColor>(),
              JobTableModel::stateColour(Remote::JobState::Failed));
}

TEST(JobTableModel, ADroppedConnectionShowsTheReconnectCountdownUntilTheNextRound)
{
    JobTableModel model;
    const QString key = QStringLiteral("k");
    model.setEntries({entry(key, Remote::JobState::Running, QDateTime::currentDateTimeUtc())});
    model.setProblem(key, QStringLiteral("Connection closed by 127.0.0.1"), QDateTime::currentDateTimeUtc().addSecs(8));
    EXPECT_TRUE(model.stateText(key).startsWith(QStringLiteral("reconnecting in "))) << qPrintable(model.stateText(key));
    const QString seconds = model.stateText(key).section(u' ', 2, 2);
    EXPECT_GE(seconds.toInt(), 7);
    EXPECT_LE(seconds.toInt(), 8);
    EXPECT_TRUE(model.data(model.index(0, JobTableModel::StateColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Connection closed")));
    // The next successful round brings a fresh entry: the state is shown again.
    model.upsert(entry(key, Remote::JobState::Running, QDateTime::currentDateTimeUtc()));
    EXPECT_EQ(model.stateText(key), QStringLiteral("running"));
}

TEST(JobTableModel, RunningJobsShowTheirDurationSoFar)
{
    JobTableModel model;
    Remote::JournalEntry e = entry(QStringLiteral("k"), Remote::JobState::Running, QDateTime::currentDateTimeUtc());
    e.last.started = QDateTime::currentDateTimeUtc().addSecs(-125);
    model.setEntries({e});
    EXPECT_EQ(model.data(model.index(0, JobTableModel::DurationColumn)).toString(), QStringLiteral("2 min 05 s"));
    e.last.state = Remote::JobState::Completed;
    e.last.ended = e.last.started.addSecs(3 * 3600 + 7 * 60);
    model.upsert(e);
    EXPECT_EQ(model.data(model.index(0, JobTableModel::DurationColumn)).toString(), QStringLiteral("3 h 07 min"));
}
