// SPDX-License-Identifier: GPL-3.0-or-later
// Results of remote jobs in the real main window (label "render", on an X display): a result file
// opens in the viewer, and when it arrives again with more time steps (a growing series) it is
// re-opened with the same variable, at its newest step.
#include "mainwindow.h"
#include "remotewiring.h"

#include "estran/base/log.h"
#include "estran/data/demogenerator.h"
#include "estran/gui/datasetlist.h"
#include "estran/gui/mapcontroller.h"

#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

bool writeSeries(const QString& path, int days)
{
    Data::DemoGenerator::Options options;
    options.resolution = 10.0;
    options.days = days;
    options.withDepth = false;
    return Data::DemoGenerator::generate(path, options).ok();
}

}  // namespace

TEST(RemoteWiring, TheWindowHasARemoteJobsDockInTheViewMenu)
{
    App::MainWindow window;
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("RemoteJobsDock"));
    ASSERT_TRUE(dock);
    EXPECT_TRUE(dock->widget());
    EXPECT_EQ(dock->toggleViewAction()->text(), dock->windowTitle());
}

TEST(RemoteWiring, AResultThatGrowsIsReopenedAtItsNewestStep)
{
    Base::Log::instance().setEchoToStderr(false);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("series.nc"));
    ASSERT_TRUE(writeSeries(path, 2));

    App::MainWindow window;
    window.resize(1000, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &App::MainWindow::datasetOpened);
    App::openRemoteResult(&window, path);
    ASSERT_TRUE(opened.wait(10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.controller()->variable() == QStringLiteral("sst"); }, 10000));
    const int first = opened.at(0).at(0).toInt();

    // The job wrote two more days into the same file, which came back again.
    ASSERT_TRUE(writeSeries(path, 4));
    App::openRemoteResult(&window, path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened.count() == 2; }, 10000));
    const int second = opened.at(1).at(0).toInt();
    EXPECT_NE(second, first);
    EXPECT_EQ(window.datasets()->ids().size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.controller()->datasetId() == second; }, 10000));
    EXPECT_EQ(window.controller()->variable(), QStringLiteral("sst"));
    EXPECT_EQ(window.controller()->index().time, 3);
}

TEST(RemoteWiring, AResultTheViewerDoesNotReadIsOnlyLogged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,2\n");
    f.close();
    App::MainWindow window;
    QSignalSpy failed(&window, &App::MainWindow::openFailed);
    QSignalSpy opened(&window, &App::MainWindow::datasetOpened);
    App::openRemoteResult(&window, path);
    QTest::qWait(300);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(opened.count(), 0);
}
