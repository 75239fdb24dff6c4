// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDockWidget;

namespace Estran::Base {
class SelectionModel;
}

namespace Estran::App {

class MainWindow;

/// Adds the "Remote jobs" dock (tabbed with the catalogue, hidden until asked for in View, or
/// shown when jobs of the journal are still running) and connects it to the window: result
/// files open in the viewer as they arrive, and a file that arrives again (a growing time
/// series) is re-opened at its newest step with the same variable shown. Kept out of
/// mainwindow.cpp so the window only assembles. Returns the dock.
QDockWidget* installRemoteJobsDock(MainWindow* window, Base::SelectionModel* model);

/// Opens a result file the remote panel brought back, or re-opens it when it is already open
/// (its content changed); files the viewer does not read (logs, CSV) are only logged.
void openRemoteResult(MainWindow* window, const QString& path);

}  // namespace Estran::App
