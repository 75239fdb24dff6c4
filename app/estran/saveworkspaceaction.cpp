// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveworkspaceaction.h"

#include "mainwindow.h"
#include "workspace.h"

#include "estran/base/log.h"
#include "estran/base/selectionmodel.h"
#include "estran/data/dataset.h"
#include "estran/gui/datasetlist.h"
#include "estran/gui/mapcontroller.h"
#include "estran/gui/mapviewwidget.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Estran::App {

SaveWorkspaceAction::SaveWorkspaceAction(MainWindow* window)
    : QAction(tr("&Save Workspace…"), window), m_window(window)
{
    setShortcut(QKeySequence::Save);
    setStatusTip(tr("Save the open datasets, the map variable, time step, level, style and view"));
    connect(this, &QAction::triggered, this, &SaveWorkspaceAction::run);
}

void SaveWorkspaceAction::run()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Workspace"), QString(),
                                                tr("Estran workspace (*.estran.json)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".json"))) path += QStringLiteral(".estran.json");

    Workspace ws;
    const Gui::MapController* controller = m_window->controller();
    for (int id : m_window->datasets()->ids()) {
        if (id == controller->datasetId()) ws.mapDataset = int(ws.datasets.size());
        ws.datasets.append(m_window->datasets()->dataset(id)->path());
    }
    ws.variable = controller->variable();
    ws.time = controller->index().time;
    ws.level = controller->index().level;
    ws.style = controller->style();
    ws.selection = m_window->selectionModel()->toJson();
    if (m_window->mapView()->slice()) {
        const auto view = m_window->mapView()->view();
        ws.cameraX = view.centerX;
        ws.cameraY = view.centerY;
        ws.cameraHalfHeight = view.halfHeight;
    }
    auto saved = ws.save(path);
    if (!saved) {
        Base::Log::error(saved.error());
        QMessageBox::warning(m_window, tr("Save Workspace"),
                             tr("%1: %2").arg(saved.error().where(), saved.error().message()));
        return;
    }
    Base::Log::info(path, tr("workspace saved"));
}

}  // namespace Estran::App
