// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfileaction.h"

#include "appsettings.h"
#include "mainwindow.h"

#include <QFileDialog>
#include <QFileInfo>

namespace Estran::App {

OpenFileAction::OpenFileAction(MainWindow* window)
    : QAction(tr("&Open…"), window), m_window(window)
{
    setShortcut(QKeySequence::Open);
    setStatusTip(tr("Open netCDF, HDF5, GeoTIFF, GRIB or Zarr files"));
    connect(this, &QAction::triggered, this, &OpenFileAction::run);
}

void OpenFileAction::run()
{
    const QStringList recent = AppSettings::recentFiles();
    const QString directory = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QStringList filters{
        tr("All supported files (*.nc *.nc4 *.cdf *.h5 *.hdf5 *.he5 *.tif *.tiff *.grib *.grib2 *.grb *.grb2 *.zarr .zattrs .zgroup)"),
        tr("netCDF (*.nc *.nc4 *.cdf)"),
        tr("HDF5 (*.h5 *.hdf5 *.he5)"),
        tr("GeoTIFF (*.tif *.tiff)"),
        tr("GRIB (*.grib *.grib2 *.grb *.grb2)"),
        tr("Zarr (*.zarr .zattrs .zgroup)"),
        tr("All files (*)")};
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Open Data"), directory,
                                                            filters.join(QStringLiteral(";;")));
    m_window->openFiles(paths);
}

}  // namespace Estran::App
