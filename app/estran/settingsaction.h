// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Settings…: language, default colour map and cache budget.
class SettingsAction final : public QAction {
    Q_OBJECT
public:
    explicit SettingsAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
