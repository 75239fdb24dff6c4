// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutaction.h"

#include "mainwindow.h"

#include <QCoreApplication>
#include <QMessageBox>

#include "estran/data/libraryinfo.h"
#include "estran/geo/projection.h"
#include "estran/scene/mapscene.h"

namespace Estran::App {

AboutAction::AboutAction(MainWindow* window) : QAction(tr("&About Estran"), window), m_window(window)
{
    setMenuRole(QAction::AboutRole);
    connect(this, &QAction::triggered, this, &AboutAction::run);
}

void AboutAction::run()
{
    const QString libraries = QStringLiteral("Qt %1, %2, %3, %4")
                                  .arg(QString::fromLatin1(qVersion()), Render::MapScene::vtkVersion(),
                                       Data::LibraryInfo::versions(), Geo::Projection::libraryVersion());
    QMessageBox::about(m_window, tr("About Estran"),
                       tr("<h3>Estran %1</h3>"
                          "<p>A workbench for ocean and Earth-observation data: open netCDF, HDF5, "
                          "GeoTIFF, GRIB and Zarr files, map them, play through time and read "
                          "values.</p><p>Licensed under the GNU General Public License v3 or later.</p>"
                          "<p>Built with %2.</p><p>Coastlines: GSHHG (Wessel &amp; Smith).</p>")
                           .arg(QCoreApplication::applicationVersion(), libraries));
}

}  // namespace Estran::App
