// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/data/subsetrequest.h"
#include "estran/gui/gui_export.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Estran::Base {
class SelectionModel;
class Task;
class TaskManager;
}  // namespace Estran::Base

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

/// File ▸ Export subset: the variables of one dataset, the area/period/depth of the shared
/// selection (edited in the selection panel, shown here), the output file (format by
/// extension: .nc, .tif, .csv), the expected size before anything is read (recomputed as the
/// selection changes, with the reason when it selects nothing), and the export as a task with
/// progress and Cancel. Non-modal; the GUI thread never waits for the export. "Copy as Python"
/// puts xarray code taking the same subset on the clipboard.
class ESTRAN_GUI_EXPORT ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    /// `manager` runs the export (TaskManager::instance() when null), so it is listed in the
    /// status bar. The model must outlive the dialog.
    ExportDialog(Base::SelectionModel* model, std::shared_ptr<Data::Dataset> dataset,
                 Base::TaskManager* manager = nullptr, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setOutputPath(const QString& path);
    QString outputPath() const;
    /// Checks exactly these variables (others unchecked).
    void setVariables(const QStringList& names);
    QStringList variables() const;
    /// The request built from the checked variables and the shared selection.
    Data::SubsetRequest request() const;
    /// Bytes the current request would write (uncompressed), or nullopt with estimateText()
    /// saying why.
    std::optional<qint64> estimatedBytes() const { return m_estimate; }
    QString estimateText() const;
    QString statusText() const;
    /// The xarray code "Copy as Python" puts on the clipboard (empty when there is no valid
    /// request).
    QString pythonSnippet() const;

    /// Starts the export; false (with the reason in the dialog) when the request or path is invalid
    /// or an export is running.
    bool startExport();
    void cancelExport();
    bool isExporting() const { return !m_task.isNull(); }

Q_SIGNALS:
    /// After the file is complete (ok) or the export failed or was cancelled (nothing written).
    void exportFinished(bool ok, const QString& path);

protected:
    /// Closing during an export only hides the dialog; it closes for good when the export ends,
    /// so its outcome is still reported (exportFinished, status bar).
    void closeEvent(QCloseEvent* event) override;

private:
    void updateEstimate();
    void updateSelectionSummary();
    void browse();
    void finish(bool ok);

    QPointer<Base::SelectionModel> m_model;
    std::shared_ptr<Data::Dataset> m_dataset;
    QPointer<Base::TaskManager> m_manager;
    QPointer<Base::Task> m_task;
    QString m_taskPath;
    std::optional<qint64> m_estimate;
    bool m_closeWhenDone = false;
    QListWidget* m_variables;
    QLabel* m_selection;
    QLineEdit* m_path;
    QLabel* m_size;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QPushButton* m_python;
};

}  // namespace Estran::Gui
