// SPDX-License-Identifier: GPL-3.0-or-later
// A QGuiApplication for the whole test binary (text rendering needs one), created before any
// test runs on Qt's offscreen platform.
#include <QGuiApplication>

#include <gtest/gtest.h>

namespace {
class GuiEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "estran_render_tests";
        static char* argv[] = {name, nullptr};
        m_app = new QGuiApplication(argc, argv);
    }
    void TearDown() override { delete m_app; }

private:
    QGuiApplication* m_app = nullptr;
};
const auto* const kEnv = ::testing::AddGlobalTestEnvironment(new GuiEnvironment);
}  // namespace
