// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Estran::Gui {

class DownloadQueue;

/// The downloads of a DownloadQueue: one row per file with its progress, state and size, and
/// buttons to cancel, resume (from the .part file), open the folder and clear finished rows.
/// GUI thread only.
class ESTRAN_GUI_EXPORT DownloadsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPanel)
public:
    explicit DownloadsPanel(DownloadQueue* queue, QWidget* parent = nullptr);
    ~DownloadsPanel() override;

    int rowCount() const;
    /// State column text of the row for job `id` (for tests).
    QString stateText(int id) const;

Q_SIGNALS:
    /// A finished download was double-clicked: open it in Estran.
    void openFileRequested(const QString& path);

private:
    void addRow(int id);
    void updateRow(int id);
    void removeRow(int id);
    void updateButtons();
    QList<int> selectedIds() const;

    DownloadQueue* m_queue;
    QTreeWidget* m_tree;
    QLabel* m_folder;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QPushButton* m_clear;
    QHash<int, QTreeWidgetItem*> m_rows;
};

}  // namespace Estran::Gui
