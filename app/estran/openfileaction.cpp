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
        tr("All supported files (*.nc *.nc4 *.cdf *.h5 *.hdf5 *.he5 *.tif *.tiff *.grib *.grib2 *.grb *.grb2 .zgroup .zattrs .zarray zarr.json)"),
        tr("netCDF (*.nc *.nc4 *.cdf)"),
        tr("HDF5 (*.h5 *.hdf5 *.he5)"),
        tr("GeoTIFF (*.tif *.tiff)"),
        tr("GRIB (*.grib *.grib2 *.grb *.grb2)"),
        tr("Zarr (.zgroup .zattrs .zarray zarr.json)"),
        tr("All files (*)")};
    QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Open Data"), directory,
                                                      filters.join(QStringLiteral(";;")));
    // A Zarr store is a directory, which a file dialog cannot return: picking its metadata file
    // opens the store around it.
    static const QStringList zarrMetadata{QStringLiteral(".zgroup"), QStringLiteral(".zattrs"),
                                          QStringLiteral(".zarray"), QStringLiteral("zarr.json")};
    for (QString& path : paths) {
        const QFileInfo info(path);
        if (zarrMetadata.contains(info.fileName())) path = info.absolutePath();
    }
    paths.removeDuplicates();
    m_window->openFiles(paths);
}

}  // namespace Estran::App
