// SPDX-License-Identifier: GPL-3.0-or-later
#include "closedatasetaction.h"

#include "mainwindow.h"

#include "estran/gui/datasetlist.h"
#include "estran/gui/mapcontroller.h"

namespace Estran::App {

CloseDatasetAction::CloseDatasetAction(MainWindow* window)
    : QAction(tr("&Close Dataset"), window), m_window(window)
{
    setShortcut(QKeySequence::Close);
    setStatusTip(tr("Close the dataset shown on the map"));
    setEnabled(false);
    auto update = [this] { setEnabled(m_window->datasets()->count() > 0); };
    connect(window->datasets(), &Gui::DatasetList::datasetAdded, this, update);
    // Queued: the list still holds the dataset while "about to be removed" is emitted.
    connect(window->datasets(), &Gui::DatasetList::datasetAboutToBeRemoved, this, update,
            Qt::QueuedConnection);
    connect(this, &QAction::triggered, this, &CloseDatasetAction::run);
}

void CloseDatasetAction::run()
{
    int id = m_window->controller()->datasetId();
    const QList<int> ids = m_window->datasets()->ids();
    if (id < 0 && !ids.isEmpty()) id = ids.last();
    if (id >= 0) m_window->closeDataset(id);
}

}  // namespace Estran::App
