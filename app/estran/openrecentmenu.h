// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Estran::App {

class MainWindow;

/// File ▸ Open Recent: the files opened last (AppSettings), newest first, and "Clear".
/// Only files that still exist are listed; the menu is disabled when none does.
class OpenRecentMenu final : public QMenu {
    Q_OBJECT
public:
    explicit OpenRecentMenu(MainWindow* window);
    void rebuild();

private:
    MainWindow* m_window;
};

}  // namespace Estran::App
