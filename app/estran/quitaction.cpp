// SPDX-License-Identifier: GPL-3.0-or-later
#include "quitaction.h"

#include "mainwindow.h"

namespace Estran::App {

QuitAction::QuitAction(MainWindow* window) : QAction(tr("&Quit"), window), m_window(window)
{
    setShortcut(QKeySequence::Quit);
    setMenuRole(QAction::QuitRole);
    connect(this, &QAction::triggered, this, &QuitAction::run);
}

void QuitAction::run() { m_window->close(); }

}  // namespace Estran::App
