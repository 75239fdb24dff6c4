// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginsaction.h"

#include "estran/gui/pluginsdialog.h"

namespace Estran::App {

PluginsAction::PluginsAction(QWidget* window)
    : QAction(tr("About &Plugins…"), window), m_window(window)
{
    setObjectName(QStringLiteral("aboutPluginsAction"));
    setStatusTip(tr("List the reader plugins, their state and the folders searched"));
    connect(this, &QAction::triggered, this, &PluginsAction::run);
}

Gui::PluginsDialog* PluginsAction::dialog() const { return m_dialog; }

void PluginsAction::run()
{
    // Non-modal, like Qt Creator's: the user may open a file while it shows what loaded.
    if (!m_dialog) {
        m_dialog = new Gui::PluginsDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

}  // namespace Estran::App
