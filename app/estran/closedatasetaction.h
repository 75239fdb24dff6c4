// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Close: closes the dataset on the map (or the only one open); disabled when none is open.
class CloseDatasetAction final : public QAction {
    Q_OBJECT
public:
    explicit CloseDatasetAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
