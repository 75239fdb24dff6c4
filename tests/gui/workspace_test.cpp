// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file format of the application (app/estran/workspace.*; docs/workspace.md).
#include "workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;

TEST(Workspace, SavesAndLoadsEverythingItRecords)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    App::Workspace ws;
    ws.datasets = {dir.filePath(QStringLiteral("a.nc")), dir.filePath(QStringLiteral("b.nc"))};
    ws.mapDataset = 1;
    ws.variable = QStringLiteral("thetao");
    ws.time = 12;
    ws.level = 3;
    ws.style.colormap = QStringLiteral("haline");
    ws.style.projection = QStringLiteral("robinson");
    ws.style.rangeMin = -1.5;
    ws.style.rangeMax = 30.0;
    ws.style.graticule = false;
    ws.cameraX = 1000.0;
    ws.cameraY = -2000.0;
    ws.cameraHalfHeight = 5e6;
    const QString path = dir.filePath(QStringLiteral("w.estran.json"));
    ASSERT_TRUE(ws.save(path).ok());

    auto loaded = App::Workspace::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded->datasets, ws.datasets);
    EXPECT_EQ(loaded->mapDataset, 1);
    EXPECT_EQ(loaded->variable, QStringLiteral("thetao"));
    EXPECT_EQ(loaded->time, 12);
    EXPECT_EQ(loaded->level, 3);
    EXPECT_EQ(loaded->style.colormap, QStringLiteral("haline"));
    EXPECT_EQ(loaded->style.projection, QStringLiteral("robinson"));
    EXPECT_EQ(loaded->style.rangeMin, -1.5);
    EXPECT_EQ(loaded->style.rangeMax, 30.0);
    EXPECT_FALSE(loaded->style.graticule);
    EXPECT_EQ(loaded->cameraHalfHeight, 5e6);
}

TEST(Workspace, RelativePathsFollowAMovedFolder)
{
    QTemporaryDir first, second;
    QDir(first.path()).mkpath(QStringLiteral("data"));
    QFile(first.filePath(QStringLiteral("data/a.nc"))).open(QIODevice::WriteOnly);
    App::Workspace ws;
    ws.datasets = {first.filePath(QStringLiteral("data/a.nc"))};
    ASSERT_TRUE(ws.save(first.filePath(QStringLiteral("w.estran.json"))).ok());
    // "Move" the folder: copy workspace and data under another root.
    QDir(second.path()).mkpath(QStringLiteral("data"));
    QFile::copy(first.filePath(QStringLiteral("data/a.nc")), second.filePath(QStringLiteral("data/a.nc")));
    QFile::copy(first.filePath(QStringLiteral("w.estran.json")), second.filePath(QStringLiteral("w.estran.json")));
    auto loaded = App::Workspace::load(second.filePath(QStringLiteral("w.estran.json")));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->datasets.first(), second.filePath(QStringLiteral("data/a.nc")));
}

TEST(Workspace, RejectsAFileThatIsNotAWorkspaceNamingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something-else\", \"version\": 1}");
    file.close();
    auto loaded = App::Workspace::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().where().endsWith(QStringLiteral("x.json")));
}

TEST(Workspace, RejectsAMapIndexOutsideTheDatasets)
{
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("estran-workspace")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("datasets"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/a.nc")}}}},
                           {QStringLiteral("map"), QJsonObject{{QStringLiteral("dataset"), 4}, {QStringLiteral("variable"), QStringLiteral("sst")}}}};
    auto ws = App::Workspace::fromJson(json, QStringLiteral("/w.estran.json"));
    ASSERT_FALSE(ws.ok());
    EXPECT_TRUE(ws.error().where().contains(QStringLiteral("map.dataset")));
}
