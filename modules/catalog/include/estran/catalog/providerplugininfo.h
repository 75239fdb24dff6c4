// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Estran::Catalog {

/// What ProviderRegistry knows about one catalogue provider plugin, from its JSON metadata
/// (read without loading the library) and from loading it, if that happened. Plain data.
struct ProviderPluginInfo {
    QString file;           ///< absolute path of the shared library
    QString id;             ///< "geojsonlist"
    QString name;           ///< "GeoJSON listings"
    QString version;        ///< the plugin's own version
    QString description;    ///< one sentence (optional)
    QStringList types;      ///< the provider types it creates ("geojson-list")
    QStringList typeNames;  ///< their display names, in the same order
    bool loaded = false;    ///< the library is loaded and its types are registered
    QString loadError;      ///< why loading failed (empty when it did not fail)
};

}  // namespace Estran::Catalog
