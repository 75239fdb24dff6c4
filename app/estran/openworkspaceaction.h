// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;
struct Workspace;

/// File ▸ Open Workspace…: reopens the datasets, variable, step, level, style and camera of a workspace file.
class OpenWorkspaceAction final : public QAction {
    Q_OBJECT
public:
    explicit OpenWorkspaceAction(MainWindow* window);
    /// Applies a loaded workspace to a window (also used by `estran FILE.estran.json`).
    static void restore(MainWindow* window, const Workspace& workspace);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
