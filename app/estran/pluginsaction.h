// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QPointer>

namespace Estran::Gui {
class PluginsDialog;
}

namespace Estran::App {

class MainWindow;

/// Help ▸ About Plugins…: the reader plugins found, their state and the folders searched
/// (Gui::PluginsDialog). One non-modal dialog; triggering again raises it.
class PluginsAction final : public QAction {
    Q_OBJECT
public:
    explicit PluginsAction(MainWindow* window);

    /// The open dialog, or nullptr.
    Gui::PluginsDialog* dialog() const;

private:
    void run();
    MainWindow* m_window;
    QPointer<Gui::PluginsDialog> m_dialog;
};

}  // namespace Estran::App
