// SPDX-License-Identifier: GPL-3.0-or-later
// Shared main for the gui test binaries: Qt objects (timers, queued calls, widgets) need an
// application object alive for the whole run, which gtest_main does not create.
#include <QApplication>
#include <QStandardPaths>

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
    return RUN_ALL_TESTS();
}
