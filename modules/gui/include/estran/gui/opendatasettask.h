// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/task.h"
#include "estran/gui/gui_export.h"

#include <memory>

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

/// Opens a file through Data::ReaderRegistry on a worker, so a slow disk or a big header never
/// freezes the window. After finished(true), dataset() holds the result.
class ESTRAN_GUI_EXPORT OpenDatasetTask final : public Base::Task {
    Q_OBJECT
public:
    explicit OpenDatasetTask(QString path, QObject* parent = nullptr);
    ~OpenDatasetTask() override;

    const QString& path() const { return m_path; }
    /// The opened dataset (GUI thread, after finished(true)).
    std::shared_ptr<Data::Dataset> dataset() const { return m_dataset; }

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;

private:
    QString m_path;
    std::shared_ptr<Data::Dataset> m_dataset;
};

}  // namespace Estran::Gui
