// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteFiles behaviours shared by the LocalHost and SshHost tests: the same cases run on both
// host kinds. `Provider` supplies host() (a RemoteHost&) and skipReason(); the host's files
// are this machine's files (the ssh rig is a loopback sshd), so cases prepare and check them
// locally.
#pragma once

#include "estran/remote/remotefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace RemoteFilesCases {

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qsizetype i = 0; i < size; ++i) data[i] = char(gen.generate() & 0xff);
    return data;
}

inline bool writeLocal(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray readLocal(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

template <typename Provider>
class RemoteFilesOn : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (const QString why = Provider::skipReason(); !why.isEmpty()) GTEST_SKIP() << why.toStdString();
        ASSERT_TRUE(m_dir.isValid());
    }
    Estran::Remote::RemoteHost& host() { return Provider::host(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TYPED_TEST_SUITE_P(RemoteFilesOn);

TYPED_TEST_P(RemoteFilesOn, ResolvesTildeAndVariablesAndNothingElse)
{
    using namespace Estran::Remote;
    RemoteFiles files(this->host());
    auto home = this->host().run(QStringLiteral("printf %s \"$HOME\""));
    ASSERT_TRUE(home.ok());
    const QString h = QString::fromUtf8(home->standardOutput);
    ASSERT_FALSE(h.isEmpty());

    auto r = files.resolve(QStringLiteral("~/a b"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(*r, h + QStringLiteral("/a b"));
    r = files.resolve(QStringLiteral("$HOME/x/${HOME}"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, h + QStringLiteral("/x/") + h);
    r = files.resolve(QStringLiteral("~root/x y"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, QStringLiteral("/root/x y"));
    r = files.resolve(QStringLiteral("~root"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, QStringLiteral("/root"));
    r = files.resolve(QStringLiteral("relative/p"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(QDir::cleanPath(*r), QDir::cleanPath(h + QStringLiteral("/relative/p")));

    const QString marker = this->path(QStringLiteral("injected"));
    r = files.resolve(QStringLiteral("/tmp/$(touch ") + marker + QStringLiteral(")`touch ") + marker + u'`');
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, QStringLiteral("/tmp/$(touch ") + marker + QStringLiteral(")`touch ") + marker + u'`');
    EXPECT_FALSE(QFile::exists(marker)) << "resolve() ran a command substitution";

    r = files.resolve(QStringLiteral("$ESTRAN_SURELY_UNSET_VARIABLE/x"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind(), Estran::Base::Error::Kind::InvalidInput);
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("ESTRAN_SURELY_UNSET_VARIABLE")));
}

TYPED_TEST_P(RemoteFilesOn, ListsAnyFileNameSortedWithSizesAndTypes)
{
    using namespace Estran::Remote;
    const QStringList names{QStringLiteral("a b"), QStringLiteral("it's \"quoted\""), QStringLiteral("new\nline"),
                            QStringLiteral("tab\there"), QStringLiteral("$(dollar) `tick` !bang; &amp"),
                            QStringLiteral("été")};
    for (int i = 0; i < names.size(); ++i) ASSERT_TRUE(writeLocal(this->path(names[i]), QByteArray(i + 1, 'x')));
    ASSERT_TRUE(QDir().mkdir(this->path(QStringLiteral("sub dir"))));

    RemoteFiles files(this->host());
    auto entries = files.list(this->m_dir.path());
    ASSERT_TRUE(entries.ok()) << entries.error().toString().toStdString();
    QStringList expected = names;
    expected << QStringLiteral("sub dir");
    std::sort(expected.begin(), expected.end());
    ASSERT_EQ(entries->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const RemoteEntry& e = entries->at(i);
        EXPECT_EQ(e.name, expected[i]);
        EXPECT_EQ(e.path, this->path(expected[i]));
        if (e.name == u"sub dir") {
            EXPECT_TRUE(e.isDirectory);
        } else {
            EXPECT_FALSE(e.isDirectory);
            EXPECT_EQ(e.size, names.indexOf(e.name) + 1);
        }
        EXPECT_LT(qAbs(e.modified.secsTo(QDateTime::currentDateTimeUtc())), 120);
        EXPECT_EQ(e.modified.timeSpec(), Qt::UTC);
    }
}

TYPED_TEST_P(RemoteFilesOn, ListingAMissingFolderIsNotFound)
{
    Estran::Remote::RemoteFiles files(this->host());
    auto entries = files.list(this->path(QStringLiteral("no such folder")));
    ASSERT_FALSE(entries.ok());
    EXPECT_EQ(entries.error().kind(), Estran::Base::Error::Kind::NotFound);
    EXPECT_TRUE(entries.error().where().contains(QStringLiteral("no such folder")));
}

TYPED_TEST_P(RemoteFilesOn, ReadsFromAnOffsetLikeALogFollower)
{
    using namespace Estran::Remote;
    const QString log = this->path(QStringLiteral("std out.log"));
    ASSERT_TRUE(writeLocal(log, "0123456789"));
    RemoteFiles files(this->host());
    auto part = files.readFrom(log, 0, 4);
    ASSERT_TRUE(part.ok());
    EXPECT_EQ(*part, "0123");
    part = files.readFrom(log, 4, 100);
    ASSERT_TRUE(part.ok());
    EXPECT_EQ(*part, "456789");
    part = files.readFrom(log, 10, 100);
    ASSERT_TRUE(part.ok());
    EXPECT_TRUE(part->isEmpty());
    auto missing = files.readFrom(this->path(QStringLiteral("nope")), 0, 10);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), Estran::Base::Error::Kind::NotFound);
}

TYPED_TEST_P(RemoteFilesOn, WritesAnyBytesAtomicallyCreatingFolders)
{
    using namespace Estran::Remote;
    QByteArray data;
    for (int i = 0; i < 256; ++i) data += char(i);
    data += randomBytes(300000, 7);
    const QString target = this->path(QStringLiteral("new dir/it's \"here\"/$x data.bin"));
    RemoteFiles files(this->host());
    auto written = files.write(target, data);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(readLocal(target), data);
    // Overwrite, and no temporary file is left beside it.
    ASSERT_TRUE(files.write(target, "second").ok());
    EXPECT_EQ(readLocal(target), "second");
    EXPECT_EQ(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TYPED_TEST_P(RemoteFilesOn, ComputesTheSha256OfAFile)
{
    const QByteArray data = randomBytes(100000, 3);
    const QString file = this->path(QStringLiteral("a 'b'.bin"));
    ASSERT_TRUE(writeLocal(file, data));
    Estran::Remote::RemoteFiles files(this->host());
    auto digest = files.sha256(file);
    ASSERT_TRUE(digest.ok()) << digest.error().toString().toStdString();
    EXPECT_EQ(*digest, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

TYPED_TEST_P(RemoteFilesOn, FetchCopiesAndVerifiesAFile)
{
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17, 11);
    const QString remote = this->path(QStringLiteral("results/sst \"mean\" it's.nc"));
    ASSERT_TRUE(writeLocal(remote, data));
    const QString local = this->path(QStringLiteral("local copy/sst.nc"));
    Estran::Remote::RemoteFiles files(this->host());
    Estran::Base::Feedback feedback;
    auto got = files.fetch(remote, local, &feedback);
    ASSERT_TRUE(got.ok()) << got.error().toString().toStdString();
    EXPECT_EQ(*got, data.size());
    EXPECT_EQ(readLocal(local), data);
    EXPECT_FALSE(QFile::exists(local + QStringLiteral(".part")));
    EXPECT_DOUBLE_EQ(feedback.progress(), 100.0);
}

TYPED_TEST_P(RemoteFilesOn, FetchResumesAPartialCopyAndTransfersOnlyTheRest)
{
    const QByteArray data = randomBytes(1000000, 5);
    const QString remote = this->path(QStringLiteral("r.bin"));
    ASSERT_TRUE(writeLocal(remote, data));
    const QString local = this->path(QStringLiteral("l.bin"));
    ASSERT_TRUE(writeLocal(local + QStringLiteral(".part"), data.left(400000)));
    Estran::Remote::RemoteFiles files(this->host());
    auto got = files.fetch(remote, local);
    ASSERT_TRUE(got.ok()) << got.error().toString().toStdString();
    EXPECT_EQ(*got, 600000);
    EXPECT_EQ(readLocal(local), data);
}

TYPED_TEST_P(RemoteFilesOn, FetchDiscardsACorruptPartialCopy)
{
    const QByteArray data = randomBytes(200000, 9);
    const QString remote = this->path(QStringLiteral("r.bin"));
    ASSERT_TRUE(writeLocal(remote, data));
    const QString local = this->path(QStringLiteral("l.bin"));
    QByteArray corrupt = data.left(1000);
    corrupt[10] = char(corrupt[10] ^ 0x55);
    ASSERT_TRUE(writeLocal(local + QStringLiteral(".part"), corrupt));
    Estran::Remote::RemoteFiles files(this->host());
    auto got = files.fetch(remote, local);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().kind(), Estran::Base::Error::Kind::InvalidInput);
    EXPECT_TRUE(got.error().message().contains(QStringLiteral("SHA-256")));
    EXPECT_FALSE(QFile::exists(local));
    EXPECT_FALSE(QFile::exists(local + QStringLiteral(".part")));
    got = files.fetch(remote, local);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(readLocal(local), data);
}

TYPED_TEST_P(RemoteFilesOn, FetchStartsAgainWhenThePartIsLongerThanTheFile)
{
    // The file was rewritten shorter since the interrupted transfer.
    const QByteArray data = randomBytes(5000, 17);
    const QString remote = this->path(QStringLiteral("rewritten.bin"));
    ASSERT_TRUE(writeLocal(remote, data));
    const QString local = this->path(QStringLiteral("copy.bin"));
    ASSERT_TRUE(writeLocal(local + QStringLiteral(".part"), randomBytes(9000, 18)));
    Estran::Remote::RemoteFiles files(this->host());
    auto got = files.fetch(remote, local);
    ASSERT_TRUE(got.ok()) << got.error().toString().toStdString();
    EXPECT_EQ(*got, data.size());
    EXPECT_EQ(readLocal(local), data);
}

TYPED_TEST_P(RemoteFilesOn, FetchOfAnEmptyFileGivesAnEmptyCopy)
{
    const QString remote = this->path(QStringLiteral("empty"));
    ASSERT_TRUE(writeLocal(remote, {}));
    const QString local = this->path(QStringLiteral("copy of empty"));
    Estran::Remote::RemoteFiles files(this->host());
    auto got = files.fetch(remote, local);
    ASSERT_TRUE(got.ok()) << got.error().toString().toStdString();
    EXPECT_EQ(*got, 0);
    EXPECT_TRUE(QFile::exists(local));
    EXPECT_EQ(QFileInfo(local).size(), 0);
}

/// Processes on this machine (the rig's hosts are this machine too) that have `path` open.
inline int processesReading(const QString& path)
{
    int n = 0;
    const QString target = QFileInfo(path).canonicalFilePath();
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (pid.toInt() <= 0) continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            if (QFileInfo(fds.filePath(fd)).symLinkTarget() == target) ++n;
        }
    }
    return n;
}

TYPED_TEST_P(RemoteFilesOn, CancelledFetchLeavesAPartThatTheNextFetchResumes)
{
    const QByteArray data = randomBytes(40 * 1024 * 1024, 13);
    const QString remote = this->path(QStringLiteral("big file.bin"));
    ASSERT_TRUE(writeLocal(remote, data));
    const QString local = this->path(QStringLiteral("big copy.bin"));
    Estran::Remote::RemoteFiles files(this->host());
    Estran::Base::Feedback feedback;
    // Progress is reported from the fetching thread itself: cancel once a tenth has arrived.
    QObject::connect(&feedback, &Estran::Base::Feedback::progressChanged, &feedback,
                     [&feedback](double percent) {
                         if (percent >= 10.0) feedback.cancel();
                     }, Qt::DirectConnection);
    auto first = files.fetch(remote, local, &feedback);
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().kind(), Estran::Base::Error::Kind::Cancelled);
    const qint64 partSize = QFileInfo(local + QStringLiteral(".part")).size();
    EXPECT_GT(partSize, 0);
    EXPECT_LT(partSize, data.size());
    EXPECT_EQ(readLocal(local + QStringLiteral(".part")), data.left(partSize));
    // Nothing goes on reading the file on the host for a fetch that was given up (the host
    // hashes the file beside the transfer; over ssh it must notice the channel is gone).
    QElapsedTimer reading;
    reading.start();
    while (processesReading(remote) > 0 && reading.elapsed() < 8000) QThread::msleep(100);
    EXPECT_EQ(processesReading(remote), 0) << "a process still reads the file after the fetch was cancelled";

    auto second = files.fetch(remote, local);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(*second, data.size() - partSize);
    EXPECT_EQ(readLocal(local), data);
}

TYPED_TEST_P(RemoteFilesOn, FetchOfAMissingFileIsNotFound)
{
    Estran::Remote::RemoteFiles files(this->host());
    auto got = files.fetch(this->path(QStringLiteral("absent.nc")), this->path(QStringLiteral("copy.nc")));
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().kind(), Estran::Base::Error::Kind::NotFound);
    EXPECT_FALSE(QFile::exists(this->path(QStringLiteral("copy.nc.part"))));
}

REGISTER_TYPED_TEST_SUITE_P(RemoteFilesOn, ResolvesTildeAndVariablesAndNothingElse,
                            ListsAnyFileNameSortedWithSizesAndTypes, ListingAMissingFolderIsNotFound,
                            ReadsFromAnOffsetLikeALogFollower, WritesAnyBytesAtomicallyCreatingFolders,
                            ComputesTheSha256OfAFile, FetchCopiesAndVerifiesAFile,
                            FetchResumesAPartialCopyAndTransfersOnlyTheRest, FetchDiscardsACorruptPartialCopy,
                            FetchStartsAgainWhenThePartIsLongerThanTheFile, FetchOfAnEmptyFileGivesAnEmptyCopy,
                            CancelledFetchLeavesAPartThatTheNextFetchResumes, FetchOfAMissingFileIsNotFound);

}  // namespace RemoteFilesCases
