// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::App {

class MainWindow;

/// File ▸ Open…: picks files (netCDF, HDF5, GeoTIFF, GRIB, Zarr) and opens them on workers.
class OpenFileAction final : public QAction {
    Q_OBJECT
public:
    explicit OpenFileAction(MainWindow* window);

private:
    void run();
    MainWindow* m_window;
};

}  // namespace Estran::App
