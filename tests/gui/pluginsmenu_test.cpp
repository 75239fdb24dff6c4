// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About Plugins… in the real main window: where a Qt Creator user looks for it, and it
// opens the Plugins dialog over the window without blocking it.
#include "mainwindow.h"

#include "estran/base/log.h"
#include "estran/gui/pluginsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Estran;

TEST(PluginsMenu, HelpAboutPluginsOpensThePluginsDialog)
{
    Base::Log::instance().setEchoToStderr(false);
    App::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QMenu* help = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->menu() && a->text() == QStringLiteral("&Help")) help = a->menu();
    }
    ASSERT_NE(help, nullptr);
    QAction* plugins = nullptr;
    for (QAction* a : help->actions()) {
        if (a->objectName() == u"aboutPluginsAction") plugins = a;
    }
    ASSERT_NE(plugins, nullptr) << "Help ▸ About Plugins… is missing";
    EXPECT_EQ(plugins->text(), QStringLiteral("About &Plugins…"));
    EXPECT_EQ(help->actions().indexOf(plugins), 0) << "before About Estran, as in Qt Creator";

    EXPECT_TRUE(window.findChildren<Gui::PluginsDialog*>().isEmpty());
    plugins->trigger();
    const QList<Gui::PluginsDialog*> dialogs = window.findChildren<Gui::PluginsDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs.front()->isVisible());
    EXPECT_FALSE(dialogs.front()->isModal());
    QSignalSpy refreshed(dialogs.front(), &Gui::PluginsDialog::refreshed);
    ASSERT_TRUE(refreshed.wait(20000));
    // Estran's own GDAL plugin is found from the build tree, as from an installed tree.
    bool gdal = false;
    for (int r = 0; r < dialogs.front()->pluginTable()->rowCount(); ++r) {
        const QTableWidgetItem* id = dialogs.front()->pluginTable()->item(r, Gui::PluginsDialog::IdColumn);
        gdal = gdal || (id && id->text() == u"gdal");
    }
    EXPECT_TRUE(gdal);
}
