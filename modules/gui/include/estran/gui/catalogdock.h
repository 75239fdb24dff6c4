// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/geobox.h"
#include "estran/base/result.h"
#include "estran/catalog/item.h"
#include "estran/catalog/searchquery.h"
#include "estran/gui/gui_export.h"

#include <QList>
#include <QPointer>
#include <QPolygonF>
#include <QRectF>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Estran::Base {
class Error;
class TaskManager;
}  // namespace Estran::Base

namespace Estran::Catalog {
class FederatedSearch;
struct ProviderConfig;
}

namespace Estran::Net {
class HttpClient;
}

namespace Estran::Gui {

class DownloadQueue;
class FilterEdit;
class ItemPageWidget;
class ProviderListModel;
class SearchResultsModel;
class ThumbnailCache;

/// The catalogue browser: the provider list (add, edit, remove, enable, test the connection),
/// a search form (text, collections, a W,S,E,N box, a UTC date range, a result limit), the
/// results streaming in from every enabled provider through Catalog::FederatedSearch, and the
/// selected result's item page with Open, Download, Copy link and Zoom to footprint.
///
/// All network work runs on workers (FederatedSearch, Base::Task); nothing here blocks. The
/// provider list is saved as JSON (Catalog::ProviderConfig) and the form in QSettings
/// ("catalog/…"). The dock does not know the map or the main window: it asks through signals
/// and an optional extent callback. GUI thread only.
class ESTRAN_GUI_EXPORT CatalogDock final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDock)
public:
    /// `queue` receives downloads (not owned, may be null: Download is then disabled).
    /// `providersPath` is the JSON provider list; empty means ProviderConfig::defaultPath().
    CatalogDock(std::shared_ptr<const Net::HttpClient> client, DownloadQueue* queue,
                const QString& providersPath = {}, QWidget* parent = nullptr);
    ~CatalogDock() override;

    ProviderListModel* providers() const { return m_providers; }
    SearchResultsModel* results() const { return m_results; }
    ItemPageWidget* itemPage() const { return m_itemPage; }
    ThumbnailCache* thumbnails() const { return m_thumbnails; }
    QTableView* resultsView() const { return m_resultsView; }

    /// The query the form describes now.
    Catalog::SearchQuery query() const;
    void setSearchText(const QString& text);
    void setCollections(const QStringList& collections);
    /// nullopt clears the area (whole world).
    void setArea(const std::optional<Base::GeoBox>& box);
    /// A polygon area (lon/lat ring): STAC catalogues search with it, the others with the box
    /// setArea() gave, its bounding box. Editing the box fields drops the polygon.
    void setPolygon(const QVector<QPointF>& ring);
    /// Invalid times leave that end open; both invalid disables the time filter.
    void setTimeRange(const QDateTime& start, const QDateTime& end);
    void setMaxItems(int count);
    /// Items asked per page (servers may send fewer); 50 by default.
    void setPageSize(int count) { m_pageSize = std::max(1, count); }

    /// Where "Use map view extent" gets its box (the map's visible lon/lat extent); the
    /// button is hidden until one is set.
    void setExtentSource(std::function<std::optional<Base::GeoBox>()> source);

    /// Starts a search on every enabled provider (cancelling a running one).
    void search();
    void cancel();
    bool isSearching() const;
    /// Runs capabilities() of the provider in `row` on a worker; the row shows the outcome.
    void testConnection(int row);

    /// The path the data layer should open for an asset: OPeNDAP and netCDF/HDF5 over HTTP
    /// as URLs for netCDF-C, Zarr through GDAL's /vsicurl/. Errors say why an asset cannot be
    /// opened in place (e.g. GeoTIFF/COG over HTTP, which the data layer does not read yet).
    [[nodiscard]] static Base::Result<QString> remotePathFor(const Catalog::Asset& asset);

Q_SIGNALS:
    /// Open this path or URL through the data layer (the main window's open-file path).
    void openRequested(const QString& pathOrUrl);
    /// Result footprints in lon/lat; `highlighted` is the selected item's ring or -1.
    void footprintsChanged(const QList<QPolygonF>& lonLatRings, int highlighted);
    /// Zoom the map to a lon/lat box (x = lon, y = lat).
    void zoomRequested(const QRectF& lonLatBox);
    void searchStarted();
    void searchFinished();
    /// After testConnection(): `text` is the title/version/notes or the error.
    void connectionTested(const QString& providerName, bool ok, const QString& text);
    /// One-line status for the main window's status bar.
    void statusMessage(const QString& text);

private:
    QWidget* createProviderBox();
    QWidget* createSearchBox();
    void loadProviders();
    void saveProviders();
    void loadForm();
    void saveForm() const;
    void addProvider();
    void editProvider(int row);
    void removeProvider(int row);
    /// Writes a newly typed API key to the keychain (nothing when the field was left empty).
    void storeApiKey(const Catalog::ProviderConfig& provider, const QString& key);
    /// Fetches the queryables of the enabled STAC catalogues for the filter's Fields menu.
    void loadQueryables();
    int currentProviderRow() const;
    void onSearchFinished();
    void onSourceFailed(const QString& name, const Base::Error& error);
    void onCurrentResultChanged(const QModelIndex& index);
    void emitFootprints();
    void openAsset(const Catalog::Item& item, const Catalog::Asset& asset);
    void downloadAsset(const Catalog::Item& item, const Catalog::Asset& asset);
    void copyLink(const QString& url);
    void zoomTo(const Catalog::Item& item);
    void showResultMenu(const QPoint& pos);
    void updateSummary();

    std::shared_ptr<const Net::HttpClient> m_client;
    QPointer<DownloadQueue> m_queue;
    QString m_providersPath;
    ProviderListModel* m_providers;
    SearchResultsModel* m_results;
    ThumbnailCache* m_thumbnails;
    ItemPageWidget* m_itemPage;
    QPointer<Catalog::FederatedSearch> m_search;
    std::function<std::optional<Base::GeoBox>()> m_extentSource;

    QTableView* m_providerView = nullptr;
    QTableView* m_resultsView = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_collections = nullptr;
    FilterEdit* m_filter = nullptr;
    QVector<QPointF> m_polygon;
    int m_queryablesGeneration = 0;
    bool m_settingArea = false;
    QCheckBox* m_useArea = nullptr;
    QDoubleSpinBox* m_west = nullptr;
    QDoubleSpinBox* m_south = nullptr;
    QDoubleSpinBox* m_east = nullptr;
    QDoubleSpinBox* m_north = nullptr;
    QPushButton* m_fromMap = nullptr;
    QCheckBox* m_useTime = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QSpinBox* m_maxItems = nullptr;
    QPushButton* m_searchButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    int m_failedSources = 0;
    int m_pageSize = 50;
};

}  // namespace Estran::Gui
