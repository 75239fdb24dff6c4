// SPDX-License-Identifier: GPL-3.0-or-later
// The application's preferences (app/estran/appsettings.*, settingsdialog.*), on a QSettings
// store of their own so the tests never touch the user's.
#include "appsettings.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;

namespace {
class AppSettingsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EstranTests"));
        QCoreApplication::setApplicationName(QStringLiteral("estran-gui-test"));
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }
};
}  // namespace

TEST_F(AppSettingsTest, RecentFilesAreNewestFirstWithoutDuplicatesAndBounded)
{
    QTemporaryDir dir;
    for (int i = 0; i < App::AppSettings::maxRecentFiles() + 3; ++i) {
        App::AppSettings::addRecentFile(dir.filePath(QStringLiteral("f%1.nc").arg(i)));
    }
    App::AppSettings::addRecentFile(dir.filePath(QStringLiteral("f5.nc")));
    const QStringList files = App::AppSettings::recentFiles();
    EXPECT_EQ(files.size(), App::AppSettings::maxRecentFiles());
    EXPECT_EQ(files.first(), dir.filePath(QStringLiteral("f5.nc")));
    EXPECT_EQ(files.count(dir.filePath(QStringLiteral("f5.nc"))), 1);
}

TEST_F(AppSettingsTest, SettingsDialogStoresLanguageColormapAndCacheBudget)
{
    App::SettingsDialog dialog;
    auto combos = dialog.findChildren<QComboBox*>();
    ASSERT_EQ(combos.size(), 2);
    combos.at(0)->setCurrentIndex(combos.at(0)->findData(QStringLiteral("fr")));
    combos.at(1)->setCurrentIndex(combos.at(1)->findData(QStringLiteral("viridis")));
    dialog.findChild<QSpinBox*>()->setValue(1024);
    EXPECT_TRUE(dialog.languageChanged());
    dialog.save();
    EXPECT_EQ(App::AppSettings::language(), QStringLiteral("fr"));
    EXPECT_EQ(App::AppSettings::defaultColormap(), QStringLiteral("viridis"));
    EXPECT_EQ(App::AppSettings::cacheBudgetMiB(), 1024);
}

TEST_F(AppSettingsTest, DefaultsAreSystemLanguageAndAQuarterGigabyteCache)
{
    EXPECT_TRUE(App::AppSettings::language().isEmpty());
    EXPECT_EQ(App::AppSettings::cacheBudgetMiB(), 256);
}
