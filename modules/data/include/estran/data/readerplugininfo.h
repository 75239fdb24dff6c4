// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Estran::Data {

/// What ReaderRegistry knows about one reader plugin, from its JSON metadata (read without
/// loading the library) and from loading it, if that happened.
struct ReaderPluginInfo {
    QString file;          ///< absolute path of the shared library
    QString id;            ///< "gdal"
    QString name;          ///< "GDAL rasters"
    QString version;       ///< the plugin's own version, "0.1.0"
    QString description;   ///< one sentence on what it reads (optional)
    QStringList suffixes;  ///< file name endings it handles, lower case, without the dot
    QStringList prefixes;  ///< path or URL beginnings it handles ("/vsi", "ZARR:")
    bool fallback = false; ///< also tried for files no loaded reader claims
    QStringList libraries; ///< what it brings, for Help ▸ About ("GDAL 3.6.2")
    bool loaded = false;   ///< the library is loaded and its readers are registered
    QString loadError;     ///< why loading failed (empty when it did not fail)
};

}  // namespace Estran::Data
