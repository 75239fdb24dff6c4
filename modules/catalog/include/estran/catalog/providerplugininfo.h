// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/plugininfo.h"

#include <QStringList>

namespace Estran::Catalog {

/// What ProviderRegistry knows about one catalogue provider plugin, from its JSON metadata
/// (read without loading the library) and from loading it, if that happened. Plain data.
struct ProviderPluginInfo : Base::PluginInfo {
    QStringList types;      ///< the provider types it creates ("geojson-list")
    QStringList typeNames;  ///< their display names, in the same order
};

}  // namespace Estran::Catalog
