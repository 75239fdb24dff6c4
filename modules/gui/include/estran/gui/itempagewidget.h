// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/item.h"
#include "estran/gui/gui_export.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Estran::Gui {

/// One search result in full: title, id, provider, collection, time and extent, its assets
/// (key, title, media type, size, link) with Open / Download / Copy link for the selected
/// asset, and every metadata property as a tree. The widget only asks (signals); the catalogue
/// dock decides how to open or download. GUI thread only.
class ESTRAN_GUI_EXPORT ItemPageWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemPageWidget)
public:
    explicit ItemPageWidget(QWidget* parent = nullptr);
    ~ItemPageWidget() override;

    void setItem(const Catalog::Item& item);
    void clear();
    const Catalog::Item& item() const { return m_item; }
    /// The selected asset, else the first data asset; nullopt when the item has none.
    std::optional<Catalog::Asset> currentAsset() const;
    int assetCount() const;

    /// Whether Estran's data layer can read an asset in place (netCDF/OPeNDAP, HDF5,
    /// GeoTIFF/COG, Zarr), judged from its media type, roles and URL.
    static bool isOpenable(const Catalog::Asset& asset);

Q_SIGNALS:
    void openRequested(const Estran::Catalog::Item& item, const Estran::Catalog::Asset& asset);
    void downloadRequested(const Estran::Catalog::Item& item, const Estran::Catalog::Asset& asset);
    void copyLinkRequested(const QString& url);
    void zoomRequested(const Estran::Catalog::Item& item);

private:
    void updateButtons();
    Catalog::Item m_item;
    QLabel* m_header;
    QTreeWidget* m_assets;
    QTreeWidget* m_properties;
    QPushButton* m_open;
    QPushButton* m_download;
    QPushButton* m_copy;
    QPushButton* m_zoom;
};

}  // namespace Estran::Gui
