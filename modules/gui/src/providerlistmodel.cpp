// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/providerlistmodel.h"

#include "estran/catalog/providerregistry.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Estran::Gui {

ProviderListModel::ProviderListModel(QObject* parent) : QAbstractTableModel(parent) {}

ProviderListModel::~ProviderListModel() = default;

bool ProviderListModel::isTypeAvailable(const QString& type)
{
    return Catalog::ProviderRegistry::instance().types().contains(type);
}

ProviderListModel::Status ProviderListModel::initialStatus(const Catalog::ProviderConfig& p) const
{
    Status s;
    if (!isTypeAvailable(p.type)) s.state = State::Unavailable;
    return s;
}

void ProviderListModel::setProviders(const QList<Catalog::ProviderConfig>& providers)
{
    beginResetModel();
    m_providers = providers;
    m_status.clear();
    for (const auto& p : m_providers) m_status.append(initialStatus(p));
    endResetModel();
}

int ProviderListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers[i].name == name) return i;
    }
    return -1;
}

bool ProviderListModel::isNameFree(const QString& name, int exceptRow) const
{
    if (name.trimmed().isEmpty()) return false;
    const int row = rowOf(name.trimmed());
    return row < 0 || row == exceptRow;
}

void ProviderListModel::addProvider(const Catalog::ProviderConfig& provider)
{
    const int row = int(m_providers.size());
    beginInsertRows({}, row, row);
    m_providers.append(provider);
    m_status.append(initialStatus(provider));
    endInsertRows();
    Q_EMIT providersEdited();
}

void ProviderListModel::updateProvider(int row, const Catalog::ProviderConfig& provider)
{
    if (row < 0 || row >= m_providers.size()) return;
    m_providers[row] = provider;
    m_status[row] = initialStatus(provider);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT providersEdited();
}

void ProviderListModel::removeProvider(int row)
{
    if (row < 0 || row >= m_providers.size()) return;
    beginRemoveRows({}, row, row);
    m_providers.removeAt(row);
    m_status.removeAt(row);
    endRemoveRows();
    Q_EMIT providersEdited();
}

void ProviderListModel::setStatus(const QString& name, const Status& status)
{
    const int row = rowOf(name);
    if (row < 0) return;
    m_status[row] = status;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void ProviderListModel::resetStatuses()
{
    for (int i = 0; i < m_providers.size(); ++i) m_status[i] = initialStatus(m_providers[i]);
    if (!m_providers.isEmpty()) {
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    }
}

QString ProviderListModel::statusText(int row) const
{
    const Status& s = m_status.at(row);
    const QLocale locale;
    switch (s.state) {
    case State::Idle:
        return tr("idle");
    case State::Testing:
        return tr("testing the connection…");
    case State::Searching:
        return tr("searching, %n item(s)", nullptr, int(s.items));
    case State::Done:
        if (s.matched) {
            return tr("done: %1 of %2 matched").arg(locale.toString(s.items), locale.toString(*s.matched));
        }
        return s.message.isEmpty() ? tr("done: %n item(s)", nullptr, int(s.items)) : s.message;
    case State::Failed:
        return tr("error: %1").arg(s.message);
    case State::Unreachable:
        return tr("unreachable: %1").arg(s.message);
    case State::Unavailable:
        return tr("not available in this build (type '%1')").arg(m_providers.at(row).type);
    }
    return {};
}

int ProviderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProviderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_providers.size()) return {};
    const Catalog::ProviderConfig& p = m_providers.at(index.row());
    const Status& s = m_status.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        return p.enabled ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return p.name;
        case TypeColumn: {
            const QString shown = Catalog::ProviderRegistry::instance().displayName(p.type);
            return shown.isEmpty() ? p.type : shown;
        }
        case StatusColumn: return statusText(index.row());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn) return statusText(index.row());
        if (index.column() == TypeColumn) return tr("%1 (%2)").arg(data(index, Qt::DisplayRole).toString(), p.type);
        return p.note.isEmpty() ? p.url : tr("%1\n%2").arg(p.url, p.note);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (s.state) {
        case State::Failed:
        case State::Unreachable: return QBrush(QColor(0xb0, 0x20, 0x20));
        case State::Unavailable: return QBrush(QColor(0x80, 0x80, 0x80));
        case State::Done: return QBrush(QColor(0x20, 0x70, 0x30));
        default: return {};
        }
    }
    return {};
}

bool ProviderListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole) return false;
    m_providers[index.row()].enabled = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index);
    Q_EMIT providersEdited();
    return true;
}

Qt::ItemFlags ProviderListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ProviderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Provider");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

}  // namespace Estran::Gui
