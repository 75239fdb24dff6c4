// SPDX-License-Identifier: GPL-3.0-or-later
// Main of the catalogue UI tests: like testmain.cpp, plus the offscreen platform when none is
// set, because ctest lists the tests (gtest_discover_tests PRE_TEST) without the test's ENV,
// and a QApplication cannot start without a display otherwise.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
