// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/remote/remotefiles.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Estran::Base {
class Feedback;
class Task;
}
namespace Estran::Remote {
class RemoteHost;
}

namespace Estran::Gui {

/// Browses the folders of a connected host (RemoteFiles::list on a worker): starts at the
/// profile's work_dir, Up, Home, a path field, double-click to enter a folder. In Choose mode
/// (a recipe's Path parameter) "Choose" returns the selected entry's absolute path;
/// "Download…" copies the selected file to this computer through RemoteFiles::fetch with
/// progress and Cancel. Nothing blocks the GUI thread. The host must be thread-safe (every
/// RemoteHost is) and is shared.
class ESTRAN_GUI_EXPORT RemoteFileBrowser final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteFileBrowser)
public:
    RemoteFileBrowser(std::shared_ptr<Remote::RemoteHost> host, QString startDirectory, QWidget* parent = nullptr);
    ~RemoteFileBrowser() override;

    /// Shows a Choose button that accepts the dialog with the selected path.
    void setChooseMode(bool choose);
    /// The folder shown (absolute on the host; empty until the first listing arrived).
    QString currentDirectory() const { return m_directory; }
    /// The selected entry's absolute path, or the folder when nothing is selected.
    QString selectedPath() const;
    QList<Remote::RemoteEntry> entries() const { return m_entries; }
    bool isBusy() const;

    /// Lists `directory` (~ and $VARIABLES expanded on the host).
    void navigate(const QString& directory);
    /// Fetches a remote file to `localPath` (the Download… button asks for it).
    void download(const QString& remotePath, const QString& localPath);
    void cancel();

Q_SIGNALS:
    /// A listing arrived (or failed: `error` not empty).
    void listed(const QString& directory, const QString& error);
    /// A download ended; `error` is empty on success.
    void downloaded(const QString& localPath, const QString& error);

private:
    void showEntries();
    void updateButtons();
    void setBusy(Base::Task* task, const QString& text);

    std::shared_ptr<Remote::RemoteHost> m_host;
    QString m_directory;
    QList<Remote::RemoteEntry> m_entries;
    QPointer<Base::Task> m_task;
    QLineEdit* m_path;
    QTreeWidget* m_list;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_up;
    QPushButton* m_cancel;
    QPushButton* m_download;
    QPushButton* m_choose;
};

}  // namespace Estran::Gui
