// SPDX-License-Identifier: GPL-3.0-or-later
#include "openrecentmenu.h"

#include "appsettings.h"
#include "mainwindow.h"

#include <QDir>
#include <QFileInfo>

namespace Estran::App {

OpenRecentMenu::OpenRecentMenu(MainWindow* window) : QMenu(tr("Open &Recent"), window), m_window(window)
{
    rebuild();
}

void OpenRecentMenu::rebuild()
{
    clear();
    int shown = 0;
    for (const QString& path : AppSettings::recentFiles()) {
        if (!QFileInfo::exists(path)) continue;
        ++shown;
        QAction* action = addAction(tr("&%1 %2").arg(shown % 10).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_window, [window = m_window, path] { window->openFile(path); });
    }
    if (shown > 0) {
        addSeparator();
        addAction(tr("&Clear Menu"), this, [this] {
            AppSettings::clearRecentFiles();
            rebuild();
        });
    }
    setEnabled(shown > 0);
}

}  // namespace Estran::App
