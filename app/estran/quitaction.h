// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Quit: closes the main window (running tasks are cancelled).
class QuitAction final : public QAction {
    Q_OBJECT
public:
    explicit QuitAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
