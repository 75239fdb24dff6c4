// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Open Demo Dataset: writes the synthetic SST demo once into the user cache (a task, with progress) and opens it.
class OpenDemoAction final : public QAction {
    Q_OBJECT
public:
    explicit OpenDemoAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
