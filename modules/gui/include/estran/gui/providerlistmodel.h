// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/providerconfig.h"
#include "estran/gui/gui_export.h"

#include <QAbstractTableModel>

#include <optional>

namespace Estran::Gui {

/// The configured catalogue providers with what each is doing now: one row per provider
/// (name with an enable check box, type, status). The status line says idle, searching with the
/// items received so far, done with the matched count, the error with the server named,
/// unreachable, or that the type is not available in this build. GUI thread only.
class ESTRAN_GUI_EXPORT ProviderListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderListModel)
public:
    enum Column { NameColumn, TypeColumn, StatusColumn, ColumnCount };
    enum class State { Idle, Testing, Searching, Done, Failed, Unreachable, Unavailable };
    struct Status {
        State state = State::Idle;
        qint64 items = 0;
        std::optional<qint64> matched;
        QString message;  ///< error text, or the test result
    };

    explicit ProviderListModel(QObject* parent = nullptr);
    ~ProviderListModel() override;

    void setProviders(const QList<Catalog::ProviderConfig>& providers);
    const QList<Catalog::ProviderConfig>& providers() const { return m_providers; }
    const Catalog::ProviderConfig& provider(int row) const { return m_providers.at(row); }
    /// Row of the provider called `name`, or -1.
    int rowOf(const QString& name) const;
    /// False when the name is empty or already used by another row than `exceptRow`.
    bool isNameFree(const QString& name, int exceptRow = -1) const;

    void addProvider(const Catalog::ProviderConfig& provider);
    void updateProvider(int row, const Catalog::ProviderConfig& provider);
    void removeProvider(int row);
    /// Whether the provider's type is registered in Catalog::ProviderRegistry.
    static bool isTypeAvailable(const QString& type);

    const Status& status(int row) const { return m_status.at(row); }
    void setStatus(const QString& name, const Status& status);
    /// Back to idle (or unavailable) before a new search.
    void resetStatuses();
    QString statusText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /// The list itself changed (added, edited, removed, enabled): time to save it.
    void providersEdited();

private:
    Status initialStatus(const Catalog::ProviderConfig& provider) const;
    QList<Catalog::ProviderConfig> m_providers;
    QList<Status> m_status;
};

}  // namespace Estran::Gui
