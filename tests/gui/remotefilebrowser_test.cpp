// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/remotefilebrowser.h"

#include "estran/remote/localhost.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

void write(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QStringList names(const QList<Remote::RemoteEntry>& entries)
{
    QStringList list;
    for (const auto& e : entries) list << e.name;
    return list;
}

}  // namespace

TEST(RemoteFileBrowser, ListsFoldersFirstAndEntersThem)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("b file.nc")), "x");
    write(dir.filePath(QStringLiteral("a-folder/inner.txt")), "y");
    Gui::RemoteFileBrowser browser(std::make_shared<Remote::LocalHost>(), dir.path());
    QSignalSpy listed(&browser, &Gui::RemoteFileBrowser::listed);
    ASSERT_TRUE(listed.wait(10000));
    EXPECT_TRUE(listed.at(0).at(1).toString().isEmpty()) << qPrintable(listed.at(0).at(1).toString());
    EXPECT_EQ(names(browser.entries()), (QStringList{QStringLiteral("a-folder"), QStringLiteral("b file.nc")}));
    EXPECT_EQ(QDir(browser.currentDirectory()).canonicalPath(), QDir(dir.path()).canonicalPath());

    browser.navigate(dir.filePath(QStringLiteral("a-folder")));
    ASSERT_TRUE(listed.wait(10000));
    EXPECT_EQ(names(browser.entries()), QStringList{QStringLiteral("inner.txt")});
}

TEST(RemoteFileBrowser, AMissingFolderIsReportedAndTheListingKept)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("kept.nc")), "x");
    Gui::RemoteFileBrowser browser(std::make_shared<Remote::LocalHost>(), dir.path());
    QSignalSpy listed(&browser, &Gui::RemoteFileBrowser::listed);
    ASSERT_TRUE(listed.wait(10000));
    browser.navigate(dir.filePath(QStringLiteral("nowhere")));
    ASSERT_TRUE(listed.wait(10000));
    EXPECT_FALSE(listed.at(1).at(1).toString().isEmpty());
    EXPECT_EQ(names(browser.entries()), QStringList{QStringLiteral("kept.nc")});
}

TEST(RemoteFileBrowser, DownloadsAFileWithItsContent)
{
    QTemporaryDir remote, local;
    QByteArray data(300000, 'z');
    data[12345] = 'a';
    write(remote.filePath(QStringLiteral("sst it's.nc")), data);
    Gui::RemoteFileBrowser browser(std::make_shared<Remote::LocalHost>(), remote.path());
    QSignalSpy downloaded(&browser, &Gui::RemoteFileBrowser::downloaded);
    const QString target = local.filePath(QStringLiteral("copy.nc"));
    browser.download(remote.filePath(QStringLiteral("sst it's.nc")), target);
    ASSERT_TRUE(downloaded.wait(20000));
    EXPECT_TRUE(downloaded.at(0).at(1).toString().isEmpty()) << qPrintable(downloaded.at(0).at(1).toString());
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), data);
}
