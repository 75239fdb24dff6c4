// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsubsetaction.h"

#include "mainwindow.h"

#include "estran/gui/datasetlist.h"
#include "estran/gui/exportdialog.h"
#include "estran/gui/mapcontroller.h"

#include <QFileInfo>
#include <QStatusBar>

namespace Estran::App {

ExportSubsetAction::ExportSubsetAction(MainWindow* window)
    : QAction(tr("&Export Subset…"), window), m_window(window) {
    setObjectName(QStringLiteral("ExportSubsetAction"));
    setShortcut(QKeySequence(tr("Ctrl+E")));
    setStatusTip(
        tr("Write the selected area, period and depth of the dataset to .nc, .tif or .csv"));
    setEnabled(false);
    auto update = [this] { setEnabled(m_window->datasets()->count() > 0); };
    connect(window->datasets(), &Gui::DatasetList::datasetAdded, this, update);
    // Queued: the list still holds the dataset while "about to be removed" is emitted.
    connect(window->datasets(), &Gui::DatasetList::datasetAboutToBeRemoved, this, update,
            Qt::QueuedConnection);
    connect(this, &QAction::triggered, this, &ExportSubsetAction::run);
}

void ExportSubsetAction::run() {
    int id = m_window->controller()->datasetId();
    const QList<int> ids = m_window->datasets()->ids();
    if (id < 0 && !ids.isEmpty()) id = ids.last();
    auto dataset = m_window->datasets()->dataset(id);
    if (!dataset) return;
    auto* dialog = new Gui::ExportDialog(m_window->selectionModel(), dataset, nullptr, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The variable on the map is the one most likely wanted.
    if (m_window->controller()->datasetId() == id &&
        !m_window->controller()->variable().isEmpty()) {
        dialog->setVariables({m_window->controller()->variable()});
    }
    QStatusBar* status = m_window->statusBar();
    connect(
        dialog, &Gui::ExportDialog::exportFinished, status, [status](bool ok, const QString& path) {
            status->showMessage(
                ok ? tr("Exported %1").arg(path) : tr("Export to %1 did not complete").arg(path),
                8000);
        });
    dialog->show();
}

}  // namespace Estran::App
