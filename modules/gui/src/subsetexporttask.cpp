// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/subsetexporttask.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetexporter.h"

#include <QFileInfo>

namespace Estran::Gui {

SubsetExportTask::SubsetExportTask(std::shared_ptr<Data::Dataset> dataset, Data::SubsetPlan plan,
                                   QString path, QString command, QObject* parent)
    : Base::Task(tr("Exporting %1").arg(QFileInfo(path).fileName()), parent),
      m_dataset(std::move(dataset)),
      m_plan(std::move(plan)),
      m_path(std::move(path)),
      m_command(std::move(command)) {}

std::optional<Base::Error> SubsetExportTask::run(Base::Feedback* feedback) {
    auto written = Data::SubsetExporter::write(*m_dataset, m_plan, m_path, m_command, feedback);
    if (!written) return written.error();
    return std::nullopt;
}

}  // namespace Estran::Gui
