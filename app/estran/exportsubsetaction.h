// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Export Subset…: opens the (non-modal) export dialog for the dataset on the map (or the
/// last one opened) with the shared selection; enabled while a dataset is open. The outcome is
/// also shown in the status bar, as the dialog may have been closed meanwhile.
class ExportSubsetAction final : public QAction {
    Q_OBJECT
public:
    explicit ExportSubsetAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
