// SPDX-License-Identifier: GPL-3.0-or-later
// Shared main for the gui test binaries: Qt objects (timers, queued calls, widgets) need an
// application object alive for the whole run, which gtest_main does not create.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
