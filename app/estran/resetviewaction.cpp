// SPDX-License-Identifier: GPL-3.0-or-later
#include "resetviewaction.h"

#include "estran/gui/mapviewwidget.h"

namespace Estran::App {

ResetViewAction::ResetViewAction(Gui::MapViewWidget* view, QObject* parent)
    : QAction(tr("&Reset View"), parent)
{
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    setStatusTip(tr("Fit the map to the data"));
    connect(this, &QAction::triggered, view, &Gui::MapViewWidget::resetView);
}

}  // namespace Estran::App
