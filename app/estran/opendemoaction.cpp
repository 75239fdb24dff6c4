// SPDX-License-Identifier: GPL-3.0-or-later
#include "opendemoaction.h"

#include "demodatasettask.h"
#include "mainwindow.h"

#include "estran/base/log.h"
#include "estran/base/taskmanager.h"

namespace Estran::App {

OpenDemoAction::OpenDemoAction(MainWindow* window)
    : QAction(tr("Open &Demo Dataset"), window), m_window(window)
{
    setStatusTip(tr("Open a synthetic global sea-surface temperature dataset (written once into "
                    "the cache directory)"));
    connect(this, &QAction::triggered, this, &OpenDemoAction::run);
}

void OpenDemoAction::run()
{
    setEnabled(false);
    auto* task = new DemoDatasetTask;
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        setEnabled(true);
        if (!ok) {
            if (task->error()) Base::Log::error(*task->error());
            return;
        }
        m_window->openFile(DemoDatasetTask::demoPath());
    });
    Base::TaskManager::instance()->start(task);
}

}  // namespace Estran::App
