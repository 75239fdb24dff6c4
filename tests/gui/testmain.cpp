// SPDX-License-Identifier: GPL-3.0-or-later
// Shared main for the gui test binaries: Qt objects (timers, queued calls, widgets) need an
// application object alive for the whole run, which gtest_main does not create.
#include <QApplication>
#include <QStandardPaths>
#include <QThreadPool>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Settings and caches written by the code under test (recent files, layout) go to a test
    // location, never into the developer's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EstranTests"));
    QApplication::setApplicationName(QStringLiteral("estran-tests"));
    const int status = RUN_ALL_TESTS();
    // Background work started by the widgets (coastline decoding, slice reads) must end while
    // the libraries it uses are still alive; on a busy machine it can outlast the last test.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
