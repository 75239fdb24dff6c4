// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotewiring.h"

#include "mainwindow.h"
#include "tr.h"

#include "estran/base/log.h"
#include "estran/data/dataset.h"
#include "estran/gui/datasetlist.h"
#include "estran/gui/jobtablemodel.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/remotejobsdock.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QStatusBar>

namespace Estran::App {

namespace {

// The formats the data layer reads (netCDF, HDF5, GDAL rasters, GRIB, Zarr); a job's other
// outputs (logs, CSV, PNG) stay in the results folder without an error dialog for each.
bool isViewable(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("nc"),   QStringLiteral("nc4"),  QStringLiteral("cdf"),
                                      QStringLiteral("h5"),   QStringLiteral("hdf5"), QStringLiteral("he5"),
                                      QStringLiteral("hdf"),  QStringLiteral("tif"),  QStringLiteral("tiff"),
                                      QStringLiteral("grib"), QStringLiteral("grb"),  QStringLiteral("grib2"),
                                      QStringLiteral("grb2"), QStringLiteral("zarr")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

}  // namespace

void openRemoteResult(MainWindow* window, const QString& path)
{
    if (!isViewable(path)) {
        Base::Log::info(path, Tr::tr("result kept in the job's folder (not a format the viewer opens)"));
        return;
    }
    const int existing = window->datasets()->idForPath(path);
    if (existing < 0) {
        window->openFile(path);
        return;
    }
    // The file changed since it was opened (new time steps): open it again and keep showing the
    // same variable, at its newest step, so the user sees the series grow.
    const QString variable =
        window->controller()->datasetId() == existing ? window->controller()->variable() : QString();
    window->closeDataset(existing);
    window->openFile(path, [window, variable](int id) {
        if (variable.isEmpty()) return;
        auto dataset = window->datasets()->dataset(id);
        if (!dataset) return;
        Data::SliceIndex index;
        if (auto grid = dataset->grid(variable); grid && !(*grid)->times.empty()) {
            index.time = qint64((*grid)->times.size()) - 1;
        }
        window->showVariable(id, variable, index);
    });
}

QDockWidget* installRemoteJobsDock(MainWindow* window, Base::SelectionModel* model)
{
    auto* panel = new Gui::RemoteJobsDock(model);
    auto* dock = new QDockWidget(MainWindow::tr("Remote jobs"), window);
    dock->setObjectName(QStringLiteral("RemoteJobsDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* catalog = window->findChild<QDockWidget*>(QStringLiteral("CatalogDock"))) {
        window->tabifyDockWidget(catalog, dock);
    }
    // Jobs still running from the last session are being followed again: show them.
    bool running = false;
    for (int row = 0; row < panel->jobs()->rowCount(); ++row) {
        running = running || panel->isFollowing(panel->jobs()->entry(row)->key);
    }
    if (!running) dock->hide();
    // Like the catalogue: under the short style panel, it takes the height it needs, and the
    // right column widens enough for the job table and the log when the panel is shown.
    QObject::connect(dock, &QDockWidget::visibilityChanged, window, [window, dock](bool shown) {
        if (!shown) return;
        if (auto* style = window->findChild<QDockWidget*>(QStringLiteral("StyleDock"))) {
            window->resizeDocks({style, dock}, {230, 2000}, Qt::Vertical);
        }
        if (dock->width() < 460) window->resizeDocks({dock}, {460}, Qt::Horizontal);
    });

    QObject::connect(panel, &Gui::RemoteJobsDock::resultArrived, window,
                     [window](const QString& path) { openRemoteResult(window, path); });
    QObject::connect(panel, &Gui::RemoteJobsDock::openRequested, window,
                     [window](const QString& path) { window->openFile(path); });
    QObject::connect(panel, &Gui::RemoteJobsDock::statusMessage, window,
                     [window](const QString& text) { window->statusBar()->showMessage(text, 5000); });
    return dock;
}

}  // namespace Estran::App
