// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDockWidget;

namespace Estran::Base {
class SelectionModel;
}
namespace Estran::Gui {
class CatalogDock;
}

namespace Estran::App {

class MainWindow;

/// Adds the Selection dock (tabbed behind the Style panel) and connects the shared selection to
/// the rest of the window: footprints of the open datasets and the time steps of the variable on
/// the map feed the panel; the selection's box and period fill the catalogue search form; "Zoom
/// viewer to selection" fits the map view. Kept out of mainwindow.cpp so the window only
/// assembles. Returns the dock.
QDockWidget* installSelectionDock(MainWindow* window, Base::SelectionModel* model,
                                  Gui::CatalogDock* catalog);

}  // namespace Estran::App
