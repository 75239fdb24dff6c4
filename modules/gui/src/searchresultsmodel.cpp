// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/searchresultsmodel.h"

#include "estran/gui/thumbnailcache.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace Estran::Gui {

namespace {

QPolygonF ringFromJson(const QJsonArray& ring)
{
    QPolygonF polygon;
    polygon.reserve(ring.size());
    for (const QJsonValue& v : ring) {
        const QJsonArray p = v.toArray();
        if (p.size() >= 2) polygon.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return polygon;
}

QString timeText(const Catalog::Item& item)
{
    if (!item.start.isValid()) return {};
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString a = item.start.toUTC().toString(fmt);
    if (!item.end.isValid() || item.end == item.start) return a;
    return QCoreApplication::translate("Estran::Gui", "%1 – %2").arg(a, item.end.toUTC().toString(fmt));
}

}  // namespace

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setThumbnailCache(ThumbnailCache* cache)
{
    if (m_thumbnails) disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    if (cache) connect(cache, &ThumbnailCache::thumbnailReady, this, &SearchResultsModel::onThumbnailReady);
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    endResetModel();
}

void SearchResultsModel::appendItems(const QList<Catalog::Item>& items)
{
    if (items.isEmpty()) return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    for (const Catalog::Item& item : items) {
        m_rows.insert(item.id, int(m_items.size()));
        m_items.append(item);
    }
    endInsertRows();
}

void SearchResultsModel::mergeItem(const Catalog::Item& item)
{
    const int row = rowOfId(item.id);
    if (row < 0) return;
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SearchResultsModel::onThumbnailReady(const QString& url)
{
    // Few rows share a quicklook; a linear scan over the results is cheap next to a fetch.
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].quicklookHref() == url) {
            Q_EMIT dataChanged(index(row, TitleColumn), index(row, TitleColumn), {Qt::DecorationRole});
        }
    }
}

QList<QPolygonF> SearchResultsModel::footprint(const Catalog::Item& item)
{
    QList<QPolygonF> rings;
    const QString type = item.geometry.value(QStringLiteral("type")).toString();
    const QJsonArray coords = item.geometry.value(QStringLiteral("coordinates")).toArray();
    if (type == QLatin1String("Polygon") && !coords.isEmpty()) {
        rings.append(ringFromJson(coords.at(0).toArray()));
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue& polygon : coords) {
            const QJsonArray p = polygon.toArray();
            if (!p.isEmpty()) rings.append(ringFromJson(p.at(0).toArray()));
        }
    }
    rings.removeIf([](const QPolygonF& r) { return r.size() < 3; });
    if (rings.isEmpty() && item.bbox) {
        const Base::GeoBox& b = *item.bbox;
        // An antimeridian-crossing box is drawn as its two halves.
        auto box = [](double w, double s, double e, double n) {
            return QPolygonF({{w, s}, {e, s}, {e, n}, {w, n}, {w, s}});
        };
        if (b.crossesAntimeridian()) {
            rings.append(box(b.west, b.south, 180.0, b.north));
            rings.append(box(-180.0, b.south, b.east, b.north));
        } else {
            rings.append(box(b.west, b.south, b.east, b.north));
        }
    }
    return rings;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) return {};
    const Catalog::Item& item = m_items.at(index.row());
    if (role == ItemIdRole) return item.id;
    if (role == QuicklookUrlRole) return item.quicklookHref();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return item.title.isEmpty() ? item.id : item.title;
        case ProviderColumn: return item.providerId;
        case TimeColumn: return timeText(item);
        case CollectionColumn: return item.collection;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) return tr("%1\n%n asset(s)", nullptr, int(item.assets.size())).arg(item.id);
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        // Asked only while the cell is painted: this is what keeps quicklook loading lazy.
        if (index.column() == TitleColumn && m_thumbnails) {
            const QString url = item.quicklookHref();
            if (!url.isEmpty()) {
                const QImage image = m_thumbnails->image(url);
                if (!image.isNull()) return image;
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case ProviderColumn: return tr("Provider");
    case TimeColumn: return tr("Time (UTC)");
    case CollectionColumn: return tr("Collection");
    default: return {};
    }
}

}  // namespace Estran::Gui
