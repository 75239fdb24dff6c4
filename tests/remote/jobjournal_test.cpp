// SPDX-License-Identifier: GPL-3.0-or-later
// The job journal: one JSON file per job, read back whole, newest first, bad files skipped.
#include "estran/remote/jobjournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

Remote::JournalEntry sampleEntry()
{
    Remote::JournalEntry e;
    e.profilePath = QStringLiteral("/home/u/profiles/trex.json");
    e.profileName = QStringLiteral("TREX");
    e.job = {QStringLiteral("4567.datarmor0"), QStringLiteral("/work/u/estran/job 1")};
    e.recipe = QStringLiteral("subset");
    e.parameters = {{QStringLiteral("input"), QStringLiteral("/data/it's.nc")},
                    {QStringLiteral("area"), QVariantList{-10.5, 40.0, 5.0, 50.0}},
                    {QStringLiteral("level"), 3}};
    e.fetchDir = QStringLiteral("/home/u/results");
    e.submitted = QDateTime(QDate(2026, 11, 25), QTime(3, 4, 5, 678), Qt::UTC);
    e.last.id = e.job.id;
    e.last.name = QStringLiteral("subset");
    e.last.queue = QStringLiteral("sequentiel");
    e.last.state = Remote::JobState::Failed;
    e.last.exitCode = 2;
    e.last.reason = QStringLiteral("NonZeroExitCode");
    e.last.started = QDateTime(QDate(2026, 11, 25), QTime(3, 5, 0), Qt::UTC);
    e.stdoutOffset = 5'000'000'123LL;
    e.stderrOffset = 17;
    e.fetched = {{QStringLiteral("a/b.nc"), QStringLiteral("100:1700000000")}};
    return e;
}

}  // namespace

TEST(JobJournal, ReadsBackEverythingItSaved)
{
    QTemporaryDir dir;
    Remote::JobJournal journal(dir.filePath(QStringLiteral("jobs")));
    Remote::JournalEntry e = sampleEntry();
    ASSERT_TRUE(journal.save(e).ok());
    ASSERT_FALSE(e.key.isEmpty());
    EXPECT_TRUE(QFile::exists(QDir(journal.directory()).filePath(e.key + QStringLiteral(".json"))));

    Base::Result<Remote::JournalEntry> back = journal.entry(e.key);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back->key, e.key);
    EXPECT_EQ(back->profilePath, e.profilePath);
    EXPECT_EQ(back->profileName, e.profileName);
    EXPECT_EQ(back->job.id, e.job.id);
    EXPECT_EQ(back->job.jobDir, e.job.jobDir);
    EXPECT_EQ(back->recipe, e.recipe);
    EXPECT_EQ(back->parameters.value(QStringLiteral("input")).toString(), QStringLiteral("/data/it's.nc"));
    EXPECT_EQ(back->parameters.value(QStringLiteral("area")).toList().value(0).toDouble(), -10.5);
    EXPECT_EQ(back->parameters.value(QStringLiteral("level")).toInt(), 3);
    EXPECT_EQ(back->fetchDir, e.fetchDir);
    EXPECT_EQ(back->submitted, e.submitted);
    EXPECT_EQ(back->last.state, Remote::JobState::Failed);
    EXPECT_EQ(back->last.exitCode, 2);
    EXPECT_EQ(back->last.reason, e.last.reason);
    EXPECT_EQ(back->last.queue, e.last.queue);
    EXPECT_EQ(back->last.started, e.last.started);
    EXPECT_FALSE(back->last.ended.isValid());
    EXPECT_EQ(back->stdoutOffset, 5'000'000'123LL);
    EXPECT_EQ(back->stderrOffset, 17);
    EXPECT_EQ(back->fetched, e.fetched);

    // Saving again replaces the file: still one entry.
    e.stdoutOffset = 42;
    ASSERT_TRUE(journal.save(e).ok());
    const QList<Remote::JournalEntry> all = journal.entries();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().stdoutOffset, 42);

    ASSERT_TRUE(journal.remove(e.key).ok());
    EXPECT_TRUE(journal.entries().isEmpty());
    EXPECT_FALSE(journal.remove(e.key).ok());
}

TEST(JobJournal, ListsNewestFirstAndSkipsAndReportsCorruptFiles)
{
    QTemporaryDir dir;
    Remote::JobJournal journal(dir.path());
    Remote::JournalEntry older = sampleEntry();
    older.submitted = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    Remote::JournalEntry newer = sampleEntry();
    newer.submitted = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    ASSERT_TRUE(journal.save(older).ok());
    ASSERT_TRUE(journal.save(newer).ok());
    EXPECT_NE(older.key, newer.key);

    QFile corrupt(dir.filePath(QStringLiteral("corrupt.json")));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\"format\": 1, \"key\": \"corrupt\", ");  // cut short, as by a full disk
    corrupt.close();
    QFile wrongType(dir.filePath(QStringLiteral("wrong.json")));
    ASSERT_TRUE(wrongType.open(QIODevice::WriteOnly));
    wrongType.write(R"({"format": 1, "key": "wrong", "job_dir": 7})");
    wrongType.close();

    QList<Base::Error> problems;
    const QList<Remote::JournalEntry> all = journal.entries(&problems);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].key, newer.key);
    EXPECT_EQ(all[1].key, older.key);
    ASSERT_EQ(problems.size(), 2);
    QStringList where{problems[0].where(), problems[1].where()};
    where.sort();
    EXPECT_TRUE(where[0].endsWith(QStringLiteral("corrupt.json")));
    EXPECT_TRUE(where[1].endsWith(QStringLiteral("wrong.json")));
}

TEST(JobJournal, RefusesKeysThatWouldLeaveItsFolder)
{
    QTemporaryDir dir;
    Remote::JobJournal journal(dir.path());
    Remote::JournalEntry e = sampleEntry();
    e.key = QStringLiteral("../escape");
    EXPECT_FALSE(journal.save(e).ok());
    EXPECT_FALSE(journal.entry(QStringLiteral("../../etc/passwd")).ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("../escape.json"))));
}
