// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

namespace Estran::Data {
class Dataset;
}

namespace Estran::Gui {

/// The datasets open in a window, each under a small integer id that stays valid until the
/// dataset is closed. Datasets are shared so that a read still running on a worker keeps its
/// dataset alive after the user closed it. GUI thread only.
class ESTRAN_GUI_EXPORT DatasetList : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetList)
public:
    explicit DatasetList(QObject* parent = nullptr);
    ~DatasetList() override;

    /// Adds an opened dataset and returns its id.
    int add(std::shared_ptr<Data::Dataset> dataset);
    void remove(int id);
    void clear();

    std::shared_ptr<Data::Dataset> dataset(int id) const;
    /// The id of the dataset opened from `path` (compared as absolute paths), or -1.
    int idForPath(const QString& path) const;
    QList<int> ids() const { return m_datasets.keys(); }
    int count() const { return int(m_datasets.size()); }

Q_SIGNALS:
    void datasetAdded(int id);
    /// Emitted before the dataset is dropped; dataset(id) is still valid in slots.
    void datasetAboutToBeRemoved(int id);

private:
    QMap<int, std::shared_ptr<Data::Dataset>> m_datasets;
    int m_nextId = 1;
};

}  // namespace Estran::Gui
