// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/task.h"
#include "estran/data/subsetplan.h"
#include "estran/gui/gui_export.h"

#include <memory>

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

/// Writes a planned subset to a file on a worker (Data::SubsetExporter), so the export dialog and
/// the status bar show its progress and can cancel it. A failed or cancelled export leaves no
/// file (the exporter writes beside the target and renames at the end).
class ESTRAN_GUI_EXPORT SubsetExportTask final : public Base::Task {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubsetExportTask)
public:
    /// `command` goes to the netCDF history attribute.
    SubsetExportTask(std::shared_ptr<Data::Dataset> dataset, Data::SubsetPlan plan, QString path,
                     QString command, QObject* parent = nullptr);

    const QString& path() const { return m_path; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    std::shared_ptr<Data::Dataset> m_dataset;
    Data::SubsetPlan m_plan;
    QString m_path;
    QString m_command;
};

}  // namespace Estran::Gui
