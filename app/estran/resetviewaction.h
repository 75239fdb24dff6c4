// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Estran::Gui {
class MapViewWidget;
}

namespace Estran::App {

/// View ▸ Reset View: fits the map to the data (the same as a double click on the map).
class ResetViewAction final : public QAction {
    Q_OBJECT
public:
    ResetViewAction(Gui::MapViewWidget* view, QObject* parent);
};

}  // namespace Estran::App
