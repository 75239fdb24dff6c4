// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Estran::Gui {

class PluginScanTask;
struct DeliveryGuard;

/// Help ▸ About Plugins: every plugin found, readers and catalogue providers (name, id, version,
/// kind, description, file, folder, state: not loaded yet, loaded, or failed with the reason),
/// the plugin files that cannot be used with their error, and the folders searched with where each comes from
/// (ESTRAN_PLUGIN_PATH, the user's folder, Estran's own). Buttons open the user's folder
/// (created first), rescan the folders and load the selected reader plugin to check it works.
///
/// Everything that touches the disk or a plugin runs on a worker (Base::Task, or the thread
/// pool for making the folder); the dialog fills in when the result arrives and refreshed() is
/// emitted. GUI thread only.
class ESTRAN_GUI_EXPORT PluginsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PluginsDialog)
public:
    /// The table's columns, in order.
    enum Column { NameColumn, VersionColumn, StateColumn, IdColumn, KindColumn, DescriptionColumn, FileColumn, FolderColumn, ColumnCount };

    explicit PluginsDialog(QWidget* parent = nullptr);
    ~PluginsDialog() override;

    QTableWidget* pluginTable() const { return m_table; }
    QTableWidget* folderTable() const { return m_folders; }

public Q_SLOTS:
    /// Looks for plugins again (ReaderRegistry::rescanPlugins() on a worker).
    void rescan();
    /// Makes the user's plugin folder if needed and opens it in the file manager.
    void openUserFolder();
    /// Loads the selected reader plugin now, on a worker, and shows whether it loaded.
    void loadSelected();

Q_SIGNALS:
    /// The table and the folder list show the result of the latest scan, rescan or load.
    void refreshed();
    /// The user's folder exists and was handed to the desktop to open.
    void userFolderOpened(const QString& path);

private:
    void start(PluginScanTask* task);
    void apply(const PluginScanTask& task);
    void showDetails();
    void setBusy(bool busy, const QString& text = {});

    QTableWidget* m_table;
    QTableWidget* m_folders;
    QLabel* m_details;
    QLabel* m_status;
    QLabel* m_folderHelp;
    QPushButton* m_openFolder;
    QPushButton* m_rescan;
    QPushButton* m_load;
    QString m_userFolder;
    quint64 m_generation = 0;
    std::shared_ptr<DeliveryGuard> m_guard;
};

}  // namespace Estran::Gui
