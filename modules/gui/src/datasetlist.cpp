// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/datasetlist.h"

#include "estran/data/dataset.h"

#include <QFileInfo>

namespace Estran::Gui {

DatasetList::DatasetList(QObject* parent) : QObject(parent) {}

DatasetList::~DatasetList() = default;

int DatasetList::add(std::shared_ptr<Data::Dataset> dataset)
{
    const int id = m_nextId++;
    m_datasets.insert(id, std::move(dataset));
    Q_EMIT datasetAdded(id);
    return id;
}

void DatasetList::remove(int id)
{
    if (!m_datasets.contains(id)) return;
    Q_EMIT datasetAboutToBeRemoved(id);
    m_datasets.remove(id);
}

void DatasetList::clear()
{
    for (int id : ids()) remove(id);
}

std::shared_ptr<Data::Dataset> DatasetList::dataset(int id) const { return m_datasets.value(id); }

int DatasetList::idForPath(const QString& path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (auto it = m_datasets.cbegin(); it != m_datasets.cend(); ++it) {
        if (QFileInfo(it.value()->path()).absoluteFilePath() == wanted) return it.key();
    }
    return -1;
}

}  // namespace Estran::Gui
