// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/opendatasettask.h"

#include "estran/base/feedback.h"
#include "estran/data/dataset.h"
#include "estran/data/readerregistry.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Estran::Gui {

OpenDatasetTask::OpenDatasetTask(QString path, QObject* parent)
    : Base::Task(QCoreApplication::translate("Estran::Gui", "Opening %1")
                     .arg(QFileInfo(path).fileName()),
                 parent),
      m_path(std::move(path))
{
}

OpenDatasetTask::~OpenDatasetTask() = default;

std::optional<Base::Error> OpenDatasetTask::run(Base::Feedback* feedback)
{
    feedback->setStatus(name());
    auto opened = Data::ReaderRegistry::instance().open(m_path);
    if (!opened) return opened.error();
    m_dataset = std::shared_ptr<Data::Dataset>(std::move(*opened));
    // Listing variables reads the header, and the extent builds (and caches) every variable's
    // grid: doing both here keeps that I/O, and any wait for the netCDF lock, off the GUI
    // thread, where footprints, time histograms and the map later ask for them.
    (void)m_dataset->variables();
    if (feedback->isCancelled()) return Base::Error::cancelled(m_path);
    (void)m_dataset->bbox();
    return std::nullopt;
}

}  // namespace Estran::Gui
