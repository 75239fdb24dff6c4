// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/itempagewidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

enum AssetColumn { KeyColumn, TitleColumn, TypeColumn, SizeColumn, HrefColumn };

void addJson(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& key, const QJsonValue& value)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) addJson(item, tree, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        // Short arrays of scalars read best on one line ("[10, 20]"); others as children.
        const bool flat = a.size() <= 8 && std::none_of(a.begin(), a.end(), [](const QJsonValue& v) {
            return v.isObject() || v.isArray();
        });
        if (flat) {
            item->setText(1, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
        } else {
            for (qsizetype i = 0; i < a.size(); ++i) addJson(item, tree, QString::number(i), a.at(i));
        }
    } else {
        item->setText(1, value.isString() ? value.toString() : value.toVariant().toString());
    }
    item->setToolTip(1, item->text(1));
}

}  // namespace

ItemPageWidget::ItemPageWidget(QWidget* parent)
    : QWidget(parent), m_header(new QLabel), m_assets(new QTreeWidget), m_properties(new QTreeWidget),
      m_open(new QPushButton(tr("Open"))), m_download(new QPushButton(tr("Download"))),
      m_copy(new QPushButton(tr("Copy link"))), m_zoom(new QPushButton(tr("Zoom to footprint")))
{
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assets->setHeaderLabels({tr("Asset"), tr("Title"), tr("Type"), tr("Size"), tr("Link")});
    m_assets->setRootIsDecorated(false);
    m_assets->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_open->setToolTip(tr("Open the asset in place, without downloading it (netCDF/OPeNDAP, GeoTIFF/COG, Zarr)"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_open, m_download, m_copy, m_zoom}) buttons->addWidget(b);
    buttons->addStretch(1);
    // Tabs rather than a split: in a side dock each list then gets the whole height.
    auto* tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(m_assets, tr("Assets"));
    tabs->addTab(m_properties, tr("Metadata"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);

    connect(m_assets, &QTreeWidget::itemSelectionChanged, this, &ItemPageWidget::updateButtons);
    connect(m_assets, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (auto a = currentAsset(); a && isOpenable(*a)) Q_EMIT openRequested(m_item, *a);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (auto a = currentAsset()) Q_EMIT openRequested(m_item, *a);
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (auto a = currentAsset()) Q_EMIT downloadRequested(m_item, *a);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (auto a = currentAsset()) Q_EMIT copyLinkRequested(a->href);
    });
    connect(m_zoom, &QPushButton::clicked, this, [this] { Q_EMIT zoomRequested(m_item); });
    clear();
}

ItemPageWidget::~ItemPageWidget() = default;

bool ItemPageWidget::isOpenable(const Catalog::Asset& asset)
{
    const QString type = asset.type.toLower();
    const QString href = asset.href.toLower();
    const QString path = href.section(u'?', 0, 0);
    for (const char* t : {"netcdf", "x-hdf", "hdf5", "geotiff", "image/tiff", "zarr", "opendap", "dap"}) {
        if (type.contains(QLatin1String(t))) return true;
    }
    if (asset.roles.contains(QStringLiteral("opendap")) || asset.key.contains(QStringLiteral("opendap"))) return true;
    for (const char* ext : {".nc", ".nc4", ".h5", ".hdf5", ".he5", ".tif", ".tiff", ".zarr"}) {
        if (path.endsWith(QLatin1String(ext))) return true;
    }
    return href.contains(QStringLiteral("/dodsc/")) || href.contains(QStringLiteral("/griddap/"));
}

void ItemPageWidget::clear()
{
    m_item = {};
    m_header->setText(tr("Select a result to see its assets and metadata."));
    m_assets->clear();
    m_properties->clear();
    updateButtons();
}

void ItemPageWidget::setItem(const Catalog::Item& item)
{
    m_item = item;
    const QLocale locale;
    QString time;
    if (item.start.isValid()) {
        time = item.end.isValid() && item.end != item.start
                   ? tr("%1 to %2").arg(item.start.toUTC().toString(Qt::ISODate), item.end.toUTC().toString(Qt::ISODate))
                   : item.start.toUTC().toString(Qt::ISODate);
    }
    QString html = QStringLiteral("<b>%1</b><br>").arg((item.title.isEmpty() ? item.id : item.title).toHtmlEscaped());
    html += tr("Id: %1").arg(item.id.toHtmlEscaped()) + QStringLiteral("<br>");
    html += tr("Provider: %1 — collection: %2")
                .arg(item.providerId.toHtmlEscaped(),
                     item.collection.isEmpty() ? tr("none") : item.collection.toHtmlEscaped());
    if (!time.isEmpty()) html += QStringLiteral("<br>") + tr("Time: %1").arg(time);
    if (item.bbox) html += QStringLiteral("<br>") + tr("Extent (W,S,E,N): %1").arg(item.bbox->toString());
    m_header->setText(html);

    m_assets->clear();
    for (const Catalog::Asset& a : item.assets) {
        auto* row = new QTreeWidgetItem(m_assets);
        row->setText(KeyColumn, a.key);
        row->setText(TitleColumn, a.title);
        row->setText(TypeColumn, a.type);
        row->setText(SizeColumn, a.size ? locale.formattedDataSize(*a.size) : QString());
        row->setText(HrefColumn, a.href);
        row->setToolTip(HrefColumn, a.href);
        if (!a.roles.isEmpty()) row->setToolTip(KeyColumn, tr("Roles: %1").arg(a.roles.join(QStringLiteral(", "))));
        if (isOpenable(a)) {
            QFont f = row->font(KeyColumn);
            f.setBold(true);
            row->setFont(KeyColumn, f);
        }
    }
    // Preselect the first asset Estran can open, so Open does the expected thing at once.
    for (int i = 0; i < m_assets->topLevelItemCount(); ++i) {
        if (isOpenable(item.assets.at(i))) {
            m_assets->setCurrentItem(m_assets->topLevelItem(i));
            break;
        }
    }
    m_properties->clear();
    for (auto it = item.properties.begin(); it != item.properties.end(); ++it) {
        addJson(nullptr, m_properties, it.key(), it.value());
    }
    updateButtons();
}

int ItemPageWidget::assetCount() const { return m_assets->topLevelItemCount(); }

std::optional<Catalog::Asset> ItemPageWidget::currentAsset() const
{
    const int row = m_assets->indexOfTopLevelItem(m_assets->currentItem());
    if (row >= 0 && row < m_item.assets.size()) return m_item.assets.at(row);
    const QList<Catalog::Asset> data = m_item.dataAssets();
    if (!data.isEmpty()) return data.first();
    return std::nullopt;
}

void ItemPageWidget::updateButtons()
{
    const auto asset = currentAsset();
    m_open->setEnabled(asset && isOpenable(*asset));
    m_download->setEnabled(asset.has_value());
    m_copy->setEnabled(asset.has_value());
    m_zoom->setEnabled(!m_item.id.isEmpty() && (m_item.bbox || !m_item.geometry.isEmpty()));
}

}  // namespace Estran::Gui
