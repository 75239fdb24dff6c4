// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Save Workspace…: writes the open datasets, variable, step, level, style and camera (docs/workspace.md).
class SaveWorkspaceAction final : public QAction {
    Q_OBJECT
public:
    explicit SaveWorkspaceAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
