// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/item.h"
#include "estran/gui/gui_export.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPolygonF>

namespace Estran::Gui {

class ThumbnailCache;

/// Search results as they stream in: pages are appended as they arrive, an item merged by the
/// federated search is updated in place. Columns: quicklook + title, provider, time,
/// collection. The quicklook is asked of the ThumbnailCache only when a view paints the cell,
/// so only visible rows load theirs. GUI thread only.
class ESTRAN_GUI_EXPORT SearchResultsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)
public:
    enum Column { TitleColumn, ProviderColumn, TimeColumn, CollectionColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, QuicklookUrlRole };

    explicit SearchResultsModel(QObject* parent = nullptr);
    ~SearchResultsModel() override;

    /// Not owned; may be null (no quicklooks).
    void setThumbnailCache(ThumbnailCache* cache);

    void clear();
    void appendItems(const QList<Catalog::Item>& items);
    /// Replaces the item with the same id (its assets grew); ignored when unknown.
    void mergeItem(const Catalog::Item& item);

    const Catalog::Item& item(int row) const { return m_items.at(row); }
    const QList<Catalog::Item>& items() const { return m_items; }
    int rowOfId(const QString& id) const { return m_rows.value(id, -1); }

    /// Outer rings of the item's footprint in lon/lat (from its GeoJSON geometry, else its
    /// bbox); empty when the item has no location.
    static QList<QPolygonF> footprint(const Catalog::Item& item);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void onThumbnailReady(const QString& url);
    QList<Catalog::Item> m_items;
    QHash<QString, int> m_rows;
    ThumbnailCache* m_thumbnails = nullptr;
};

}  // namespace Estran::Gui
