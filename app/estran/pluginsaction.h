// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QPointer>

namespace Estran::Gui {
class PluginsDialog;
}

namespace Estran::App {

/// Help ▸ About Plugins…: the reader plugins found, their state and the folders searched
/// (Gui::PluginsDialog). One non-modal dialog; triggering again raises it. Needs only a parent
/// window (not MainWindow), so it is tested without the map view.
class PluginsAction final : public QAction {
    Q_OBJECT
public:
    explicit PluginsAction(QWidget* window);

    /// The open dialog, or nullptr.
    Gui::PluginsDialog* dialog() const;

private:
    void run();
    QWidget* m_window;
    QPointer<Gui::PluginsDialog> m_dialog;
};

}  // namespace Estran::App
