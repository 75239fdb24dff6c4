// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Estran::Base {

/// What every Estran plugin says about itself in its metadata (read without loading the
/// library), and whether loading it worked, if that was tried. Each kind of plugin adds its
/// own fields (Data::ReaderPluginInfo, Catalog::ProviderPluginInfo). Plain data.
struct PluginInfo {
    QString file;         ///< absolute path of the shared library
    QString id;           ///< the metadata's "id"
    QString name;         ///< the metadata's "name", for people
    QString version;      ///< the plugin's own version
    QString description;  ///< one sentence (optional)
    bool loaded = false;  ///< loaded, and its kind accepted its object
    QString loadError;    ///< why loading failed (empty when it did not fail)
};

}  // namespace Estran::Base
