// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// Help ▸ About Estran.
class AboutAction final : public QAction {
    Q_OBJECT
public:
    explicit AboutAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
