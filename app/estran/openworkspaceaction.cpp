// SPDX-License-Identifier: GPL-3.0-or-later
#include "openworkspaceaction.h"

#include "mainwindow.h"
#include "workspace.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/mapviewwidget.h"
#include "estran/gui/stylepanel.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Estran::App {

OpenWorkspaceAction::OpenWorkspaceAction(MainWindow* window)
    : QAction(tr("Open &Workspace…"), window), m_window(window)
{
    setStatusTip(tr("Reopen the datasets, variable, time step, level, style and view of a workspace"));
    connect(this, &QAction::triggered, this, &OpenWorkspaceAction::run);
}

void OpenWorkspaceAction::run()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Workspace"), QString(),
                                                      tr("Estran workspace (*.estran.json *.json)"));
    if (path.isEmpty()) return;
    auto loaded = Workspace::load(path);
    if (!loaded) {
        Base::Log::error(loaded.error());
        QMessageBox::warning(m_window, tr("Open Workspace"),
                             tr("%1: %2").arg(loaded.error().where(), loaded.error().message()));
        return;
    }
    restore(m_window, *loaded);
}

void OpenWorkspaceAction::restore(MainWindow* window, const Workspace& ws)
{
    window->closeAllDatasets();
    window->stylePanel()->setStyle(ws.style);
    window->controller()->setStyle(ws.style);
    // Older workspaces have no selection: the current one is kept then.
    QString selectionError;
    if (!ws.selection.isEmpty() && !window->selectionModel()->loadJson(ws.selection, &selectionError)) {
        Base::Log::warning(QStringLiteral("workspace: selection"), selectionError);
    }
    window->setAutoShowFirstVariable(false);
    for (int i = 0; i < ws.datasets.size(); ++i) {
        if (i != ws.mapDataset) {
            window->openFile(ws.datasets[i]);
            continue;
        }
        window->openFile(ws.datasets[i], [window, ws](int id) {
            window->setAutoShowFirstVariable(true);
            if (!window->showVariable(id, ws.variable, {ws.time, ws.level})) return;
            if (!ws.cameraX || !ws.cameraY || !ws.cameraHalfHeight) return;
            // The view fits itself to the first slice; the saved camera applies after that.
            auto* connection = new QMetaObject::Connection;
            *connection = QObject::connect(window->controller(), &Gui::MapController::sliceShown, window,
                                           [window, ws, connection] {
                                               window->mapView()->setView({*ws.cameraX, *ws.cameraY, *ws.cameraHalfHeight});
                                               QObject::disconnect(*connection);
                                               delete connection;
                                           });
        });
    }
    if (ws.mapDataset < 0) window->setAutoShowFirstVariable(true);
}

}  // namespace Estran::App
