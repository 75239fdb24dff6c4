// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/plugininfo.h"

#include <QStringList>

namespace Estran::Data {

/// What ReaderRegistry knows about one reader plugin, from its JSON metadata (read without
/// loading the library) and from loading it, if that happened.
struct ReaderPluginInfo : Base::PluginInfo {
    QStringList suffixes;  ///< file name endings it handles, lower case, without the dot
    QStringList prefixes;  ///< path or URL beginnings it handles ("/vsi", "ZARR:")
    bool fallback = false; ///< also tried for files no loaded reader claims
    QStringList libraries; ///< what it brings, for Help ▸ About ("GDAL 3.6.2")
};

}  // namespace Estran::Data
